import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import type { Context } from '../../src/context.js';
import { requestFingerprint } from '../../src/http/idempotency.key.js';
import { insertClaim } from '../../src/http/idempotency.repository.js';
import { allContacts, makeClient } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, clientFor, dialects, openTestDb, type TestApp, type TestDb } from '../harness.js';
import { assertError } from '../http/envelope.js';

let sequence = 0;
const newKey = () => `race-${process.pid}-${++sequence}`;

for (const dialect of dialects()) {
  describe(`Idempotency-Key: duplicates while the first runs [${dialect}]`, () => {
    let t: TestApp;
    let api: Client;
    let clientId: string;
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => new Date(now).toISOString() } });
      api = t.client;
      clientId = await makeClient(api, 'Race Co');
    });
    after(async () => t.close());

    it('runs concurrent duplicates once: the others get 409 with Retry-After: 1, or the kept answer', async () => {
      const key = newKey();
      const body = { firstName: 'Con', lastName: 'Current' };
      const replies = await Promise.all(
        Array.from({ length: 12 }, () =>
          api.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key }),
        ),
      );
      const ran = replies.filter((r) => r.status === 201 && r.headers['idempotent-replayed'] === undefined);
      assert.equal(ran.length, 1, replies.map((r) => r.status).join(','));
      for (const r of replies) {
        if (r.status === 409) {
          assertError(r, 409, 'IDEMPOTENCY_KEY_IN_USE');
          assert.equal(r.headers['retry-after'], '1');
        } else {
          assert.equal(r.status, 201, r.text);
          assert.equal(r.text, ran[0].text);
        }
      }
      assert.ok(
        replies.some((r) => r.status === 409),
        'some duplicates arrived while the first was running',
      );
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Current').length, 1);
      // Once the first has answered, a retry gets its answer.
      const retry = await api.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.text, ran[0].text);
    });

    it('lets a retry take over a key whose first request died, once its 60 s lease is over', async () => {
      const key = newKey();
      const url = `/clients/contacts/${clientId}`;
      const body = { firstName: 'Lost', lastName: 'Lease' };
      // What a process that died mid-request leaves behind: a running claim and no answer.
      const claimedAt = new Date(now).toISOString();
      await t.db.transaction((trx) =>
        insertClaim(trx, {
          tenantId: api.tenantId,
          key,
          fingerprint: requestFingerprint('POST', url, body),
          now: claimedAt,
          leaseToken: 'dead-process',
          leaseExpiresAt: new Date(now + 60_000).toISOString(),
        }),
      );
      const busy = await api.request('POST', url, body, { 'idempotency-key': key });
      assertError(busy, 409, 'IDEMPOTENCY_KEY_IN_USE');
      assert.equal(busy.headers['retry-after'], '1');
      assertError(
        await api.request('POST', url, { ...body, lastName: 'Other' }, { 'idempotency-key': key }),
        422,
        'IDEMPOTENCY_KEY_REUSED',
      );
      now += 60_000;
      const ran = await api.request('POST', url, body, { 'idempotency-key': key });
      assert.equal(ran.status, 201, ran.text);
      assert.equal(ran.headers['idempotent-replayed'], undefined);
      const replay = await api.request('POST', url, body, { 'idempotency-key': key });
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Lease').length, 1);
    });
  });

  describe(`Idempotency-Key: answers that are not kept [${dialect}]`, () => {
    let testDb: TestDb;
    let failures = 0;
    let clock = Date.parse('2026-03-01T09:00:00.000Z');
    let app: Awaited<ReturnType<typeof buildApp>>;
    let api: Client;
    before(async () => {
      testDb = await openTestDb(dialect);
      const db = testDb.ctx.db;
      // A database that fails the transaction `failures` counts down to (a handler's, in the tests below).
      const failing: Context = {
        ...testDb.ctx,
        now: () => new Date(clock).toISOString(),
        db: {
          ...db,
          transaction: (work) => {
            if (failures > 0 && --failures === 0) return Promise.reject(new Error('disk on fire'));
            return db.transaction(work);
          },
        },
      };
      app = await buildApp({
        ctx: failing,
        config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, API_KEY_CACHE_TTL_MS: 5000 },
      });
      await app.ready();
      const { createTenant } = await import('../../src/modules/tenants/tenant.service.js');
      const { tenantId, apiKey } = await createTenant(testDb.ctx, 'failing');
      api = clientFor(app, tenantId, apiKey);
    });
    after(async () => {
      await app.close();
      await testDb.close();
    });

    it('forgets a key whose request failed with 500: a retry runs afresh', async () => {
      const clientId = await makeClient(api, 'Fail Co');
      const key = newKey();
      const body = { firstName: 'Five', lastName: 'Hundred' };
      // The first transaction is the claim of the key, the second the handler's.
      failures = 2;
      assertError(
        await api.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key }),
        500,
        'INTERNAL_ERROR',
      );
      assert.equal(failures, 0);
      const retry = await api.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
      assert.equal(retry.status, 201, retry.text);
      assert.equal(retry.headers['idempotent-replayed'], undefined);
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Hundred').length, 1);
    });

    it('answers all the same when the answer cannot be kept; the key is then held for its lease, and runs again', async () => {
      const clientId = await makeClient(api, 'Keep Co');
      const key = newKey();
      const body = { firstName: 'Not', lastName: 'Kept' };
      const send = () => api.request('POST', `/clients/contacts/${clientId}`, body, { 'idempotency-key': key });
      // Claim, handler, then keeping the answer, which fails.
      failures = 3;
      const first = await send();
      assert.equal(first.status, 201, first.text);
      assert.equal(failures, 0);
      assertError(await send(), 409, 'IDEMPOTENCY_KEY_IN_USE');
      clock += 60_000;
      const again = await send();
      assert.equal(again.status, 201, again.text);
      assert.equal(again.headers['idempotent-replayed'], undefined);
      // The documented gap: the write ran twice.
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Kept').length, 2);
      assert.equal((await send()).headers['idempotent-replayed'], 'true');
    });
  });
}
