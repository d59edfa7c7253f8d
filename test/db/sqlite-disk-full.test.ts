import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../harness.js';
import { assertError } from '../http/envelope.js';

/**
 * A full disk (README "Database trouble is 503, not 500"). SQLite answers SQLITE_FULL when a write needs a
 * page the file cannot grow to; `max_page_count` makes the file that full without a size-limited filesystem
 * (which needs root). A write then answers 503 in the error envelope and stores nothing, what was stored
 * before still reads back, and once there is room again the same write succeeds.
 */
describe('SQLite: the disk is full', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('sqlite');
  });
  after(async () => t.close());

  const names = async () => {
    const res = await t.client.request('GET', '/clients?limit=200');
    assert.equal(res.status, 200, res.text);
    return res.body.items.map((c: { company: { name: string } }) => c.company.name).sort();
  };

  it('a write answers 503 SERVICE_UNAVAILABLE and stores nothing; reads go on; with room again it succeeds', async () => {
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(t.db.kysely);
    await sql.raw(`pragma max_page_count = ${rows[0].page_count}`).execute(t.db.kysely);
    const stored: string[] = [];
    let refused: { name: string; res: Awaited<ReturnType<typeof t.client.request>> } | undefined;
    // The file's free space takes a few clients; the write that needs a new page is refused.
    for (let i = 0; i < 500 && !refused; i++) {
      const name = `Filler ${i} ${'x'.repeat(200)}`;
      const res = await t.client.request('POST', '/clients', { company: { name } });
      if (res.status === 201) stored.push(name);
      else refused = { name, res };
    }
    assert.ok(refused, 'the file filled up');
    assertError(refused.res, 503, 'SERVICE_UNAVAILABLE');
    assert.deepEqual(await names(), [...stored].sort(), 'every acknowledged client, and not the refused one');
    const ready = await t.client.request('GET', '/ready');
    assert.equal(ready.status, 200, 'the database still answers reads');

    await sql`pragma max_page_count = 1073741823`.execute(t.db.kysely);
    const again = await t.client.request('POST', '/clients', { company: { name: refused.name } });
    assert.equal(again.status, 201, again.text);
    assert.deepEqual(await names(), [...stored, refused.name].sort());
  });
});
