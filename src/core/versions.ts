import { AppError } from './errors.js';

/**
 * Reads `If-Match` (API.md §1.6): `"5"`, `W/"5"` or a bare `5`. Returns undefined when absent, or for `*`,
 * which (as in HTTP) matches whatever version exists. A value that names no version can never match, so it
 * is refused like a stale one.
 */
export function expectedVersion(header: string | string[] | undefined): number | undefined | 'unmatchable' {
  if (header === undefined) return undefined;
  const text = (Array.isArray(header) ? header[0] : header).trim();
  if (text === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(text);
  return match ? Number(match[1]) : 'unmatchable';
}

/** Throws 412 unless the caller's expected version (if any) is the current one. */
export function assertVersion(expected: number | undefined | 'unmatchable', current: number): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError('PRECONDITION_FAILED', { details: { currentVersion: current } });
  }
}

export function etag(version: number): string {
  return `"${version}"`;
}
