/** Dialect differences in what errors mean, kept in one place. */

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '57014', // query_canceled (statement_timeout)
]);

const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'connect ECONNREFUSED',
  'driver has already been destroyed',
];

/** True when the database could not be reached or did not answer in time (→ 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || isSqliteIoError(code))) {
    return true;
  }
  return UNAVAILABLE_MESSAGES.some((m) => error.message.includes(m));
}

/**
 * SQLite's extended I/O codes (`SQLITE_IOERR_WRITE`, `SQLITE_IOERR_FSYNC`, …) and a database file that has
 * become read-only: the storage failed, not the request, so the caller may retry later (503).
 */
function isSqliteIoError(code: string): boolean {
  return code.startsWith('SQLITE_IOERR_') || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_');
}

/** True for a unique-constraint violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True for a foreign-key violation on either database (a row still referenced, or a reference to nothing). */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** PostgreSQL aborted the transaction to resolve a deadlock or a serialization conflict; it may be re-run. */
export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}
