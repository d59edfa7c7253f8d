import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { pruneExpiredEvents, startEventPruner } from '../../src/modules/events/event.pruner.js';
import { makeClient, makeContact } from '../client-contacts/fixtures.js';
import { assertError } from '../clients/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { readFeed, summary } from './fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

async function makeUser(api: Client, name: string): Promise<string> {
  const res = await api.request('POST', '/users', { name, email: `${name.toLowerCase()}@agency.example` });
  assert.equal(res.status, 201, res.text);
  return res.body.userId;
}

for (const dialect of dialects()) {
  describe(`GET /events [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('always answers a cursor: the position after the last event, or the one sent when nothing is new', async () => {
      const api = await t.newTenant('quiet');
      const empty = await api.request('GET', '/events');
      assert.equal(empty.status, 200);
      assert.deepEqual(empty.body.items, []);
      assert.equal(empty.body.pageInfo.hasNextPage, false);
      const start = empty.body.pageInfo.nextCursor;
      assert.equal(typeof start, 'string');
      const again = await api.request('GET', `/events?after=${start}`);
      assert.deepEqual(again.body, { items: [], pageInfo: { nextCursor: start, hasNextPage: false } });

      const ids = [await makeUser(api, 'Ann'), await makeUser(api, 'Ben'), await makeUser(api, 'Cat')];
      const page1 = await api.request('GET', `/events?after=${start}&limit=2`);
      assert.deepEqual(
        page1.body.items.map((e: { resource: { id: string } }) => e.resource.id),
        ids.slice(0, 2),
      );
      assert.equal(page1.body.pageInfo.hasNextPage, true);
      const page2 = await api.request('GET', `/events?after=${page1.body.pageInfo.nextCursor}&limit=2`);
      assert.deepEqual(
        page2.body.items.map((e: { resource: { id: string } }) => e.resource.id),
        ids.slice(2),
      );
      assert.equal(page2.body.pageInfo.hasNextPage, false);
      const end = page2.body.pageInfo.nextCursor;
      const idle = await api.request('GET', `/events?after=${end}`);
      assert.deepEqual(idle.body, { items: [], pageInfo: { nextCursor: end, hasNextPage: false } });
      // Without `after`: from the oldest retained event.
      assert.equal((await api.request('GET', '/events')).body.items.length, 3);
    });

    it('keeps only the types asked for, and moves a filtered consumer past the events it skipped', async () => {
      const api = await t.newTenant('types');
      const user = await makeUser(api, 'Dee');
      const clientId = await makeClient(api, 'Acme');
      const contact = await makeContact(api, clientId);
      const users = await readFeed(api, undefined, 'types=user.created');
      assert.deepEqual(summary(users.events), [`user.created ${user}`]);
      // Nothing after that cursor is new: it stands after the client and contact events it scanned past.
      assert.deepEqual((await readFeed(api, users.cursor)).events, []);
      const several = await readFeed(api, undefined, 'types=client.created,client_contact.created');
      assert.deepEqual(summary(several.events), [`client.created ${clientId}`, `client_contact.created ${contact.id}`]);
      const repeated = await readFeed(api, undefined, 'types=client.created&types=user.created');
      assert.deepEqual(summary(repeated.events), [`user.created ${user}`, `client.created ${clientId}`]);
      const one = await readFeed(api, undefined, `resourceId=${contact.id}`);
      assert.deepEqual(summary(one.events), [`client_contact.created ${contact.id}`]);
      assert.deepEqual((await readFeed(api, undefined, 'resourceId=nope')).events, []);

      const bad = await api.request('GET', '/events?types=client.created,client.exploded');
      assertError(bad, 400, 'VALIDATION_ERROR');
      assert.deepEqual(
        bad.body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`),
        ['INVALID_ENUM_VALUE:types'],
      );
      for (const limit of ['0', '201', 'x'])
        assertError(await api.request('GET', `/events?limit=${limit}`), 400, 'VALIDATION_ERROR');
    });

    it('refuses an edited cursor, or one from another tenant, with 400 INVALID_CURSOR', async () => {
      const api = await t.newTenant('cursors');
      await makeUser(api, 'Eve');
      const { cursor } = await readFeed(api);
      const [payload, sum] = cursor.split('.');
      const forged = `${Buffer.from(JSON.stringify([0])).toString('base64url')}.${sum}`;
      for (const bad of [forged, `${payload}.AAAAAAAAAAAA`, 'garbage', `${cursor}.x`, '']) {
        const res = await api.request('GET', `/events?after=${encodeURIComponent(bad)}`);
        if (bad === '') assert.equal(res.status, 400);
        else assertError(res, 400, 'INVALID_CURSOR');
      }
      assertError(await t.client.request('GET', `/events?after=${cursor}`), 400, 'INVALID_CURSOR');
    });

    it('never shows another tenant’s events', async () => {
      const [mine, theirs] = [await t.newTenant('mine'), await t.newTenant('theirs')];
      const myUser = await makeUser(mine, 'Fay');
      const theirUser = await makeUser(theirs, 'Gus');
      const theirClient = await makeClient(theirs, 'Theirs Inc');
      assert.deepEqual(summary((await readFeed(mine)).events), [`user.created ${myUser}`]);
      assert.deepEqual((await readFeed(mine, undefined, `resourceId=${theirClient}`)).events, []);
      assert.deepEqual(summary((await readFeed(theirs)).events), [
        `user.created ${theirUser}`,
        `client.created ${theirClient}`,
      ]);
    });

    it('needs an API key', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/events' });
      assert.equal(res.statusCode, 401);
    });
  });

  describe(`event retention [${dialect}]`, () => {
    let t: TestApp;
    let now = Date.parse('2025-01-01T00:00:00.000Z');
    const at = (ms: number) => {
      now = ms;
    };
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => new Date(now).toISOString() } });
    });
    after(async () => t.close());

    it('prunes events older than retention; a cursor retention overtook is 410 CURSOR_EXPIRED', async () => {
      const api = t.client;
      const start = (await readFeed(api)).cursor;
      at(Date.parse('2025-01-01T00:00:00.000Z'));
      const old = [await makeUser(api, 'Old1'), await makeUser(api, 'Old2')];
      const { cursor: afterOld } = await readFeed(api, start);
      at(Date.parse('2025-01-01T00:00:00.000Z') + 20 * DAY);
      const recent = await makeUser(api, 'Recent');
      const other = await t.newTenant('other');
      const otherUser = await makeUser(other, 'Other');

      // (The app's own pruner may run meanwhile, with the same clock: so what is checked is what remains.)
      at(Date.parse('2025-01-01T00:00:00.000Z') + 30 * DAY - 1);
      await pruneExpiredEvents(t.ctx, 30);
      assert.equal((await readFeed(api, start)).events.length, 3);
      at(Date.parse('2025-01-01T00:00:00.000Z') + 31 * DAY);
      await pruneExpiredEvents(t.ctx, 30, 1);

      assertError(await api.request('GET', `/events?after=${start}`), 410, 'CURSOR_EXPIRED');
      const fresh = await readFeed(api);
      assert.deepEqual(summary(fresh.events), [`user.created ${recent}`]);
      // A consumer that had read past the pruned events goes on as before.
      assert.deepEqual(summary((await readFeed(api, afterOld)).events), [`user.created ${recent}`]);
      assert.deepEqual(summary((await readFeed(other)).events), [`user.created ${otherUser}`]);
      assert.equal(old.length, 2);

      // Once every event is pruned, a new consumer starts after them, not before (which would be expired).
      at(Date.parse('2025-01-01T00:00:00.000Z') + 60 * DAY);
      await pruneExpiredEvents(t.ctx, 30);
      const emptied = await api.request('GET', '/events');
      assert.deepEqual(emptied.body.items, []);
      const later = await makeUser(api, 'Later');
      assert.deepEqual(summary((await readFeed(api, emptied.body.pageInfo.nextCursor)).events), [
        `user.created ${later}`,
      ]);
      assertError(await api.request('GET', `/events?after=${afterOld}`), 410, 'CURSOR_EXPIRED');
    });

    it('prunes in the background on an interval until stopped', async () => {
      at(Date.parse('2030-01-01T00:00:00.000Z'));
      const user = await makeUser(t.client, 'Bg');
      at(Date.parse('2030-01-01T00:00:00.000Z') + 40 * DAY);
      const pruner = startEventPruner(t.ctx, { retentionDays: 30, intervalMs: 20 });
      try {
        for (let i = 0; i < 200 && (await readFeed(t.client, undefined, `resourceId=${user}`)).events.length > 0; i++) {
          await sleep(20);
        }
      } finally {
        await pruner.stop();
      }
      assert.deepEqual((await readFeed(t.client, undefined, `resourceId=${user}`)).events, []);
    });
  });
}
