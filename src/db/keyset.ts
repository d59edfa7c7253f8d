import { type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { type Cursor, decodeCursor, encodeCursor } from '../core/cursor.js';
import { canonicalDateTime } from '../core/date-time.js';

/**
 * Keyset paging for every cursor list (API.md §1.5), written once: order by (modified_at, id), resume
 * strictly after the cursor's row. Unlike OFFSET, a row written while a client pages never shifts the
 * rows it has not seen yet, so an unmodified row is never skipped or repeated.
 */

export const DEFAULT_PAGE_LIMIT = 25;

/** The paging part of a list query, as PageQuery (src/http/schemas.ts) validates it. */
export interface PageParams {
  /** Opaque text from a previous page's `nextCursor`; a tampered one throws 400 INVALID_CURSOR. */
  cursor?: string;
  /** 1–200, default 25. */
  limit?: number;
  /** Inclusive bounds on modifiedAt, in any form DATE_TIME_PATTERN accepts. */
  modifiedSince?: string;
  modifiedUntil?: string;
}

/** Qualified column names (`clients.modified_at`), so the helper works on joined queries too. */
export interface PageColumns {
  modifiedAt: string;
  id: string;
}

export interface Page<T> {
  items: T[];
  pageInfo: { nextCursor: string | null; hasNextPage: boolean };
}

/**
 * Adds the cursor condition, the modifiedSince/Until bounds, `order by modified_at, id` and `limit + 1`
 * (the extra row tells toPage whether another page exists). Decodes the cursor here, before any query
 * runs, so a bad one fails without touching the database. The row-value comparison
 * `(modified_at, id) > (?, ?)` works on SQLite and PostgreSQL alike and can use the (tenant_id, modified_at, id) index.
 */
export function applyPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageParams,
  columns: PageColumns,
): SelectQueryBuilder<DB, TB, O> {
  const modifiedAt = sql.ref(columns.modifiedAt);
  const id = sql.ref(columns.id);
  let q = query;
  if (page.cursor !== undefined) {
    const after: Cursor = decodeCursor(page.cursor);
    q = q.where(sql<SqlBool>`(${modifiedAt}, ${id}) > (${after.modifiedAt}, ${after.id})`);
  }
  if (page.modifiedSince !== undefined) {
    q = q.where(sql<SqlBool>`${modifiedAt} >= ${canonicalDateTime(page.modifiedSince)}`);
  }
  if (page.modifiedUntil !== undefined) {
    q = q.where(sql<SqlBool>`${modifiedAt} <= ${canonicalDateTime(page.modifiedUntil)}`);
  }
  return q
    .orderBy(modifiedAt)
    .orderBy(id)
    .limit((page.limit ?? DEFAULT_PAGE_LIMIT) + 1);
}

/**
 * Cuts the `limit + 1` rows applyPage asked for to one page. `cursorOf` names the row's position
 * (its stored modified_at and id); the next page starts after the last row returned.
 */
export function toPage<T>(rows: T[], limit: number | undefined, cursorOf: (row: T) => Cursor): Page<T> {
  const size = limit ?? DEFAULT_PAGE_LIMIT;
  if (rows.length <= size) return { items: rows, pageInfo: { nextCursor: null, hasNextPage: false } };
  const items = rows.slice(0, size);
  return { items, pageInfo: { nextCursor: encodeCursor(cursorOf(items[size - 1])), hasNextPage: true } };
}
