import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../database.js';

/** Rows read and written per backfill statement. */
const BATCH = 5000;

/**
 * The client search (POST /clients/_search, API.md §2.3) compares lower-cased name, domain and description.
 * - `description_lower`: a lower-cased copy of the description, written by the write path from now on and
 *   here for the rows already stored, lower-cased by the same function (String.prototype.toLowerCase), so
 *   that both databases compare the same text (name_lower and domain already are).
 * - `(tenant_id, name_lower)`: the search's order, walked a page at a time, and name prefixes and equality;
 *   `(tenant_id, domain)`: a client by its exact domain.
 * - Substrings: a trigram index of the three columns. PostgreSQL: pg_trgm's GIN operator class, one index
 *   per column. SQLite: an FTS5 table with the trigram tokenizer, contentless, whose rowids come from
 *   `company_search_rows` (an INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike the implicit
 *   rowid of companies), kept in step with companies by triggers.
 */
export function clientSearch(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const binaryText = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      await db.schema.alterTable('companies').addColumn('description_lower', binaryText).execute();

      // SQLite runs migrations outside a transaction; PostgreSQL's migrator already holds one.
      const inTransaction = (work: (trx: Kysely<unknown>) => Promise<void>) =>
        dialect === 'sqlite' ? db.transaction().execute(work) : work(db);
      await inTransaction((trx) => backfillDescriptions(trx, dialect));

      await db.schema.createIndex('companies_name').on('companies').columns(['tenant_id', 'name_lower']).execute();
      await db.schema.createIndex('companies_domain').on('companies').columns(['tenant_id', 'domain']).execute();

      if (dialect === 'postgres') await createPostgresTrigramIndexes(db);
      else await inTransaction((trx) => createSqliteTrigramIndex(trx));
    },
  };
}

/** Lower-cases every stored description, in batches in id order (the same function as the write path). */
async function backfillDescriptions(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (let after = ''; ; ) {
    const { rows } = await sql<{ id: string; description: string }>`
      select id, description from companies where id > ${after} and description is not null
      order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    const lowered = rows.map((r) => [r.id, r.description.toLowerCase()]);
    if (dialect === 'postgres') {
      const column = (i: number) => lowered.map((row) => row[i]);
      await sql`update companies set description_lower = v.lowered
        from unnest(${column(0)}::text[], ${column(1)}::text[]) as v(id, lowered)
        where companies.id = v.id`.execute(db);
    } else {
      await sql`update companies set description_lower = v.value ->> 1
        from json_each(${JSON.stringify(lowered)}) as v
        where companies.id = v.value ->> 0`.execute(db);
    }
    after = rows[rows.length - 1].id;
  }
}

/**
 * pg_trgm lives in one schema of the database and is shared by every schema that indexes with it (see
 * migration 004, which may have made it already): made in `public` when missing, never in the connection's
 * own schema, which tests drop with CASCADE. The indexes name the operator class with its schema, which
 * need not be on the search path.
 */
async function createPostgresTrigramIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm schema public`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db);
  const opclass = sql`${sql.id(rows[0].schema)}.gin_trgm_ops`;
  // fastupdate off: a write goes into the index at once, instead of into a pending list that every search
  // then reads from end to end until a vacuum merges it (up to 4 MB of it, by default).
  for (const column of ['name_lower', 'domain', 'description_lower']) {
    await sql`create index ${sql.id(`companies_${column}_trgm`)} on companies
      using gin (${sql.id(column)} ${opclass}) with (fastupdate = off)`.execute(db);
  }
}

/** SQLite: the trigram index of the three columns, its keys, and the triggers that keep both in step. */
async function createSqliteTrigramIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create table company_search_rows (
      id integer primary key,
      company_id text not null
    )`.execute(db);
  await sql`create unique index company_search_rows_company on company_search_rows (company_id)`.execute(db);
  // case_sensitive 1: the columns and the searched text are lower-cased already, by the same function;
  // FTS5's own folding could only make the two differ.
  await sql`create virtual table company_search using fts5(
      name, domain, description, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1'
    )`.execute(db);
  await sql`insert into company_search_rows (company_id) select id from companies order by id`.execute(db);
  await sql`insert into company_search (rowid, name, domain, description)
    select r.id, c.name_lower, c.domain, c.description_lower from company_search_rows r
    join companies c on c.id = r.company_id`.execute(db);

  const key = (row: 'new' | 'old') => sql.raw(`(select id from company_search_rows where company_id = ${row}.id)`);
  const added = sql`
      insert into company_search_rows (company_id) values (new.id);
      insert into company_search (rowid, name, domain, description)
        values (${key('new')}, new.name_lower, new.domain, new.description_lower);`;
  const removed = sql`
      delete from company_search where rowid = ${key('old')};
      delete from company_search_rows where company_id = old.id;`;
  await sql`create trigger companies_search_insert after insert on companies begin ${added} end`.execute(db);
  await sql`create trigger companies_search_delete after delete on companies begin ${removed} end`.execute(db);
  // Every update of a client writes its company's columns; only a change to what is searched touches the index.
  await sql`create trigger companies_search_update after update of id, name_lower, domain, description_lower
    on companies
    when old.id is not new.id or old.name_lower is not new.name_lower or old.domain is not new.domain
      or old.description_lower is not new.description_lower
    begin ${removed} ${added} end`.execute(db);
}
