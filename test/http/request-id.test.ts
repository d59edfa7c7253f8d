import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, inject, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

for (const dialect of dialects()) {
  describe(`x-request-id [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('makes a UUIDv7 for every response when the caller sends none, each one different', async () => {
      const ids = new Set<string>();
      for (const url of ['/users/_list', '/health', '/nowhere']) {
        const res = await t.client.request('GET', url);
        const id = String(res.headers['x-request-id']);
        assert.match(id, UUID_V7, url);
        ids.add(id);
      }
      assert.equal(ids.size, 3);
    });

    it('keeps making distinct UUIDv7s past the pool of random bytes they are cut from (256 ids)', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 600; i++) {
        const id = String((await t.client.request('GET', '/health')).headers['x-request-id']);
        assert.match(id, UUID_V7);
        ids.add(id);
      }
      assert.equal(ids.size, 600);
    });

    it('echoes a valid incoming id in the header and in error bodies', async () => {
      const given = ['abc-123', 'A'.repeat(128), 'trace=1; span="x y" ~!@#$%^&*()'];
      for (const id of given) {
        const ok = await t.client.request('GET', '/users/_list', undefined, { 'x-request-id': id });
        assert.equal(ok.headers['x-request-id'], id);
        const bad = await t.client.request('POST', '/users', { nope: 1 }, { 'x-request-id': id });
        assert.equal(assertError(bad, 400, 'VALIDATION_ERROR') && bad.body.requestId, id);
        const unauth = await inject(t.app, { method: 'GET', url: '/users/_list', headers: { 'x-request-id': id } });
        assertError(unauth, 401, 'INVALID_API_KEY');
        assert.equal(unauth.body.requestId, id);
        const missing = await t.client.request('GET', '/nowhere', undefined, { 'x-request-id': id });
        assertError(missing, 404, 'NOT_FOUND');
        assert.equal(missing.body.requestId, id);
      }
    });

    it('replaces an invalid incoming id (too long, empty, non-printable) with its own UUIDv7', async () => {
      const invalid = ['A'.repeat(129), '', 'tab\there', 'new\u007fline', 'caf\u00e9', 'nul\u0000'];
      for (const id of invalid) {
        const res = await t.client.request('POST', '/users', { nope: 1 }, { 'x-request-id': id });
        const echoed = String(res.headers['x-request-id']);
        assert.match(echoed, UUID_V7, JSON.stringify(id));
        assertError(res, 400, 'VALIDATION_ERROR');
        assert.equal(res.body.requestId, echoed);
      }
    });
  });
}
