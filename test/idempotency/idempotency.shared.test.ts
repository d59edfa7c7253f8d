import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { type App, buildApp } from '../../src/app.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import type { Database, Dialect } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { allContacts, makeClient } from '../client-contacts/fixtures.js';
import { type Client, clientFor, dialects } from '../harness.js';
import { assertError } from '../http/envelope.js';

/**
 * Two databases handles on one database, as two server processes have: two connections to one SQLite file,
 * or two pools on one PostgreSQL schema. Answers them and a function that removes the database.
 */
async function oneDatabaseTwice(dialect: Dialect): Promise<{ dbs: [Database, Database]; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-idem-'));
    const url = `file:${join(dir, 'shared.db')}`;
    const first = connect(url, { relaxedDurability: true });
    await migrateToLatest(first);
    const second = connect(url, { relaxedDurability: true });
    return { dbs: [first, second], drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  // The harness's lock: migrating while another test file drops its schema fails.
  const admin = async (work: (session: pg.Client) => Promise<unknown>) => {
    const session = new pg.Client({ connectionString: url });
    await session.connect();
    await session.query('select pg_advisory_lock(7313001)');
    try {
      await work(session);
    } finally {
      await session.query('select pg_advisory_unlock(7313001)');
      await session.end();
    }
  };
  const first = connect(url, { schema, poolSize: 5, timeoutMs: 30_000, relaxedDurability: true });
  await admin(async (session) => {
    await session.query(`create schema ${schema}`);
    await migrateToLatest(first);
  });
  const second = connect(url, { schema, poolSize: 5, timeoutMs: 30_000, relaxedDurability: true });
  return { dbs: [first, second], drop: () => admin((session) => session.query(`drop schema ${schema} cascade`)) };
}

async function appOn(db: Database, rateLimitPerMinute = 1_000_000): Promise<App> {
  const app = await buildApp({
    ctx: systemContext(db),
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: rateLimitPerMinute, API_KEY_CACHE_TTL_MS: 5000 },
  });
  await app.ready();
  return app;
}

let sequence = 0;
const newKey = () => `shared-${process.pid}-${++sequence}`;

for (const dialect of dialects()) {
  describe(`Idempotency-Key: two server processes on one database [${dialect}]`, () => {
    let dbs: [Database, Database];
    let drop: () => Promise<void>;
    let apps: App[];
    let a: Client;
    let b: Client;
    let clientId: string;
    let apiKey: string;
    before(async () => {
      ({ dbs, drop } = await oneDatabaseTwice(dialect));
      apps = [await appOn(dbs[0]), await appOn(dbs[1])];
      const tenant = await createTenant(systemContext(dbs[0]), 'shared');
      apiKey = tenant.apiKey;
      a = clientFor(apps[0], tenant.tenantId, apiKey);
      b = clientFor(apps[1], tenant.tenantId, apiKey);
      clientId = await makeClient(a, 'Shared Co');
    });
    after(async () => {
      for (const app of apps) await app.close();
      for (const db of dbs) await db.close();
      await drop();
    });

    it('replays in one process the answer another kept, and refuses another request there', async () => {
      const key = newKey();
      const body = { firstName: 'Two', lastName: 'Servers' };
      const first = await a.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
      assert.equal(first.status, 201, first.text);
      const replay = await b.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
      assert.equal(replay.status, 201);
      assert.equal(replay.text, first.text);
      assert.equal(replay.headers.location, first.headers.location);
      assert.equal(replay.headers.etag, first.headers.etag);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      const other = await b.request(
        'POST',
        `/clients/contacts/${clientId}`,
        { ...body, role: 'x' },
        { 'idempotency-key': key },
      );
      assertError(other, 422, 'IDEMPOTENCY_KEY_REUSED');
      assert.equal((await allContacts(b)).filter((c) => c.lastName === 'Servers').length, 1);
    });

    it('runs duplicates sent to both processes at once exactly once', async () => {
      const key = newKey();
      const body = { firstName: 'Both', lastName: 'AtOnce' };
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? a : b).request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key }),
        ),
      );
      const ran = replies.filter((r) => r.status === 201 && r.headers['idempotent-replayed'] === undefined);
      assert.equal(ran.length, 1, replies.map((r) => `${r.status}`).join(','));
      for (const r of replies) assert.ok(r.status === 201 || r.status === 409, r.text);
      assert.equal((await allContacts(a)).filter((c) => c.lastName === 'AtOnce').length, 1);
    });

    it('does not keep a 429: the same key in a process with budget left runs', async () => {
      const tight = await appOn(dbs[0], 1);
      try {
        const limited = clientFor(tight, a.tenantId, apiKey);
        assert.equal((await limited.request('GET', '/clients/contacts')).status, 200);
        const key = newKey();
        const body = { firstName: 'Rate', lastName: 'Limited' };
        const refused = await limited.request('POST', `/clients/contacts/${clientId}`, body, {
          'idempotency-key': key,
        });
        assertError(refused, 429, 'RATE_LIMITED');
        const ran = await b.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
        assert.equal(ran.status, 201, ran.text);
        assert.equal(ran.headers['idempotent-replayed'], undefined);
      } finally {
        await tight.close();
      }
    });
  });
}
