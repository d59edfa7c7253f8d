import type { ErrorCode, ErrorResponse } from './types.js';

/**
 * An answer other than 2xx. `code` is the envelope's `message` (API.md §1.4), e.g. `PRECONDITION_FAILED`;
 * an answer that is not the envelope (a proxy's 502 page) gets `HTTP_<status>`.
 */
export class ClienteleError extends Error {
  readonly status: number;
  readonly code: ErrorCode | `HTTP_${number}`;
  /** The server's `x-request-id` for the request: quote it when asking what happened. */
  readonly requestId: string | undefined;
  /** The parsed answer: the error envelope, or the text when it was not JSON. */
  readonly body: ErrorResponse | unknown;
  readonly method: string;
  readonly path: string;

  constructor(init: { status: number; body: unknown; requestId?: string; method: string; path: string }) {
    const envelope = isEnvelope(init.body) ? init.body : undefined;
    const code = envelope ? envelope.message : (`HTTP_${init.status}` as const);
    super(`${init.method} ${init.path} answered ${init.status} ${code}`);
    this.name = 'ClienteleError';
    this.status = init.status;
    this.code = code;
    this.requestId = envelope?.requestId ?? init.requestId;
    this.body = init.body;
    this.method = init.method;
    this.path = init.path;
  }

  /** The envelope's `details` (`currentVersion` on 412, `duplicates` on 409 EMAIL_ALREADY_IN_USE), if any. */
  get details(): Record<string, unknown> | undefined {
    return isEnvelope(this.body) ? this.body.details : undefined;
  }

  /** Every problem of a VALIDATION_ERROR, with its dotted `path`. */
  get errors(): NonNullable<ErrorResponse['errors']> {
    return (isEnvelope(this.body) && this.body.errors) || [];
  }
}

function isEnvelope(body: unknown): body is ErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { message?: unknown }).message === 'string' &&
    typeof (body as { status?: unknown }).status === 'number'
  );
}
