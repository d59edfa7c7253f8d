import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';

/**
 * SQLite's page cache unless SQLITE_CACHE_MB says otherwise. Its own default (2 MiB) holds a sliver of a
 * tenant's indexes, so every request read most of its pages again from the operating system; 64 MiB holds
 * a 10,000-contact database whole, which made every read scenario of the benchmark faster.
 */
export const SQLITE_CACHE_MB = 64;

/** Every setting the service reads from its environment, validated once at start-up. */
export const ConfigSchema = Type.Object({
  DATABASE_URL: Type.String({ default: 'file:./data/clientele.db', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  LOG_LEVEL: Type.Unsafe<'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'>({
    type: 'string',
    enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
  }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ default: 1000, minimum: 1 }),
  REDIS_URL: Type.Optional(Type.String({ minLength: 1 })),
  MIGRATE_ON_START: Type.Boolean({ default: true }),
  /** How long a verified API key is trusted from memory; a revoked key stops working within this. */
  API_KEY_CACHE_TTL_MS: Type.Integer({ default: 5000, minimum: 0 }),
  /** PostgreSQL pool size per process. */
  DATABASE_POOL_SIZE: Type.Integer({ default: 10, minimum: 1 }),
  /** A database call that takes longer than this fails with 503 instead of hanging. */
  DATABASE_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100 }),
  /** SQLite only: the page cache of each process's connection, in MiB. */
  SQLITE_CACHE_MB: Type.Integer({ default: SQLITE_CACHE_MB, minimum: 1, maximum: 65536 }),
  /** Events older than this many days are deleted by a background pruner (API.md §4.1). */
  EVENTS_RETENTION_DAYS: Type.Integer({ default: 30, minimum: 1, maximum: 36500 }),
  /**
   * Webhook URLs may point at loopback, private, link-local and metadata addresses (API.md §4.3). Only for a
   * deployment whose receivers live on its own network, or for trying webhooks out locally.
   */
  WEBHOOK_ALLOW_PRIVATE_URLS: Type.Boolean({ default: false }),
  /** Endpoints a process delivers to at once; one slow endpoint holds one of these, never the rest. */
  WEBHOOK_CONCURRENCY: Type.Integer({ default: 16, minimum: 1, maximum: 256 }),
  /** How often each process looks for endpoints with events to deliver. */
  WEBHOOK_POLL_MS: Type.Integer({ default: 500, minimum: 10 }),
  /**
   * How long a process's claim on an endpoint lasts unrenewed: after a crash, its endpoints wait this long
   * before another process delivers to them. A request never runs longer than half of it.
   */
  WEBHOOK_LEASE_MS: Type.Integer({ default: 30_000, minimum: 1000, maximum: 30_000 }),
  /** false: this process serves the API but delivers no webhooks (another process does). */
  WEBHOOK_DELIVERY: Type.Boolean({ default: true }),
});

export type Config = Static<typeof ConfigSchema>;

const ajv = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: true, allErrors: true });
const check = ajv.compile(ConfigSchema);

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const candidate: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') candidate[key] = value;
  }
  if (!check(candidate)) {
    const problems = (check.errors ?? []).map((e) => `${e.instancePath.slice(1) || 'config'} ${e.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return candidate as Config;
}
