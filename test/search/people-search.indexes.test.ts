import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CompiledQuery } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import {
  contactRow,
  emailRows,
  personRow,
  phoneRows,
} from '../../src/modules/client-contacts/client-contact.write-repository.js';
import { normalizePhoneNumber } from '../../src/modules/client-contacts/contact.rules.js';
import { candidatesQuery } from '../../src/modules/search/people-search.repository.js';
import { searchTerms } from '../../src/modules/search/people-search.service.js';
import { buildTestApp, dialects, insertBulkClient, type TestApp } from '../harness.js';

/**
 * Every way GET /search/people matches is answered from an index on both databases, never by reading a
 * whole table: the plans are read for the very statement the search runs (candidatesQuery), over a tenant
 * of a few thousand people with fresh statistics. PostgreSQL runs it as a named statement with a generic
 * plan (see src/db/connect.ts), so that is the plan read there.
 */

const PEOPLE = 3000;
const SURNAMES = ['Smith', 'Jones', 'Taylor', 'Brown', 'Núñez', "O'Neill", 'Wilson', 'Johnson', 'Davies', 'Wright'];
const GIVEN = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'];
const NOW = '2024-01-01T00:00:00.000Z';

const phoneOf = (i: number) => `+44 20 7946 ${String(i).padStart(4, '0')}`;

async function seed({ transaction, analyze }: TestApp['db'], tenantId: string): Promise<void> {
  await transaction(async (trx) => {
    const clientId = await insertBulkClient(trx, tenantId, NOW);
    for (let start = 0; start < PEOPLE; start += 500) {
      const people = [];
      const contacts = [];
      const emails = [];
      const phones = [];
      for (let i = start; i < Math.min(PEOPLE, start + 500); i++) {
        const person = {
          id: uuidv7(),
          firstName: `${GIVEN[i % GIVEN.length]}${i}`,
          lastName: `${SURNAMES[(i * 7) % SURNAMES.length]}${i}`,
          avatarUrl: null,
          locations: [],
        };
        const contact = {
          id: uuidv7(),
          personId: person.id,
          clientId,
          role: null,
          department: null,
          startDate: null,
          endDate: null,
          stageId: null,
          mainContactId: null,
          createdAt: NOW,
          modifiedAt: NOW,
          archivedAt: null,
          version: 1,
        };
        people.push(personRow(tenantId, person, NOW));
        contacts.push(contactRow(tenantId, contact));
        emails.push(...emailRows(tenantId, contact, [{ email: `p${i}@bulk.example`, purpose: null, isPrimary: true }]));
        const phoneNumber = phoneOf(i);
        phones.push(
          ...phoneRows(tenantId, contact.id, [
            { phoneNumber, normalized: normalizePhoneNumber(phoneNumber), purpose: null, isPrimary: true },
          ]),
        );
      }
      await trx.insertInto('people').values(people).execute();
      await trx.insertInto('client_contacts').values(contacts).execute();
      await trx.insertInto('contact_emails').values(emails).execute();
      await trx.insertInto('contact_phones').values(phones).execute();
    }
  });
  await analyze();
}

for (const dialect of dialects()) {
  describe(`people search uses its indexes [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await seed(t.db, t.client.tenantId);
    });
    after(async () => t.close());

    /**
     * The plan of the search's candidate statement for `query`, and how many candidates it finds. With
     * `bitmapsOnly`, PostgreSQL prices out sequential scans and whole-index walks (it still takes one where
     * nothing else serves): on a table of a few thousand rows they cost less than the trigram index, which
     * the planner picks on large ones (at 100,000 contacts in bench/README.md's figures).
     */
    async function plan(query: string, bitmapsOnly = false): Promise<{ lines: string[]; rows: number }> {
      const built = candidatesQuery(t.db.kysely, dialect, t.client.tenantId, searchTerms(query), 25);
      const rows = (await built.execute()).length;
      const { sql, parameters } = built.compile();
      if (dialect === 'sqlite') {
        const result = await t.db.kysely.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]),
        );
        return { lines: result.rows.map((r) => r.detail), rows };
      }
      // The generic plan, as a named statement gets it: prepared, then explained with its values.
      const lines = await t.db.kysely.connection().execute(async (conn) => {
        if (bitmapsOnly) {
          for (const setting of ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan']) {
            await conn.executeQuery(CompiledQuery.raw(`set ${setting} = off`));
          }
        }
        await conn.executeQuery(CompiledQuery.raw(`prepare people_search_plan as ${sql}`));
        const values = parameters.map((p) =>
          typeof p === 'number' ? String(p) : `'${String(p).replace(/'/g, "''")}'`,
        );
        try {
          const result = await conn.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`explain execute people_search_plan(${values.join(', ')})`),
          );
          return result.rows.map((r) => r['QUERY PLAN']);
        } finally {
          await conn.executeQuery(CompiledQuery.raw('deallocate people_search_plan'));
          for (const setting of ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan']) {
            await conn.executeQuery(CompiledQuery.raw(`reset ${setting}`));
          }
        }
      });
      return { lines, rows };
    }

    function fullScans(lines: string[]): string[] {
      const pattern =
        dialect === 'sqlite'
          ? /^SCAN (people|p|client_contacts|c|contact_emails|e|contact_phones|ph)\b/
          : /Seq Scan on (people|client_contacts|contact_emails|contact_phones)\b/;
      return lines.filter((line) => pattern.test(line.trim()));
    }

    it('matches names and addresses through people_full_name_folded, people_last_name_folded and contact_emails_lookup', async (ctx) => {
      const { lines, rows } = await plan('núñez12');
      ctx.diagnostic(`name query plan (${dialect}):\n${lines.join('\n')}`);
      const expected = Array.from({ length: PEOPLE }, (_, i) => i).filter(
        (i) => SURNAMES[(i * 7) % SURNAMES.length] === 'Núñez' && String(i).startsWith('12'),
      );
      assert.equal(rows, expected.length);
      const text = lines.join('\n');
      for (const index of ['people_full_name_folded', 'people_last_name_folded', 'contact_emails_lookup']) {
        assert.match(text, new RegExp(index), index);
      }
      assert.doesNotMatch(text, /contact_phones/, 'a query that is not a number reads no phone index');
      assert.deepEqual(fullScans(lines), []);
    });

    it('matches numbers through contact_phones_normalized and the trigram index of digits', async (ctx) => {
      const { lines, rows } = await plan('+44 20 7946 1234', true);
      ctx.diagnostic(`phone query plan (${dialect}):\n${lines.join('\n')}`);
      assert.equal(rows, 1);
      const text = lines.join('\n');
      assert.match(text, /contact_phones_normalized/);
      assert.match(text, dialect === 'sqlite' ? /SCAN s VIRTUAL TABLE INDEX \d+:M/ : /contact_phones_digits/);
      assert.deepEqual(fullScans(lines), []);
    });
  });
}
