import { createHash } from 'node:crypto';
import { AppError } from './errors.js';
import { isUuid } from './ids.js';

/** A position in a list ordered by (modifiedAt, id): the last item of the page before. */
export interface Cursor {
  modifiedAt: string;
  id: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function checksum(payload: string): string {
  return createHash('sha256').update(`clientele-cursor:${payload}`).digest('base64url').slice(0, 12);
}

/** Opaque to callers; the checksum makes an edited cursor fail loudly instead of paging from a guessed spot. */
export function encodeCursor(cursor: Cursor): string {
  const payload = Buffer.from(JSON.stringify([cursor.modifiedAt, cursor.id])).toString('base64url');
  return `${payload}.${checksum(payload)}`;
}

export function decodeCursor(text: string): Cursor {
  const [payload, sum, extra] = text.split('.');
  if (!payload || !sum || extra !== undefined || checksum(payload) !== sum) throw new AppError('INVALID_CURSOR');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !ISO.test(parsed[0]) ||
    !isUuid(parsed[1])
  ) {
    throw new AppError('INVALID_CURSOR');
  }
  return { modifiedAt: parsed[0], id: parsed[1] };
}
