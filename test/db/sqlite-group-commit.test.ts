import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDb, type TestDb } from '../harness.js';

describe('SQLite group commit', () => {
  let t: TestDb;
  before(async () => {
    t = await openTestDb('sqlite');
  });
  after(async () => t.close());

  const tenant = (id: string) => ({ id, name: id, require_if_match: 0, created_at: '2025-01-01T00:00:00.000Z' });

  it('commits the transactions that succeed and rolls back only the ones that fail, when they run together', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        t.db.transaction(async (trx) => {
          await trx
            .insertInto('tenants')
            .values(tenant(`t${i}`))
            .execute();
          if (i % 3 === 0) throw new Error(`refused ${i}`);
          await trx
            .insertInto('tenants')
            .values(tenant(`t${i}-second`))
            .execute();
          return i;
        }),
      ),
    );
    const rows = await t.db.kysely.selectFrom('tenants').select('id').execute();
    const stored = new Set(rows.map((r) => r.id));
    outcomes.forEach((outcome, i) => {
      if (i % 3 === 0) {
        assert.equal(outcome.status, 'rejected');
        assert.ok(!stored.has(`t${i}`) && !stored.has(`t${i}-second`), `t${i} left a row behind`);
      } else {
        assert.deepEqual(outcome, { status: 'fulfilled', value: i });
        assert.ok(stored.has(`t${i}`) && stored.has(`t${i}-second`));
      }
    });
  });

  it('refuses every transaction of a group whose commit cannot be made', async () => {
    // A foreign key that SQLite checks only at COMMIT makes the shared commit itself fail.
    await sql`create table parent (id integer primary key)`.execute(t.db.kysely);
    await sql`create table child (parent_id integer references parent(id) deferrable initially deferred)`.execute(
      t.db.kysely,
    );
    // Hold the connection with one transaction so that the next two queue up and run as one group.
    let release = () => {};
    let started = () => {};
    const holding = new Promise<void>((resolve) => (started = resolve));
    const held = t.db.transaction(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
          started();
        }),
    );
    await holding;
    const outcomes = Promise.allSettled([
      t.db.transaction((trx) => sql`insert into parent (id) values (1)`.execute(trx)),
      t.db.transaction((trx) => sql`insert into child (parent_id) values (99)`.execute(trx)),
    ]);
    release();
    await held;
    assert.deepEqual(
      (await outcomes).map((o) => o.status),
      ['rejected', 'rejected'],
    );
    const parents = await sql`select id from parent`.execute(t.db.kysely);
    assert.deepEqual(parents.rows, []);
  });
});
