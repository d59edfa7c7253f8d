import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

for (const dialect of dialects()) {
  describe(`users [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('creates, lists, updates and deactivates a user', async () => {
      const created = await t.client.request('POST', '/users', { name: ' Dana ', email: 'Dana@Agency.EXAMPLE' });
      assert.equal(created.status, 201);
      assert.equal(created.body.name, 'Dana');
      assert.equal(created.body.email, 'Dana@agency.example');
      assert.equal(created.body.version, 1);
      assert.equal(created.headers.etag, '"1"');

      const list = await t.client.request('GET', '/users/_list');
      assert.equal(list.status, 200);
      assert.deepEqual(list.body.users, [
        {
          userId: created.body.userId,
          name: 'Dana',
          email: 'Dana@agency.example',
          avatarUrl: null,
          deactivatedAt: null,
        },
      ]);

      const deactivated = await t.client.request('PATCH', `/users/${created.body.userId}`, { deactivated: true });
      assert.equal(deactivated.status, 200);
      assert.equal(deactivated.body.version, 2);
      assert.match(deactivated.body.deactivatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      assert.deepEqual((await t.client.request('GET', '/users/_list')).body.users, []);
      const all = await t.client.request('GET', '/users/_list?includeDeactivated=true');
      assert.equal(all.body.users.length, 1);
    });

    it('refuses a bad body with every problem listed', async () => {
      const res = await t.client.request('POST', '/users', { name: '', email: 'nope', extra: 1 });
      assert.equal(res.status, 400);
      assert.equal(res.body.message, 'VALIDATION_ERROR');
      assert.equal(typeof res.body.requestId, 'string');
      const got = res.body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`).sort();
      assert.deepEqual(got, ['INVALID_FORMAT:email', 'TOO_SMALL:name', 'UNRECOGNIZED_KEY:extra']);
    });
  });
}
