import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { AppError } from '../../src/core/errors.js';
import { lockForWrite, updateVersioned } from '../../src/db/versioned-update.js';
import { makeClient, makeContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type Reply, type TestApp } from '../harness.js';

/**
 * API.md §1.6 for every mutable resource: concurrent writers naming the same `If-Match` let exactly one
 * through and refuse the rest with 412 (nothing lost, nothing written twice); writers without `If-Match`
 * all succeed, one after another, each bumping the version once (the last write wins, none is lost).
 * PostgreSQL runs the writers on separate connections at once; SQLite serialises them in the process.
 */

const WRITERS = 6;

interface Resource {
  name: string;
  /** A fresh record at version 1: the path its PATCH goes to, and where its version is stored. */
  create(api: Client, round: string): Promise<{ path: string; table: Table; id: string }>;
  /** A body that changes the record, distinct per writer, so that every one of them is a real change. */
  body(writer: number, round: string): Record<string, unknown>;
}

type Table = 'users' | 'clients' | 'stages' | 'client_contacts';

const resources: Resource[] = [
  {
    name: 'users',
    create: async (api, round) => {
      const res = await api.request('POST', '/users', { name: `User ${round}`, email: `u-${round}@agency.example` });
      assert.equal(res.status, 201, res.text);
      return { path: `/users/${res.body.userId}`, table: 'users', id: res.body.userId };
    },
    body: (writer, round) => ({ name: `User ${round} by writer ${writer}` }),
  },
  {
    name: 'clients',
    create: async (api, round) => {
      const id = await makeClient(api, `Client ${round}`);
      return { path: `/clients/${id}`, table: 'clients', id };
    },
    body: (writer, round) => ({ company: { description: `Written by ${writer} in ${round}` } }),
  },
  {
    name: 'stages',
    create: async (api, round) => {
      const res = await api.request('POST', '/pipeline/clients/stages', {
        name: `Stage ${round}`,
        colorHex: '#123456',
      });
      assert.equal(res.status, 201, res.text);
      return { path: `/pipeline/clients/stages/${res.body.id}`, table: 'stages', id: res.body.id };
    },
    body: (writer, round) => ({ name: `Stage ${round} by writer ${writer}` }),
  },
  {
    name: 'client contacts',
    create: async (api, round) => {
      const clientId = await makeClient(api, `Employer ${round}`);
      const contact = await makeContact(api, clientId, { firstName: 'Con', lastName: `Current ${round}` });
      return { path: `/clients/contacts/${contact.id}`, table: 'client_contacts', id: contact.id };
    },
    body: (writer, round) => ({ role: `Role ${round} by writer ${writer}` }),
  },
];

