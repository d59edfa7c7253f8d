import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pruneExpiredIdempotencyKeys, startIdempotencyPruner } from '../../src/http/idempotency.pruner.js';
import { insertClaim } from '../../src/http/idempotency.repository.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { dialects, openTestDb, type TestDb } from '../harness.js';

const HOUR_MS = 60 * 60 * 1000;

for (const dialect of dialects()) {
  describe(`pruning idempotency keys past 24 h [${dialect}]`, () => {
    let t: TestDb;
    let now = Date.parse('2026-03-02T12:00:00.000Z');
    let tenantId: string;
    const keys = async () =>
      (
        await t.db.kysely.selectFrom('idempotency_keys').select('idempotency_key').orderBy('idempotency_key').execute()
      ).map((r) => r.idempotency_key);
    /** A key first used `hoursAgo` before now. */
    const keyUsed = (key: string, hoursAgo: number) => {
      const at = new Date(now - hoursAgo * HOUR_MS).toISOString();
      return t.db.transaction((trx) =>
        insertClaim(trx, { tenantId, key, fingerprint: 'f', now: at, leaseToken: key, leaseExpiresAt: at }),
      );
    };
    before(async () => {
      t = await openTestDb(dialect, { now: () => new Date(now).toISOString() });
      tenantId = (await createTenant(t.ctx, 'prune')).tenantId;
    });
    after(async () => t.close());

    it('deletes the keys made more than 24 h ago, in batches, and keeps the others', async () => {
      for (const [key, hours] of [
        ['k1', 30],
        ['k2', 25],
        ['k3', 24.01],
        ['k4', 23.99],
        ['k5', 1],
      ] as const) {
        await keyUsed(key, hours);
      }
      assert.equal(await pruneExpiredIdempotencyKeys(t.ctx, 2), 3);
      assert.deepEqual(await keys(), ['k4', 'k5']);
      assert.equal(await pruneExpiredIdempotencyKeys(t.ctx, 2), 0);
    });

    it('runs in the background and stops cleanly', async () => {
      now += 2 * 24 * HOUR_MS;
      await keyUsed('k6', 0);
      const pruner = startIdempotencyPruner(t.ctx, { intervalMs: 20 });
      for (let i = 0; i < 100 && (await keys()).length > 1; i++) await new Promise((r) => setTimeout(r, 20));
      await pruner.stop();
      assert.deepEqual(await keys(), ['k6']);
    });
  });
}
