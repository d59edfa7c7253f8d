import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ClienteleError } from '../../sdk/src/index.js';
import { ndjsonValues, textChunks } from '../../sdk/src/streaming.js';
import { setExportBatchSize } from '../../src/modules/client-contacts/client-contact.export.routes.js';
import { assertExportReleased, exportSnapshotOpen, makeBigContacts } from '../client-contacts/export-support.js';
import { clientFor, dialects } from '../harness.js';
import { all, type SdkServer, startServer } from './support.js';

/** A body stream that delivers these byte chunks. */
function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('SDK export streaming, pure', () => {
  it('joins a character split across two chunks, and lines split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë"}\n{"name":"Ł');
    const rest = new TextEncoder().encode('ukasz"}\n');
    const split = bytes.length - 1; // inside the two bytes of Ł
    const chunks = [bytes.slice(0, split), bytes.slice(split), rest];
    assert.deepEqual(await all(ndjsonValues(textChunks(streamOf(chunks)))), [{ name: 'Zoë' }, { name: 'Łukasz' }]);
  });

  it('throws when the text ends inside a line (a transfer cut short)', async () => {
    const chunks = [new TextEncoder().encode('{"a":1}\n{"a":')];
    await assert.rejects(all(ndjsonValues(textChunks(streamOf(chunks)))), /cut short/);
  });
});

for (const dialect of dialects()) {
  describe(`SDK contacts.export [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
      setExportBatchSize(s.ctx, 2);
    });
    after(async () => s.close());

    it('streams NDJSON as the contacts the list shows, and CSV as text chunks', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Export, Inc.' } });
      for (const firstName of ['Ann', 'Ben', 'Cleo', 'Dev', 'Eve']) {
        await api.contacts.create(client.id, {
          firstName,
          lastName: 'Exported',
          emails: [{ email: `${firstName}@x.example` }],
        });
      }
      const listed = await all(api.contacts.list({ clientIds: [client.id] }));
      assert.equal(listed.length, 5);
      assert.deepEqual(await all(api.contacts.export({ clientIds: [client.id] })), listed);
      assert.deepEqual(
        await all(api.contacts.export({ q: 'cle' })),
        listed.filter((c) => c.firstName === 'Cleo'),
      );

      const text = (await all(api.contacts.export({ format: 'csv', clientIds: [client.id] }))).join('');
      const rows: string[][] = parse(text);
      assert.equal(rows[0][0], 'id');
      assert.deepEqual(
        rows.slice(1).map((r) => [r[0], r[3], r[8]]),
        listed.map((c) => [c.id, 'Export, Inc.', c.emails[0].email]),
      );
    });

    it('throws ClienteleError when the export cannot start', async () => {
      const bad = s.api.contacts.export({ format: 'xml' as 'csv' });
      await assert.rejects(
        all(bad),
        (e: unknown) => e instanceof ClienteleError && e.status === 400 && e.code === 'VALIDATION_ERROR',
      );
      const stranger = s.sdk({ apiKey: 'ck_nobody0000000000000000000000000000000000' });
      await assert.rejects(all(stranger.contacts.export()), { status: 401, code: 'INVALID_API_KEY' });
    });

    it('cancels the request when the loop stops early, which ends the export on the server', async () => {
      const tenant = clientFor(s.app, '', s.apiKey);
      const client = await s.api.clients.create({ company: { name: 'Big Rows' } });
      await makeBigContacts(tenant, client.id);
      for await (const contact of s.api.contacts.export({ clientIds: [client.id] })) {
        assert.equal(contact.clientId, client.id);
        await s.api.contacts.create(client.id, { firstName: 'Written', lastName: 'During' });
        assert.equal(await exportSnapshotOpen(s.ctx.db), true, 'the export is still running');
        break;
      }
      await assertExportReleased(s.ctx.db);
    });
  });
}
