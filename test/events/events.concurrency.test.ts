import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import type { App } from '../../src/http/route-module.js';
import { readEvents } from '../../src/modules/events/event.repository.js';
import { makeClient, makeContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, clientFor, dialects, type TestApp } from '../harness.js';

const WRITERS = 40;
const WRITES_EACH = 8;
/** Small pages, so the consumer also pages while the writers go on. */
const PAGE = 7;

/**
 * API.md §4.1's promise to a consumer that stores the last `nextCursor` and asks again: every event exactly
 * once, in log order, also while many transactions (on PostgreSQL: two server processes, i.e. two
 * connection pools) commit at once. The consumer's sequence is compared with the whole log read afterwards.
 */
for (const dialect of dialects()) {
  describe(`event feed under concurrent writers [${dialect}]`, () => {
    let t: TestApp;
    let second: { app: App; db: Database } | undefined;
    let apis: Client[];
    before(async () => {
      t = await buildTestApp(dialect);
      apis = [t.client];
      if (dialect === 'postgres') {
        // A second server process: its own pool on the same schema.
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(t.db.kysely);
        const db = connect(process.env.TEST_POSTGRES_URL as string, {
          schema: rows[0].schema,
          poolSize: 10,
          timeoutMs: 30_000,
          relaxedDurability: true,
        });
        const app = await buildApp({
          ctx: systemContext(db),
          config: {
            LOG_LEVEL: 'silent',
            RATE_LIMIT_PER_MINUTE: 1_000_000,
            API_KEY_CACHE_TTL_MS: 5000,
            REDIS_URL: undefined,
          },
        });
        await app.ready();
        second = { app, db };
        apis.push(clientFor(app, t.client.tenantId, t.client.apiKey));
      }
    });
    after(async () => {
      if (second) {
        await second.app.close();
        await second.db.close();
      }
      await t.close();
    });

    it(`${WRITERS} writers and a polling consumer: every event seen once, in order, none skipped`, async () => {
      const clientId = await makeClient(t.client, 'Busy Inc');
      const shared = await makeContact(t.client, clientId, { firstName: 'Shared', lastName: 'Row' });
      const start = (await t.client.request('GET', '/events')).body.pageInfo.nextCursor as string;

      let writing = true;
      const seen: string[] = [];
      const consumer = (async () => {
        let cursor = start;
        for (let round = 0; ; round++) {
          const done = !writing;
          const api = apis[round % apis.length];
          const res = await api.request('GET', `/events?after=${encodeURIComponent(cursor)}&limit=${PAGE}`);
          assert.equal(res.status, 200, res.text);
          assert.equal(typeof res.body.pageInfo.nextCursor, 'string');
          seen.push(...res.body.items.map((e: { id: string }) => e.id));
          cursor = res.body.pageInfo.nextCursor;
          // After the writers finished, read to the end once more.
          if (done && !res.body.pageInfo.hasNextPage) return;
          // A real consumer's requests arrive through sockets; injected ones would keep the event loop from ever
          // reaching the writers' commits (SQLite's group commit starts on setImmediate).
          if (!res.body.pageInfo.hasNextPage) await sleep(1);
        }
      })();

      let acknowledged = 0;
      const writer = async (w: number) => {
        const api = apis[w % apis.length];
        for (let i = 0; i < WRITES_EACH; i++) {
          const res =
            i % 4 === 0
              ? await api.request('POST', '/users', { name: `W${w} ${i}`, email: `w${w}.${i}@agency.example` })
              : i % 4 === 1
                ? await api.request('POST', `/clients/contacts/${clientId}`, { firstName: `W${w}`, lastName: `N${i}` })
                : i % 4 === 2
                  ? await api.request('PATCH', `/clients/contacts/${shared.id}`, { role: `writer ${w} ${i}` })
                  : await api.request('PATCH', `/clients/${clientId}`, { company: { description: `w${w} ${i}` } });
          assert.ok(res.status === 200 || res.status === 201, `${res.status} ${res.text}`);
          acknowledged++;
        }
      };
      try {
        await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      } finally {
        writing = false;
      }
      await consumer;

      const log = await readEvents(t.db.kysely, t.client.tenantId, { afterSeq: 0, limit: 100_000 });
      // Two events came before the consumer's starting cursor (the client and the shared contact).
      assert.equal(log.length, 2 + acknowledged, 'every acknowledged write recorded exactly one event');
      const expected = log.slice(2).map((e) => e.id);
      assert.equal(new Set(seen).size, seen.length, 'an event was seen twice');
      assert.equal(seen.length, acknowledged, 'the consumer saw as many events as there were writes');
      assert.deepEqual(seen, expected, 'the consumer saw the log in order, skipping nothing');
      const seqs = log.map((e) => e.seq);
      assert.deepEqual(
        seqs,
        seqs.map((_, i) => i + 1),
        'positions run 1, 2, 3, … without a gap',
      );
    });
  });
}
