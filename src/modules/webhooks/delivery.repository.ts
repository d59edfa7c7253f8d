import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database, DB } from '../../db/database.js';
import type { WebhookRow } from './webhook.repository.js';

/**
 * The delivery queue's SQL. An endpoint row is claimed by one process at a time: the claim sets
 * `lease_owner` and `lease_expires_at`; every later write of the worker is conditional on still holding
 * the lease, so a process that stalled past its lease cannot move a position another process now owns.
 * These queries span tenants only to find work (the claim); what follows names the tenant as usual.
 */

export interface Attempt {
  id: string;
  eventId: string;
  attempt: number;
  status: number | null;
  durationMs: number;
  error: string | null;
  at: string;
  nextAttemptAt: string | null;
}

export interface Lease {
  tenantId: string;
  endpointId: string;
  owner: string;
}

function dueEndpoints(db: Kysely<DB>, now: string, limit: number) {
  return db
    .selectFrom('webhook_endpoints as w')
    .selectAll('w')
    .where('w.enabled', '=', 1)
    .where('w.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('w.lease_expires_at', 'is', null), eb('w.lease_expires_at', '<=', now)]))
    .where(sql<SqlBool>`exists (select 1 from events e where e.tenant_id = w.tenant_id and e.seq > w.delivered_seq)`)
    .orderBy('w.next_attempt_at')
    .limit(limit);
}

/**
 * Claims up to `limit` endpoints that are enabled, due (`next_attempt_at <= now`), not held by a live
 * lease, and have events after their position. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so processes
 * claiming at the same moment take different rows instead of waiting on each other; SQLite: the write
 * lock of BEGIN IMMEDIATE serialises claims. A plain read first, so that an idle poll takes no lock at all.
 * Answers the claimed rows.
 */
export async function claimDue(
  db: Database,
  owner: string,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<WebhookRow[]> {
  const candidates = await dueEndpoints(db.kysely, now, 1).execute();
  if (candidates.length === 0) return [];
  return db.transaction(async (trx) => {
    let query = dueEndpoints(trx, now, limit);
    if (db.dialect === 'postgres') query = query.forUpdate().skipLocked();
    const rows = await query.execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable('webhook_endpoints')
      .set({ lease_owner: owner, lease_expires_at: leaseUntil })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => ({ ...r, lease_owner: owner, lease_expires_at: leaseUntil }));
  });
}

function held(db: Kysely<DB>, lease: Lease) {
  return db
    .updateTable('webhook_endpoints')
    .where('tenant_id', '=', lease.tenantId)
    .where('id', '=', lease.endpointId)
    .where('lease_owner', '=', lease.owner);
}

/** Extends the lease; false when it was lost (expired and taken, or the endpoint deleted or disabled). */
export async function renewLease(db: Kysely<DB>, lease: Lease, until: string): Promise<boolean> {
  const result = await held(db, lease).set({ lease_expires_at: until }).where('enabled', '=', 1).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Lets the endpoint go; another process (or this one) may claim it again at once. */
export async function releaseLease(db: Kysely<DB>, lease: Lease): Promise<void> {
  await held(db, lease).set({ lease_owner: null, lease_expires_at: null }).execute();
}

/** Moves the position past events that were not for this endpoint. */
export async function skipTo(db: Kysely<DB>, lease: Lease, seq: number): Promise<void> {
  await held(db, lease).set({ delivered_seq: seq }).where('delivered_seq', '<', seq).execute();
}

function insertAttempt(db: Kysely<DB>, lease: Lease, attempt: Attempt) {
  return db
    .insertInto('webhook_attempts')
    .values({
      id: attempt.id,
      tenant_id: lease.tenantId,
      endpoint_id: lease.endpointId,
      event_id: attempt.eventId,
      attempt: attempt.attempt,
      status: attempt.status,
      duration_ms: attempt.durationMs,
      error: attempt.error,
      at: attempt.at,
      next_attempt_at: attempt.nextAttemptAt,
    })
    .execute();
}

/**
 * A 2xx: the position moves to the event and the failure count resets, with the attempt logged, in one
 * transaction. False when the lease was lost meanwhile (nothing is written; the event is sent again by
 * whoever holds the endpoint now: at least once).
 */
export async function recordSuccess(db: Database, lease: Lease, seq: number, attempt: Attempt): Promise<boolean> {
  return db.transaction(async (trx) => {
    const result = await held(trx, lease)
      .set({ delivered_seq: seq, failed_attempts: 0, failing_since: null })
      .where('delivered_seq', '<', seq)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await insertAttempt(trx, lease, attempt);
    return true;
  });
}

/**
 * A failure: the attempt is logged and the endpoint waits until `nextAttemptAt`, or, when that is undefined
 * (24 h of failures), is disabled (a change of the resource: version and modifiedAt move). The lease is
 * released either way.
 */
export async function recordFailure(
  db: Database,
  lease: Lease,
  failure: { attempt: Attempt; failingSince: string; nextAttemptAt?: string },
): Promise<void> {
  await db.transaction(async (trx) => {
    const common = {
      failed_attempts: failure.attempt.attempt,
      failing_since: failure.failingSince,
      lease_owner: null,
      lease_expires_at: null,
    };
    const result = await (failure.nextAttemptAt
      ? held(trx, lease).set({ ...common, next_attempt_at: failure.nextAttemptAt })
      : held(trx, lease).set((eb) => ({
          ...common,
          enabled: 0,
          modified_at: failure.attempt.at,
          version: eb('version', '+', 1),
        }))
    ).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) await insertAttempt(trx, lease, failure.attempt);
  });
}

/** Attempts older than `before` (the delivery log is kept as long as the event log). */
export async function pruneAttempts(db: Kysely<DB>, before: string): Promise<number> {
  const result = await db.deleteFrom('webhook_attempts').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
