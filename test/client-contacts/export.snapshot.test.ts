import assert from 'node:assert/strict';
import { type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { exportContacts } from '../../src/modules/client-contacts/client-contact.export.js';
import { setExportBatchSize } from '../../src/modules/client-contacts/client-contact.export.routes.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import {
  assertExportReleased,
  eventually,
  exportBackend,
  exportSnapshotOpen,
  makeBigContacts,
} from './export-support.js';
import { allContacts, makeClient, makeContact } from './fixtures.js';

/** The NDJSON chunks of an export, parsed. */
function lines(chunks: string[]): any[] {
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

/** An export request whose first bytes have arrived and whose reading is then paused. */
async function startExport(port: number, apiKey: string) {
  return new Promise<{ response: IncomingMessage; destroy: () => void; rest: () => Promise<{ complete: boolean }> }>(
    (resolve, reject) => {
      const req = request({
        port,
        host: '127.0.0.1',
        path: '/clients/contacts/_export',
        headers: { 'x-api-key': apiKey },
      });
      req.on('error', () => {});
      req.on('response', (response) => {
        response.once('data', () => {
          response.pause();
          resolve({
            response,
            destroy: () => req.destroy(),
            rest: () =>
              new Promise((done) => {
                response.on('data', () => {});
                response.on('error', () => {});
                response.on('close', () => done({ complete: response.complete }));
                response.resume();
              }),
          });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );
}

for (const dialect of dialects()) {
  describe(`client contacts export: one snapshot, freed on disconnect [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;

    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Snapshot Ltd');
    });
    after(async () => t.close());

    it('leaves out writes made between batches, which go through meanwhile', async () => {
      const api = await t.newTenant('snapshot');
      const client = await makeClient(api, 'Between Batches');
      for (let i = 0; i < 7; i++) await makeContact(api, client, { firstName: `P${i}`, lastName: 'Person' });
      const before = await allContacts(api, 'includeArchived=true');
      const chunks = exportContacts(t.ctx, api.tenantId, { includeArchived: true }, { batchSize: 2 });
      const seen = [(await chunks.next()).value as string];
      assert.deepEqual(
        lines(seen).map((c) => c.id),
        before.slice(0, 2).map((c) => c.id),
      );

      // Each of these would wait on the open export if it held locks (and fail with 503 after the timeout).
      const patched = await api.request('PATCH', `/clients/contacts/${before[5].id}`, { role: 'Changed' });
      assert.equal(patched.status, 200, patched.text);
      const patchedEarly = await api.request('PATCH', `/clients/contacts/${before[0].id}`, { role: 'Moved' });
      assert.equal(patchedEarly.status, 200, patchedEarly.text);
      const archived = await api.request('DELETE', `/clients/contacts/${before[3].id}`);
      assert.equal(archived.status, 204);
      const erased = await api.request('DELETE', `/clients/contacts/${before[4].id}?permanent=true`);
      assert.equal(erased.status, 204);
      const added = await makeContact(api, client, { firstName: 'Late', lastName: 'Comer' });

      for await (const chunk of chunks) seen.push(chunk);
      assert.deepEqual(lines(seen), before, 'the export shows the contacts as they were when it began');
      const now = lines(await allExport(api.tenantId));
      assert.ok(now.some((c) => c.id === added.id));
      assert.ok(!now.some((c) => c.id === before[4].id));
      assert.equal(now.find((c) => c.id === before[5].id).role, 'Changed');
    });

    async function allExport(tenantId: string): Promise<string[]> {
      const chunks: string[] = [];
      for await (const chunk of exportContacts(t.ctx, tenantId, { includeArchived: true }, { batchSize: 2 })) {
        chunks.push(chunk);
      }
      return chunks;
    }

    it('ends the snapshot and frees its connection when the client goes away mid-export', async () => {
      setExportBatchSize(t.ctx, 2);
      // About 8 MB of NDJSON: more than the socket buffers hold, so the export is still running when the
      // client, having read its first bytes, goes away.
      await makeBigContacts(t.client, clientId);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;

      const open = await startExport(port, t.client.apiKey);
      assert.equal(open.response.statusCode, 200);
      await sleep(200);
      // The export is still open: it holds a pool client (PostgreSQL), or a snapshot that keeps a checkpoint
      // from passing the writes made since it began (SQLite).
      await makeContact(t.client, clientId, { firstName: 'Written', lastName: 'During' });
      assert.equal(await exportSnapshotOpen(t.db), true, 'the export is still running when the client leaves');

      open.destroy();
      await assertExportReleased(t.db);
      // And everything goes on: a list, a write, another export.
      assert.equal((await t.client.request('GET', '/clients/contacts?limit=1')).status, 200);
      await makeContact(t.client, clientId, { firstName: 'After', lastName: 'Wards' });
      const again = await t.client.request('GET', '/clients/contacts/_export?q=after');
      assert.equal(again.status, 200);
      assert.equal(again.text.trim().split('\n').length, 1);
    });

    if (dialect === 'postgres') {
      it('cuts the response short, without its final chunk, when the database fails mid-export', async () => {
        const { port } = t.app.server.address() as AddressInfo;
        const open = await startExport(port, t.client.apiKey);
        // A failed check must not leave the export open: the app's close would wait for it forever.
        try {
          // Its session is idle in transaction between two batches (the client reads nothing yet), not at
          // every instant: wait for it.
          let pid: number | undefined;
          await eventually('the export holds a session', async () => {
            pid = await exportBackend(t.db);
            return pid !== undefined;
          });
          const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
          await admin.connect();
          await admin.query('select pg_terminate_backend($1)', [pid]);
          await admin.end();
          const { complete } = await open.rest();
          assert.equal(complete, false, 'the reader sees a truncated transfer');
          await assertExportReleased(t.db);
        } finally {
          open.destroy();
        }
        const again = await t.client.request('GET', '/clients/contacts/_export?q=after');
        assert.equal(again.status, 200);
      });
    }
  });
}
