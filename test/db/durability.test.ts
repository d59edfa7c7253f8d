import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { connect } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { dialects, openTestDb } from '../harness.js';

/**
 * A commit is on disk before it is acknowledged (SQLite synchronous=FULL; PostgreSQL's synchronous_commit
 * as the server has it). Only test databases may skip the wait, and only when they ask for it.
 */

async function sqliteSynchronous(db: Database): Promise<number> {
  const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db.kysely);
  return rows[0].synchronous;
}

async function synchronousCommit(db: Database): Promise<string> {
  const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db.kysely);
  return rows[0].synchronous_commit;
}

const FULL = 2;
const OFF = 0;

describe('commit durability [sqlite]', () => {
  it('connect() waits for the disk on every commit unless told otherwise', async () => {
    const durable = connect('file::memory:');
    const relaxed = connect('file::memory:', { relaxedDurability: true });
    try {
      assert.equal(await sqliteSynchronous(durable), FULL);
      assert.equal(await sqliteSynchronous(relaxed), OFF);
    } finally {
      await durable.close();
      await relaxed.close();
    }
  });
});

if (dialects().includes('postgres')) {
  describe('commit durability [postgres]', () => {
    it('connect() keeps the server’s synchronous_commit unless told otherwise', async () => {
      const url = process.env.TEST_POSTGRES_URL as string;
      const plain = new pg.Client({ connectionString: url });
      await plain.connect();
      const serverDefault = (await plain.query('show synchronous_commit')).rows[0].synchronous_commit;
      await plain.end();
      const durable = connect(url);
      const relaxed = connect(url, { relaxedDurability: true });
      try {
        assert.equal(await synchronousCommit(durable), serverDefault);
        assert.equal(await synchronousCommit(relaxed), 'off');
      } finally {
        await durable.close();
        await relaxed.close();
      }
    });
  });
}

for (const dialect of dialects()) {
  describe(`test databases [${dialect}]`, () => {
    it('skip the wait for the disk, unless a test asks for durable commits', async () => {
      const read = dialect === 'sqlite' ? sqliteSynchronous : synchronousCommit;
      const relaxed = await openTestDb(dialect);
      const durable = await openTestDb(dialect, {}, { durable: true });
      try {
        assert.equal(await read(relaxed.db), dialect === 'sqlite' ? OFF : 'off');
        assert.notEqual(await read(durable.db), dialect === 'sqlite' ? OFF : 'off');
      } finally {
        await relaxed.close();
        await durable.close();
      }
    });
  });
}
