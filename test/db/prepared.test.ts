import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inIdList } from '../../src/db/id-set.js';
import { prepared } from '../../src/db/prepared.js';
import { dialects, openTestDb, type TestDb } from '../harness.js';

const TENANTS = ['tenant-a', 'tenant-b'];
const NOW = '2025-01-01T00:00:00.000Z';

const tenantsByIds = prepared((db, dialect, ids: string[]) =>
  db
    .selectFrom('tenants')
    .select(['id', 'name'])
    .where(inIdList(dialect, 'id', ids))
    .orderBy('id'),
);

const tenantNamed = prepared((db, _dialect, name: string, requireIfMatch: number) =>
  db.selectFrom('tenants').select('id').where('name', '=', name).where('require_if_match', '=', requireIfMatch),
);

const rename = prepared((db, _dialect, id: string, name: string) =>
  db.updateTable('tenants').set({ name }).where('id', '=', id),
);

for (const dialect of dialects()) {
  describe(`prepared queries [${dialect}]`, () => {
    let t: TestDb;
    before(async () => {
      t = await openTestDb(dialect);
      await t.db.kysely
        .insertInto('tenants')
        .values(TENANTS.map((id) => ({ id, name: `name of ${id}`, require_if_match: 0, created_at: NOW })))
        .execute();
    });
    after(async () => t.close());

    it('binds new values on every call, the same compiled query each time', async () => {
      for (const id of TENANTS) {
        assert.deepEqual(await tenantNamed.first(t.db.kysely, `name of ${id}`, 0), { id });
      }
      assert.equal(await tenantNamed.first(t.db.kysely, 'name of tenant-a', 1), undefined);
      assert.equal(await tenantNamed.first(t.db.kysely, 'nobody', 0), undefined);
    });

    it('binds an array as one id list, whatever its length', async () => {
      assert.deepEqual(await tenantsByIds.rows(t.db.kysely, []), []);
      assert.deepEqual(await tenantsByIds.rows(t.db.kysely, ['tenant-b']), [
        { id: 'tenant-b', name: 'name of tenant-b' },
      ]);
      assert.deepEqual(
        (await tenantsByIds.rows(t.db.kysely, ['tenant-b', 'missing', 'tenant-a'])).map((r) => r.id),
        ['tenant-a', 'tenant-b'],
      );
    });

    it('runs inside a transaction, counts the rows a write changed, and rolls back with it', async () => {
      await assert.rejects(
        t.db.transaction(async (trx) => {
          assert.equal(await rename.run(trx, 'tenant-a', 'renamed'), 1);
          assert.deepEqual(await tenantNamed.first(trx, 'renamed', 0), { id: 'tenant-a' });
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.equal(await tenantNamed.first(t.db.kysely, 'renamed', 0), undefined);
      assert.equal(await rename.run(t.db.kysely, 'missing', 'renamed'), 0);
    });

    it('refuses a query that uses an argument to choose its shape instead of binding it', async () => {
      const misused = prepared((db, _dialect, includeArchived: boolean) =>
        includeArchived ? db.selectFrom('tenants').select('id') : db.selectFrom('tenants').select('name'),
      );
      await assert.rejects(misused.rows(t.db.kysely, true), /argument 0 is not bound as a value/);
    });
  });
}
