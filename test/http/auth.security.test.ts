import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import { generateApiKey, keyPrefix } from '../../src/modules/tenants/api-key.js';
import { createKey, createTenant, revokeKey } from '../../src/modules/tenants/tenant.service.js';
import { buildTestApp, clientFor, dialects, inject, openCountingDb, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

for (const dialect of dialects()) {
  describe(`authentication [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      // No key cache, so a revoke is visible to the very next request.
      t = await buildTestApp(dialect, { apiKeyCacheTtlMs: 0 });
    });
    after(async () => t.close());

    it('accepts a valid key', async () => {
      const res = await t.client.request('GET', '/users/_list');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { users: [] });
    });

    it('refuses a request without a key', async () => {
      assertError(await inject(t.app, { method: 'GET', url: '/users/_list' }), 401, 'INVALID_API_KEY');
      // A key elsewhere (a bearer token) is not a key.
      const bearer = await inject(t.app, {
        method: 'GET',
        url: '/users/_list',
        headers: { authorization: `Bearer ${t.client.apiKey}` },
      });
      assertError(bearer, 401, 'INVALID_API_KEY');
    });

    const malformed = {
      empty: '',
      'no prefix': 'x'.repeat(43),
      'too short': 'ck_abc',
      'wrong alphabet': `ck_${'-'.repeat(40)}`,
      'too long': `ck_${'a'.repeat(200)}`,
    };
    for (const [name, key] of Object.entries(malformed)) {
      it(`refuses a malformed key (${name})`, async () => {
        const res = await inject(t.app, { method: 'GET', url: '/users/_list', headers: { 'x-api-key': key } });
        assertError(res, 401, 'INVALID_API_KEY');
      });
    }

    it('refuses a well-formed key that was never issued', async () => {
      const res = await inject(t.app, {
        method: 'GET',
        url: '/users/_list',
        headers: { 'x-api-key': generateApiKey() },
      });
      assertError(res, 401, 'INVALID_API_KEY');
    });

    it('refuses a revoked key and keeps serving the tenant’s other keys', async () => {
      const tenant = await t.newTenant('revocation');
      const second = await createKey(t.ctx, tenant.tenantId);
      assert.ok(second);
      const other = clientFor(t.app, tenant.tenantId, second.apiKey);
      assert.equal((await tenant.request('GET', '/users/_list')).status, 200);

      assert.equal(await revokeKey(t.ctx, keyPrefix(tenant.apiKey)), 1);
      assertError(await tenant.request('GET', '/users/_list'), 401, 'INVALID_API_KEY');
      assertError(await tenant.request('POST', '/users', { name: 'A', email: 'a@b.example' }), 401, 'INVALID_API_KEY');
      assert.equal((await other.request('GET', '/users/_list')).status, 200);
    });

    it('checks the key before the body: an unauthenticated bad body is 401, not 400', async () => {
      const res = await inject(t.app, { method: 'POST', url: '/users', body: { nope: true } });
      assertError(res, 401, 'INVALID_API_KEY');
    });

    it('shows a tenant only its own records: another tenant’s id is 404, never 403', async () => {
      const other = await t.newTenant('other');
      const created = await other.request('POST', '/users', { name: 'Theirs', email: 'theirs@b.example' });
      assert.equal(created.status, 201);
      assert.deepEqual((await t.client.request('GET', '/users/_list?includeDeactivated=true')).body.users, []);
      const res = await t.client.request('PATCH', `/users/${created.body.userId}`, { name: 'Mine now' });
      assertError(res, 404, 'USER_NOT_FOUND');
      const still = await other.request('GET', '/users/_list');
      assert.equal(still.body.users[0].name, 'Theirs');
    });

    it('needs no key for the operational endpoints', async () => {
      for (const url of ['/health', '/ready', '/metrics', '/openapi.json', '/docs']) {
        const res = await inject(t.app, { method: 'GET', url });
        assert.equal(res.status, 200, url);
      }
    });
  });

  describe(`API key cache [${dialect}]`, () => {
    it('keeps a real key in memory through a flood of made-up keys, and forgets the oldest made-up ones', async () => {
      const counted = await openCountingDb(dialect);
      // No rate limit in the way: this is about the cache, which must hold however many keys get through.
      const config = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, API_KEY_CACHE_TTL_MS: 600_000 } as const;
      const app = await buildApp({ ctx: counted.ctx, config });
      try {
        const { tenantId, apiKey } = await createTenant(counted.ctx, 'flooded');
        const real = clientFor(app, tenantId, apiKey);
        const get = (key: string) => inject(app, { method: 'GET', url: '/users/_list', headers: { 'x-api-key': key } });
        assert.equal((await real.request('GET', '/users/_list')).status, 200);
        assert.equal(counted.lookups(), 1);

        // More made-up keys than the whole cache used to hold (10,000).
        const madeUp = Array.from({ length: 10_050 }, () => generateApiKey());
        for (let i = 0; i < madeUp.length; i += 25) {
          const answers = await Promise.all(madeUp.slice(i, i + 25).map(get));
          assert.deepEqual(new Set(answers.map((res) => res.status)), new Set([401]));
        }
        assert.equal(counted.lookups(), 1 + madeUp.length);

        assert.equal((await real.request('GET', '/users/_list')).status, 200);
        assert.equal(counted.lookups(), 1 + madeUp.length, 'the real key is still answered from memory');
        assertError(await get(madeUp[madeUp.length - 1] as string), 401, 'INVALID_API_KEY');
        assert.equal(counted.lookups(), 1 + madeUp.length, 'the latest refusal is remembered');
        assertError(await get(madeUp[0] as string), 401, 'INVALID_API_KEY');
        assert.equal(
          counted.lookups(),
          1 + madeUp.length + 1,
          'the oldest refusal was forgotten: refusals are bounded',
        );
      } finally {
        await app.close();
        await counted.close();
      }
    });
  });
}
