import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
  sql,
} from 'kysely';
import pg from 'pg';
import { SQLITE_CACHE_MB } from '../config.js';
import type { Database, DB } from './database.js';
import { isDatabaseUnavailable, isRetryableConflict } from './errors.js';
import { preparedStatementName } from './prepared.js';
import { groupCommitter } from './sqlite-group-commit.js';

export interface ConnectOptions {
  /** PostgreSQL only: the schema to use (tests give each run its own). */
  schema?: string;
  poolSize?: number;
  timeoutMs?: number;
  /** SQLite only: the connection's page cache in MiB (SQLite's own default is 2). */
  sqliteCacheMb?: number;
  /**
   * Tests only: commits are acknowledged without waiting for the disk (SQLite `synchronous=OFF`, PostgreSQL
   * `synchronous_commit=off`), so a power loss may lose the last ones. Never for data that matters.
   */
  relaxedDurability?: boolean;
}

/** Opens the database a URL names: `file:…` (or a bare path, or `:memory:`) is SQLite, `postgres://…` PostgreSQL. */
export function connect(url: string, options: ConnectOptions = {}): Database {
  if (/^postgres(ql)?:\/\//.test(url)) return connectPostgres(url, options);
  return connectSqlite(url, options.sqliteCacheMb ?? SQLITE_CACHE_MB, options.relaxedDurability ?? false);
}

export function sqlitePath(url: string): string {
  const path = url.replace(/^file:/, '');
  return path === ':memory:' ? path : resolve(path);
}

/** How long SQLite waits for a lock another process holds before the request fails with 503. */
export const BUSY_TIMEOUT_MS = 5000;

function connectSqlite(url: string, cacheMb: number, relaxedDurability: boolean): Database {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const native = new SQLite(path);
  native.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before it is acknowledged, so an acknowledged write survives a power loss.
  native.pragma(relaxedDurability ? 'synchronous = OFF' : 'synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma(`cache_size = ${-1024 * cacheMb}`);
  native.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Statistics at open (0x10002: bounded work, all tables) and then hourly, between two uses of the
  // connection (never inside a group of transactions).
  refreshStatistics(native, 'pragma optimize = 0x10002');
  const kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(native) }) });
  const statistics = setInterval(
    () => {
      kysely
        .connection()
        .execute(async () => refreshStatistics(native, 'pragma optimize'))
        .catch(() => {});
    },
    60 * 60 * 1000,
  );
  statistics.unref();
  return {
    kysely,
    dialect: 'sqlite',
    // Writers are serialised on the one connection and committed in groups (see sqlite-group-commit.ts);
    // BEGIN IMMEDIATE takes the file's write lock up front, so writers in other processes wait
    // (busy_timeout) instead of failing on a lock upgrade.
    transaction: groupCommitter(kysely, BUSY_TIMEOUT_MS),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
    analyze: () => kysely.connection().execute(async () => refreshStatistics(native, 'analyze')),
    close: () => {
      clearInterval(statistics);
      return kysely.destroy();
    },
  };
}

/**
 * Without table statistics SQLite takes `tenant_id = ?` for a selective condition and walks a tenant's
 * rows through a (tenant_id, …) index where a primary-key lookup was meant. `optimize` gathers them
 * (ANALYZE) where they are missing or stale. This SQLite is built with STAT4, whose per-value samples make
 * it plan a statement again whenever a bound value changes: every execution of a cached statement was
 * parsed and planned anew, which made a six-table primary-key join several times slower. The
 * per-index averages in sqlite_stat1 choose the same plans for these queries, so the samples are dropped
 * and the statistics reloaded (`analyze sqlite_schema`).
 */
function refreshStatistics(native: SQLite.Database, gather: string): void {
  native.exec(gather);
  const samples = native.prepare("select 1 from sqlite_schema where name = 'sqlite_stat4'").get() !== undefined;
  if (samples && native.prepare('select 1 from sqlite_stat4 limit 1').get() !== undefined) {
    native.exec('delete from sqlite_stat4; analyze sqlite_schema');
  }
}

/** Most prepared statements kept; the hot paths use a few dozen distinct texts. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely asks better-sqlite3 to prepare every query anew, which was a seventh of a write's CPU time. The
 * same SQL text always compiles to the same statement, so prepared statements are kept and reused (the
 * oldest dropped first once the cache is full: texts vary only with the length of `in (…)` lists).
 */
