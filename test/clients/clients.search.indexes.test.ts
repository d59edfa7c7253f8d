import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, type Kysely, Migrator, sql } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { connect } from '../../src/db/connect.js';
import type { Database, DB, Dialect } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { initial } from '../../src/db/migrations/001_initial.js';
import { contactEmailLookup } from '../../src/db/migrations/002_contact_email_lookup.js';
import { coveringSearchIndexes } from '../../src/db/migrations/003_covering_search_indexes.js';
import { peopleSearch } from '../../src/db/migrations/004_people_search.js';
import { clientRows } from '../../src/modules/clients/client.repository.js';
import { type Narrowing, searchClients, searchQuery } from '../../src/modules/clients/client-search.repository.js';
import { searchPlan } from '../../src/modules/clients/client-search.rules.js';
import type { SearchClientsBody } from '../../src/modules/clients/client-search.schemas.js';
import {
  BITMAP_SCANS_ONLY,
  postgresMatches,
  postgresSelective,
  SELECTIVE_MATCHES,
  type SubstringCondition,
  sqliteSelective,
} from '../../src/modules/clients/client-search.substrings.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

/**
 * The client search's indexes (migration 005): filled for the companies stored before it, and used by the
 * search's own queries, read from their plans over a tenant of a few thousand clients with fresh statistics.
 */

const contains = (field: string, value: string): SearchClientsBody => ({
  filters: [{ type: 'text', operator: 'contains', path: `client.company.${field}`, value } as never],
});

/** A database migrated up to (not including) 005, as a server upgraded from the previous version finds it. */
async function openBeforeClientSearch(dialect: Dialect): Promise<{ db: Database; close: () => Promise<void> }> {
  const provider = {
    getMigrations: async () => ({
      '001_initial': initial(dialect),
      '002_contact_email_lookup': contactEmailLookup,
      '003_covering_search_indexes': coveringSearchIndexes,
      '004_people_search': peopleSearch(dialect),
    }),
  };
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-test-'));
    const db = connect(`file:${join(dir, 'test.db')}`);
    const { error } = await new Migrator({ db: db.kysely, provider }).migrateToLatest();
    if (error) throw error;
    const close = async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { db, close };
  }
  // As the harness does: a schema of its own, migrated and dropped under its advisory lock.
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('select pg_advisory_lock(7313001)');
    try {
      return await work();
    } finally {
      await admin.query('select pg_advisory_unlock(7313001)');
      await admin.end();
    }
  };
  const db = connect(url, { schema, timeoutMs: 30_000 });
  await locked(async () => {
    await sql`create schema ${sql.id(schema)}`.execute(db.kysely);
    const migrator = new Migrator({ db: db.kysely, provider, migrationTableSchema: schema });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  });
  return {
    db,
    close: async () => {
      await locked(() => sql`drop schema ${sql.id(schema)} cascade`.execute(db.kysely));
      await db.close();
    },
  };
}

