import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { buildApp } from '../../src/app.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import { buildTestApp, dialects, inject, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

const config = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1000, API_KEY_CACHE_TTL_MS: 5000 } as const;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

for (const dialect of dialects()) {
  describe(`operational endpoints [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('GET / answers without a key with the version and links to the reference, each of which answers', async () => {
      const res = await inject(t.app, { method: 'GET', url: '/' });
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(typeof res.headers['x-request-id'], 'string');
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      // The console is linked when this checkout has built it (npm install does), and then it answers too.
      const consoleBuilt = existsSync(new URL('../../web/dist/index.html', import.meta.url));
      assert.deepEqual(res.body, {
        name: 'Clientele',
        version,
        docs: '/docs',
        openapi: '/openapi.json',
        ...(consoleBuilt ? { console: '/app/' } : {}),
      });
      const links = [res.body.docs, res.body.openapi, ...(consoleBuilt ? [res.body.console] : [])].map(String);
      for (const link of links) {
        assert.equal((await inject(t.app, { method: 'GET', url: link })).status, 200, link);
      }
      // Rate-limited like the rest: it announces the caller's budget.
      assert.ok(res.headers['ratelimit-limit'] !== undefined, 'RateLimit-Limit');
      assert.ok(res.headers['ratelimit-remaining'] !== undefined, 'RateLimit-Remaining');
    });

    it('GET /health and GET /ready answer 200 without a key', async () => {
      const health = await inject(t.app, { method: 'GET', url: '/health' });
      assert.equal(health.status, 200);
      assert.deepEqual(health.body, { status: 'ok' });
      const ready = await inject(t.app, { method: 'GET', url: '/ready' });
      assert.equal(ready.status, 200);
      assert.deepEqual(ready.body, { status: 'ready' });
    });

    it('GET /metrics is Prometheus text with request counts by route and status', async () => {
      await t.client.request('GET', '/users/_list');
      await t.client.request('GET', `/users/_list?secret=${'x'.repeat(10)}`);
      await inject(t.app, { method: 'GET', url: '/nowhere/0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d' });
      const res = await inject(t.app, { method: 'GET', url: '/metrics' });
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^text\/plain/);
      assert.match(res.text, /^# TYPE http_requests_total counter$/m);
      assert.match(
        res.text,
        /^http_requests_total\{method="GET",route="\/users\/_list",status_code="200"\} [2-9]\d*$/m,
      );
      assert.match(res.text, /^http_request_duration_seconds_bucket\{.*route="\/users\/_list".*\} \d+$/m);
      // Unmatched paths share one label: raw URLs (ids, query values) never become label values.
      assert.match(res.text, /route="unmatched",status_code="404"/);
      assert.doesNotMatch(res.text, /0193b0c4|secret=/);
      if (dialect === 'postgres') {
        for (const name of ['db_pool_connections', 'db_pool_idle_connections', 'db_pool_waiting_requests']) {
          assert.match(res.text, new RegExp(`^${name} \\d+$`, 'm'), name);
        }
      } else {
        assert.doesNotMatch(res.text, /db_pool_/);
      }
    });

    it('GET /docs serves the interactive reference as HTML', async () => {
      const res = await inject(t.app, { method: 'GET', url: '/docs' });
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.text, /<html/i);
    });

    it('GET /openapi.json is a valid OpenAPI 3.1 document with a summary on every operation', async () => {
      const res = await inject(t.app, { method: 'GET', url: '/openapi.json' });
      assert.equal(res.status, 200);
      const doc = res.body;
      assert.equal(doc.openapi, '3.1.0');
      await SwaggerParser.validate(structuredClone(doc));
      const operations = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>).flatMap(
        ([path, item]) =>
          Object.entries(item)
            .filter(([method]) => METHODS.includes(method))
            .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, summary: op.summary })),
      );
      const routes = operations.map((o) => o.route);
      for (const expected of [
        'GET /',
        'GET /health',
        'GET /ready',
        'GET /users/_list',
        'POST /users',
        'PATCH /users/{id}',
      ]) {
        assert.ok(routes.includes(expected), `${expected} is documented`);
      }
      const index = doc.paths['/'].get;
      assert.deepEqual(index.security, [], 'GET / needs no key');
      assert.deepEqual(Object.keys(index.responses['200'].content['application/json'].schema.properties).sort(), [
        'console',
        'docs',
        'name',
        'openapi',
        'version',
      ]);
      const missing = operations.filter((o) => typeof o.summary !== 'string' || o.summary.trim() === '');
      assert.deepEqual(missing, [], 'every operation has a summary');
      // Internal plumbing stays out of the public document.
      assert.ok(!routes.some((r) => r.includes('/metrics') || r.includes('/openapi.json') || r.includes('/docs')));
    });
  });

  describe(`GET / under a small rate limit [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { rateLimitPerMinute: 2 });
    });
    after(async () => t.close());

    it('refuses the caller past its budget with 429 RATE_LIMITED, like every other route', async () => {
      assert.equal((await inject(t.app, { method: 'GET', url: '/' })).status, 200);
      assert.equal((await inject(t.app, { method: 'GET', url: '/' })).status, 200);
      const refused = await inject(t.app, { method: 'GET', url: '/' });
      assertError(refused, 429, 'RATE_LIMITED');
      assert.ok(refused.headers['retry-after'] !== undefined, 'Retry-After');
    });
  });

  describe(`readiness with the database gone [${dialect}]`, () => {
    it('GET /ready turns 503 SERVICE_UNAVAILABLE when the database is closed, and /health stays 200', async () => {
      // Its own connection (a ping needs no schema), so closing it leaves the other tests' databases alone.
      const dir = mkdtempSync(join(tmpdir(), 'clientele-ready-'));
      const db =
        dialect === 'sqlite'
          ? connect(`file:${join(dir, 'ready.db')}`)
          : connect(process.env.TEST_POSTGRES_URL as string);
      const app = await buildApp({ ctx: systemContext(db), config });
      try {
        assert.equal((await inject(app, { method: 'GET', url: '/ready' })).status, 200);
        await db.close();
        assertError(await inject(app, { method: 'GET', url: '/ready' }), 503, 'SERVICE_UNAVAILABLE');
        assert.equal((await inject(app, { method: 'GET', url: '/health' })).status, 200);
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('readiness with a database that does not answer', () => {
  it('GET /ready answers 503 instead of waiting for the driver to give up', async () => {
    // A "PostgreSQL server" that accepts connections and never says a word.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const db = connect(`postgres://postgres@127.0.0.1:${port}/none`, { timeoutMs: 30_000 });
    const app = await buildApp({ ctx: systemContext(db), config });
    try {
      const ready = await inject(app, { method: 'GET', url: '/ready' });
      assertError(ready, 503, 'SERVICE_UNAVAILABLE');
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await app.close();
      await db.close().catch(() => {});
    }
  });

  it('GET /ready answers 503 when nothing listens at the database address', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const db = connect(`postgres://postgres@127.0.0.1:${port}/none`);
    const app = await buildApp({ ctx: systemContext(db), config });
    try {
      assertError(await inject(app, { method: 'GET', url: '/ready' }), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      await app.close();
      await db.close().catch(() => {});
    }
  });
});
