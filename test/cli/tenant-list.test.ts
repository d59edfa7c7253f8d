import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createKey,
  createTenant,
  findTenant,
  listKeys,
  listTenants,
  revokeKey,
} from '../../src/modules/tenants/tenant.service.js';
import { dialects, openTestDb, type TestDb } from '../harness.js';

/** What `clientele tenant list` and the unknown-tenant checks of `key create|list` read, on each database. */
for (const dialect of dialects()) {
  describe(`listing tenants and finding one [${dialect}]`, () => {
    let t: TestDb;
    before(async () => {
      t = await openTestDb(dialect);
    });
    after(async () => t.close());

    it('lists no tenant on a new database', async () => {
      assert.deepEqual(await listTenants(t.ctx), []);
    });

    it('lists every tenant oldest first, counting only keys not revoked', async () => {
      const first = await createTenant(t.ctx, 'First agency');
      const second = await createTenant(t.ctx, 'Second agency');
      const extra = await createKey(t.ctx, first.tenantId);
      await createKey(t.ctx, first.tenantId);
      assert.equal(await revokeKey(t.ctx, extra?.prefix as string), 1);
      await revokeKey(t.ctx, second.apiKey.slice(0, 11));

      const listed = await listTenants(t.ctx);
      assert.deepEqual(
        listed.map((row) => [row.id, row.name, row.activeKeys]),
        [
          [first.tenantId, 'First agency', 2],
          [second.tenantId, 'Second agency', 0],
        ],
      );
      // A number on both databases (PostgreSQL's count() arrives as text).
      for (const row of listed) assert.equal(typeof row.activeKeys, 'number');
      assert.ok(listed[0].createdAt <= listed[1].createdAt);
      assert.equal((await listKeys(t.ctx, first.tenantId)).length, 3, 'revoked keys are still listed by key list');
    });

    it('finds a tenant by id, and nothing for an unknown id or one that is not a UUID', async () => {
      const { tenantId } = await createTenant(t.ctx, 'Found');
      const found = await findTenant(t.ctx, tenantId);
      assert.equal(found?.id, tenantId);
      assert.equal(found?.name, 'Found');
      assert.equal(await findTenant(t.ctx, '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d'), undefined);
      assert.equal(await findTenant(t.ctx, 'not-a-uuid'), undefined);
      assert.equal(await findTenant(t.ctx, ''), undefined);
    });
  });
}
