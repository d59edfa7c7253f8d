import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Clientele, ClienteleError } from '../../sdk/src/index.js';
import { dialects } from '../harness.js';
import { type SdkServer, startServer } from './support.js';

const UNKNOWN = '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d';

async function caught(promise: Promise<unknown>): Promise<ClienteleError> {
  const error = await promise.then(
    () => assert.fail('expected a ClienteleError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ClienteleError, String(error));
  return error;
}

/** A `fetch` that answers `status` for the first `times` calls, then asks the real server. */
function failingFirst(status: number, times: number, headers: Record<string, string> = {}) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    if (calls.length <= times) {
      const message =
        ({ 429: 'RATE_LIMITED', 500: 'INTERNAL_ERROR' } as Record<number, string>)[status] ?? 'SERVICE_UNAVAILABLE';
      const body = { status, statusCode: status, error: 'x', message, requestId: 'stub' };
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      });
    }
    return fetch(input, init);
  };
  return { fetch: wrapped, calls };
}

for (const dialect of dialects()) {
  describe(`SDK errors and retries against a server [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
    });
    after(async () => s.close());

    it('400: code VALIDATION_ERROR, every problem in errors, the request id', async () => {
      const client = await s.api.clients.create({ company: { name: 'Errors Inc' } });
      const error = await caught(
        s.api.contacts.create(client.id, { firstName: '', lastName: 'X', emails: [{ email: 'nope' }] }),
      );
      assert.equal(error.status, 400);
      assert.equal(error.code, 'VALIDATION_ERROR');
      assert.deepEqual(error.errors.map((e) => e.path).sort(), ['emails.0.email', 'firstName']);
      assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/);
      assert.equal((error.body as { requestId: string }).requestId, error.requestId);

      const rule = await caught(
        s.api.contacts.create(client.id, {
          firstName: 'A',
          lastName: 'B',
          emails: [
            { email: 'a@errors.example', isPrimary: true },
            { email: 'b@errors.example', isPrimary: true },
          ],
        }),
      );
      assert.equal(rule.status, 400);
      assert.equal(rule.code, 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED');
    });

    it('404: CLIENT_NOT_FOUND, CLIENT_CONTACT_NOT_FOUND', async () => {
      const missing = UNKNOWN;
      const noClient = await caught(s.api.contacts.create(missing, { firstName: 'A', lastName: 'B' }));
      assert.deepEqual([noClient.status, noClient.code], [404, 'CLIENT_NOT_FOUND']);
      const noContact = await caught(s.api.contacts.update(missing, { role: 'x' }));
      assert.deepEqual([noContact.status, noContact.code], [404, 'CLIENT_CONTACT_NOT_FOUND']);
      assert.equal(noContact.path, `/clients/contacts/${missing}`);
    });

    it('409: EMAIL_ALREADY_IN_USE with details.duplicates', async () => {
      const client = await s.api.clients.create({ company: { name: 'Conflicts' } });
      const first = await s.api.contacts.create(client.id, {
        firstName: 'First',
        lastName: 'Holder',
        emails: [{ email: 'held@conflicts.example' }],
      });
      const error = await caught(
        s.api.contacts.create(client.id, {
          firstName: 'Second',
          lastName: 'Person',
          emails: [{ email: 'held@conflicts.example' }],
        }),
      );
      assert.deepEqual([error.status, error.code], [409, 'EMAIL_ALREADY_IN_USE']);
      const duplicates = error.details?.duplicates as { takenBy: { id: string } }[];
      assert.equal(duplicates[0].takenBy.id, first.id);
    });

    it('412: PRECONDITION_FAILED with details.currentVersion; an ETag string is sent back as it is', async () => {
      const client = await s.api.clients.create({ company: { name: 'Versions' } });
      const contact = await s.api.contacts.create(client.id, { firstName: 'Ver', lastName: 'Sion' });
      const updated = await s.api.contacts.update(contact.id, { role: 'CTO' }, { ifMatch: contact.version });
      const error = await caught(s.api.contacts.update(contact.id, { role: 'x' }, { ifMatch: contact.version }));
      assert.deepEqual([error.status, error.code], [412, 'PRECONDITION_FAILED']);
      assert.equal(error.details?.currentVersion, updated.version);
      const again = await s.api.contacts.update(contact.id, { role: 'CEO' }, { ifMatch: `"${updated.version}"` });
      assert.equal(again.role, 'CEO');
    });

    it('503 once, then the answer: retried after a back-off', async () => {
      const stub = failingFirst(503, 1);
      const api = s.sdk({ fetch: stub.fetch });
      const client = await api.clients.create({ company: { name: 'Retried 503' } });
      assert.equal(client.company.name, 'Retried 503');
      assert.equal(stub.calls.length, 2);
      assert.equal(
        stub.calls[0].headers['idempotency-key'],
        stub.calls[1].headers['idempotency-key'],
        'the same Idempotency-Key on the retry',
      );
      const names = (await s.api.clients.listPage({ q: 'Retried 503' })).items.map((c) => c.company.name);
      assert.deepEqual(names, ['Retried 503'], 'made once');
    });

    it('429 with Retry-After: 1 once, then the answer: waits about a second', async () => {
      const stub = failingFirst(429, 1, { 'retry-after': '1' });
      const api = s.sdk({ fetch: stub.fetch });
      const started = Date.now();
      assert.ok(Array.isArray(await api.users.list()));
      assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
      assert.equal(stub.calls.length, 2);
    });

    it('gives up after maxRetries (default 2) and throws the last answer; maxRetries: 0 does not retry', async () => {
      const waits: number[] = [];
      const always = failingFirst(503, 100);
      const api = s.sdk({ fetch: always.fetch, sleep: async (ms) => void waits.push(ms) });
      const error = await caught(api.users.list());
      assert.deepEqual([error.status, error.code], [503, 'SERVICE_UNAVAILABLE']);
      assert.equal(always.calls.length, 3);
      assert.equal(waits.length, 2);
      assert.ok(waits[0] >= 250 && waits[0] <= 500 && waits[1] >= 500 && waits[1] <= 1000, `back-off ${waits}`);

      const once = failingFirst(503, 100);
      await caught(s.sdk({ fetch: once.fetch, maxRetries: 0 }).users.list());
      assert.equal(once.calls.length, 1);
    });

    it('does not retry other errors (a 404, a 500)', async () => {
      const passing = failingFirst(500, 0);
      const notFound = await caught(s.sdk({ fetch: passing.fetch }).contacts.update(UNKNOWN, { role: 'x' }));
      assert.equal(notFound.status, 404);
      assert.equal(passing.calls.length, 1);
      const broken = failingFirst(500, 100);
      const internal = await caught(s.sdk({ fetch: broken.fetch }).users.list());
      assert.deepEqual([internal.status, internal.code], [500, 'INTERNAL_ERROR']);
      assert.equal(broken.calls.length, 1);
    });
  });

  describe(`SDK retries a real 429 [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect, { rateLimitPerMinute: 2 });
    });
    after(async () => s.close());

    it('waits what Retry-After says before each retry, then throws RATE_LIMITED', async () => {
      const waits: number[] = [];
      const answers: { status: number; retryAfter: string | null }[] = [];
      const api = s.sdk({
        sleep: async (ms) => void waits.push(ms),
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          answers.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
          return response;
        },
      });
      await api.users.list();
      await api.users.list();
      const error = await caught(api.users.list());
      assert.deepEqual([error.status, error.code], [429, 'RATE_LIMITED']);
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 429, 429, 429],
      );
      const refused = answers.slice(2, 4);
      assert.ok(refused.every((a) => Number(a.retryAfter) >= 1));
      assert.deepEqual(
        waits,
        refused.map((a) => Number(a.retryAfter) * 1000),
      );
    });
  });
}

