import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from './database.js';

/**
 * `column IN (ids)` with the ids passed as ONE parameter (a JSON array on SQLite, an array on PostgreSQL)
 * rather than one placeholder each: a set of thousands stays within both databases' parameter limits, and
 * the SQL text, and so the prepared statement, is the same whatever its size.
 */
export function inIdSet(dialect: Dialect, column: string, ids: string[]): Expression<SqlBool> {
  return dialect === 'sqlite'
    ? sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`
    : sql<SqlBool>`${sql.ref(column)} = any(${ids}::text[])`;
}
