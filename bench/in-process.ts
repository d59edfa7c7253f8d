import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type App, buildApp } from '../src/app.js';
import { type Context, systemContext } from '../src/context.js';
import { connect } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';

/**
 * The whole app in this process (`inject`, durable commits as in production) over a fresh database, for the
 * benchmarks that time single features end to end: a new SQLite file, or a new schema on TEST_POSTGRES_URL.
 */

export type BenchDialect = 'sqlite' | 'postgres';

/** The dialects to measure: SQLite, and PostgreSQL when TEST_POSTGRES_URL names one. */
export function benchDialects(): BenchDialect[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

async function openDb(dialect: BenchDialect): Promise<{ db: Database; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-'));
    const db = connect(`file:${join(dir, 'bench.db')}`);
    await migrateToLatest(db);
    return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = connect(url, { schema, poolSize: 10 });
  await migrateToLatest(db);
  return {
    db,
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export interface BenchApp {
  app: App;
  ctx: Context;
  db: Database;
  apiKey: string;
  close(): Promise<void>;
}

/** The app over a fresh database with one tenant, quiet logs and a rate limit the benchmark never reaches. */
export async function startBenchApp(dialect: BenchDialect): Promise<BenchApp> {
  const { db, drop } = await openDb(dialect);
  const ctx = systemContext(db);
  const app = await buildApp({
    ctx,
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1e9, API_KEY_CACHE_TTL_MS: 60_000 },
  });
  await app.ready();
  const { apiKey } = await createTenant(ctx, 'bench');
  return {
    app,
    ctx,
    db,
    apiKey,
    close: async () => {
      await app.close();
      await db.close();
      await drop();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
