import type { Kysely, Updateable } from 'kysely';
import { AppError, type ErrorCode } from '../core/errors.js';
import type { DB } from './database.js';
import { dialectOf, type Prepared, prepared } from './prepared.js';

/**
 * Optimistic concurrency (API.md §1.6), one mechanism for every versioned table. A write is two steps in
 * one transaction:
 *
 * 1. `lockForWrite` before reading the record: on PostgreSQL it row-locks the record until the transaction
 *    ends, so concurrent writers of one record queue up and each reads the one before's result; without
 *    `If-Match` the last write wins and none is lost. (SQLite needs no lock: BEGIN IMMEDIATE already
 *    serialises writers.) The service then checks the caller's `If-Match` against what it read
 *    (`assertVersion`), in the documented order of checks.
 * 2. `updateVersioned` to write: the update only applies to the version that was read, and sets the next.
 *    Whatever the caller forgot to lock, a stale version can never be overwritten: when the row has moved
 *    on, the write is refused with 412 and `details.currentVersion`, and the transaction rolls back.
 */

/** The tables whose rows carry `tenant_id`, `id` and `version`. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { id: string; tenant_id: string; version: number } ? T : never;
}[keyof DB];

export interface VersionedRow {
  tenantId: string;
  id: string;
  /** The version the write was computed from (as read after `lockForWrite`); the row gets `fromVersion + 1`. */
  fromVersion: number;
}

/** The columns a versioned update may set: anything but the key and the version, which the update owns. */
export type VersionedValues<T extends VersionedTable> = Omit<Updateable<DB[T]>, 'id' | 'tenant_id' | 'version'>;

type Locker = Prepared<[string, string], { version: number }>;
const lockers = new Map<VersionedTable, Locker>();

/** One prepared locking read per table (a named statement on PostgreSQL). */
function locker(table: VersionedTable): Locker {
  let query = lockers.get(table);
  if (!query) {
    query = prepared((db: Kysely<DB>, _dialect, tenantId: string, id: string) =>
      // `for no key update`: what an UPDATE that keeps the key takes anyway, so rows that reference this
      // one (their foreign keys take key-share locks) can still be inserted meanwhile.
      (db as Kysely<any>)
        .selectFrom(table as string)
        .select('version')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .forNoKeyUpdate(),
    ) as Locker;
    lockers.set(table, query);
  }
  return query;
}

/**
 * PostgreSQL: row-locks one record of the tenant until the transaction ends, and answers its version
 * (undefined when there is no such row). SQLite: no query (writers are already serialised), undefined.
 * Call inside the transaction, before reading the record the write is computed from.
 */
export async function lockForWrite(
  db: Kysely<DB>,
  table: VersionedTable,
  key: { tenantId: string; id: string },
): Promise<number | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const row = await locker(table).first(db, key.tenantId, key.id);
  return row?.version;
}

/**
 * `UPDATE table SET values, version = fromVersion + 1 WHERE tenant_id = ? AND id = ? AND version = fromVersion`.
 * Answers the new version. When no row matched, throws 412 PRECONDITION_FAILED with
 * `details.currentVersion` (the row's version now), or `notFound` when the row is gone altogether.
 * `values` usually includes `modified_at`; a row's version only rises with a change, so callers skip
 * the update when nothing changed.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  row: VersionedRow & { notFound?: ErrorCode },
  values: VersionedValues<T>,
): Promise<number> {
  const next = row.fromVersion + 1;
  // Kysely cannot type an update over a union of tables; VersionedValues<T> already checked the columns.
  const any = db as Kysely<any>;
  const result = await any
    .updateTable(table as string)
    .set({ ...(values as Record<string, unknown>), version: next })
    .where('tenant_id', '=', row.tenantId)
    .where('id', '=', row.id)
    .where('version', '=', row.fromVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return next;
  const current = await any
    .selectFrom(table as string)
    .select('version')
    .where('tenant_id', '=', row.tenantId)
    .where('id', '=', row.id)
    .executeTakeFirst();
  if (!current) throw new AppError(row.notFound ?? 'NOT_FOUND');
  throw new AppError('PRECONDITION_FAILED', { details: { currentVersion: Number(current.version) } });
}
