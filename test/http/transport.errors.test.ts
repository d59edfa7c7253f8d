import assert from 'node:assert/strict';
import { STATUS_CODES } from 'node:http';
import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
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

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** Writes `request` on a fresh TCP connection and reads every answer until the server closes it. */
function exchange(port: number, request: string): Promise<RawAnswer[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const answers: RawAnswer[] = [];
      let rest = text;
      while (rest.length > 0) {
        const head = rest.slice(0, rest.indexOf('\r\n\r\n')).split('\r\n');
        const headers = Object.fromEntries(
          head
            .slice(1)
            .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        const start = rest.indexOf('\r\n\r\n') + 4;
        const length = Number(headers['content-length']);
        answers.push({
          status: Number(head[0].split(' ')[1]),
          headers,
          body: JSON.parse(rest.slice(start, start + length)),
        });
        rest = rest.slice(start + length);
      }
      resolve(answers);
    });
    socket.write(request);
  });
}

describe('requests the HTTP parser refuses, over a real connection', () => {
  let t: TestApp;
  let port: number;
  const log: string[] = [];
  before(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (line: Buffer) => log.push(line.toString('utf8')));
    t = await buildTestApp('sqlite', { logStream });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  after(async () => t.close());

  /** The one answer is the error envelope with `code`, its request id in the header and in the log, and closes. */
  function assertRefused(answers: RawAnswer[], status: number, code: string) {
    assert.equal(answers.length, 1);
    const [answer] = answers;
    assert.equal(answer.status, status);
    assert.equal(answer.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(answer.headers.connection, 'close');
    const requestId = answer.headers['x-request-id'];
    assert.match(requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.deepEqual(answer.body, {
      status,
      statusCode: status,
      error: STATUS_CODES[status],
      message: code,
      requestId,
    });
    assert.ok(
      log.some((line) => line.includes(requestId)),
      'the log line carries the same request id',
    );
  }

  it('answers 431 HEADERS_TOO_LARGE in the envelope to a 20 KB header', async () => {
    const request = `GET /health HTTP/1.1\r\nhost: x\r\nx-filler: ${'a'.repeat(20_000)}\r\n\r\n`;
    assertRefused(await exchange(port, request), 431, 'HEADERS_TOO_LARGE');
  });

  it('answers 431 HEADERS_TOO_LARGE in the envelope to a 20 KB URL', async () => {
    const request = `GET /clients?q=${'a'.repeat(20_000)} HTTP/1.1\r\nhost: x\r\nx-api-key: ${t.client.apiKey}\r\n\r\n`;
    assertRefused(await exchange(port, request), 431, 'HEADERS_TOO_LARGE');
  });

  it('answers 400 MALFORMED_REQUEST in the envelope to bytes that are not HTTP', async () => {
    assertRefused(await exchange(port, 'HELLO /health HTTP/1.1\r\nhost: x\r\n\r\n'), 400, 'MALFORMED_REQUEST');
    assertRefused(await exchange(port, 'GET /health HTTP/1.1\r\nbad header\r\n\r\n'), 400, 'MALFORMED_REQUEST');
  });

  it('answers a pipelined request read before the bad one first, whole', async () => {
    const good = 'GET /health HTTP/1.1\r\nhost: x\r\n\r\n';
    const bad = `GET /health HTTP/1.1\r\nhost: x\r\nx-filler: ${'a'.repeat(20_000)}\r\n\r\n`;
    const answers = await exchange(port, good + bad);
    assert.deepEqual(
      answers.map((a) => [a.status, a.body.message ?? a.body.status]),
      [
        [200, 'ok'],
        [431, 'HEADERS_TOO_LARGE'],
      ],
    );
  });

  it('goes on serving other connections afterwards', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(res.status, 200);
  });
});
