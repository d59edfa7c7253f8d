import { ClienteleError } from '@clientele/sdk';

/** The 401 hook: set by the app so that a refused key anywhere sends the person back to sign-in. */
let unauthorized: ((notice: string) => void) | null = null;
export function onUnauthorized(handler: ((notice: string) => void) | null): void {
  unauthorized = handler;
}

export const KEY_REFUSED = 'Your API key was not accepted (it may have been revoked). Please sign in again.';

/** Called for every failed query and mutation. */
export function reportError(error: unknown): void {
  if (error instanceof ClienteleError && error.status === 401) unauthorized?.(KEY_REFUSED);
}

/** Top-level codes (API.md §1.4) in words a recruiter understands. */
const WORDS: Record<string, string> = {
  ONLY_ONE_PRIMARY_EMAIL_ALLOWED: 'Only one email address can be marked as primary.',
  ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED: 'Only one phone number can be marked as primary.',
  DUPLICATE_EMAIL: 'The same email address is listed twice.',
  DUPLICATE_PHONE_NUMBER: 'The same phone number is listed twice.',
  END_DATE_BEFORE_START_DATE: 'The end date is before the start date.',
  STAGE_NOT_FOUND: 'That stage no longer exists. Reload the page and pick another.',
  MAIN_CONTACT_NOT_FOUND: 'That owner no longer exists. Pick another owner.',
  MAIN_CONTACT_DEACTIVATED: 'That owner has been deactivated. Pick another owner.',
  CLIENT_NOT_FOUND: 'That client no longer exists or has been archived.',
  CLIENT_CONTACT_NOT_FOUND: 'This contact no longer exists or has been archived.',
  INVALID_ATTRIBUTE_VALUE: 'One of the custom fields has a value that does not fit it.',
  PRECONDITION_FAILED: 'Someone else changed this record while you were editing it.',
  CONFLICT: 'This cannot be done in the record’s current state.',
  RATE_LIMITED: 'Too many requests right now. Wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'The service is briefly unavailable. Try again in a moment.',
  INTERNAL_ERROR: 'Something went wrong on the server.',
  VALIDATION_ERROR: 'Some fields need attention.',
};

/** A sentence for any failure, with the request id to quote when asking for help. */
export function describeError(error: unknown): string {
  if (error instanceof ClienteleError) {
    const words = WORDS[error.code] ?? `The server refused this (${error.code}).`;
    return error.requestId ? `${words} (Reference: ${error.requestId})` : words;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

/** Field messages from a VALIDATION_ERROR, by dotted path (`emails.1.email`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ClienteleError) || error.code !== 'VALIDATION_ERROR') return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const path = e.path ?? '';
    out[path] = out[path] ? `${out[path]} ${fieldWords(e.code, e.message)}` : fieldWords(e.code, e.message);
  }
  return out;
}

function fieldWords(code: string, message: string | undefined): string {
  switch (code) {
    case 'REQUIRED':
      return 'This is required.';
    case 'TOO_SMALL':
      return 'This is required.';
    case 'TOO_BIG':
      return 'This is too long.';
    case 'INVALID_FORMAT':
      return 'This does not look right.';
    case 'INVALID_ENUM_VALUE':
      return 'Pick one of the offered values.';
    default:
      return message ?? 'This value is not accepted.';
  }
}

export interface Duplicate {
  email: string;
  takenBy: { id: string; name?: string };
}

/** The holders of addresses already in use (409 EMAIL_ALREADY_IN_USE). */
export function duplicates(error: unknown): Duplicate[] {
  if (!(error instanceof ClienteleError) || error.code !== 'EMAIL_ALREADY_IN_USE') return [];
  const list = (error.details as { duplicates?: Duplicate[] } | undefined)?.duplicates;
  return Array.isArray(list) ? list : [];
}

export function isConflict(error: unknown): boolean {
  return error instanceof ClienteleError && error.status === 412;
}
