import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import type { Database, Dialect } from '../../src/db/database.js';
import { initial } from '../../src/db/migrations/001_initial.js';
import { contactEmailLookup } from '../../src/db/migrations/002_contact_email_lookup.js';
import { coveringSearchIndexes } from '../../src/db/migrations/003_covering_search_indexes.js';
import { peopleSearch } from '../../src/db/migrations/004_people_search.js';
import { searchPeople } from '../../src/modules/search/people-search.service.js';
import { dialects } from '../harness.js';

/**
 * Migration 004 on a database that already holds people and numbers: it folds every stored name and takes the
 * digits of every stored number (in batches, so more rows than one batch), after which the search finds them.
 */

const PEOPLE = 5200;
const NOW = '2024-01-01T00:00:00.000Z';

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001_initial': initial(dialect),
    '002_contact_email_lookup': contactEmailLookup,
    '003_covering_search_indexes': coveringSearchIndexes,
    '004_people_search': peopleSearch(dialect),
  };
}

/** A database of its own: a SQLite file, or a PostgreSQL schema made and dropped under the harness's lock. */
async function openDatabase(
  dialect: Dialect,
): Promise<{ db: Database; locked: <T>(work: () => Promise<T>) => Promise<T>; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-004-'));
    const db = connect(`file:${join(dir, 'test.db')}`);
    return {
      db,
      locked: (work) => work(),
      close: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // test/harness.ts keeps migrations and schema drops of parallel test files apart with this lock.
  const locked = async <T>(work: () => Promise<T>) => {
    await admin.query('select pg_advisory_lock(7313001)');
    try {
      return await work();
    } finally {
      await admin.query('select pg_advisory_unlock(7313001)');
    }
  };
  await admin.query(`create schema ${schema}`);
  const db = connect(url, { schema, timeoutMs: 30_000 });
  return {
    db,
    locked,
    close: async () => {
      await db.close();
      await locked(() => admin.query(`drop schema ${schema} cascade`));
      await admin.end();
    },
  };
}

async function migrateTo(db: Database, locked: <T>(work: () => Promise<T>) => Promise<T>, name: string) {
  const schema =
    db.dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0].s
      : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations(db.dialect) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await locked(() => migrator.migrateTo(name));
  if (error) throw error;
}

/** People and numbers as the code before 004 wrote them. */
async function seedBefore(kysely: Kysely<any>, tenantId: string): Promise<void> {
  await kysely
    .insertInto('tenants')
    .values({ id: tenantId, name: 'old', require_if_match: 0, created_at: NOW })
    .execute();
  const companyId = uuidv7();
  const clientId = uuidv7();
  await kysely
    .insertInto('companies')
    .values({ id: companyId, tenant_id: tenantId, name: 'Old Ltd', name_lower: 'old ltd' })
    .execute();
  await kysely
    .insertInto('clients')
    .values({
      id: clientId,
      tenant_id: tenantId,
      company_id: companyId,
      status: 'lead',
      locations: '[]',
      created_at: NOW,
      modified_at: NOW,
      version: 1,
    })
    .execute();
  for (let start = 0; start < PEOPLE; start += 500) {
    const people = [];
    const contacts = [];
    const phones = [];
    for (let i = start; i < Math.min(PEOPLE, start + 500); i++) {
      const first = i === 0 ? 'Renée' : `Old${i}`;
      const last = i === 0 ? "D'Artagnan-Núñez" : 'Person';
      const personId = uuidv7();
      const contactId = uuidv7();
      people.push({
        id: personId,
        tenant_id: tenantId,
        first_name: first,
        last_name: last,
        first_name_lower: first.toLowerCase(),
        last_name_lower: last.toLowerCase(),
        full_name_lower: `${first} ${last}`.toLowerCase(),
        locations: '[]',
        created_at: NOW,
        modified_at: NOW,
      });
      contacts.push({
        id: contactId,
        tenant_id: tenantId,
        person_id: personId,
        client_id: clientId,
        created_at: NOW,
        modified_at: NOW,
        version: 1,
      });
      const number = `+44 20 7946 ${String(i).padStart(4, '0')}`;
      phones.push({
        tenant_id: tenantId,
        contact_id: contactId,
        position: 0,
        phone_number: number,
        normalized: number.replace(/ /g, ''),
        is_primary: 1,
      });
    }
    await kysely.insertInto('people').values(people).execute();
    await kysely.insertInto('client_contacts').values(contacts).execute();
    await kysely.insertInto('contact_phones').values(phones).execute();
  }
}

for (const dialect of dialects()) {
  describe(`migration 004 backfills stored people and numbers [${dialect}]`, () => {
    let opened: Awaited<ReturnType<typeof openDatabase>>;
    const tenantId = uuidv7();
    before(async () => {
      opened = await openDatabase(dialect);
      await migrateTo(opened.db, opened.locked, '003_covering_search_indexes');
      await seedBefore(opened.db.kysely as Kysely<any>, tenantId);
      await migrateTo(opened.db, opened.locked, '004_people_search');
    });
    after(async () => opened?.close());

    it('folds every stored name and takes the digits of every stored number', async () => {
      const kysely = opened.db.kysely;
      const unfolded = await kysely
        .selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('full_name_folded', '=', '')
        .executeTakeFirstOrThrow();
      assert.equal(Number(unfolded.n), 0);
      const renee = await kysely
        .selectFrom('people')
        .select(['first_name_folded', 'last_name_folded', 'full_name_folded'])
        .where('first_name', '=', 'Renée')
        .executeTakeFirstOrThrow();
      assert.deepEqual(renee, {
        first_name_folded: 'renee',
        last_name_folded: 'dartagnan nunez',
        full_name_folded: 'renee dartagnan nunez',
      });
      const last = await kysely
        .selectFrom('contact_phones')
        .select('digits')
        .where('phone_number', '=', `+44 20 7946 ${PEOPLE - 1}`)
        .executeTakeFirstOrThrow();
      assert.equal(last.digits, `44207946${PEOPLE - 1}`);
      const missing = await kysely
        .selectFrom('contact_phones')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('digits', '=', '')
        .executeTakeFirstOrThrow();
      assert.equal(Number(missing.n), 0);
    });

    it('lets the search find the stored people by folded name and by part of their number', async () => {
      const ctx = systemContext(opened.db);
      const byName = await searchPeople(ctx, tenantId, { query: "renee d'artagnan" });
      assert.deepEqual(
        byName.items.map((i) => [i.firstName, i.phoneNumbers]),
        [['Renée', ['+44 20 7946 0000']]],
      );
      const byDigits = await searchPeople(ctx, tenantId, { query: `7946 ${PEOPLE - 1}` });
      assert.deepEqual(
        byDigits.items.map((i) => i.firstName),
        [`Old${PEOPLE - 1}`],
      );
    });
  });
}
