import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';

/** The tables the seed fills in bulk. */
const BULK_TABLES = [
  'companies',
  'clients',
  'people',
  'client_contacts',
  'contact_emails',
  'contact_phones',
  'attribute_values',
];

interface IndexDefinition {
  name: string;
  /** The database's own CREATE INDEX statement for it, replayed as is. */
  definition: string;
}

/**
 * The bulk tables' secondary indexes, as the database itself describes them: what the migrations made,
 * whatever that is now. Primary keys and unique constraints are left alone (foreign-key checks and
 * ON CONFLICT need them); only plain indexes are listed.
 */
async function secondaryIndexes(db: Database): Promise<IndexDefinition[]> {
  if (db.dialect === 'sqlite') {
    const { rows } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join(BULK_TABLES)})
      order by name`.execute(db.kysely);
    return rows.map((r) => ({ name: r.name, definition: r.sql }));
  }
  const { rows } = await sql<{ name: string; definition: string }>`
    select i.indexname as name, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${sql.join(BULK_TABLES)})
      and not exists (
        select 1 from pg_constraint c
        where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
      )
    order by i.indexname`.execute(db.kysely);
  return rows;
}

/**
 * Runs a bulk load with the bulk tables' secondary indexes dropped, then builds them again from their
 * own definitions. Building an index from all its rows at once (a sort) costs a fraction of inserting a
 * million keys one by one at random places in it, which is what the name, email, client, stage and owner
 * indexes would otherwise take. Only for a database nobody else uses while it runs: the seed does it
 * only for a database that had no tenant before. The indexes come back even when the load fails.
 */
export async function withIndexesRebuilt<T>(db: Database, load: () => Promise<T>): Promise<T> {
  const indexes = await secondaryIndexes(db);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db.kysely);
  // One connection for all of it: the memory setting is per session, and the pool may hold several.
  const rebuild = () =>
    db.kysely.connection().execute(async (conn) => {
      if (db.dialect === 'postgres') await sql`set maintenance_work_mem = '512MB'`.execute(conn);
      for (const index of indexes) await sql.raw(index.definition).execute(conn);
    });
  let result: T;
  try {
    result = await load();
  } catch (error) {
    await rebuild();
    throw error;
  }
  await rebuild();
  const after = JSON.stringify(await secondaryIndexes(db));
  if (after !== JSON.stringify(indexes)) throw new Error(`indexes differ after the rebuild: ${after}`);
  return result;
}