describe('Idempotency-Key, as a stub server sees it', () => {
  let server: Server;
  let baseUrl: string;
  const seen: { method: string; url: string; key: string | undefined }[] = [];
  let failNext = 0;
  before(async () => {
    server = createServer((request: IncomingMessage, response) => {
      const key = request.headers['idempotency-key'];
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        key: typeof key === 'string' ? key : undefined,
      });
      request.resume();
      request.on('end', () => {
        if (failNext > 0) {
          failNext--;
          response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
          response.end(
            JSON.stringify({
              status: 503,
              statusCode: 503,
              error: 'x',
              message: 'SERVICE_UNAVAILABLE',
              requestId: 'r',
            }),
          );
          return;
        }
        response.writeHead(request.method === 'DELETE' ? 204 : 200, { 'content-type': 'application/json' });
        response.end(request.method === 'DELETE' ? undefined : JSON.stringify({ id: 'x', users: [], version: 1 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("calls fetch as a plain function, as a browser's window.fetch requires (no other receiver)", async () => {
    const receivers: unknown[] = [];
    // What a browser's fetch does when called on another object: "TypeError: Illegal invocation".
    const strictFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      receivers.push(this);
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return fetch(input, init);
    } as typeof fetch;
    const api = new Clientele({ baseUrl, apiKey: 'ck_stub', fetch: strictFetch });
    await api.users.list();
    await api.contacts.update('c1', { role: 'CTO' });
    assert.equal(receivers.length, 2);
  });

  it('is the same on every retry of one write, new for the next write, absent on reads, as given when given', async () => {
    const api = new Clientele({ baseUrl, apiKey: 'ck_stub' });
    seen.length = 0;
    failNext = 2;
    await api.contacts.update('c1', { role: 'CTO' });
    await api.contacts.archive('c1');
    await api.users.list();
    await api.clients.create({ company: { name: 'Given' } }, { idempotencyKey: 'my-key-1' });
    assert.deepEqual(
      seen.map((r) => `${r.method} ${r.url}`),
      [
        'PATCH /clients/contacts/c1',
        'PATCH /clients/contacts/c1',
        'PATCH /clients/contacts/c1',
        'DELETE /clients/contacts/c1',
        'GET /users/_list',
        'POST /clients',
      ],
    );
    const [first, second, third, archive, read, given] = seen.map((r) => r.key);
    assert.match(first ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(second, first);
    assert.equal(third, first);
    assert.ok(archive && archive !== first);
    assert.equal(read, undefined);
    assert.equal(given, 'my-key-1');
  });
});