export function withStatementCache(native: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => native.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        const prepared = native.prepare(text);
        statement = prepared.reader ? withRowsAsObjects(prepared) : prepared;
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * A reading statement whose rows arrive as arrays and become objects here. better-sqlite3 builds each
 * row object key by key in C++, which cost more than the query itself on wide rows such as the list's
 * 28-column join; arrays turned into objects by a function made for the statement's columns (an object
 * literal, so V8 gives every row the same shape) cost far less. Same objects:
 * the column names as keys, in order, a later duplicate name overwriting an earlier one.
 */
function withRowsAsObjects(statement: SQLite.Statement): SqliteStatement {
  statement.raw(true);
  const names = statement.columns().map((column) => JSON.stringify(column.name));
  const toObject = new Function('row', `return {${names.map((name, i) => `${name}: row[${i}]`).join(', ')}};`) as (
    row: unknown[],
  ) => unknown;
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const row of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(row);
    },
  };
}

function connectPostgres(url: string, options: ConnectOptions): Database {
  const timeout = options.timeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: timeout,
    query_timeout: timeout,
    statement_timeout: timeout,
    // A session whose client vanished mid-transaction without a FIN or RST (a partition, a NAT reset, a
    // failover) stays "idle in transaction" on the server, holding its row locks, and every later write to
    // those rows would wait on them; the server ends such a session after this long. Transactions here never
    // wait on anything but the database between statements, so a live one is never idle that long.
    idle_in_transaction_session_timeout: timeout,
    keepAlive: true,
    // Named statements (prepared queries: lookups by tenant and ids, whose best plan never depends on the
    // values) are planned once per connection instead of at every execution, which shortens a person view's
    // round trips markedly. The setting reaches every parameterised statement, unnamed ones too: a query whose
    // best plan depends on its values (a search pattern, a first page to sort) asks for a custom plan in its
    // own transaction (`set local plan_cache_mode = force_custom_plan`, as the client search does) or inlines
    // the value the plan depends on (as the people search does with its digits pattern).
    options: [
      '-c plan_cache_mode=force_generic_plan',
      ...(options.schema ? [`-c search_path=${options.schema}`] : []),
      ...(options.relaxedDurability ? ['-c synchronous_commit=off'] : []),
    ].join(' '),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Nor may a client that is checked out (a query running on it) when its connection drops: pg emits
  // 'error' on the client too, and pg-pool listens only while the client is idle. The query itself
  // fails (→ 503), and the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool: discardingBrokenClients(pool) }) });
  return {
    kysely,
    dialect: 'postgres',
    transaction: (work) => withRetry(() => kysely.transaction().execute(work)),
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
    analyze: async () => {
      await sql`analyze`.execute(kysely);
    },
    close: () => kysely.destroy(),
    stats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/**
 * The pool as Kysely sees it, except that a client on which a query failed for want of the database (a
 * read timeout, a dropped connection) is destroyed on release instead of going back to the pool. After a
 * read timeout pg keeps the connection, still waiting for the answer; if that connection's packets are lost
 * for good (a failover, a network partition, a NAT reset: no FIN, no RST), every later query on it would
 * time out too, and the pool, which hands out idle clients first, would never recover.
 * The SQL of prepared queries (see prepared.ts) goes out as named statements: parsed and planned once per
 * connection.
 */
function discardingBrokenClients(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      let broken: Error | undefined;
      const wrapped = {
        query: (text: string, parameters: ReadonlyArray<unknown>) => {
          const name = preparedStatementName(text);
          const values = parameters as unknown[];
          return (name ? client.query({ name, text, values }) : client.query(text, values)).catch((error: unknown) => {
            if (isDatabaseUnavailable(error)) broken ??= error as Error;
            throw error;
          });
        },
        release: (destroy?: boolean) => client.release(broken ?? destroy),
      };
      return wrapped as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/**
 * PostgreSQL may abort a transaction to break a deadlock (40P01) or a serialization conflict (40001). The
 * whole transaction was rolled back, so running it again is safe and is what the caller would have to do.
 */
async function withRetry<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
    }
  }
}
