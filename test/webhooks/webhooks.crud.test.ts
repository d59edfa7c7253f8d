import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialects } from '../harness.js';
import { buildWebhookApp, createWebhook, type WebhookTestApp } from './support.js';

const UUID = '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d';
const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;

for (const dialect of dialects()) {
  describe(`webhooks CRUD (${dialect})`, () => {
    let t: WebhookTestApp;
    before(async () => {
      t = await buildWebhookApp(dialect);
    });
    after(() => t.close());

    it('creates a webhook and shows its secret once: 32 random bytes after whsec_', async () => {
      const made = await t.client.request('POST', '/webhooks', {
        url: 'https://hooks.example.com/a',
        types: ['client.created', 'client_contact.updated', 'client.created'],
        description: 'CRM sync',
      });
      assert.equal(made.status, 201);
      assert.match(made.body.secret, SECRET);
      assert.equal(Buffer.from(made.body.secret.slice(6), 'base64').length, 32);
      assert.deepEqual(Object.keys(made.body).sort(), [
        'createdAt',
        'description',
        'enabled',
        'id',
        'modifiedAt',
        'secret',
        'types',
        'url',
        'version',
      ]);
      assert.equal(made.body.url, 'https://hooks.example.com/a');
      assert.deepEqual(made.body.types, ['client.created', 'client_contact.updated']);
      assert.equal(made.body.enabled, true);
      assert.equal(made.body.version, 1);
      assert.equal(made.headers.etag, '"1"');
      assert.equal(made.headers.location, `/webhooks/${made.body.id}`);

      const got = await t.client.request('GET', `/webhooks/${made.body.id}`);
      assert.equal(got.status, 200);
      assert.equal(got.body.secret, undefined);
      const { secret: _secret, ...shown } = made.body;
      assert.deepEqual(got.body, shown);
      assert.ok(!got.text.includes(made.body.secret));

      const list = await t.client.request('GET', '/webhooks?limit=200');
      assert.equal(list.status, 200);
      assert.ok(list.body.items.some((w: { id: string }) => w.id === made.body.id));
      assert.ok(!list.text.includes('whsec_'));
    });

    it('types absent or empty means every type, stored as []', async () => {
      const none = await createWebhook(t.client, { url: 'https://hooks.example.com/b' });
      const empty = await createWebhook(t.client, { url: 'https://hooks.example.com/c', types: [] });
      for (const id of [none.id, empty.id]) {
        const got = await t.client.request('GET', `/webhooks/${id}`);
        assert.deepEqual(got.body.types, []);
        assert.equal(got.body.description, null);
      }
    });

    it('refuses unknown event types and unknown fields with VALIDATION_ERROR', async () => {
      const bad = await t.client.request('POST', '/webhooks', {
        url: 'https://hooks.example.com/d',
        types: ['client.created', 'contact.exploded'],
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.message, 'VALIDATION_ERROR');
      assert.equal(bad.body.errors[0].path, 'types.1');
      const extra = await t.client.request('POST', '/webhooks', { url: 'https://hooks.example.com/d', secret: 'x' });
      assert.equal(extra.status, 400);
      assert.equal(extra.body.errors[0].code, 'UNRECOGNIZED_KEY');
      const missing = await t.client.request('POST', '/webhooks', {});
      assert.equal(missing.status, 400);
      assert.equal(missing.body.errors[0].code, 'REQUIRED');
    });

    it('pages the list by modifiedAt then id', async () => {
      const other = await t.newTenant('pager');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await createWebhook(other, { url: `https://hooks.example.com/p${i}` })).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await other.request('GET', `/webhooks?limit=2${suffix}`);
        assert.equal(page.status, 200);
        seen.push(...page.body.items.map((w: { id: string }) => w.id));
        cursor = page.body.pageInfo.nextCursor;
      } while (cursor);
      assert.deepEqual(seen, ids);
      const tampered = await other.request('GET', '/webhooks?cursor=abc.def');
      assert.equal(tampered.status, 400);
      assert.equal(tampered.body.message, 'INVALID_CURSOR');
    });

    it('PATCH changes url, types, description and enabled, honours If-Match, and a no-op keeps the version', async () => {
      const made = await createWebhook(t.client, { url: 'https://hooks.example.com/e' });
      const changed = await t.client.request(
        'PATCH',
        `/webhooks/${made.id}`,
        { url: 'https://hooks.example.com/e2', types: ['user.created'], description: 'x', enabled: false },
        { 'if-match': '"1"' },
      );
      assert.equal(changed.status, 200);
      assert.equal(changed.body.url, 'https://hooks.example.com/e2');
      assert.deepEqual(changed.body.types, ['user.created']);
      assert.equal(changed.body.description, 'x');
      assert.equal(changed.body.enabled, false);
      assert.equal(changed.body.version, 2);
      assert.equal(changed.headers.etag, '"2"');
      assert.equal(changed.body.secret, undefined);

      const same = await t.client.request('PATCH', `/webhooks/${made.id}`, { description: 'x', enabled: false });
      assert.equal(same.status, 200);
      assert.equal(same.body.version, 2);
      assert.equal(same.body.modifiedAt, changed.body.modifiedAt);

      const stale = await t.client.request('PATCH', `/webhooks/${made.id}`, { enabled: true }, { 'if-match': '1' });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.message, 'PRECONDITION_FAILED');
      assert.equal(stale.body.details.currentVersion, 2);

      const cleared = await t.client.request('PATCH', `/webhooks/${made.id}`, { description: null, types: [] });
      assert.equal(cleared.body.description, null);
      assert.deepEqual(cleared.body.types, []);
    });

    it('rotates the secret: a new one, shown once, and a new version', async () => {
      const made = await createWebhook(t.client, { url: 'https://hooks.example.com/r' });
      const rotated = await t.client.request('POST', `/webhooks/${made.id}/rotate-secret`);
      assert.equal(rotated.status, 200);
      assert.match(rotated.body.secret, SECRET);
      assert.notEqual(rotated.body.secret, made.secret);
      assert.equal(rotated.body.version, 2);
      const got = await t.client.request('GET', `/webhooks/${made.id}`);
      assert.equal(got.body.secret, undefined);
      assert.equal(got.body.version, 2);
      const stale = await t.client.request('POST', `/webhooks/${made.id}/rotate-secret`, undefined, {
        'if-match': '1',
      });
      assert.equal(stale.status, 412);
    });

    it('deletes a webhook: 204, then 404 everywhere', async () => {
      const made = await createWebhook(t.client, { url: 'https://hooks.example.com/del' });
      const gone = await t.client.request('DELETE', `/webhooks/${made.id}`);
      assert.equal(gone.status, 204);
      for (const [method, path] of routesOf(made.id)) {
        const answer = await t.client.request(method, path, method === 'PATCH' ? {} : undefined);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.equal(answer.body.message, 'WEBHOOK_NOT_FOUND', `${method} ${path}`);
      }
    });

    it('answers 404 WEBHOOK_NOT_FOUND for unknown ids and non-UUIDs', async () => {
      for (const id of [UUID, 'not-a-uuid']) {
        for (const [method, path] of routesOf(id)) {
          const answer = await t.client.request(method, path, method === 'PATCH' ? { enabled: true } : undefined);
          assert.equal(answer.status, 404, `${method} ${path}`);
          assert.equal(answer.body.message, 'WEBHOOK_NOT_FOUND');
        }
      }
    });

    it("another tenant's webhook ids answer 404 on every route, and its list stays its own", async () => {
      const mine = await createWebhook(t.client, { url: 'https://hooks.example.com/mine' });
      const other = await t.newTenant('other');
      for (const [method, path] of routesOf(mine.id)) {
        const answer = await other.request(method, path, method === 'PATCH' ? { enabled: false } : undefined);
        assert.equal(answer.status, 404, `${method} ${path}`);
        assert.equal(answer.body.message, 'WEBHOOK_NOT_FOUND');
      }
      const list = await other.request('GET', '/webhooks');
      assert.deepEqual(list.body.items, []);
      const still = await t.client.request('GET', `/webhooks/${mine.id}`);
      assert.equal(still.status, 200);
      assert.equal(still.body.enabled, true);
      assert.equal(still.body.version, 1);
    });

    it('lists no deliveries for a new webhook', async () => {
      const made = await createWebhook(t.client, { url: 'https://hooks.example.com/new' });
      const page = await t.client.request('GET', `/webhooks/${made.id}/deliveries`);
      assert.equal(page.status, 200);
      assert.deepEqual(page.body, { items: [], pageInfo: { nextCursor: null, hasNextPage: false } });
    });

    it('needs an API key', async () => {
      const answer = await t.app.inject({ method: 'GET', url: '/webhooks' });
      assert.equal(answer.statusCode, 401);
    });

    it('documents every route with an operationId, a summary and its error answers', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const expected: Record<string, [string, string]> = {
        createWebhook: ['post', '/webhooks'],
        listWebhooks: ['get', '/webhooks'],
        getWebhook: ['get', '/webhooks/{id}'],
        updateWebhook: ['patch', '/webhooks/{id}'],
        deleteWebhook: ['delete', '/webhooks/{id}'],
        rotateWebhookSecret: ['post', '/webhooks/{id}/rotate-secret'],
        listWebhookDeliveries: ['get', '/webhooks/{id}/deliveries'],
        testWebhook: ['post', '/webhooks/{id}/test'],
      };
      for (const [operationId, [method, path]] of Object.entries(expected)) {
        const operation = doc.paths[path]?.[method];
        assert.ok(operation, `${method} ${path}`);
        assert.equal(operation.operationId, operationId);
        assert.ok(operation.summary && operation.description, operationId);
        assert.ok(operation.responses['401'], `${operationId} documents 401`);
        if (path.includes('{id}')) assert.ok(operation.responses['404'], `${operationId} documents 404`);
      }
      assert.ok(doc.paths['/webhooks'].post.responses['400']);
    });
  });
}

function routesOf(id: string): ['GET' | 'POST' | 'PATCH' | 'DELETE', string][] {
  return [
    ['GET', `/webhooks/${id}`],
    ['PATCH', `/webhooks/${id}`],
    ['POST', `/webhooks/${id}/rotate-secret`],
    ['GET', `/webhooks/${id}/deliveries`],
    ['POST', `/webhooks/${id}/test`],
    ['DELETE', `/webhooks/${id}`],
  ];
}