for (const dialect of dialects()) {
  describe(`clients search, migration 005 [${dialect}]`, () => {
    it('fills the lower-cased descriptions and the trigram index for the companies already stored', async () => {
      const { db, close } = await openBeforeClientSearch(dialect);
      try {
        const tenantId = uuidv7();
        const at = '2024-01-01T00:00:00.000Z';
        await sql`insert into tenants (id, name, require_if_match, created_at) values (${tenantId}, 'old', 0, ${at})`.execute(
          db.kysely,
        );
        // More companies than one backfill batch, some descriptions beyond ASCII, some absent.
        const descriptions = (i: number) => (i % 3 === 0 ? null : i % 3 === 1 ? `ÄRZTE Union ${i}` : `Plain ${i}`);
        const companies = Array.from({ length: 5_010 }, (_, i) => ({ id: uuidv7(), clientId: uuidv7(), i }));
        for (let start = 0; start < companies.length; start += 500) {
          const batch = companies.slice(start, start + 500);
          await sql`insert into companies (id, tenant_id, name, name_lower, domain, description) values ${sql.join(
            batch.map(
              (c) =>
                sql`(${c.id}, ${tenantId}, ${`Old Company ${c.i}`}, ${`old company ${c.i}`}, ${`old${c.i}.example`}, ${descriptions(c.i)})`,
            ),
          )}`.execute(db.kysely);
          await sql`insert into clients (id, tenant_id, company_id, status, stage_id, locations, created_at, modified_at, version)
            values ${sql.join(batch.map((c) => sql`(${c.clientId}, ${tenantId}, ${c.id}, 'lead', null, '[]', ${at}, ${at}, 1)`))}`.execute(
            db.kysely,
          );
        }

        assert.equal((await migrateToLatest(db))[0], '005_client_search');
        const rows = await db.kysely
          .selectFrom('companies')
          .select(['name', 'description', 'description_lower'])
          .execute();
        assert.equal(rows.length, companies.length);
        for (const row of rows) assert.equal(row.description_lower, row.description?.toLowerCase() ?? null, row.name);

        const search = async (body: SearchClientsBody) =>
          (await searchClients(db.kysely, dialect, tenantId, searchPlan({ ...body, pageSize: 100 }))).map(
            (c) => c.name,
          );
        assert.deepEqual(await search(contains('description', 'ärzte union 5003')), []);
        assert.deepEqual(await search(contains('description', 'ärzte union 5002')), ['Old Company 5002']);
        assert.deepEqual(await search(contains('description', 'PLAIN 5004')), []);
        assert.deepEqual(await search(contains('description', 'PLAIN 5000')), ['Old Company 5000']);
        assert.deepEqual(await search(contains('name', 'company 4999')), ['Old Company 4999']);
        assert.deepEqual(await search(contains('domain', 'old5009.')), ['Old Company 5009']);
      } finally {
        await close();
      }
    });
  });

  describe(`clients search, plans [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await seed(t);
    });
    after(async () => t.close());

    /** The plan of a compiled query, as text lines. */
    async function explain(trx: Kysely<DB>, compiled: { sql: string; parameters: readonly unknown[] }) {
      if (dialect === 'sqlite') {
        const result = await trx.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        return result.rows.map((r) => r.detail);
      }
      const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
      );
      return result.rows.map((r) => r['QUERY PLAN']);
    }

    /** The plan of the search's own page query for `body`, as text lines. */
    async function planOf(body: SearchClientsBody, narrowing: Narrowing = {}): Promise<string[]> {
      return explain(
        t.db.kysely,
        searchQuery(t.db.kysely, dialect, t.client.tenantId, searchPlan(body), narrowing).compile(),
      );
    }

    const fullScans = (lines: string[], table: string) =>
      lines.filter((line) =>
        (dialect === 'sqlite' ? new RegExp(`^SCAN ${table}\\b`) : new RegExp(`Seq Scan on ${table}\\b`)).test(
          line.trim(),
        ),
      );

    it('finds a rare substring through the trigram index', async (ctx) => {
      const body = contains('name', 'vumika');
      const plan = searchPlan(body);
      const tenantId = t.client.tenantId;
      let lines: string[];
      if (dialect === 'sqlite') {
        // Counted few in the index (searchClients), the substring's matches drive the page query.
        assert.deepEqual(await sqliteSelective(t.db.kysely, plan.conditions, SELECTIVE_MATCHES), plan.conditions);
        lines = await planOf(body, { trigram: plan.conditions as SubstringCondition[] });
        assert.match(lines.join('\n'), /company_search VIRTUAL TABLE/);
      } else {
        // The lookup, under the settings postgresSelective reads it with, then the page query over its matches.
        const lookup = await t.db.kysely.transaction().execute(async (trx) => {
          await BITMAP_SCANS_ONLY.execute(trx);
          return explain(trx, postgresMatches(tenantId, plan.conditions[0] as SubstringCondition, 300).compile(trx));
        });
        ctx.diagnostic(lookup.join('\n'));
        assert.match(lookup.join('\n'), /Bitmap Index Scan on companies_name_lower_trgm/);
        const ids = await t.db.kysely
          .transaction()
          .execute((trx) => postgresSelective(trx, tenantId, plan.conditions, SELECTIVE_MATCHES));
        assert.ok(Array.isArray(ids) && ids.length === 1);
        lines = await planOf(body, { companyIds: ids as string[] });
        assert.match(lines.join('\n'), /companies_pkey/);
      }
      ctx.diagnostic(lines.join('\n'));
      assert.deepEqual(fullScans(lines, 'companies'), []);
      assert.deepEqual(fullScans(lines, 'clients'), []);
      const found = await searchClients(t.db.kysely, dialect, tenantId, plan);
      assert.deepEqual(
        found.map((c) => c.name),
        ['Vumika Common'],
      );
    });

    it('counts a common substring as common, so that it walks the name order', async () => {
      const plan = searchPlan(contains('name', 'common'));
      const selective =
        dialect === 'sqlite'
          ? await sqliteSelective(t.db.kysely, plan.conditions, SELECTIVE_MATCHES)
          : await t.db.kysely
              .transaction()
              .execute((trx) => postgresSelective(trx, t.client.tenantId, plan.conditions, SELECTIVE_MATCHES));
      assert.deepEqual(selective, dialect === 'sqlite' ? [] : undefined);
    });

    it('walks the name order for a common substring, stopping at the page', async (ctx) => {
      const lines = await planOf(contains('name', 'common'));
      ctx.diagnostic(lines.join('\n'));
      const text = lines.join('\n');
      assert.match(text, /companies_name\b/);
      assert.deepEqual(fullScans(lines, 'companies'), []);
      if (dialect === 'sqlite') assert.doesNotMatch(text, /USE TEMP B-TREE FOR ORDER BY/, 'no sort of every match');
      else assert.doesNotMatch(text, /Bitmap Heap Scan on companies/);
    });

    it('finds a name prefix and an exact domain through their indexes', async (ctx) => {
      const prefix = await planOf({
        filters: [{ type: 'text', operator: 'startsWith', path: 'client.company.name', value: 'vumi' }],
      });
      ctx.diagnostic(prefix.join('\n'));
      assert.match(
        prefix.join('\n'),
        dialect === 'sqlite' ? /companies_name \(tenant_id=\? AND name_lower>/ : /companies_name/,
      );
      const domain = await planOf({
        filters: [{ type: 'text', operator: 'equals', path: 'client.company.domain', value: 'vumika.example' }],
      });
      ctx.diagnostic(domain.join('\n'));
      assert.match(domain.join('\n'), /companies_domain/);
      for (const lines of [prefix, domain]) assert.deepEqual(fullScans(lines, 'companies'), []);
    });
  });
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'nu',
  'pe',
  'ra',
  'si',
  'to',
  'vu',
  'ze',
  'bo',
  'da',
  'fi',
  'gu',
  'he',
  'ja',
  'xo',
];

/** The i-th made-up word: three syllables, so that most of its substrings are rare. */
function word(i: number): string {
  const n = SYLLABLES.length;
  return SYLLABLES[i % n] + SYLLABLES[Math.floor(i / n) % n] + SYLLABLES[Math.floor(i / n / n) % n];
}

/** 3,000 clients, each name unique by its made-up word, all sharing "common"; rows written as the repository maps them. */
async function seed(t: TestApp): Promise<void> {
  const tenantId = t.client.tenantId;
  const at = '2024-01-01T00:00:00.000Z';
  await t.db.transaction(async (trx: Kysely<DB>) => {
    const records = Array.from({ length: 3000 }, (_, i) => {
      const tag = word(i);
      return clientRows(tenantId, {
        id: uuidv7(),
        company: {
          id: uuidv7(),
          name: `${tag[0].toUpperCase()}${tag.slice(1)} Common`,
          domain: `${tag}.example`,
          description: `Description of ${tag}`,
          industry: null,
          size: null,
          logoUrl: null,
          linkedinUrl: null,
        },
        status: 'lead',
        stage: null,
        locations: [],
        createdAt: at,
        modifiedAt: at,
        archivedAt: null,
        version: 1,
      });
    });
    for (let i = 0; i < records.length; i += 500) {
      await trx
        .insertInto('companies')
        .values(records.slice(i, i + 500).map((r) => r.company))
        .execute();
      await trx
        .insertInto('clients')
        .values(records.slice(i, i + 500).map((r) => r.client))
        .execute();
    }
  });
  await t.db.analyze();
}
