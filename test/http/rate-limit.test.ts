import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { buildApp } from '../../src/app.js';
import type { App } from '../../src/http/route-module.js';
import { generateApiKey, keyPrefix } from '../../src/modules/tenants/api-key.js';
import { createTenant, revokeKey } from '../../src/modules/tenants/tenant.service.js';
import { buildTestApp, clientFor, dialects, openCountingDb, openTestDb, type Reply, type TestApp } from '../harness.js';
import { assertError } from './envelope.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function assertBudgetHeaders(res: Reply, limit: number, remaining: number): void {
  assert.equal(res.headers['ratelimit-limit'], String(limit));
  assert.equal(res.headers['ratelimit-remaining'], String(remaining));
  const reset = Number(res.headers['ratelimit-reset']);
  assert.ok(Number.isInteger(reset) && reset >= 0 && reset <= 60, `RateLimit-Reset ${reset}`);
}

function assertRefused(res: Reply, limit: number): void {
  assertError(res, 429, 'RATE_LIMITED');
  assertBudgetHeaders(res, limit, 0);
  const retryAfter = Number(res.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
}

/** `[status, how many in a row]` pairs: [401, 401, 429] → [[401, 2], [429, 1]]. */
function runs(statuses: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const status of statuses) {
    const last = out[out.length - 1];
    if (last && last[0] === status) last[1]++;
    else out.push([status, 1]);
  }
  return out;
}