for (const dialect of dialects()) {
  describe(`versions under concurrent writes [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      // Open the pool's connections up front: writers that wait for a new connection arrive one by one,
      // which would hide a race that concurrent writers on warm connections run into.
      if (dialect === 'postgres') {
        await Promise.all(Array.from({ length: 10 }, () => sql`select pg_sleep(0.05)`.execute(t.db.kysely)));
      }
    });
    after(async () => t.close());

    async function storedVersion(table: Table, id: string): Promise<number> {
      const row = await t.db.kysely
        .selectFrom(table)
        .select('version')
        .where('tenant_id', '=', t.client.tenantId)
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return Number(row.version);
    }

    const patchAll = (path: string, bodies: Record<string, unknown>[], headers?: Record<string, string>) =>
      Promise.all(bodies.map((body) => t.client.request('PATCH', path, body, headers)));

    const bodies = (resource: Resource, round: string) =>
      Array.from({ length: WRITERS }, (_, writer) => resource.body(writer, round));

    for (const resource of resources) {
      it(`${resource.name}: ${WRITERS} PATCHes with the same If-Match → one 200, the rest 412 with currentVersion 2`, async () => {
        const round = `${resource.name.replace(/\W/g, '')}-ifmatch`;
        const record = await resource.create(t.client, round);
        const replies = await patchAll(record.path, bodies(resource, round), { 'if-match': '"1"' });
        const summary = replies.map((r: Reply) => `${r.status} ${r.text}`).join('\n');
        const won = replies.filter((r) => r.status === 200);
        const refused = replies.filter((r) => r.status === 412);
        assert.equal(won.length, 1, `exactly one 200:\n${summary}`);
        assert.equal(refused.length, WRITERS - 1, `the rest 412:\n${summary}`);
        assert.equal(won[0].headers.etag, '"2"');
        for (const r of refused) {
          assert.equal(r.body.message, 'PRECONDITION_FAILED');
          assert.deepEqual(r.body.details, { currentVersion: 2 });
        }
        assert.equal(await storedVersion(record.table, record.id), 2);
      });

      it(`${resource.name}: ${WRITERS} PATCHes without If-Match → all 200, none lost (version ${WRITERS + 1})`, async () => {
        const round = `${resource.name.replace(/\W/g, '')}-last-wins`;
        const record = await resource.create(t.client, round);
        const replies = await patchAll(record.path, bodies(resource, round));
        const summary = replies.map((r: Reply) => `${r.status} ${r.text}`).join('\n');
        assert.deepEqual(
          replies.map((r) => r.status),
          Array(WRITERS).fill(200),
          summary,
        );
        // Each writer made its own version: 2 … 7, each named once.
        const etags = replies.map((r) => Number(String(r.headers.etag).replace(/"/g, ''))).sort((a, b) => a - b);
        assert.deepEqual(
          etags,
          Array.from({ length: WRITERS }, (_, i) => i + 2),
        );
        assert.equal(await storedVersion(record.table, record.id), WRITERS + 1);
      });
    }
  });
}

for (const dialect of dialects()) {
  describe(`updateVersioned [${dialect}]`, () => {
    let t: TestApp;
    let userId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      const res = await t.client.request('POST', '/users', { name: 'Vera Version', email: 'vera@agency.example' });
      userId = res.body.userId;
    });
    after(async () => t.close());

    const stored = () =>
      t.db.kysely.selectFrom('users').select(['name', 'version']).where('id', '=', userId).executeTakeFirstOrThrow();

    it('writes the next version when the row is still at the version read', async () => {
      const next = await t.db.transaction((trx) =>
        updateVersioned(trx, 'users', { tenantId: t.client.tenantId, id: userId, fromVersion: 1 }, { name: 'Vera 2' }),
      );
      assert.equal(next, 2);
      assert.deepEqual({ ...(await stored()) }, { name: 'Vera 2', version: 2 });
    });

    it('refuses a write computed from a version that has moved on, even without a lock, changing nothing', async () => {
      await assert.rejects(
        t.db.transaction((trx) =>
          updateVersioned(trx, 'users', { tenantId: t.client.tenantId, id: userId, fromVersion: 1 }, { name: 'lost' }),
        ),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'PRECONDITION_FAILED' &&
          (error.options.details as { currentVersion: number }).currentVersion === 2,
      );
      assert.deepEqual({ ...(await stored()) }, { name: 'Vera 2', version: 2 });
    });

    it('answers the given not-found code for a row of another tenant or none at all', async () => {
      const other = await t.newTenant('other');
      for (const [tenantId, id] of [
        [other.tenantId, userId],
        [t.client.tenantId, '01936b1e-0000-7000-8000-000000000000'],
      ]) {
        await assert.rejects(
          t.db.transaction((trx) =>
            updateVersioned(trx, 'users', { tenantId, id, fromVersion: 2, notFound: 'USER_NOT_FOUND' }, { name: 'x' }),
          ),
          (error: unknown) => error instanceof AppError && error.code === 'USER_NOT_FOUND',
        );
      }
      assert.deepEqual({ ...(await stored()) }, { name: 'Vera 2', version: 2 });
    });

    it('locks the row on PostgreSQL until the transaction ends, so a second writer reads the first one’s result', async () => {
      if (dialect !== 'postgres') return;
      const key = { tenantId: t.client.tenantId, id: userId };
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const first = t.db.transaction(async (trx) => {
        const version = (await lockForWrite(trx, 'users', key)) as number;
        locked();
        await held;
        return updateVersioned(trx, 'users', { ...key, fromVersion: version }, { name: 'first' });
      });
      await isLocked;
      const second = t.db.transaction(async (trx) => {
        const version = (await lockForWrite(trx, 'users', key)) as number;
        return updateVersioned(trx, 'users', { ...key, fromVersion: version }, { name: 'second' });
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      assert.deepEqual(await Promise.all([first, second]), [3, 4]);
      assert.deepEqual({ ...(await stored()) }, { name: 'second', version: 4 });
    });
  });
}
