import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { DB } from './database.js';

type Work<T> = (trx: Kysely<DB>) => Promise<T>;
interface Job {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Most transactions one commit carries: bounds the wait of the last one in a batch. */
const MAX_BATCH = 64;

/**
 * Transactions on SQLite's single connection, committed in groups. With `synchronous=FULL` every commit
 * waits for an fsync, which dominates a write; so the transactions that queue up while one commit is
 * being made run together next, each inside its own SAVEPOINT (one that fails is rolled back alone),
 * under one BEGIN IMMEDIATE … COMMIT: one fsync for the whole group. Each caller is answered only after
 * the shared commit has returned, so nothing is acknowledged before it is durable. Under light load a
 * group is a single transaction and nothing waits. Transactions run one after another, exactly as they
 * would one commit at a time, so isolation is unchanged. A transaction must not start another inside itself.
 */
export function groupCommitter(kysely: Kysely<DB>, lockWaitMs: number) {
  const queue: Job[] = [];
  let draining = false;

  /**
   * BEGIN IMMEDIATE without blocking: while another process holds the file's write lock, SQLite's own busy
   * handler would sleep inside the call and stop this process's event loop (every request in it) for up to
   * 100 ms at a time. So the lock is asked for with no busy timeout, and on SQLITE_BUSY the connection is let
   * go (reads go on) and asked again after a short timer, until `lockWaitMs` has passed.
   */
  async function beginImmediate(conn: Kysely<DB>, since: number): Promise<boolean> {
    await sql`pragma busy_timeout = 0`.execute(conn);
    try {
      await sql`begin immediate`.execute(conn);
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() - since >= lockWaitMs) throw error;
      return false;
    } finally {
      await sql.raw(`pragma busy_timeout = ${lockWaitMs}`).execute(conn);
    }
  }

  async function runBatch(batch: Job[]): Promise<void> {
    const settled: (() => void)[] = [];
    const since = Date.now();
    for (let attempt = 0; ; attempt++) {
      const ran = await kysely.connection().execute(async (conn) => {
        if (!(await beginImmediate(conn, since))) return false;
        await runGroup(conn, batch, settled);
        return true;
      });
      if (ran) break;
      await sleep(Math.min(1 + attempt, 10));
    }
    for (const settle of settled) settle();
  }

  async function runGroup(conn: Kysely<DB>, batch: Job[], settled: (() => void)[]): Promise<void> {
    try {
      for (const job of batch) {
        await sql`savepoint job`.execute(conn);
        try {
          const value = await job.work(conn);
          await sql`release job`.execute(conn);
          settled.push(() => job.resolve(value));
        } catch (error) {
          // Some errors (SQLITE_FULL, SQLITE_IOERR) make SQLite roll the whole transaction back, savepoints and
          // all: the group then fails with that error (503), not with rollback's "no such savepoint" (500).
          await sql`rollback to job`.execute(conn).catch(() => {
            throw error;
          });
          await sql`release job`.execute(conn);
          settled.push(() => job.reject(error));
        }
      }
      await sql`commit`.execute(conn);
    } catch (error) {
      // The commit (or the database itself) failed: nothing in this group is durable.
      await sql`rollback`.execute(conn).catch(() => {});
      throw error;
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        await runBatch(batch);
      } catch (error) {
        for (const job of batch) job.reject(error);
      }
    }
    draining = false;
  }

  return function transaction<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work: work as Work<unknown>, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) {
        draining = true;
        // Not at once: better-sqlite3 answers synchronously, so a group started here would run to its
        // commit inside this one callback, before any other request is even read, and every group would
        // hold one transaction. setImmediate starts it after the event loop has handled the requests that
        // are already waiting (those that arrived during the last commit's fsync), which join this group.
        setImmediate(() => void drain());
      }
    });
  };
}
