import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, IdempotencyKeysTable } from '../db/database.js';
import { dialectOf } from '../db/prepared.js';

/** The table of `Idempotency-Key`s (migration 008). Every query names the tenant, except the pruner's. */

export type IdempotencyRow = Selectable<IdempotencyKeysTable>;

export interface NewClaim {
  tenantId: string;
  key: string;
  fingerprint: string;
  now: string;
  leaseToken: string;
  leaseExpiresAt: string;
}

/** A kept answer: what is replayed. */
export interface KeptAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * On PostgreSQL, lets the transaction commit without waiting for its WAL to reach the disk: for a claim, which
 * must be visible to other processes at once but need not be durable on its own. The handler's transaction
 * commits after it and waits for the disk, which flushes the log up to and including the claim; a database
 * crash before that loses the claim together with the work it guarded. Saves one disk flush per keyed request.
 * SQLite commits in groups with its own fsync and has no per-transaction setting.
 */
export async function commitWithoutFlush(trx: Kysely<DB>): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
}

/** Makes the key's row as a running claim unless the key has one already; answers whether it did. */
export async function insertClaim(trx: Kysely<DB>, claim: NewClaim): Promise<boolean> {
  const rows = await trx
    .insertInto('idempotency_keys')
    .values({
      tenant_id: claim.tenantId,
      idempotency_key: claim.key,
      fingerprint: claim.fingerprint,
      created_at: claim.now,
      lease_token: claim.leaseToken,
      lease_expires_at: claim.leaseExpiresAt,
      status: null,
      headers: null,
      body: null,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'idempotency_key']).doNothing())
    .returning('lease_token')
    .execute();
  return rows.length === 1;
}

export async function findKey(db: Kysely<DB>, tenantId: string, key: string): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * Replaces the row (expired, or a claim whose lease ran out) with a new running claim, only if it is still the
 * row that was read (`previousToken`): of several processes taking it over at once, exactly one succeeds.
 */
export async function takeOverClaim(trx: Kysely<DB>, claim: NewClaim, previousToken: string): Promise<boolean> {
  const result = await trx
    .updateTable('idempotency_keys')
    .set({
      fingerprint: claim.fingerprint,
      created_at: claim.now,
      lease_token: claim.leaseToken,
      lease_expires_at: claim.leaseExpiresAt,
      status: null,
      headers: null,
      body: null,
    })
    .where('tenant_id', '=', claim.tenantId)
    .where('idempotency_key', '=', claim.key)
    .where('lease_token', '=', previousToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Keeps the answer of a running claim, if the claim is still this one's. */
export async function keepAnswer(
  trx: Kysely<DB>,
  tenantId: string,
  key: string,
  leaseToken: string,
  answer: KeptAnswer,
): Promise<void> {
  await trx
    .updateTable('idempotency_keys')
    .set({
      status: answer.status,
      headers: JSON.stringify(answer.headers),
      body: answer.body,
      lease_expires_at: null,
    })
    .where('tenant_id', '=', tenantId)
    .where('idempotency_key', '=', key)
    .where('lease_token', '=', leaseToken)
    .where('status', 'is', null)
    .execute();
}

/** Forgets a running claim (its answer is not kept), if the claim is still this one's. */
export async function releaseClaim(trx: Kysely<DB>, tenantId: string, key: string, leaseToken: string): Promise<void> {
  await trx
    .deleteFrom('idempotency_keys')
    .where('tenant_id', '=', tenantId)
    .where('idempotency_key', '=', key)
    .where('lease_token', '=', leaseToken)
    .where('status', 'is', null)
    .execute();
}

/**
 * Deletes up to `batchSize` keys (of any tenant) made before `cutoff`; answers how many. On PostgreSQL rows
 * another pruner has claimed are skipped (`skip locked`), so several processes can prune at once.
 */
export async function pruneKeysBefore(trx: Kysely<DB>, cutoff: string, batchSize: number): Promise<number> {
  let victims = trx
    .selectFrom('idempotency_keys')
    .select(['tenant_id', 'idempotency_key'])
    .where('created_at', '<', cutoff)
    .orderBy('created_at')
    .limit(batchSize);
  if (dialectOf(trx) === 'postgres') victims = victims.forUpdate().skipLocked();
  const result = await trx
    .deleteFrom('idempotency_keys')
    .where((eb) =>
      eb(eb.refTuple('tenant_id', 'idempotency_key'), 'in', victims.$asTuple('tenant_id', 'idempotency_key')),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
