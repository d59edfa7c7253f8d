import { type Kysely, type Migration, sql } from 'kysely';
import { foldName, phoneDigits } from '../../core/fold.js';
import type { Dialect } from '../database.js';

/** Rows read and written per backfill statement. */
const BATCH = 5000;

/**
 * The people search (API.md §2.6): folded names and phone digits, computed once per row (by the write path
 * from now on, and here for the rows already stored) into indexed columns.
 * - Names: prefix matches on `full_name_folded` (which every first-name prefix is a prefix of) and on
 *   `last_name_folded`, range scans under binary collation as in 001; the last-name index is in the
 *   search's tie order (last name, first name, id), so its first entries are the ones shown.
 * - Whole numbers: `(tenant_id, normalized)`, the E.164 form.
 * - Part of a number: the digits, in a trigram index. PostgreSQL: pg_trgm's GIN operator class. SQLite: an
 *   FTS5 table with the trigram tokenizer, contentless, whose rowids come from `phone_search_rows` (an
 *   INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike the implicit rowid of contact_phones),
 *   kept in step with contact_phones by triggers.
 */
export function peopleSearch(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const binaryText = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      for (const column of ['first_name_folded', 'last_name_folded', 'full_name_folded']) {
        await db.schema
          .alterTable('people')
          .addColumn(column, binaryText, (c) => c.notNull().defaultTo(''))
          .execute();
      }
      await db.schema
        .alterTable('contact_phones')
        .addColumn('digits', 'text', (c) => c.notNull().defaultTo(''))
        .execute();

      // SQLite runs migrations outside a transaction; PostgreSQL's migrator already holds one.
      const inTransaction = (work: (trx: Kysely<unknown>) => Promise<void>) =>
        dialect === 'sqlite' ? db.transaction().execute(work) : work(db);
      await inTransaction(async (trx) => {
        await backfillPeople(trx, dialect);
        await backfillDigits(trx, dialect);
      });

      await db.schema
        .createIndex('people_full_name_folded')
        .on('people')
        .columns(['tenant_id', 'full_name_folded', 'id'])
        .execute();
      await db.schema
        .createIndex('people_last_name_folded')
        .on('people')
        .columns(['tenant_id', 'last_name_folded', 'first_name_folded', 'id'])
        .execute();
      await db.schema
        .createIndex('contact_phones_normalized')
        .on('contact_phones')
        .columns(['tenant_id', 'normalized', 'contact_id'])
        .execute();

      if (dialect === 'postgres') await createPostgresDigitsIndex(db);
      else await inTransaction((trx) => createSqliteDigitsIndex(trx));
    },
  };
}

/** Folds every stored person's names, in batches in id order (the same fold as the write path). */
async function backfillPeople(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (let after = ''; ; ) {
    const { rows } = await sql<{ id: string; first_name: string; last_name: string }>`
      select id, first_name, last_name from people where id > ${after} order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    const folded = rows.map((r) => [
      r.id,
      foldName(r.first_name),
      foldName(r.last_name),
      foldName(`${r.first_name} ${r.last_name}`),
    ]);
    if (dialect === 'postgres') {
      const column = (i: number) => folded.map((row) => row[i]);
      await sql`update people set first_name_folded = v.first_name, last_name_folded = v.last_name, full_name_folded = v.full_name
        from unnest(${column(0)}::text[], ${column(1)}::text[], ${column(2)}::text[], ${column(3)}::text[])
          as v(id, first_name, last_name, full_name)
        where people.id = v.id`.execute(db);
    } else {
      await sql`update people set first_name_folded = v.value ->> 1, last_name_folded = v.value ->> 2,
          full_name_folded = v.value ->> 3
        from json_each(${JSON.stringify(folded)}) as v
        where people.id = v.value ->> 0`.execute(db);
    }
    after = rows[rows.length - 1].id;
  }
}

/** The digits of every stored phone number, in batches in key order. */
async function backfillDigits(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (let after: [string, number] = ['', -1]; ; ) {
    const { rows } = await sql<{ contact_id: string; position: number; phone_number: string }>`
      select contact_id, position, phone_number from contact_phones
      where (contact_id, position) > (${after[0]}, ${after[1]})
      order by contact_id, position limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    const digits = rows.map((r) => [r.contact_id, r.position, phoneDigits(r.phone_number)] as const);
    if (dialect === 'postgres') {
      const column = (i: number) => digits.map((row) => row[i]);
      await sql`update contact_phones set digits = v.digits
        from unnest(${column(0)}::text[], ${column(1)}::integer[], ${column(2)}::text[]) as v(contact_id, position, digits)
        where contact_phones.contact_id = v.contact_id and contact_phones.position = v.position`.execute(db);
    } else {
      await sql`update contact_phones set digits = v.value ->> 2
        from json_each(${JSON.stringify(digits)}) as v
        where contact_phones.contact_id = v.value ->> 0 and contact_phones.position = v.value ->> 1`.execute(db);
    }
    const last = rows[rows.length - 1];
    after = [last.contact_id, last.position];
  }
}

/**
 * pg_trgm lives in one schema of the database and is shared by every schema that indexes with it. It is
 * made in `public` when missing: made in the connection's own schema, it would be dropped with that schema
 * (tests give each run a schema of its own and drop it with CASCADE), taking every other schema's trigram
 * indexes with it. The index names the operator class with its schema, which need not be on the search path.
 */
async function createPostgresDigitsIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm schema public`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db);
  const opclass = sql`${sql.id(rows[0].schema)}.gin_trgm_ops`;
  await sql`create index contact_phones_digits on contact_phones using gin (digits ${opclass})`.execute(db);
}

/** SQLite: the trigram index of phone digits, its keys, and the triggers that keep both in step. */
async function createSqliteDigitsIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create table phone_search_rows (
      id integer primary key,
      contact_id text not null,
      position integer not null
    )`.execute(db);
  await sql`create unique index phone_search_rows_key on phone_search_rows (contact_id, position)`.execute(db);
  await sql`create virtual table phone_search using fts5(
      digits, content = '', contentless_delete = 1, tokenize = 'trigram'
    )`.execute(db);
  await sql`insert into phone_search_rows (contact_id, position)
    select contact_id, position from contact_phones order by contact_id, position`.execute(db);
  await sql`insert into phone_search (rowid, digits)
    select r.id, p.digits from phone_search_rows r
    join contact_phones p on p.contact_id = r.contact_id and p.position = r.position`.execute(db);

  const key = (row: 'new' | 'old') =>
    sql.raw(`(select id from phone_search_rows where contact_id = ${row}.contact_id and position = ${row}.position)`);
  const added = sql`
      insert into phone_search_rows (contact_id, position) values (new.contact_id, new.position);
      insert into phone_search (rowid, digits) values (${key('new')}, new.digits);`;
  const removed = sql`
      delete from phone_search where rowid = ${key('old')};
      delete from phone_search_rows where contact_id = old.contact_id and position = old.position;`;
  await sql`create trigger contact_phones_search_insert after insert on contact_phones begin ${added} end`.execute(db);
  await sql`create trigger contact_phones_search_delete after delete on contact_phones begin ${removed} end`.execute(
    db,
  );
  await sql`create trigger contact_phones_search_update after update of contact_id, position, digits on contact_phones
    begin ${removed} ${added} end`.execute(db);
}
