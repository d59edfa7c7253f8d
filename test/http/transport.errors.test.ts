import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, inject, type TestApp } from '../harness.js';
import { assertError, fieldErrors } from './envelope.js';

for (const dialect of dialects()) {
  describe(`transport and validation errors [${dialect}]`, () => {
    let t: TestApp;
    let userId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      const res = await t.client.request('POST', '/users', { name: 'Dana', email: 'dana@agency.example' });
      userId = res.body.userId;
    });
    after(async () => t.close());

    const send = (method: 'POST' | 'PATCH', url: string, payload: string, contentType = 'application/json') =>
      inject(t.app, {
        method,
        url,
        body: payload,
        headers: { 'x-api-key': t.client.apiKey, 'content-type': contentType },
      });

    it('answers 400 INVALID_JSON to a body that is not JSON', async () => {
      for (const payload of ['{"name": "A",', '{name: "A"}', 'undefined', '{"a":1}}']) {
        assertError(await send('POST', '/users', payload), 400, 'INVALID_JSON');
        assertError(await send('PATCH', `/users/${userId}`, payload), 400, 'INVALID_JSON');
      }
    });

    it('answers 415 UNSUPPORTED_MEDIA_TYPE to a body that is not JSON by type', async () => {
      const body = JSON.stringify({ name: 'A', email: 'a@b.example' });
      assertError(await send('POST', '/users', body, 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
      assertError(
        await send('PATCH', `/users/${userId}`, body, 'application/x-www-form-urlencoded'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('accepts application/json with parameters and in any case', async () => {
      const types = ['application/json; charset=utf-8', 'application/json;charset=UTF-8', 'Application/JSON'];
      for (const [i, type] of types.entries()) {
        const res = await send('POST', '/users', JSON.stringify({ name: 'B', email: `b${i}@b.example` }), type);
        assert.equal(res.status, 201, type);
      }
    });

    it('answers 413 PAYLOAD_TOO_LARGE to a body over 1 MiB', async () => {
      const big = JSON.stringify({
        name: 'A',
        email: 'a@b.example',
        avatarUrl: `https://x.example/${'a'.repeat(1024 * 1024)}`,
      });
      assertError(await send('POST', '/users', big), 413, 'PAYLOAD_TOO_LARGE');
      const list = await t.client.request('GET', '/users/_list');
      assert.ok(!list.body.users.some((u: { name: string; email: string }) => u.email === 'a@b.example'));
    });

    it('answers 404 NOT_FOUND to an unknown route, with or without a key', async () => {
      assertError(await t.client.request('GET', '/no/such/route'), 404, 'NOT_FOUND');
      assertError(await inject(t.app, { method: 'GET', url: '/no/such/route' }), 404, 'NOT_FOUND');
      assertError(await t.client.request('DELETE', '/users/_list'), 404, 'NOT_FOUND');
      // A version prefix is not part of any path (API.md §1.1).
      assertError(await t.client.request('GET', '/v1/users/_list'), 404, 'NOT_FOUND');
    });

    it('reports every problem in one VALIDATION_ERROR, with dotted paths', async () => {
      const res = await t.client.request('POST', '/users', {
        name: '   ',
        email: 42,
        avatarUrl: 'ftp://x',
        extra: 1,
        another: {},
      });
      assert.deepEqual(fieldErrors(res), [
        'INVALID_FORMAT:avatarUrl',
        'INVALID_TYPE:email',
        'TOO_SMALL:name',
        'UNRECOGNIZED_KEY:another',
        'UNRECOGNIZED_KEY:extra',
      ]);
      const missing = await t.client.request('POST', '/users', {});
      assert.deepEqual(fieldErrors(missing), ['REQUIRED:email', 'REQUIRED:name']);
    });

    it('never coerces types: "5", "true" and 1 are not what the schema asks for', async () => {
      assert.deepEqual(fieldErrors(await t.client.request('PATCH', `/users/${userId}`, { deactivated: 'true' })), [
        'INVALID_TYPE:deactivated',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('PATCH', `/users/${userId}`, { deactivated: 1 })), [
        'INVALID_TYPE:deactivated',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('POST', '/users', { name: 5, email: 'n@b.example' })), [
        'INVALID_TYPE:name',
      ]);
      const body = fieldErrors(await t.client.request('POST', '/users', ['name', 'email']));
      assert.deepEqual(body, ['INVALID_TYPE:']);
    });

    it('refuses unknown keys on a PATCH and changes nothing', async () => {
      const res = await t.client.request('PATCH', `/users/${userId}`, { name: 'Renamed', nmae: 'typo' });
      assert.deepEqual(fieldErrors(res), ['UNRECOGNIZED_KEY:nmae']);
      const { errors } = assertError(res, 400, 'VALIDATION_ERROR');
      assert.equal(errors?.[0].received, 'typo');
      const list = await t.client.request('GET', '/users/_list');
      assert.ok(list.body.users.some((u: { name: string }) => u.name === 'Dana'));
    });

    it('treats an empty body on a PATCH as {} (a no-op, version unchanged)', async () => {
      const res = await inject(t.app, {
        method: 'PATCH',
        url: `/users/${userId}`,
        headers: { 'x-api-key': t.client.apiKey },
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.version, 1);
    });

    it('refuses a __proto__ key without polluting Object.prototype', async () => {
      const payload = '{"name":"Eve","email":"eve@b.example","__proto__":{"polluted":"yes","isAdmin":true}}';
      assert.deepEqual(fieldErrors(await send('POST', '/users', payload)), ['UNRECOGNIZED_KEY:__proto__']);
      const nested = '{"name":"Eve","constructor":{"prototype":{"polluted":"yes"}}}';
      assert.deepEqual(fieldErrors(await send('PATCH', `/users/${userId}`, nested)), ['UNRECOGNIZED_KEY:constructor']);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
      assert.equal(Object.hasOwn(Object.prototype, 'polluted'), false);
    });

    it('answers 404 USER_NOT_FOUND to an id that is not a UUID', async () => {
      assertError(await t.client.request('PATCH', '/users/not-a-uuid', { name: 'X' }), 404, 'USER_NOT_FOUND');
      assertError(await t.client.request('PATCH', `/users/${'f'.repeat(150)}`, { name: 'X' }), 404, 'USER_NOT_FOUND');
    });
  });
}
