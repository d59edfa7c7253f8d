import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { batch, eventCount, eventTypes, sendBatch } from './batch.fixtures.js';
import { contactStages, makeClient, makeContact, readContact } from './fixtures.js';

/** POST /clients/contacts/_batch (API.md §5.2): what succeeds, as a later read shows it. */
for (const dialect of dialects()) {
  describe(`client contacts batch, happy paths [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Batch Ltd');
    });
    after(async () => t.close());

    it('runs every kind of operation in order and answers each as its single endpoint would', async () => {
      const toUpdate = await makeContact(t.client, clientId, {
        firstName: 'Una',
        emails: [{ email: 'una@batch.example' }],
      });
      const toArchive = await makeContact(t.client, clientId, { firstName: 'Arlo' });
      const [, second] = await contactStages(t.client);
      const { results } = await batch(t.client, [
        { op: 'create', clientId, body: { firstName: ' Cleo ', lastName: 'Create', role: 'CTO' } },
        { op: 'update', id: toUpdate.id, body: { role: 'Head of People', stageId: second.id }, ifMatch: 1 },
        {
          op: 'upsert',
          clientId,
          body: { firstName: 'Uri', lastName: 'Upsert', emails: [{ email: 'uri@batch.example' }] },
        },
        { op: 'archive', id: toArchive.id },
      ]);
      assert.deepEqual(
        results.map((r) => [r.status, r.outcome]),
        [
          [201, 'created'],
          [200, 'updated'],
          [201, 'created'],
          [204, 'archived'],
        ],
      );
      const [created, updated, upserted, archived] = results;
      assert.equal(created.body.firstName, 'Cleo');
      assert.equal(created.body.role, 'CTO');
      assert.equal(created.body.version, 1);
      assert.equal(updated.body.role, 'Head of People');
      assert.equal(updated.body.stage.id, second.id);
      assert.equal(updated.body.version, 2);
      assert.deepEqual(upserted.body.emails, [{ email: 'uri@batch.example', purpose: null, isPrimary: true }]);
      assert.equal(archived.body, null);

      // What a later read shows is what the batch answered.
      assert.deepEqual(await readContact(t.client, created.body.id), created.body);
      assert.deepEqual(await readContact(t.client, updated.body.id), updated.body);
      assert.deepEqual(await readContact(t.client, upserted.body.id), upserted.body);
      const gone = await readContact(t.client, toArchive.id);
      assert.notEqual(gone.archivedAt, null);
      assert.equal((await t.client.request('PATCH', `/clients/contacts/${toArchive.id}`, {})).status, 404);

      // Each operation recorded its own events, as its endpoint does.
      assert.deepEqual(await eventTypes(t.client, created.body.id), ['client_contact.created']);
      assert.deepEqual(await eventTypes(t.client, toUpdate.id), ['client_contact.created', 'client_contact.updated']);
      assert.deepEqual(await eventTypes(t.client, toArchive.id), ['client_contact.created', 'client_contact.archived']);
    });

    it('answers an update that changes nothing as unchanged: same version, same modifiedAt, no event', async () => {
      const contact = await makeContact(t.client, clientId, { firstName: 'Sam', role: 'CFO' });
      const events = await eventCount(t.client);
      const { results } = await batch(t.client, [
        { op: 'update', id: contact.id, body: {} },
        { op: 'update', id: contact.id, body: { role: 'CFO', firstName: 'Sam' }, ifMatch: `"${contact.version}"` },
      ]);
      for (const r of results) {
        assert.equal(r.status, 200);
        assert.equal(r.outcome, 'unchanged');
        assert.equal(r.body.version, contact.version);
        assert.equal(r.body.modifiedAt, contact.modifiedAt);
      }
      assert.equal(await eventCount(t.client), events);
      assert.deepEqual(await readContact(t.client, contact.id), contact);
    });

    it('lets later operations see what earlier ones in the same batch did', async () => {
      const { results } = await batch(t.client, [
        {
          op: 'upsert',
          clientId,
          body: { firstName: 'Seq', lastName: 'One', emails: [{ email: 'seq@batch.example' }] },
        },
        { op: 'upsert', clientId, body: { role: 'Buyer', emails: [{ email: 'SEQ@batch.example' }] } },
        {
          op: 'create',
          clientId,
          body: { firstName: 'Other', lastName: 'Person', emails: [{ email: 'seq@batch.example' }] },
        },
      ]);
      assert.deepEqual(
        results.map((r) => r.outcome),
        ['created', 'updated', 'failed'],
      );
      assert.equal(results[1].body.id, results[0].body.id);
      assert.equal(results[1].body.version, 2);
      assert.equal(results[2].status, 409);
      assert.equal(results[2].body.message, 'EMAIL_ALREADY_IN_USE');
    });

    it('matches the static _batch path, not POST /clients/contacts/{clientId}', async () => {
      const res = await sendBatch(t.client, [
        { op: 'create', clientId, body: { firstName: 'Path', lastName: 'Test' } },
      ]);
      assert.equal(res.status, 207, res.text);
      // The templated route still creates at a client, and a client id is never taken for the batch.
      const single = await t.client.request('POST', `/clients/contacts/${clientId}`, {
        firstName: 'Tmpl',
        lastName: 'Ok',
      });
      assert.equal(single.status, 201, single.text);
      const odd = await t.client.request('POST', '/clients/contacts/_batchx', { firstName: 'No', lastName: 'Client' });
      assert.equal(odd.status, 404);
      assert.equal(odd.body.message, 'CLIENT_NOT_FOUND');
    });

    it('is replayed, not run again, when retried with the same Idempotency-Key', async () => {
      const operations = [
        {
          op: 'upsert',
          clientId,
          body: { firstName: 'Ida', lastName: 'Key', emails: [{ email: 'ida@batch.example' }] },
        },
      ];
      const headers = { 'idempotency-key': 'batch-retry-1' };
      const first = await sendBatch(t.client, operations, headers);
      assert.equal(first.status, 207, first.text);
      const events = await eventCount(t.client);
      const again = await sendBatch(t.client, operations, headers);
      assert.equal(again.status, 207);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.deepEqual(again.body, first.body);
      assert.equal(await eventCount(t.client), events);
    });

    it('answers 100 operations, the most a batch takes', async () => {
      const operations = Array.from({ length: 100 }, (_, i) => ({
        op: 'create',
        clientId,
        body: { firstName: `Bulk${i}`, lastName: 'Row', emails: [{ email: `bulk${i}@batch.example` }] },
      }));
      const { results } = await batch(t.client, operations);
      assert.equal(results.length, 100);
      assert.ok(results.every((r) => r.status === 201 && r.outcome === 'created'));
      assert.deepEqual(
        results.map((r) => r.body.firstName),
        operations.map((o) => o.body.firstName),
      );
    });
  });

  describe(`client contacts batch and the rate limit [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { rateLimitPerMinute: 5 });
    });
    after(async () => t.close());

    it('costs one request of the budget however many operations it holds', async () => {
      const clientId = await makeClient(t.client, 'Limited Ltd');
      const operations = Array.from({ length: 20 }, (_, i) => ({
        op: 'create',
        clientId,
        body: { firstName: `Limit${i}`, lastName: 'Row' },
      }));
      const res = await sendBatch(t.client, operations);
      assert.equal(res.status, 207, res.text);
      assert.equal(res.headers['ratelimit-limit'], '5');
      // makeClient spent one, the batch one.
      assert.equal(res.headers['ratelimit-remaining'], '3');
    });
  });
}
