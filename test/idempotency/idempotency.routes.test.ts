import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeClient, makeContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';

let sequence = 0;
const newKey = () => `route-${process.pid}-${++sequence}`;

/** Sends a write twice with one key: the second answer must be the first, replayed. */
async function sendTwice(api: Client, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  const key = newKey();
  const first = await api.request(method, url, body, { 'idempotency-key': key });
  const second = await api.request(method, url, body, { 'idempotency-key': key });
  assert.ok(first.status < 300, `${method} ${url}: ${first.status} ${first.text}`);
  assert.equal(first.headers['idempotent-replayed'], undefined, `${method} ${url} ran`);
  assert.equal(second.headers['idempotent-replayed'], 'true', `${method} ${url} replayed`);
  assert.equal(second.status, first.status);
  assert.equal(second.text, first.text);
  assert.equal(second.headers.etag, first.headers.etag);
  return first;
}

for (const dialect of dialects()) {
  describe(`Idempotency-Key on every kind of write [${dialect}]`, () => {
    let t: TestApp;
    let api: Client;
    before(async () => {
      t = await buildTestApp(dialect);
      api = t.client;
    });
    after(async () => t.close());

    it('replays users, stages, attributes, clients and their restore, and contact restores', async () => {
      const user = await sendTwice(api, 'POST', '/users', { name: 'Re Play', email: 're.play@agency.example' });
      await sendTwice(api, 'PATCH', `/users/${user.body.userId}`, { name: 'Re Played' });
      const stage = await sendTwice(api, 'POST', '/pipeline/clients/stages', { name: 'Again', colorHex: '#123456' });
      await sendTwice(api, 'PATCH', `/pipeline/clients/stages/${stage.body.id}`, { name: 'Again and again' });
      await sendTwice(api, 'DELETE', `/pipeline/clients/stages/${stage.body.id}`);
      await sendTwice(api, 'POST', '/clients/columns', { label: 'Tier', type: 'text' });
      const client = await sendTwice(api, 'POST', '/clients', { company: { name: 'Twice Ltd' } });
      await sendTwice(api, 'PATCH', `/clients/${client.body.id}`, { status: 'active' });
      await sendTwice(api, 'POST', '/clients/_search', { filters: [] });
      await sendTwice(api, 'DELETE', `/clients/${client.body.id}`);
      await sendTwice(api, 'POST', `/clients/${client.body.id}/restore`);

      const clientId = await makeClient(api, 'Contact Co');
      const contact = await makeContact(api, clientId);
      assert.equal((await api.request('DELETE', `/clients/contacts/${contact.id}`)).status, 204);
      await sendTwice(api, 'POST', `/clients/contacts/${contact.id}/restore`);

      const users = await api.request('GET', '/users/_list');
      assert.equal(users.body.users.filter((u: { name: string }) => u.name === 'Re Played').length, 1);
      const clients = await api.request('GET', '/clients?limit=200');
      assert.equal(clients.body.items.filter((c: any) => c.company.name === 'Twice Ltd').length, 1);
    });
  });
}
