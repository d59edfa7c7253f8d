import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allContacts, makeClient } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';

/**
 * Right to erasure (API.md §4.1) reaches the answers kept for keyed retries (§5.1): once a contact is erased,
 * a kept answer that showed it replays its status with a `null` body, and running nothing again.
 */
for (const dialect of dialects()) {
  describe(`Idempotency-Key: erasure strips kept answers [${dialect}]`, () => {
    let t: TestApp;
    let api: Client;
    let clientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      api = t.client;
      clientId = await makeClient(api, 'Erase Co');
    });
    after(async () => t.close());

    it('replays the status without the erased person’s data, and makes nothing again', async () => {
      const body = { firstName: 'Erin', lastName: 'Erased', emails: [{ email: 'erin@erase.example' }] };
      const key = { 'idempotency-key': `erase-${process.pid}` };
      const first = await api.request('POST', `/clients/contacts/${clientId}`, body, key);
      assert.equal(first.status, 201, first.text);
      const update = await api.request(
        'PATCH',
        `/clients/contacts/${first.body.id}`,
        { role: 'CFO' },
        {
          'idempotency-key': `erase-patch-${process.pid}`,
        },
      );
      assert.equal(update.status, 200, update.text);
      // Another person's kept answer, which the erasure must leave alone.
      const other = await api.request(
        'POST',
        `/clients/contacts/${clientId}`,
        { firstName: 'Kept', lastName: 'Whole' },
        {
          'idempotency-key': `keep-${process.pid}`,
        },
      );
      assert.equal(other.status, 201, other.text);

      const erased = await api.request('DELETE', `/clients/contacts/${first.body.id}?permanent=true`);
      assert.equal(erased.status, 204, erased.text);

      const replay = await api.request('POST', `/clients/contacts/${clientId}`, body, key);
      assert.equal(replay.status, 201);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(replay.text, 'null');
      assert.ok(!replay.text.includes('Erin') && !replay.text.includes('erin@erase.example'));
      const patchReplay = await api.request(
        'PATCH',
        `/clients/contacts/${first.body.id}`,
        { role: 'CFO' },
        {
          'idempotency-key': `erase-patch-${process.pid}`,
        },
      );
      assert.equal(patchReplay.status, 200);
      assert.equal(patchReplay.text, 'null');
      assert.deepEqual(
        (await allContacts(api)).map((c) => c.firstName),
        ['Kept'],
        'the retry made nothing again',
      );

      const otherReplay = await api.request(
        'POST',
        `/clients/contacts/${clientId}`,
        { firstName: 'Kept', lastName: 'Whole' },
        {
          'idempotency-key': `keep-${process.pid}`,
        },
      );
      assert.equal(otherReplay.text, other.text, 'other answers are kept whole');
    });
  });
}
