import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { idListParameter } from '../../src/db/id-set.js';
import {
  type ContactFilters,
  listContactsQuery,
  prefixEntryCountQuery,
  searchMatchesQuery,
} from '../../src/modules/client-contacts/client-contact.list-query.js';
import { contactSelect } from '../../src/modules/client-contacts/client-contact.read-repository.js';
import { rolesAtClientQuery } from '../../src/modules/client-contacts/client-contact.upsert-repository.js';
import { phonesDeleteQuery, phonesOfQuery } from '../../src/modules/client-contacts/client-contact.write-repository.js';
import { buildTestApp, dialects, insertBulkClient, type TestApp } from '../harness.js';

/**
 * The `email` filter and the `q` prefix search of GET /clients/contacts must be answered from an index on
 * both databases, not by reading every email or every person. The plans are read for the very SQL the list
 * runs (listContactsQuery), over a tenant holding a few thousand contacts with fresh statistics.
 */

const PEOPLE = 3000;
const SURNAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright'];
const GIVEN = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'];

async function seed({ transaction, analyze }: TestApp['db'], tenantId: string): Promise<void> {
  const now = '2024-01-01T00:00:00.000Z';
  await transaction(async (trx) => {
    const clientId = await insertBulkClient(trx, tenantId, now);
    const batch = 250;
    for (let start = 0; start < PEOPLE; start += batch) {
      const people = [];
      const contacts = [];
      const emails = [];
      for (let i = start; i < Math.min(PEOPLE, start + batch); i++) {
        const first = `${GIVEN[i % GIVEN.length]}${i}`;
        const last = `${SURNAMES[(i * 7) % SURNAMES.length]}${i}`;
        const personId = uuidv7();
        const contactId = uuidv7();
        const modifiedAt = new Date(Date.parse(now) + i * 1000).toISOString();
        people.push({
          id: personId,
          tenant_id: tenantId,
          first_name: first,
          last_name: last,
          first_name_lower: first.toLowerCase(),
          last_name_lower: last.toLowerCase(),
          full_name_lower: `${first} ${last}`.toLowerCase(),
          avatar_url: null,
          locations: '[]',
          created_at: now,
          modified_at: now,
        });
        contacts.push({
          id: contactId,
          tenant_id: tenantId,
          person_id: personId,
          client_id: clientId,
          role: null,
          department: null,
          start_date: null,
          end_date: null,
          stage_id: null,
          main_contact_id: null,
          created_at: now,
          modified_at: modifiedAt,
          archived_at: null,
          version: 1,
        });
        for (const [position, email] of [`${first}.${last}@bulk.example`, `p${i}@home.example`].entries()) {
          emails.push({
            tenant_id: tenantId,
            contact_id: contactId,
            person_id: personId,
            position,
            email,
            email_lower: email.toLowerCase(),
            purpose: null,
            is_primary: position === 0 ? 1 : 0,
          });
        }
      }
      await trx.insertInto('people').values(people).execute();
      await trx.insertInto('client_contacts').values(contacts).execute();
      await trx.insertInto('contact_emails').values(emails).execute();
    }
  });
  await analyze();
}

