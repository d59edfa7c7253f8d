import assert from 'node:assert/strict';
import { STATUS_CODES } from 'node:http';
import type { Reply } from '../harness.js';

/**
 * Checks a reply is exactly the documented error envelope (API.md §1.4) for `status` and `code`:
 * both status fields, the reason phrase, the code as `message`, and the request id of the response header.
 * Returns the body so callers can look at `errors`/`details`.
 */
export function assertError(res: Reply, status: number, code: string) {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const requestId = res.headers['x-request-id'];
  assert.equal(typeof requestId, 'string');
  const { errors, details, ...rest } = res.body;
  assert.deepEqual(rest, { status, statusCode: status, error: STATUS_CODES[status], message: code, requestId });
  if (code !== 'VALIDATION_ERROR') assert.equal(errors, undefined, 'errors[] is only for VALIDATION_ERROR');
  return { errors, details } as {
    errors?: { code: string; path: string; message: string; received?: unknown }[];
    details?: any;
  };
}

/** The `code:path` pairs of a VALIDATION_ERROR, sorted, for exact comparison. */
export function fieldErrors(res: Reply): string[] {
  const { errors } = assertError(res, 400, 'VALIDATION_ERROR');
  assert.ok(Array.isArray(errors) && errors.length > 0, 'VALIDATION_ERROR lists its problems');
  for (const e of errors) assert.equal(typeof e.message, 'string');
  return errors.map((e) => `${e.code}:${e.path}`).sort();
}
