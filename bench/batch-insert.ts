import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB, Dialect } from '../src/db/database.js';

/**
 * Multi-row INSERT of already-mapped rows, the way each database takes them fastest. Only the seed uses it.
 */

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

type Table = keyof DB;

/** The integer columns among those the batch writes; every other one is text. */
const INTEGER_COLUMNS = new Set(['position', 'is_primary', 'version']);

export async function insertRows<T extends Table>(
  db: Kysely<DB>,
  dialect: Dialect,
  table: T,
  rows: Insertable<DB[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === 'postgres') return insertByColumns(db, table, rows);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely's table-generic insert types do not narrow through `T`; the rows are checked by the callers.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

/**
 * PostgreSQL: one array per column, `INSERT … SELECT * FROM unnest(…)`. A handful of parameters instead of
 * one per value, so the server parses and plans a tiny statement however many rows it carries.
 */
async function insertByColumns<T extends Table>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  const columns = Object.keys(rows[0]);
  const arrays = columns.map((column) => {
    const values = rows.map((row) => (row as Record<string, unknown>)[column] ?? null);
    return sql`${values}::${sql.raw(INTEGER_COLUMNS.has(column) ? 'integer' : 'text')}[]`;
  });
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select * from unnest(${sql.join(arrays)})`.execute(db);
}