for (const dialect of dialects()) {
  describe(`client contacts, list filters use indexes [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await seed(t.db, t.client.tenantId);
    });
    after(async () => t.close());

    const filters = (f: Partial<ContactFilters>): ContactFilters => ({
      includeArchived: false,
      now: '2024-06-01T00:00:00.000Z',
      ...f,
    });

    /** The plan of the list's own query, as text lines; `rows` is what the same query answers. */
    function plan(f: ContactFilters): Promise<{ lines: string[]; rows: number }> {
      return planOf(listContactsQuery(t.db.kysely, t.db.dialect, t.client.tenantId, { limit: 25 }, f));
    }

    async function planOf(query: {
      compile(): { sql: string; parameters: readonly unknown[] };
      execute(): Promise<unknown[]>;
    }): Promise<{ lines: string[]; rows: number }> {
      const compiled = query.compile();
      const rows = (await query.execute()).length;
      if (dialect === 'sqlite') {
        const result = await t.db.kysely.executeQuery<{ id: number; parent: number; detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        return { lines: result.rows.map((r) => r.detail), rows };
      }
      const result = await t.db.kysely.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
      );
      return { lines: result.rows.map((r) => r['QUERY PLAN']), rows };
    }

    function fullScans(lines: string[], table: string): string[] {
      const pattern =
        dialect === 'sqlite' ? new RegExp(`^SCAN ${table}\\b`) : new RegExp(`Seq Scan on ${table}\\b`, 'i');
      return lines.filter((line) => pattern.test(line.trim()));
    }

    it('finds contacts by exact email through contact_emails_lookup', async (ctx) => {
      const { lines, rows } = await plan(filters({ email: 'p1234@home.example' }));
      ctx.diagnostic(`email filter plan (${dialect}):\n${lines.join('\n')}`);
      assert.equal(rows, 1, 'the query finds the one contact with that address');
      const text = lines.join('\n');
      assert.match(text, /contact_emails_lookup/, 'the email lookup uses its index');
      assert.deepEqual(fullScans(lines, 'contact_emails'), [], 'no full scan of contact_emails');
    });

    it('finds the matches of a name or email prefix through people_full_name_lower, people_last_name_lower and contact_emails_lookup', async (ctx) => {
      const { lines, rows } = await planOf(searchMatchesQuery(t.db.kysely, t.client.tenantId, { q: 'wright12' }));
      ctx.diagnostic(`q prefix matches plan (${dialect}):\n${lines.join('\n')}`);
      // Wright is the surname of every i ending in 7, so this matches i = 127 and 1207–1297.
      assert.ok(rows > 0, 'the prefix matches some contacts');
      const text = lines.join('\n');
      assert.match(text, /people_full_name_lower/, 'the full-name prefix uses its index');
      assert.match(text, /people_last_name_lower/, 'the last-name prefix uses its index');
      assert.match(text, /contact_emails_lookup/, 'the email prefix uses its index');
      assert.deepEqual(fullScans(lines, 'people'), [], 'no full scan of people');
      assert.deepEqual(fullScans(lines, 'contact_emails'), [], 'no full scan of contact_emails');
    });

    // PostgreSQL chooses index-only scans by its visibility map, so only SQLite's plan is fixed.
    if (dialect === 'sqlite') {
      it('reads the matches of a prefix from covering indexes (no table row per match)', async () => {
        const { lines } = await planOf(searchMatchesQuery(t.db.kysely, t.client.tenantId, { q: 'wright12' }));
        const searches = lines.filter((line) => line.trim().startsWith('SEARCH'));
        assert.equal(searches.length, 5, lines.join('\n'));
        for (const line of searches) assert.match(line, /USING COVERING INDEX/, line);
      });
    }

    it('counts the name and address entries of a prefix from their indexes alone', async (ctx) => {
      const query = prefixEntryCountQuery(
        t.db.kysely,
        dialect,
        t.client.tenantId,
        'wright12',
        'wright12\u{10FFFF}',
        100,
      );
      const { lines } = await planOf(query);
      ctx.diagnostic(`q prefix count plan (${dialect}):\n${lines.join('\n')}`);
      const [row] = await query.execute();
      // Wright is the surname of every i ending in 7: last names wright127 and wright1207–wright1297.
      assert.deepEqual(
        { emails: Number(row.emails), fullNames: Number(row.full_names), lastNames: Number(row.last_names) },
        { emails: 0, fullNames: 0, lastNames: 11 },
      );
      const text = lines.join('\n');
      for (const index of ['people_full_name_lower', 'people_last_name_lower', 'contact_emails_lookup']) {
        assert.match(text, new RegExp(dialect === 'sqlite' ? `COVERING INDEX ${index}\\b` : `${index}\\b`), index);
      }
      assert.deepEqual(fullScans(lines, 'people'), [], 'no full scan of people');
      assert.deepEqual(fullScans(lines, 'contact_emails'), [], 'no full scan of contact_emails');
      const capped = await prefixEntryCountQuery(
        t.db.kysely,
        dialect,
        t.client.tenantId,
        'w',
        'w\u{10FFFF}',
        100,
      ).execute();
      assert.equal(Number(capped[0].last_names), 100, 'each index is counted up to the cap only');
    });

    it('walks a dense prefix search in list order without scanning people or emails', async (ctx) => {
      const { lines, rows } = await plan(filters({ q: 'a' }));
      ctx.diagnostic(`dense q plan (${dialect}):\n${lines.join('\n')}`);
      assert.ok(rows > 0, 'the prefix matches some contacts');
      assert.match(lines.join('\n'), /client_contacts_sync/, 'the walk follows the list order index');
      if (dialect === 'sqlite') {
        assert.deepEqual(fullScans(lines, 'people'), [], 'no full scan of people');
        assert.deepEqual(fullScans(lines, 'contact_emails'), [], 'no full scan of contact_emails');
      }
    });

    it('answers the indexed filters with the right contacts', async () => {
      const byEmail = await t.client.request('GET', '/clients/contacts?email=P1234@HOME.example');
      assert.equal(byEmail.status, 200, byEmail.text);
      assert.deepEqual(
        byEmail.body.items.map((c: { lastName: string }) => c.lastName),
        [`${SURNAMES[(1234 * 7) % SURNAMES.length]}1234`],
      );
      const byName = await t.client.request('GET', '/clients/contacts?q=Alice10%20&limit=200');
      assert.equal(byName.status, 200, byName.text);
      for (const c of byName.body.items) assert.match(c.firstName, /^Alice10/);
      assert.ok(byName.body.items.length > 0);
    });
  });
}

/**
 * Reads driven by a list of contact ids must look those ids up by primary key even when SQLite has no
 * statistics (a new database, or indexes a migration just rebuilt): it then guesses that few rows share a
 * tenant and would rather read the tenant's whole (tenant_id, …) index, checking each row against the list.
 */
describe('client contacts, id-driven reads without statistics [sqlite]', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite');
    await seed(t.db, t.client.tenantId);
    await sql`delete from sqlite_stat1`.execute(t.db.kysely);
    await sql`analyze sqlite_schema`.execute(t.db.kysely);
    const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_stat1`.execute(t.db.kysely);
    assert.equal(rows[0].n, 0, 'the planner has no statistics to go by');
  });
  after(async () => t.close());

  async function planLines(query: { compile(): { sql: string; parameters: readonly unknown[] } }) {
    const compiled = query.compile();
    const result = await t.db.kysely.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
    );
    return result.rows.map((r) => r.detail);
  }

  it('reads contacts by id through the primary key', async () => {
    const ids = (await t.db.kysely.selectFrom('client_contacts').select('id').limit(3).execute()).map((r) => r.id);
    const read = contactSelect(t.db.kysely, 'sqlite', t.client.tenantId, idListParameter('sqlite', ids) as string[]);
    const lines = await planLines(read);
    assert.match(lines[0], /^SEARCH c USING INDEX sqlite_autoindex_client_contacts_1 \(id=\?\)/, lines.join('\n'));
    assert.equal((await read.execute()).length, 3);

    const page = listContactsQuery(
      t.db.kysely,
      'sqlite',
      t.client.tenantId,
      { limit: 25 },
      {
        includeArchived: false,
        now: '2024-06-01T00:00:00.000Z',
        ids,
      },
    );
    const pageLines = await planLines(page);
    assert.match(
      pageLines[0],
      /^SEARCH c USING INDEX sqlite_autoindex_client_contacts_1 \(id=\?\)/,
      pageLines.join('\n'),
    );
    assert.equal((await page.execute()).length, 3);
  });

  it('reaches a contact’s phones and a person’s roles at a client by their own keys, not the tenant’s', async () => {
    const tenantId = t.client.tenantId;
    const contact = await t.db.kysely
      .selectFrom('client_contacts')
      .select(['id', 'person_id', 'client_id'])
      .executeTakeFirstOrThrow();
    for (const query of [
      phonesOfQuery(t.db.kysely, 'sqlite', tenantId, contact.id),
      phonesDeleteQuery(t.db.kysely, 'sqlite', tenantId, contact.id),
    ]) {
      const lines = await planLines(query);
      assert.match(
        lines[0],
        /^SEARCH contact_phones USING INDEX sqlite_autoindex_contact_phones_1 \(contact_id=\?\)/,
        lines.join('\n'),
      );
    }
    const roles = rolesAtClientQuery(t.db.kysely, 'sqlite', tenantId, contact.person_id, contact.client_id);
    const lines = await planLines(roles);
    assert.match(
      lines[0],
      /^SEARCH client_contacts USING INDEX client_contacts_person \(person_id=\?\)/,
      lines.join('\n'),
    );
    assert.deepEqual(
      (await roles.execute()).map((r) => r.id),
      [contact.id],
    );
  });
});
