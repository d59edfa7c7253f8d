import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/server.js';

/** SQLITE_CACHE_MB sizes each connection's page cache; SQLite's own 2 MiB held too little of a tenant. */
describe('SQLite page cache', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-cache-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function cacheSize(env: Record<string, string>): Promise<number> {
    const db = openDatabase(loadConfig({ DATABASE_URL: `file:${join(dir, 'cache.db')}`, ...env }));
    try {
      const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db.kysely);
      return rows[0].cache_size;
    } finally {
      await db.close();
    }
  }

  it('is 64 MiB unless configured (negative: KiB, as SQLite reports it)', async () => {
    assert.equal(await cacheSize({}), -64 * 1024);
  });

  it('takes SQLITE_CACHE_MB', async () => {
    assert.equal(await cacheSize({ SQLITE_CACHE_MB: '8' }), -8 * 1024);
  });

  it('refuses a size below 1 MiB at start-up', () => {
    assert.throws(() => loadConfig({ SQLITE_CACHE_MB: '0' }), /SQLITE_CACHE_MB/);
  });
});
