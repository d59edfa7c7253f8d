import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { connect } from '../../src/db/connect.js';
import type { DB } from '../../src/db/database.js';
import { groupCommitter } from '../../src/db/sqlite-group-commit.js';
import { openTestDb, type TestDb } from '../harness.js';

describe('SQLite group commit', () => {
  let t: TestDb;
  before(async () => {
    // Group commit exists to share fsyncs: these tests run with them, as production does.
    t = await openTestDb('sqlite', {}, { durable: true });
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

  it('answers a group the database rolled back by itself (disk full) with the database’s error', async () => {
    await sql`create table notes (id text primary key, body text)`.execute(t.db.kysely);
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.db.kysely);
    await sql.raw(`pragma max_page_count = ${rows[0].page_count}`).execute(t.db.kysely);
    try {
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
      // Three writes queue up behind it and run as one group; the middle one needs pages the file cannot have.
      const bodies = { small1: 'a', huge: 'x'.repeat(1_000_000), small2: 'b' };
      const outcomes = Promise.allSettled(
        Object.entries(bodies).map(([id, body]) =>
          t.db.transaction((trx) => sql`insert into notes (id, body) values (${id}, ${body})`.execute(trx)),
        ),
      );
      release();
      await held;
      const settled = await outcomes;
      const stored = new Set(
        (await sql<{ id: string }>`select id from notes`.execute(t.db.kysely)).rows.map((row) => row.id),
      );
      Object.keys(bodies).forEach((id, i) => {
        const outcome = settled[i];
        if (outcome.status === 'fulfilled') assert.ok(stored.has(id), `${id} was acknowledged, so it is stored`);
        else {
          assert.equal((outcome.reason as { code?: string }).code, 'SQLITE_FULL', `${id}: ${outcome.reason}`);
          assert.ok(!stored.has(id), `${id} was refused, so it is not stored`);
        }
      });
      assert.equal(settled[1].status, 'rejected', 'the write that needs more room than there is fails');
    } finally {
      await sql`pragma max_page_count = 1073741823`.execute(t.db.kysely);
    }
  });

  it('groups transactions that start in separate event-loop callbacks (as requests read from separate sockets do)', async () => {
    let commits = 0;
    const kysely = new Kysely<DB>({
      dialect: new SqliteDialect({ database: new SQLite(':memory:') }),
      log: (event) => {
        if (event.query.sql === 'commit') commits++;
      },
    });
    await sql`create table arrivals (n integer)`.execute(kysely);
    const transaction = groupCommitter(kysely, 5000);
    const values = await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          new Promise<number>((resolve, reject) =>
            setImmediate(() =>
              transaction(async (trx) => {
                await sql`insert into arrivals (n) values (${i})`.execute(trx);
                return i;
              }).then(resolve, reject),
            ),
          ),
      ),
    );
    assert.deepEqual(
      values,
      Array.from({ length: 20 }, (_, i) => i),
    );
    const stored = await sql<{ n: number }>`select count(*) as n from arrivals`.execute(kysely);
    assert.equal(stored.rows[0].n, 20);
    assert.equal(commits, 1, 'twenty transactions waiting together share one commit');
    await kysely.destroy();
  });

  it('waits for a write lock another process holds without stopping reads, and gives up after its bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-lock-'));
    const file = join(dir, 'lock.db');
    const other = new SQLite(file);
    other.pragma('journal_mode = WAL');
    other.exec('create table items (n integer)');
    const db = connect(`file:${file}`);
    try {
      other.exec('begin immediate');
      const started = Date.now();
      const write = db.transaction((trx) => sql`insert into items (n) values (1)`.execute(trx));
      // While the write waits for the lock, reads on the same connection still answer.
      const read = await sql<{ n: number }>`select count(*) as n from items`.execute(db.kysely);
      assert.equal(read.rows[0].n, 0);
      const readAfter = Date.now() - started;
      await sleep(150);
      other.exec('commit');
      await write;
      assert.ok(readAfter < 100, `a read answered after ${readAfter} ms while the write waited`);
      const stored = await sql<{ n: number }>`select count(*) as n from items`.execute(db.kysely);
      assert.equal(stored.rows[0].n, 1);

      // A lock that is never released: the write fails (503 for a request) after the bound, nothing stored.
      const impatient = groupCommitter(db.kysely, 300);
      other.exec('begin immediate');
      const since = Date.now();
      await assert.rejects(
        impatient((trx) => sql`insert into items (n) values (2)`.execute(trx)),
        (error: Error & { code?: string }) => error.code === 'SQLITE_BUSY',
      );
      assert.ok(Date.now() - since >= 300);
      other.exec('rollback');
      const after = await sql<{ n: number }>`select count(*) as n from items`.execute(db.kysely);
      assert.equal(after.rows[0].n, 1);
    } finally {
      await db.close();
      other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
