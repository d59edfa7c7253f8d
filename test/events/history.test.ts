import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listKeys } from '../../src/modules/tenants/tenant.service.js';
import { makeClient, makeContact } from '../client-contacts/fixtures.js';
import { assertError } from '../clients/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { readFeed } from './fixtures.js';

for (const dialect of dialects()) {
  describe(`history [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('lists a contact’s changes newest first, pages with a cursor, and stays readable once archived', async () => {
      const [{ id: keyId }] = await listKeys(t.ctx, t.client.tenantId);
      const clientId = await makeClient(t.client, 'Acme');
      const contact = await makeContact(t.client, clientId);
      const url = `/clients/contacts/${contact.id}`;
      await t.client.request('PATCH', url, { role: 'CTO' });
      await t.client.request('PATCH', url, { role: 'CEO', department: 'Board' });
      await t.client.request('DELETE', url);

      const all = await t.client.request('GET', `${url}/history`);
      assert.equal(all.status, 200, all.text);
      assert.deepEqual(
        all.body.items.map((h: { type: string }) => h.type),
        ['client_contact.archived', 'client_contact.updated', 'client_contact.updated', 'client_contact.created'],
      );
      assert.deepEqual(all.body.pageInfo, { nextCursor: null, hasNextPage: false });
      const [, second, first, created] = all.body.items;
      assert.deepEqual(Object.keys(all.body.items[0]).sort(), ['actor', 'changes', 'eventId', 'occurredAt', 'type']);
      assert.deepEqual(second.changes, {
        role: { from: 'CTO', to: 'CEO' },
        department: { from: null, to: 'Board' },
      });
      assert.deepEqual(first.changes, { role: { from: null, to: 'CTO' } });
      assert.deepEqual(created.changes, {});
      assert.deepEqual(created.actor, { type: 'apiKey', id: keyId });

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await t.client.request('GET', `${url}/history?limit=1${suffix}`);
        assert.equal(page.status, 200, page.text);
        seen.push(...page.body.items.map((h: { eventId: string }) => h.eventId));
        cursor = page.body.pageInfo.nextCursor;
        assert.equal(page.body.pageInfo.hasNextPage, cursor !== null);
      } while (cursor);
      assert.deepEqual(
        seen,
        all.body.items.map((h: { eventId: string }) => h.eventId),
      );
    });

    it('lists a client’s changes, also once archived', async () => {
      const clientId = await makeClient(t.client, 'Initech');
      await t.client.request('PATCH', `/clients/${clientId}`, { company: { industry: 'Software' } });
      await t.client.request('DELETE', `/clients/${clientId}`);
      const res = await t.client.request('GET', `/clients/${clientId}/history`);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(
        res.body.items.map((h: { type: string }) => h.type),
        ['client.archived', 'client.updated', 'client.created'],
      );
    });

    it('answers 404 for unknown ids, ids of the other kind, and other tenants’ records; 400 for a bad cursor', async () => {
      const clientId = await makeClient(t.client, 'Globex');
      const contact = await makeContact(t.client, clientId);
      const other = await t.newTenant('other');
      const unknown = '01900000-0000-7000-8000-000000000000';
      for (const id of [unknown, 'not-a-uuid', clientId]) {
        assertError(await t.client.request('GET', `/clients/contacts/${id}/history`), 404, 'CLIENT_CONTACT_NOT_FOUND');
      }
      for (const id of [unknown, 'not-a-uuid', contact.id]) {
        assertError(await t.client.request('GET', `/clients/${id}/history`), 404, 'CLIENT_NOT_FOUND');
      }
      assertError(
        await other.request('GET', `/clients/contacts/${contact.id}/history`),
        404,
        'CLIENT_CONTACT_NOT_FOUND',
      );
      assertError(await other.request('GET', `/clients/${clientId}/history`), 404, 'CLIENT_NOT_FOUND');

      await t.client.request('PATCH', `/clients/contacts/${contact.id}`, { role: 'A' });
      const page = await t.client.request('GET', `/clients/contacts/${contact.id}/history?limit=1`);
      const cursor = page.body.pageInfo.nextCursor;
      assertError(
        await t.client.request('GET', `/clients/contacts/${contact.id}/history?cursor=${cursor}x`),
        400,
        'INVALID_CURSOR',
      );
      // A cursor walks one record's history only.
      const another = await makeContact(t.client, clientId, { emails: [{ email: 'another@globex.example' }] });
      assertError(
        await t.client.request('GET', `/clients/contacts/${another.id}/history?cursor=${cursor}`),
        400,
        'INVALID_CURSOR',
      );
    });
  });

  describe(`erasure strips personal data from events [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('erasing a role nulls the data of its earlier events, records the erasure, and leaves other records alone', async () => {
      const [a, b] = [await makeClient(t.client, 'Acme'), await makeClient(t.client, 'Umbrella')];
      const erased = await makeContact(t.client, a, {
        firstName: 'Ada',
        lastName: 'Byron',
        emails: [{ email: 'ada@acme.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0000' }],
      });
      const sibling = await makeContact(t.client, b, {
        candidateId: erased.candidateId,
        firstName: 'Ada',
        lastName: 'Byron',
      });
      const bystander = await makeContact(t.client, a, { firstName: 'Bob', lastName: 'Stand' });
      await t.client.request('PATCH', `/clients/contacts/${erased.id}`, { role: 'Countess' });
      await t.client.request('DELETE', `/clients/contacts/${erased.id}`);
      const { cursor } = await readFeed(t.client);

      const res = await t.client.request('DELETE', `/clients/contacts/${erased.id}?permanent=true`);
      assert.equal(res.status, 204, res.text);

      const { events } = await readFeed(t.client);
      const own = events.filter((e) => e.resource.id === erased.id);
      assert.deepEqual(
        own.map((e) => [e.type, e.data]),
        [
          ['client_contact.created', null],
          ['client_contact.updated', null],
          ['client_contact.archived', null],
          ['client_contact.erased', { object: null, changes: {} }],
        ],
      );
      const text = JSON.stringify(own);
      // The number as sent and as stored (digits only); not a short run of digits, which a random id can hold.
      for (const personal of ['Ada', 'Byron', 'ada@acme.example', '7946 0000', '79460000'])
        assert.ok(!text.includes(personal), personal);
      // The person lives on in another role, whose events keep their data; so do other records'.
      for (const id of [sibling.id, bystander.id, a]) {
        const kept = events.filter((e) => e.resource.id === id);
        assert.ok(kept.length > 0 && kept.every((e) => e.data !== null), id);
      }
      // A consumer past the earlier events sees the erasure next.
      const next = await readFeed(t.client, cursor);
      assert.deepEqual(
        next.events.map((e) => `${e.type} ${e.resource.id}`),
        [`client_contact.erased ${erased.id}`],
      );

      const history = await t.client.request('GET', `/clients/contacts/${erased.id}/history`);
      assert.equal(history.status, 200, history.text);
      assert.deepEqual(
        history.body.items.map((h: { type: string; changes: object }) => [h.type, h.changes]),
        [
          ['client_contact.erased', {}],
          ['client_contact.archived', {}],
          ['client_contact.updated', {}],
          ['client_contact.created', {}],
        ],
      );
    });

    it('erasing the last role strips that role too; an erase refused (412) strips nothing', async () => {
      const clientId = await makeClient(t.client, 'Hooli');
      const contact = await makeContact(t.client, clientId, { emails: [{ email: 'last@hooli.example' }] });
      const refused = await t.client.request('DELETE', `/clients/contacts/${contact.id}?permanent=true`, undefined, {
        'if-match': '"7"',
      });
      assertError(refused, 412, 'PRECONDITION_FAILED');
      const kept = await readFeed(t.client, undefined, `resourceId=${contact.id}`);
      assert.ok(kept.events.every((e) => e.data !== null));
      assert.equal((await t.client.request('DELETE', `/clients/contacts/${contact.id}?permanent=true`)).status, 204);
      const after = await readFeed(t.client, undefined, `resourceId=${contact.id}`);
      assert.deepEqual(
        after.events.map((e) => e.data),
        [null, { object: null, changes: {} }],
      );
    });
  });
}