/** An address of its own, so no other test (or an earlier run sharing Redis) has spent its budget. */
function freshAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** GET /users/_list from `address`, with `key` as the API key (none when undefined). */
async function listUsers(app: App, address: string, key?: string): Promise<Reply> {
  const res = await app.inject({
    method: 'GET',
    url: '/users/_list',
    remoteAddress: address,
    headers: key === undefined ? {} : { 'x-api-key': key },
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers, text: res.body };
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
      const address = freshAddress();
      const wrong = `ck_${'W'.repeat(40)}`;
      for (const remaining of [2, 1, 0]) {
        const res = await listUsers(t.app, address, wrong);
        assertError(res, 401, 'INVALID_API_KEY');
        assertBudgetHeaders(res, 3, remaining);
      }
      assertRefused(await listUsers(t.app, address, wrong), 3);
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

      assertRefused(await tenant.request('GET', '/users/_list'), 3);
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
  });

  describe(`rate limits against made-up keys [${dialect}]`, () => {
    it('counts every made-up key against its address and refuses the address before looking keys up; a real key keeps its own budget', async () => {
      const counted = await openCountingDb(dialect);
      const config = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 50, API_KEY_CACHE_TTL_MS: 60_000 } as const;
      const app = await buildApp({ ctx: counted.ctx, config });
      try {
        const address = freshAddress();
        const { apiKey } = await createTenant(counted.ctx, 'real');
        const first = await listUsers(app, address, apiKey);
        assert.equal(first.status, 200);
        assertBudgetHeaders(first, 50, 49);
        assert.equal(counted.lookups(), 1);

        const statuses: number[] = [];
        let lastRefusal: Reply | undefined;
        for (let i = 0; i < 400; i++) {
          const res = await listUsers(app, address, generateApiKey());
          statuses.push(res.status);
          if (res.status === 429) lastRefusal = res;
        }
        assert.deepEqual(runs(statuses), [
          [401, 50],
          [429, 350],
        ]);
        assert.ok(lastRefusal);
        assertRefused(lastRefusal, 50);
        // Only the requests within the budget reached the database.
        assert.equal(counted.lookups(), 1 + 50);

        // Missing and malformed keys are refused at the address too.
        assertRefused(await listUsers(app, address), 50);
        assertRefused(await listUsers(app, address, 'ck_short'), 50);
        // A key this process has never verified cannot be told from a made-up one without looking it up:
        // from this address it waits for the window like any unknown key; from another it is served.
        const { apiKey: unseen } = await createTenant(counted.ctx, 'unseen');
        assertRefused(await listUsers(app, address, unseen), 50);
        assert.equal(counted.lookups(), 1 + 50);
        assert.equal((await listUsers(app, freshAddress(), unseen)).status, 200);

        // The real key is not punished for its address's made-up keys, and is served from memory.
        const again = await listUsers(app, address, apiKey);
        assert.equal(again.status, 200);
        assertBudgetHeaders(again, 50, 48);
        assert.equal(counted.lookups(), 1 + 50 + 1);
      } finally {
        await app.close();
        await counted.close();
      }
    });

    it('without a key cache, a key verified before still counts against its own budget, until it is revoked', async () => {
      const counted = await openCountingDb(dialect);
      const config = { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 5, API_KEY_CACHE_TTL_MS: 0 } as const;
      const app = await buildApp({ ctx: counted.ctx, config });
      try {
        const address = freshAddress();
        const { apiKey } = await createTenant(counted.ctx, 'uncached');
        assertBudgetHeaders(await listUsers(app, address, apiKey), 5, 4);
        assertBudgetHeaders(await listUsers(app, address, apiKey), 5, 3);

        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) statuses.push((await listUsers(app, address, generateApiKey())).status);
        assert.deepEqual(runs(statuses), [
          [401, 5],
          [429, 3],
        ]);

        const lookups = counted.lookups();
        const res = await listUsers(app, address, apiKey);
        assert.equal(res.status, 200);
        assertBudgetHeaders(res, 5, 2);
        // No cache: the key is checked against the database on every request.
        assert.equal(counted.lookups(), lookups + 1);

        // Revoked, it is refused once on its own budget, and from then on is one more unknown key.
        assert.equal(await revokeKey(counted.ctx, keyPrefix(apiKey)), 1);
        assertError(await listUsers(app, address, apiKey), 401, 'INVALID_API_KEY');
        assertRefused(await listUsers(app, address, apiKey), 5);
      } finally {
        await app.close();
        await counted.close();
      }
    });

    it('shares one budget between server processes through Redis, for keys and for addresses', async (ctx) => {
      if (!(await redisAnswers())) {
        if (process.env.CI === 'true') assert.fail(`CI=true requires Redis, but ${REDIS_URL} does not answer`);
        ctx.skip(`Redis at ${REDIS_URL} does not answer; set REDIS_URL or start redis-server to run this test`);
        return;
      }
      // Two app instances over one database, as two processes would be; each key and address is new, so
      // parallel runs and earlier runs never share a counter with this one.
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

        const address = freshAddress();
        const [first, second] = apps;
        const madeUp = [
          await listUsers(first, address, generateApiKey()),
          await listUsers(second, address, generateApiKey()),
          await listUsers(first, address, generateApiKey()),
          await listUsers(second, address, generateApiKey()),
        ];
        assert.deepEqual(
          madeUp.map((r) => [r.status, r.headers['ratelimit-remaining']]),
          [
            [401, '3'],
            [401, '2'],
            [401, '1'],
            [401, '0'],
          ],
        );
        assertRefused(await listUsers(first, address, generateApiKey()), 4);
        assertRefused(await listUsers(second, address, generateApiKey()), 4);
      } finally {
        for (const app of apps) await app.close();
        await shared.close();
      }
    });

    it('fails open while Redis is away', async () => {
      const testDb = await openTestDb(dialect);
      // Nothing listens on port 1: every count fails, and requests are served rather than refused.
      const config = {
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: 2,
        REDIS_URL: 'redis://127.0.0.1:1',
        API_KEY_CACHE_TTL_MS: 5000,
      } as const;
      const app = await buildApp({ ctx: testDb.ctx, config });
      try {
        const address = freshAddress();
        const { apiKey } = await createTenant(testDb.ctx, 'open');
        for (let i = 0; i < 4; i++) {
          assert.equal((await listUsers(app, address, apiKey)).status, 200);
          assertError(await listUsers(app, address, generateApiKey()), 401, 'INVALID_API_KEY');
        }
      } finally {
        await app.close();
        await testDb.close();
      }
    });
  });
}
