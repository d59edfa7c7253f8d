import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requireIfMatch } from '../../src/modules/tenants/tenant.service.js';
import { makeClient, makeContact, readContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

for (const dialect of dialects()) {
  describe(`mandatory If-Match, a tenant's opt-in [${dialect}]`, () => {
    let t: TestApp;
    let strict: Client;
    let contact: { id: string; version: number };
    let userId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      strict = await t.newTenant('strict');
      // Opted in before its first request, so no cached answer predates the setting.
      assert.equal(await requireIfMatch(t.ctx, strict.tenantId, true), true);
      const clientId = await makeClient(strict, 'Strict Co');
      contact = await makeContact(strict, clientId, { firstName: 'Stri', lastName: 'Ct' });
      userId = (await strict.request('POST', '/users', { name: 'U', email: 'u@strict.example' })).body.userId;
    });
    after(async () => t.close());

    for (const [name, method, path] of [
      ['PATCH a contact', 'PATCH', () => `/clients/contacts/${contact.id}`],
      ['archive a contact', 'DELETE', () => `/clients/contacts/${contact.id}`],
      ['restore a contact', 'POST', () => `/clients/contacts/${contact.id}/restore`],
      ['PATCH a user', 'PATCH', () => `/users/${userId}`],
    ] as const) {
      it(`refuses to ${name} without If-Match (428), changing nothing`, async () => {
        const res = await strict.request(method, path(), method === 'PATCH' ? { role: 'x', name: 'x' } : undefined);
        assertError(res, 428, 'PRECONDITION_REQUIRED');
      });
    }

    it('accepts the same writes with If-Match, and creates and reads without it', async () => {
      const stored = await readContact(strict, contact.id);
      assert.equal(stored.version, 1, 'the refused writes changed nothing');
      const ok = await strict.request(
        'PATCH',
        `/clients/contacts/${contact.id}`,
        { role: 'CTO' },
        { 'if-match': '"1"' },
      );
      assert.equal(ok.status, 200, ok.text);
      assert.equal((await strict.request('GET', '/clients/contacts')).status, 200);
    });

    it('leaves other tenants free to write without If-Match', async () => {
      const clientId = await makeClient(t.client, 'Relaxed Co');
      const other = await makeContact(t.client, clientId);
      const res = await t.client.request('PATCH', `/clients/contacts/${other.id}`, { role: 'x' });
      assert.equal(res.status, 200);
    });
  });
}
