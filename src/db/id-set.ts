import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from './database.js';

/**
 * `column IN (ids)` with the ids passed as ONE parameter (a JSON array on SQLite, an array on PostgreSQL)
 * rather than one placeholder each: a set of thousands stays within both databases' parameter limits, and
 * the SQL text, and so the prepared statement, is the same whatever its size.
 */
export function inIdSet(dialect: Dialect, column: string, ids: string[]): Expression<SqlBool> {
  return inIdList(dialect, column, idListParameter(dialect, ids));
}

/** The one parameter that carries a list of ids (see inIdSet). */
export function idListParameter(dialect: Dialect, ids: readonly string[]): unknown {
  return dialect === 'sqlite' ? JSON.stringify(ids) : ids;
}

/** `column IN (…)` over a parameter made by idListParameter (or a prepared query's array argument). */
export function inIdList(dialect: Dialect, column: string, parameter: unknown): Expression<SqlBool> {
  return dialect === 'sqlite'
    ? sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${parameter}))`
    : sql<SqlBool>`${sql.ref(column)} = any(${parameter}::text[])`;
}

/**
 * `column = tenantId` beside an id list on the primary key (`inIdSet`, `inIdList`). On SQLite it is written
 * `+column` so that the planner cannot answer it from a (tenant_id, …) index: without statistics (a new
 * database, or indexes a migration just rebuilt) SQLite guesses that few rows share a tenant and reads the
 * tenant's whole index, checking each row against the list, instead of looking the ids up.
 */
export function tenantBesideIdList(dialect: Dialect, column: string, tenantId: string): Expression<SqlBool> {
  return dialect === 'sqlite'
    ? sql<SqlBool>`+${sql.ref(column)} = ${tenantId}`
    : sql<SqlBool>`${sql.ref(column)} = ${tenantId}`;
}
