import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors.js';

/**
 * Positions in a tenant's event log (a seq), handed out as opaque cursors, in the style of src/core/cursor.ts:
 * base64url of the position and a checksum. The checksum also covers the tenant and what the cursor walks
 * (the feed, or one record's history), so an edited cursor, or one carried over from another tenant or
 * another record, fails loudly with 400 INVALID_CURSOR instead of reading from a guessed position.
 */

/** What a cursor walks: the tenant's feed, or the history of one record. */
export type CursorScope = { feed: true } | { history: string };

function scopeText(scope: CursorScope): string {
  return 'feed' in scope ? 'feed' : `history:${scope.history}`;
}

function checksum(tenantId: string, scope: CursorScope, payload: string): string {
  return createHash('sha256')
    .update(`clientele-events:${tenantId}:${scopeText(scope)}:${payload}`)
    .digest('base64url')
    .slice(0, 12);
}

export function encodePosition(tenantId: string, scope: CursorScope, seq: number): string {
  const payload = Buffer.from(JSON.stringify([seq])).toString('base64url');
  return `${payload}.${checksum(tenantId, scope, payload)}`;
}

export function decodePosition(tenantId: string, scope: CursorScope, text: string): number {
  const [payload, sum, extra] = text.split('.');
  if (!payload || !sum || extra !== undefined || checksum(tenantId, scope, payload) !== sum) {
    throw new AppError('INVALID_CURSOR');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
  if (!Array.isArray(parsed) || parsed.length !== 1 || !Number.isSafeInteger(parsed[0]) || parsed[0] < 0) {
    throw new AppError('INVALID_CURSOR');
  }
  return parsed[0];
}
