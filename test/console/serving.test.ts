import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { buildApp } from '../../src/app.js';
import { openTestDb, type TestDb } from '../harness.js';

// The serving of the console's files (API.md §7), against a small build made here, so these tests need no Vite.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function assertSecurityHeaders(headers: Record<string, unknown>) {
  assert.equal(headers['content-security-policy'], CSP);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'no-referrer');
}

async function appWith(testDb: TestDb, consoleDir: string) {
  const app = await buildApp({
    ctx: testDb.ctx,
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, API_KEY_CACHE_TTL_MS: 5000 },
    consoleDir,
  });
  await app.ready();
  return app;
}

describe('console serving', () => {
  let testDb: TestDb;
  let dir: string;
  before(async () => {
    testDb = await openTestDb('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'clientele-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Clientele</title></html>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'));
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  });
  after(async () => {
    await testDb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('/app/ answers index.html without a key, revalidated, with the security headers', async () => {
    const app = await appWith(testDb, dir);
    try {
      const res = await app.inject({ method: 'GET', url: '/app/' });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      assert.match(res.body, /<title>Clientele<\/title>/);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assertSecurityHeaders(res.headers);
    } finally {
      await app.close();
    }
  });

  test('/app redirects to /app/, keeping the query', async () => {
    const app = await appWith(testDb, dir);
    try {
      const res = await app.inject({ method: 'GET', url: '/app' });
      assert.equal(res.statusCode, 308);
      assert.equal(res.headers.location, '/app/');
      assertSecurityHeaders(res.headers);
      const withQuery = await app.inject({ method: 'GET', url: '/app?x=1' });
      assert.equal(withQuery.headers.location, '/app/?x=1');
    } finally {
      await app.close();
    }
  });

  test('client routes fall back to index.html', async () => {
    const app = await appWith(testDb, dir);
    try {
      for (const url of ['/app/contacts', '/app/contacts/0193b0c4-0000-7000-8000-000000000000', '/app/board?x=1']) {
        const res = await app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 200, url);
        assert.match(res.body, /<title>Clientele<\/title>/, url);
        assert.equal(res.headers['cache-control'], 'no-cache', url);
        assertSecurityHeaders(res.headers);
      }
    } finally {
      await app.close();
    }
  });

  test('hashed assets are cached for good; a missing one is a 404 envelope, never index.html', async () => {
    const app = await appWith(testDb, dir);
    try {
      const res = await app.inject({ method: 'GET', url: '/app/assets/index-abc123.js' });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /javascript/);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
      assertSecurityHeaders(res.headers);
      for (const url of ['/app/assets/index-old.js', '/app/assets/..%2F..%2Fpackage.json']) {
        const missing = await app.inject({ method: 'GET', url });
        assert.equal(missing.statusCode, 404, url);
        assert.equal(JSON.parse(missing.body).message, 'NOT_FOUND', url);
        assertSecurityHeaders(missing.headers);
      }
      // The build's Brotli copy for browsers that accept it; the plain file otherwise.
      const br = await app.inject({
        method: 'GET',
        url: '/app/assets/index-abc123.js',
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers.vary), /accept-encoding/i);
      assert.match(br.headers['content-type'] as string, /javascript/);
      assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(brotliDecompressSync(br.rawPayload).toString(), 'console.log(1)');
      const gz = await app.inject({
        method: 'GET',
        url: '/app/assets/index-abc123.js',
        headers: { 'accept-encoding': 'gzip' },
      });
      assert.equal(gz.headers['content-encoding'], undefined);
      assert.equal(gz.body, 'console.log(1)');
      const top = await app.inject({ method: 'GET', url: '/app/robots.txt' });
      assert.equal(top.statusCode, 200);
      assert.match(top.body, /Disallow/);
    } finally {
      await app.close();
    }
  });

  test('GET / links to the console; the OpenAPI document leaves its routes out', async () => {
    const app = await appWith(testDb, dir);
    try {
      const index = await app.inject({ method: 'GET', url: '/' });
      assert.equal(JSON.parse(index.body).console, '/app/');
      const doc = JSON.parse((await app.inject({ method: 'GET', url: '/openapi.json' })).body);
      assert.deepEqual(
        Object.keys(doc.paths).filter((p) => p.startsWith('/app')),
        [],
      );
    } finally {
      await app.close();
    }
  });

  test('without a build the server starts, /app/ is a 404 envelope and GET / does not link to it', async () => {
    const app = await appWith(testDb, join(dir, 'not-built'));
    try {
      const res = await app.inject({ method: 'GET', url: '/app/' });
      assert.equal(res.statusCode, 404);
      const body = JSON.parse(res.body);
      assert.equal(body.message, 'NOT_FOUND');
      assert.equal(body.status, 404);
      assert.equal(typeof body.requestId, 'string');
      const index = await app.inject({ method: 'GET', url: '/' });
      assert.equal(index.statusCode, 200);
      assert.equal(JSON.parse(index.body).console, undefined);
    } finally {
      await app.close();
    }
  });
});
