import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { buildApp } from '../../src/app.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { buildTestApp, clientFor, dialects, openTestDb, type Reply, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function assertBudgetHeaders(res: Reply, limit: number, remaining: number): void {
  assert.equal(res.headers['ratelimit-limit'], String(limit));
  assert.equal(res.headers['ratelimit-remaining'], String(remaining));
  const reset = Number(res.headers['ratelimit-reset']);
  assert.ok(Number.isInteger(reset) && reset >= 0 && reset <= 60, `RateLimit-Reset ${reset}`);
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

for (const dialect of dialects()) {
  describe(`rate limits [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { rateLimitPerMinute: 3 });
    });
    after(async () => t.close());

    it('counts refused keys too: a wrong key is throttled before it is checked', async () => {
      const wrong = clientFor(t.app, 'none', `ck_${'W'.repeat(40)}`);
      for (const remaining of [2, 1, 0]) {
        const res = await wrong.request('GET', '/users/_list');
        assertError(res, 401, 'INVALID_API_KEY');
        assertBudgetHeaders(res, 3, remaining);
      }
      assertError(await wrong.request('GET', '/users/_list'), 429, 'RATE_LIMITED');
    });

    it('counts per key, announces the budget on every answer, then refuses with 429 and Retry-After', async () => {
      const tenant = await t.newTenant('budget');
      const answers = [
        await tenant.request('GET', '/users/_list'),
        await tenant.request('POST', '/users', { bad: true }),
        await tenant.request('GET', '/no/such/route'),
      ];
      assert.deepEqual(
        answers.map((r) => r.status),
        [200, 400, 404],
      );
      for (const [i, res] of answers.entries()) assertBudgetHeaders(res, 3, 2 - i);

      const refused = await tenant.request('GET', '/users/_list');
      assertError(refused, 429, 'RATE_LIMITED');
      assertBudgetHeaders(refused, 3, 0);
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      // A refused write changes nothing.
      assertError(
        await tenant.request('POST', '/users', { name: 'Late', email: 'late@b.example' }),
        429,
        'RATE_LIMITED',
      );

      // Another key has its own budget.
      const other = await t.newTenant('fresh');
      const res = await other.request('GET', '/users/_list');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { users: [] });
      assertBudgetHeaders(res, 3, 2);
    });

    it('leaves the operational endpoints out of the budget', async () => {
      for (let i = 0; i < 5; i++) {
        for (const url of ['/health', '/ready', '/metrics', '/openapi.json']) {
          const res = await t.app.inject({ method: 'GET', url });
          assert.equal(res.statusCode, 200, url);
        }
      }
    });

    it('shares one budget between server processes through Redis', async (ctx) => {
      if (!(await redisAnswers())) {
        if (process.env.CI === 'true') assert.fail(`CI=true requires Redis, but ${REDIS_URL} does not answer`);
        ctx.skip(`Redis at ${REDIS_URL} does not answer; set REDIS_URL or start redis-server to run this test`);
        return;
      }
      // Two app instances over one database, as two processes would be; each key is new, so parallel runs
      // and earlier runs never share a counter with this one.
      const shared = await openTestDb(dialect);
      const config = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 4, REDIS_URL, API_KEY_CACHE_TTL_MS: 5000 } as const;
      const apps = [await buildApp({ ctx: shared.ctx, config }), await buildApp({ ctx: shared.ctx, config })];
      try {
        await Promise.all(apps.map((app) => app.ready()));
        const { tenantId, apiKey } = await createTenant(shared.ctx, 'redis');
        const [a, b] = apps.map((app) => clientFor(app, tenantId, apiKey));
        const seen = [
          await a.request('GET', '/users/_list'),
          await b.request('GET', '/users/_list'),
          await a.request('GET', '/users/_list'),
          await b.request('GET', '/users/_list'),
        ];
        assert.deepEqual(
          seen.map((r) => r.headers['ratelimit-remaining']),
          ['3', '2', '1', '0'],
        );
        assertError(await a.request('GET', '/users/_list'), 429, 'RATE_LIMITED');
        assertError(await b.request('GET', '/users/_list'), 429, 'RATE_LIMITED');
      } finally {
        for (const app of apps) await app.close();
        await shared.close();
      }
    });
  });
}
