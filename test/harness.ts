import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely, KyselyPlugin } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { buildApp } from '../src/app.js';
import { type Context, systemContext } from '../src/context.js';
import { connect } from '../src/db/connect.js';
import type { Database, DB, Dialect } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { App } from '../src/http/route-module.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';

/** The databases this run tests: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export function dialects(): Dialect[] {
  if (process.env.TEST_POSTGRES_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('CI=true requires TEST_POSTGRES_URL');
  return ['sqlite'];
}

export interface TestDb {
  db: Database;
  ctx: Context;
  close(): Promise<void>;
}

export interface TestDbOptions {
  /**
   * Commit as production does, each commit on disk before it is acknowledged. Test databases otherwise skip
   * the fsync (a throwaway database survives no power loss anyway): tests that are about durability, or
   * about SQLite's group commit, set this.
   */
  durable?: boolean;
}

/** A fresh, migrated database: a new SQLite file, or a new PostgreSQL schema dropped on close. */
export async function openTestDb(
  dialect: Dialect,
  ctxOverrides: Partial<Context> = {},
  options: TestDbOptions = {},
): Promise<TestDb> {
  const relaxedDurability = !options.durable;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-test-'));
    const db = connect(`file:${join(dir, 'test.db')}`, { relaxedDurability });
    await migrateToLatest(db);
    return {
      db,
      ctx: { ...systemContext(db), ...ctxOverrides },
      close: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  // A generous statement timeout: the concurrency tests queue dozens of writers on one row, and a loaded
  // test machine must not turn that wait into 503s. Outage behaviour is tested with its own timeout.
  const db = connect(url, { schema, poolSize: 10, timeoutMs: 30_000, relaxedDurability });
  await schemaChange(admin, () => migrateToLatest(db));
  await admin.end();
  return {
    db,
    ctx: { ...systemContext(db), ...ctxOverrides },
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await schemaChange(cleanup, () => cleanup.query(`drop schema ${schema} cascade`));
      await cleanup.end();
    },
  };
}

/**
 * Test files run in parallel processes, each in its own schema. Kysely's migrator looks at every table
 * of the database (catalog functions included), which fails when another process drops its schema at
 * that moment; one advisory lock around migrating and dropping keeps the two apart.
 */
async function schemaChange<T>(session: pg.Client, work: () => Promise<T>): Promise<T> {
  await session.query('select pg_advisory_lock(7313001)');
  try {
    return await work();
  } finally {
    await session.query('select pg_advisory_unlock(7313001)');
  }
}

/** A test database whose context counts the API-key look-ups that reach the database. */
export async function openCountingDb(dialect: Dialect): Promise<TestDb & { lookups: () => number }> {
  const testDb = await openTestDb(dialect);
  let lookups = 0;
  const counter: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'SelectQueryNode' && JSON.stringify(node.from).includes('"api_keys"')) lookups++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const db = { ...testDb.db, kysely: testDb.db.kysely.withPlugin(counter) };
  return { ...testDb, ctx: { ...testDb.ctx, db }, lookups: () => lookups };
}

/**
 * A company and its client written as rows, for tests that fill a tenant with thousands of contacts faster
 * than the API would (the index plan tests). Answers the client id.
 */
export async function insertBulkClient(trx: Kysely<DB>, tenantId: string, now: string): Promise<string> {
  const companyId = uuidv7();
  const clientId = uuidv7();
  await trx
    .insertInto('companies')
    .values({ id: companyId, tenant_id: tenantId, name: 'Bulk Ltd', name_lower: 'bulk ltd' })
    .execute();
  await trx
    .insertInto('clients')
    .values({
      id: clientId,
      tenant_id: tenantId,
      company_id: companyId,
      status: 'lead',
      stage_id: null,
      locations: '[]',
      created_at: now,
      modified_at: now,
      archived_at: null,
      version: 1,
    })
    .execute();
  return clientId;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
}

/** Sends requests as one tenant's key. */
export interface Client {
  tenantId: string;
  apiKey: string;
  request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
}

export interface TestApp extends TestDb {
  app: App;
  /** A tenant made at start-up, with its key. */
  client: Client;
  /** Makes another tenant with its own key. */
  newTenant(name?: string): Promise<Client>;
}

export async function inject(
  app: App,
  options: { method: string; url: string; body?: unknown; headers?: Record<string, string> },
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let payload: string | undefined;
  if (options.body !== undefined) {
    payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await app.inject({ method: options.method as 'GET', url: options.url, payload, headers });
  let body: unknown;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, body, headers: res.headers, text: res.body };
}

export function clientFor(app: App, tenantId: string, apiKey: string): Client {
  return {
    tenantId,
    apiKey,
    request: (method, url, body, headers) =>
      inject(app, { method, url, body, headers: { 'x-api-key': apiKey, ...(headers ?? {}) } }),
  };
}

export async function buildTestApp(
  dialect: Dialect,
  options: {
    ctx?: Partial<Context>;
    rateLimitPerMinute?: number;
    logStream?: NodeJS.WritableStream;
    /** 0 makes every request look its key up afresh (so a revoke takes effect at once). */
    apiKeyCacheTtlMs?: number;
    /** Shares rate-limit counts through this Redis. */
    redisUrl?: string;
  } = {},
): Promise<TestApp> {
  const testDb = await openTestDb(dialect, options.ctx);
  const app = await buildApp({
    ctx: testDb.ctx,
    config: {
      LOG_LEVEL: options.logStream ? 'info' : 'silent',
      RATE_LIMIT_PER_MINUTE: options.rateLimitPerMinute ?? 1_000_000,
      API_KEY_CACHE_TTL_MS: options.apiKeyCacheTtlMs ?? 5000,
      REDIS_URL: options.redisUrl,
    },
    logStream: options.logStream,
  });
  await app.ready();
  const newTenant = async (name = 'tenant') => {
    const { tenantId, apiKey } = await createTenant(testDb.ctx, name);
    return clientFor(app, tenantId, apiKey);
  };
  const client = await newTenant('main');
  return {
    ...testDb,
    app,
    client,
    newTenant,
    close: async () => {
      await app.close();
      await testDb.close();
    },
  };
}

/** The envelope every error answers with (API.md §1.4), minus the request id, which callers check for presence. */
export function expectedEnvelope(status: number, error: string, message: string) {
  return { status, statusCode: status, error, message };
}
