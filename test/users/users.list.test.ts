import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type Client, dialects, inject, type TestApp } from '../harness.js';

/** GET /users answers exactly as GET /users/_list (API.md §2.1): a Spott connector probes the first form. */
for (const dialect of dialects()) {
  describe(`GET /users [${dialect}]`, () => {
    let t: TestApp;
    let other: Client;
    before(async () => {
      t = await buildTestApp(dialect);
      other = await t.newTenant('other');
      for (const name of ['Zoe Active', 'adam active', 'Mia Leaving']) {
        const res = await t.client.request('POST', '/users', { name, email: `${name.split(' ')[0]}@agency.example` });
        assert.equal(res.status, 201, res.text);
        if (name === 'Mia Leaving') {
          const off = await t.client.request('PATCH', `/users/${res.body.userId}`, { deactivated: true });
          assert.equal(off.status, 200, off.text);
        }
      }
      assert.equal(
        (await other.request('POST', '/users', { name: 'Otto Other', email: 'otto@other.example' })).status,
        201,
      );
    });
    after(async () => t.close());

    for (const query of ['', '?includeDeactivated=true', '?includeDeactivated=false']) {
      it(`answers the same body as /users/_list${query}`, async () => {
        const short = await t.client.request('GET', `/users${query}`);
        const long = await t.client.request('GET', `/users/_list${query}`);
        assert.equal(short.status, 200, short.text);
        assert.equal(long.status, 200, long.text);
        assert.equal(short.text, long.text);
        assert.equal(short.headers['content-type'], long.headers['content-type']);
        const names = short.body.users.map((u: { name: string }) => u.name);
        assert.equal(names.includes('Mia Leaving'), query === '?includeDeactivated=true');
        assert.ok(names.includes('Zoe Active') && names.includes('adam active'));
      });
    }

    it('refuses a bad query the same way on both forms', async () => {
      const short = await t.client.request('GET', '/users?includeDeactivated=maybe');
      const long = await t.client.request('GET', '/users/_list?includeDeactivated=maybe');
      assert.equal(short.status, 400);
      assert.equal(short.body.message, 'VALIDATION_ERROR');
      assert.deepEqual(short.body.errors, long.body.errors);
    });

    it("never lists another tenant's users, on either form", async () => {
      for (const path of ['/users?includeDeactivated=true', '/users/_list?includeDeactivated=true']) {
        const mine = await t.client.request('GET', path);
        assert.ok(!mine.text.includes('Otto'), path);
        const theirs = await other.request('GET', path);
        assert.deepEqual(
          theirs.body.users.map((u: { name: string }) => u.name),
          ['Otto Other'],
          path,
        );
      }
    });

    it('needs a key, like /users/_list', async () => {
      const res = await inject(t.app, { method: 'GET', url: '/users' });
      assert.equal(res.status, 401);
      assert.equal(res.body.message, 'INVALID_API_KEY');
    });

    it('is documented in the OpenAPI document with the same query and answer as /users/_list', async () => {
      const doc = (await inject(t.app, { method: 'GET', url: '/openapi.json' })).body;
      const short = doc.paths['/users'].get;
      const long = doc.paths['/users/_list'].get;
      assert.ok(short, 'GET /users is documented');
      assert.ok(doc.paths['/users'].post, 'POST /users is still documented');
      assert.deepEqual(short.parameters, long.parameters);
      assert.deepEqual(short.responses, long.responses);
      assert.match(short.description, /\/users\/_list/);
    });
  });
}
