import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { BUSY_TIMEOUT_MS, withStatementCache } from './connect.js';
import type { Database, DB } from './database.js';

/**
 * Runs `read` on one consistent, read-only snapshot of the database and yields what it yields: every query it
 * makes sees the same committed state, while writers go on (a long export). The snapshot holds a connection of
 * its own until the iteration ends, fails or is abandoned (`return()`); it is then ended and its connection let
 * go, which is what a request whose client went away relies on.
 */
export function readSnapshot<T>(
  db: Database,
  read: (snapshot: Kysely<DB>) => AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  return db.dialect === 'postgres' ? postgresSnapshot(db.kysely, read) : sqliteSnapshot(db.kysely, read);
}

/**
 * How long a snapshot's session may sit idle in its transaction. The pool's sessions are ended after
 * DATABASE_TIMEOUT_MS idle in a transaction (see connect.ts): ordinary transactions never wait on anyone
 * between statements, but an export waits on its reader between batches, for as long as a slow network or a
 * paused client takes. A read-only REPEATABLE READ transaction holds no row locks, only its snapshot (which
 * keeps VACUUM from removing rows that died since), so a stalled one costs little, and the server still ends
 * it after this long if its client vanished without a word.
 */
export const SNAPSHOT_IDLE_TIMEOUT = '15min';

/**
 * PostgreSQL: one pool client for the snapshot's whole life, in a `REPEATABLE READ READ ONLY` transaction (one
 * committed state for every statement). Rolled back (read-only: nothing to keep) and the client returned to
 * the pool when the iteration ends or is abandoned; a client that failed for want of the database is
 * discarded instead (connect.ts).
 */
async function* postgresSnapshot<T>(
  kysely: Kysely<DB>,
  read: (snapshot: Kysely<DB>) => AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  const trx = await kysely.startTransaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute();
  try {
    await sql.raw(`set local idle_in_transaction_session_timeout = '${SNAPSHOT_IDLE_TIMEOUT}'`).execute(trx);
    yield* read(trx);
  } finally {
    await trx
      .rollback()
      .execute()
      .catch(() => {});
  }
}

/**
 * SQLite: a read-only connection of its own. better-sqlite3 is synchronous and its one connection can run
 * nothing else while a statement iterates, and a transaction held on the shared connection between an
 * export's batches would hold up every other request. In WAL mode a reader's transaction sees the database as
 * it was at its first read, and writers go on meanwhile (a checkpoint just cannot pass it until it ends).
 * Closing the connection ends the transaction, whatever happened. An in-memory database cannot be opened
 * twice: its reads go to the shared connection, batch by batch, without one snapshot across batches.
 */
async function* sqliteSnapshot<T>(
  shared: Kysely<DB>,
  read: (snapshot: Kysely<DB>) => AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(shared);
  const file = rows.find((r) => r.name === 'main')?.file ?? '';
  if (file === '') {
    yield* read(shared);
    return;
  }
  const native = new SQLite(file, { readonly: true, fileMustExist: true });
  const snapshot = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(native) }) });
  try {
    native.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await sql`begin`.execute(snapshot);
    // A deferred transaction takes its snapshot at its first read: take it now, before the caller's first query.
    await sql`select count(*) from sqlite_schema`.execute(snapshot);
    yield* read(snapshot);
    await sql`commit`.execute(snapshot);
  } finally {
    await snapshot.destroy();
  }
}
