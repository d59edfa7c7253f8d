/**
 * The closed list of top-level error codes (API.md §1.4). A code is both the `message` and the status. The
 * OpenAPI document lists these as the envelope's `message` enum, so the type and the documented list are one.
 */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'INVALID_JSON',
  'INVALID_CURSOR',
  'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
  'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED',
  'DUPLICATE_EMAIL',
  'DUPLICATE_PHONE_NUMBER',
  'END_DATE_BEFORE_START_DATE',
  'STAGE_NOT_FOUND',
  'MAIN_CONTACT_NOT_FOUND',
  'MAIN_CONTACT_DEACTIVATED',
  'ATTRIBUTE_DEFINITION_NOT_FOUND',
  'INVALID_ATTRIBUTE_VALUE',
  'WEBHOOK_URL_NOT_ALLOWED',
  'MERGE_SAME_PERSON',
  'MALFORMED_REQUEST',
  'INVALID_API_KEY',
  'NOT_FOUND',
  'CLIENT_NOT_FOUND',
  'CLIENT_CONTACT_NOT_FOUND',
  'CANDIDATE_NOT_FOUND',
  'USER_NOT_FOUND',
  'WEBHOOK_NOT_FOUND',
  'EMAIL_ALREADY_IN_USE',
  'STAGE_IN_USE',
  'CONFLICT',
  'IDEMPOTENCY_KEY_IN_USE',
  'CURSOR_EXPIRED',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNSUPPORTED_MEDIA_TYPE',
  'IDEMPOTENCY_KEY_REUSED',
  'PRECONDITION_REQUIRED',
  'RATE_LIMITED',
  'HEADERS_TOO_LARGE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes for `errors[].code` inside a VALIDATION_ERROR. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'INVALID_TYPE',
  'TOO_SMALL',
  'TOO_BIG',
  'INVALID_FORMAT',
  'INVALID_ENUM_VALUE',
  'UNRECOGNIZED_KEY',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  code: FieldErrorCode;
  path: string;
  message: string;
  received?: unknown;
}

/**
 * Where the failing thing was found. `STAGE_NOT_FOUND` is the one code with two statuses: 404 when the
 * stage is the resource in the path, 400 when a body refers to a stage that does not exist.
 */
export type ErrorSource = 'path' | 'body';

export function statusOf(code: ErrorCode, source: ErrorSource = 'body'): number {
  switch (code) {
    case 'VALIDATION_ERROR':
    case 'INVALID_JSON':
    case 'INVALID_CURSOR':
    case 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED':
    case 'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED':
    case 'DUPLICATE_EMAIL':
    case 'DUPLICATE_PHONE_NUMBER':
    case 'END_DATE_BEFORE_START_DATE':
    case 'MAIN_CONTACT_NOT_FOUND':
    case 'MAIN_CONTACT_DEACTIVATED':
    case 'ATTRIBUTE_DEFINITION_NOT_FOUND':
    case 'INVALID_ATTRIBUTE_VALUE':
    case 'WEBHOOK_URL_NOT_ALLOWED':
    case 'MERGE_SAME_PERSON':
    case 'MALFORMED_REQUEST':
      return 400;
    case 'STAGE_NOT_FOUND':
      return source === 'path' ? 404 : 400;
    case 'INVALID_API_KEY':
      return 401;
    case 'NOT_FOUND':
    case 'CLIENT_NOT_FOUND':
    case 'CLIENT_CONTACT_NOT_FOUND':
    case 'CANDIDATE_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'WEBHOOK_NOT_FOUND':
      return 404;
    case 'EMAIL_ALREADY_IN_USE':
    case 'STAGE_IN_USE':
    case 'CONFLICT':
    case 'IDEMPOTENCY_KEY_IN_USE':
      return 409;
    case 'REQUEST_TIMEOUT':
      return 408;
    case 'CURSOR_EXPIRED':
      return 410;
    case 'PRECONDITION_FAILED':
      return 412;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'IDEMPOTENCY_KEY_REUSED':
      return 422;
    case 'PRECONDITION_REQUIRED':
      return 428;
    case 'RATE_LIMITED':
      return 429;
    case 'HEADERS_TOO_LARGE':
      return 431;
    case 'INTERNAL_ERROR':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
  }
}

/** A failure the caller can act on. Services throw these; they know nothing of HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { details?: Record<string, unknown>; errors?: FieldError[]; source?: ErrorSource } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }

  get status(): number {
    return statusOf(this.code, this.options.source);
  }
}

export function validationError(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_ERROR', { errors });
}
