import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { AppError } from '../core/errors.js';
import { needsApiKey, type RequestBudget } from './auth.js';

const REDIS_CONNECT_WAIT_MS = 2_000;

/**
 * The request budgets of API.md §1.7, with the IETF `RateLimit-*` headers on every answer: `perMinute`
 * requests per API key, and as many per client address for requests whose key is missing or unknown.
 * With `redisUrl` the counts live in Redis, so every process serving the API shares them; while Redis is
 * away the limits fail open instead of refusing traffic.
 *
 * Routes that need a key are charged by the authenticator (auth.ts) through the returned budget, since only
 * it can tell a real key from a made-up one; the other limited routes (the interactive reference) count per
 * client address here.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  options: { perMinute: number; redisUrl?: string },
): Promise<RequestBudget> {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error.message }, 'redis unavailable; rate limit fails open'));
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
    // Wait briefly for the first connection so that the first requests are counted too; afterwards the
    // limit fails open while Redis is away instead of refusing traffic.
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, REDIS_CONNECT_WAIT_MS);
      redis.once('ready', done);
    });
  }

  /** The counter a budget call spends, set just before the call (the plugin asks its keyGenerator). */
  const buckets = new WeakMap<FastifyRequest, string>();
  // IPv6 addresses count per /64, as the plugin does by default: one host holds a whole /64 to rotate through.
  const addressOf = (request: FastifyRequest) => `ip:${normalizeIP(request.ip)}`;
  await app.register(rateLimit, {
    global: true,
    // The plugin's own per-route hook skips what the authenticator charges.
    allowList: (request) => !buckets.has(request) && needsApiKey(request),
    max: options.perMinute,
    timeWindow: 60_000,
    enableDraftSpec: true,
    redis,
    skipOnError: true,
    nameSpace: 'clientele-rl:',
    keyGenerator: (request) => buckets.get(request) ?? addressOf(request),
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  const limiter = app.createRateLimit();

  /**
   * Spends one request of `bucket` (or, with `increment` false, only looks at it) and announces what is left;
   * refuses once it is spent: a charge past the budget, or a look at a budget with nothing left.
   */
  async function use(request: FastifyRequest, reply: FastifyReply, bucket: string, increment: boolean) {
    buckets.set(request, bucket);
    const state = await limiter(request, { increment });
    if (state.isAllowed) return;
    const refused = increment ? state.isExceeded : state.remaining === 0;
    reply.header('ratelimit-limit', state.max);
    reply.header('ratelimit-remaining', refused ? 0 : state.remaining);
    reply.header('ratelimit-reset', state.ttlInSeconds);
    if (refused) {
      reply.header('retry-after', Math.max(1, state.ttlInSeconds));
      throw new AppError('RATE_LIMITED');
    }
  }

  return {
    // Hashed (the SHA-256 the database stores): a raw key must never sit in Redis.
    chargeKey: (request, reply, keyHash) => use(request, reply, `k:${keyHash}`, true),
    // A look that refuses nothing leaves its headers, in case no charge follows (the database is away).
    // Between the look and the charge other requests from the address may pass the same look: an address
    // can overrun its budget by as many requests as it has in flight when it runs out, never more.
    checkAddress: (request, reply) => use(request, reply, addressOf(request), false),
    chargeAddress: (request, reply) => use(request, reply, addressOf(request), true),
  };
}
