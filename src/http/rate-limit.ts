import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { AppError } from '../core/errors.js';

const REDIS_CONNECT_WAIT_MS = 2_000;

/**
 * Per-key request budget per minute (API.md §1.7), with the IETF `RateLimit-*` headers on every answer.
 * With `redisUrl` the count lives in Redis, so every process serving the API shares one budget.
 * Requests without a key are counted per client address.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  options: { perMinute: number; redisUrl?: string },
): Promise<void> {
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
  await app.register(rateLimit, {
    global: true,
    max: options.perMinute,
    timeWindow: 60_000,
    enableDraftSpec: true,
    redis,
    skipOnError: true,
    nameSpace: 'clientele-rl:',
    keyGenerator: (request) => {
      const key = request.headers['x-api-key'];
      // Hashed: a raw key must never sit in Redis.
      return typeof key === 'string' && key
        ? `k:${createHash('sha256').update(key).digest('base64url')}`
        : `ip:${request.ip}`;
    },
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
}
