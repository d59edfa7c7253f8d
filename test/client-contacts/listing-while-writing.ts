import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { makeClient, makeContact } from './fixtures.js';

/**
 * API.md §1.5: paging a list while it is being written never skips a record that existed unmodified for the
 * whole walk and never repeats one. A walker follows `nextCursor` with limit=7 while writers, running
 * on their own and not in step with the walker, keep changing a subset of the contacts.
 *
 * Run at two sizes: contacts.listing-while-writing.test.ts (npm test) and
 * contacts.listing-while-writing.slow.test.ts (npm run test:slow, 60 contacts).
 */

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function listingWhileWritingSuite(size: { contacts: number }): void {
  const n = size.contacts;
  for (const dialect of dialects()) {
    describe(`client contacts, listing while writing, ${n} contacts [${dialect}]`, () => {
      let t: TestApp;
      let ids: string[];
      before(async () => {
        t = await buildTestApp(dialect);
        const clientId = await makeClient(t.client, 'Busy Ltd');
        ids = [];
        for (let i = 0; i < n; i++) {
          const c = await makeContact(t.client, clientId, {
            firstName: `Walk${i}`,
            lastName: 'Er',
            emails: [{ email: `walk${i}@busy.example` }],
          });
          ids.push(c.id);
        }
      });
      after(async () => t.close());

      /** Walks the whole list with limit=7 while PATCHing `targets` over and over; returns what was seen. */
      async function walkWhileWriting(targets: string[], round: number) {
        const touched = new Set<string>();
        let walking = true;
        let writes = 0;
        // Four writers, each on its own, so that writes land between (and during) most page reads.
        const writer = async (w: number) => {
          for (let j = 0; walking; j++) {
            const i = j * 4 + w;
            const id = targets[i % targets.length];
            // Counted before it is sent: a write still in flight when the walk ends may have landed.
            touched.add(id);
            const body =
              i % 2 === 0
                ? { role: `r${round}-${i}` }
                : { role: `r${round}-${i}`, emails: [{ email: `walk-${round}-${i}@busy.example` }] };
            const res = await t.client.request('PATCH', `/clients/contacts/${id}`, body);
            assert.equal(res.status, 200, res.text);
            writes++;
            await yieldToOthers();
          }
        };
        const writers = Promise.all([0, 1, 2, 3].map(writer));

        const seen: { id: string; modifiedAt: string }[] = [];
        let cursor: string | null = null;
        try {
          do {
            const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
            const res = await t.client.request('GET', `/clients/contacts?limit=7${suffix}`);
            assert.equal(res.status, 200, res.text);
            assert.ok(res.body.items.length <= 7);
            seen.push(
              ...res.body.items.map((c: { id: string; modifiedAt: string }) => ({
                id: c.id,
                modifiedAt: c.modifiedAt,
              })),
            );
            cursor = res.body.pageInfo.nextCursor;
            assert.equal(res.body.pageInfo.hasNextPage, cursor !== null);
            await yieldToOthers();
          } while (cursor);
        } finally {
          walking = false;
          await writers;
        }
        return { seen, touched, writes };
      }

      for (const [round, pick] of [
        (i: number) => i % 3 === 0,
        (i: number) => i >= (n * 2) / 3,
        (i: number) => i < n / 6 || i % 11 === 5,
      ].entries()) {
        it(`walk ${round + 1}: every contact left alone is seen exactly once, only changed ones may repeat`, async (ctx) => {
          const targets = ids.filter((_, i) => pick(i));
          const { seen, touched, writes } = await walkWhileWriting(targets, round);
          assert.ok(writes > 0, 'the writer ran during the walk');

          const counts = new Map<string, number>();
          for (const { id } of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
          for (const id of counts.keys()) assert.ok(ids.includes(id), `only this tenant's contacts: ${id}`);
          for (const id of ids) {
            if (touched.has(id)) continue;
            assert.equal(counts.get(id), 1, `contact ${ids.indexOf(id)} was not written during the walk`);
          }
          for (const [id, count] of counts) {
            if (count > 1)
              assert.ok(touched.has(id), `contact ${ids.indexOf(id)} repeated (${count}×) but was not written`);
          }
          const repeated = [...counts.values()].filter((n) => n > 1).length;
          ctx.diagnostic(
            `${writes} writes to ${touched.size} contacts during the walk; ${repeated} seen more than once`,
          );
          // The contacts left alone come in the list's order: modifiedAt, then id.
          const calm = seen.filter(({ id }) => !touched.has(id));
          const sorted = [...calm].sort((a, b) =>
            a.modifiedAt === b.modifiedAt ? (a.id < b.id ? -1 : 1) : a.modifiedAt < b.modifiedAt ? -1 : 1,
          );
          assert.deepEqual(calm, sorted);
        });
      }
    });
  }
}
