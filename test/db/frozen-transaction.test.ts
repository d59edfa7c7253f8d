import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import { TcpProxy } from '../reliability/tcp-proxy.js';

/**
 * A connection lost in the middle of a transaction with no FIN and no RST (a network partition, a NAT reset,
 * a failover) leaves its PostgreSQL session "idle in transaction", holding its row locks: the server never
 * hears that the client went away. The pool gives up on the connection (read timeout), but every later write
 * to those rows would wait on the locks for good (each answered 503 by its own statement timeout) unless the
 * server ends such sessions by itself. The sessions Clientele opens ask it to (idle_in_transaction_session_timeout).
 */

const TIMEOUT_MS = 1000;

describe('a transaction frozen by a lost connection (PostgreSQL)', () => {
  const url = process.env.TEST_POSTGRES_URL;
  const table = `frozen_probe_${randomBytes(5).toString('hex')}`;
  let admin: pg.Client | undefined;

  before(async () => {
    if (!url) return;
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create table ${table} (id int primary key, n int not null)`);
    await admin.query(`insert into ${table} values (1, 0)`);
  });
  after(async () => {
    await admin?.query(`drop table if exists ${table}`);
    await admin?.end();
  });

  it('does not keep its row locks: another session writes the row within a bound', { timeout: 30_000 }, async (t) => {
    if (!url || !admin) return t.skip('PostgreSQL not available (TEST_POSTGRES_URL unset)');
    const target = new URL(url);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const { port } = await proxy.start();
    const viaProxy = new URL(url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(port);
    const db = connect(viaProxy.toString(), { timeoutMs: TIMEOUT_MS, poolSize: 2 });
    try {
      const frozen = db.kysely.transaction().execute(async (trx) => {
        await sql`select n from ${sql.table(table)} where id = 1 for update`.execute(trx);
        proxy.blackHole();
        await sql`update ${sql.table(table)} set n = n + 1 where id = 1`.execute(trx);
      });
      await assert.rejects(frozen, 'the transaction fails once its connection stops answering');

      // The row, written from a session of its own (not through the proxy), waiting as long as it must.
      const started = performance.now();
      await admin.query(`set statement_timeout = 20000`);
      await admin.query(`update ${table} set n = n + 10 where id = 1`);
      const waitedMs = performance.now() - started;
      t.diagnostic(`the lock was free ${Math.round(waitedMs)} ms after the frozen transaction gave up`);
      const { rows } = await admin.query(`select n from ${table} where id = 1`);
      assert.equal(rows[0].n, 10, 'the frozen transaction wrote nothing');
      // The server ends the frozen session after idling TIMEOUT_MS in its transaction; slack for a busy machine.
      assert.ok(waitedMs <= TIMEOUT_MS + 4000, `the row lock was held ${Math.round(waitedMs)} ms`);
    } finally {
      await proxy.close();
      await db.close().catch(() => {});
    }
  });
});
