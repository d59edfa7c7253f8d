import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { AppError } from './errors.js';

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
