import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { toPage } from '../../src/db/keyset.js';
import { listContactRows } from '../../src/modules/client-contacts/client-contact.list-query.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { makeClient, makeContact } from './fixtures.js';

/**
 * A search is answered either from its matches (few) or by walking the list and filtering (many). Both
 * paths must give the same pages: here each search runs once forced down each path.
 */
for (const dialect of dialects()) {
  describe(`contact search: both query paths agree [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      const clientId = await makeClient(t.client, 'Search Co');
      const names = [
        ['Ann', 'Archer'],
        ['Anna', 'Smith'],
        ['Bob', 'Annan'],
        ['Carl', 'Smithers'],
        ['Dana', 'Smith'],
        ['Eve', 'Adams'],
      ];
      for (const [i, [firstName, lastName]] of names.entries()) {
        await makeContact(t.client, clientId, {
          firstName,
          lastName,
          emails: [{ email: `${firstName.toLowerCase()}${i}@mail.example` }, { email: `anne.${i}@alias.example` }],
        });
      }
      // Archived and ended ones must be treated alike by both paths too.
      const archived = await makeContact(t.client, clientId, { firstName: 'Anne', lastName: 'Archived' });
      await t.client.request('DELETE', `/clients/contacts/${archived.id}`);
    });
    after(async () => t.close());

    const walk = async (filters: Record<string, unknown>, cap: number) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const rows = await listContactRows(
          t.db.kysely,
          t.db.dialect,
          t.client.tenantId,
          { limit: 2, cursor },
          { includeArchived: false, now: t.ctx.now(), ...filters },
          cap,
        );
        const page = toPage(rows, 2, (r) => r);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.pageInfo.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };

    const searches: [Record<string, unknown>, number][] = [
      [{ q: 'an' }, 6],
      [{ q: 'smith' }, 3],
      [{ q: 'anne.' }, 6],
      [{ q: 'ann archer' }, 1],
      [{ q: 'zzz' }, 0],
      [{ email: 'anne.1@alias.example' }, 1],
      [{ email: 'anne.1@alias.example', q: 'anna' }, 1],
      [{ email: 'anne.1@alias.example', q: 'bob' }, 0],
      [{ q: 'an', includeArchived: true }, 7],
    ];
    for (const [filters, count] of searches) {
      it(`gives the same ${count} contacts for ${JSON.stringify(filters)}`, async () => {
        const fromMatches = await walk(filters, 10_000);
        assert.equal(fromMatches.length, count);
        assert.deepEqual(await walk(filters, 0), fromMatches);
      });
    }
  });
}
