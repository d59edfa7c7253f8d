import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, EventsTable } from '../../db/database.js';
import { dialectOf, prepared } from '../../db/prepared.js';
import type { Actor, EventData, EventType, ResourceType } from './event.schemas.js';

/**
 * The event log (API.md §4.1), the outbox every write appends to in its own transaction.
 *
 * Feed order. `seq` is a per-tenant position (1, 2, 3, …), allotted when a transaction appends its events by
 * `UPDATE event_sequences SET last_seq = last_seq + n … RETURNING last_seq` (an upsert, so a tenant's first
 * event makes the row). On PostgreSQL that row stays locked until the transaction commits or rolls back, so
 * the transactions of one tenant that record events hold their seqs in the order they commit: one that took
 * seq N has committed (and is visible) before any other can take N + 1, and one that rolls back returns its
 * seqs with its row update, leaving no gap. On SQLite writers are serialised anyway (BEGIN IMMEDIATE; a
 * group commit's failed member rolls back to its savepoint, increment included). So at every moment the
 * committed events of a tenant are exactly seqs 1..K (less what retention pruned), and a consumer that has
 * read up to seq N and asks for `seq > N` can never meet a smaller seq committed later: none is skipped and
 * none repeated. Appending must be the LAST thing a write transaction does, so that the row lock, which
 * serialises the tenant's writers, is held only for the append and the commit.
 */

export interface NewEvent {
  /** The public id (UUIDv7). */
  id: string;
  type: EventType;
  occurredAt: string;
  actor: Actor;
  resource: { type: ResourceType; id: string };
  /** `{ object, changes }`; null only for an event whose personal data was stripped. */
  data: EventData | null;
}

export interface StoredEvent extends NewEvent {
  /** Position in the tenant's log. */
  seq: number;
}

const allotSeqs = prepared((db, _dialect, tenantId: string, count: number) =>
  db
    .insertInto('event_sequences')
    .values({ tenant_id: tenantId, last_seq: count })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({ last_seq: sql<number>`event_sequences.last_seq + excluded.last_seq` }),
    )
    .returning('last_seq'),
);

const insertOne = prepared(
  (
    db,
    _dialect,
    tenantId: string,
    seq: number,
    id: string,
    type: string,
    occurredAt: string,
    actorType: string,
    actorId: string | null,
    resourceType: string,
    resourceId: string,
    data: string | null,
  ) =>
    db.insertInto('events').values({
      tenant_id: tenantId,
      seq,
      id,
      type,
      occurred_at: occurredAt,
      actor_type: actorType,
      actor_id: actorId,
      resource_type: resourceType,
      resource_id: resourceId,
      data,
    }),
);

/**
 * PostgreSQL: the seqs allotted and the events inserted in one statement, the events' columns as arrays
 * (so one statement text for any number of events): every write saves a round trip to the database.
 */
const appendAsArrays = prepared(
  (
    db,
    _dialect,
    tenantId: string,
    count: number,
    ids: string[],
    types: string[],
    occurredAts: string[],
    actorTypes: string[],
    actorIds: (string | null)[],
    resourceTypes: string[],
    resourceIds: string[],
    data: (string | null)[],
  ) => ({
    compile: () =>
      sql`with allotted as (
            insert into event_sequences (tenant_id, last_seq) values (${tenantId}, ${count})
            on conflict (tenant_id) do update set last_seq = event_sequences.last_seq + excluded.last_seq
            returning last_seq)
          insert into events (tenant_id, seq, id, type, occurred_at, actor_type, actor_id, resource_type,
            resource_id, data)
          select ${tenantId}, allotted.last_seq - ${count} + e.n, e.id, e.type, e.occurred_at, e.actor_type,
            e.actor_id, e.resource_type, e.resource_id, e.data
          from allotted, unnest(${ids}::text[], ${types}::text[], ${occurredAts}::text[], ${actorTypes}::text[],
            ${actorIds}::text[], ${resourceTypes}::text[], ${resourceIds}::text[], ${data}::text[])
            with ordinality as e(id, type, occurred_at, actor_type, actor_id, resource_type, resource_id, data, n)`.compile(
        db,
      ),
  }),
);

/** Rows per multi-row insert: 10 parameters each, well under both databases' limits. */
const INSERT_CHUNK = 500;

/**
 * Appends events to the tenant's log, in the given order, inside the caller's transaction `trx`. Call it
 * as the last statement of the write (see above): from here to the commit, the tenant's other writers wait.
 */
export async function appendEvents(trx: Kysely<DB>, tenantId: string, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (dialectOf(trx) === 'postgres') {
    const data = events.map((e) => (e.data === null ? null : JSON.stringify(e.data)));
    await appendAsArrays.run(
      trx,
      tenantId,
      events.length,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.occurredAt),
      events.map((e) => e.actor.type),
      events.map((e) => e.actor.id),
      events.map((e) => e.resource.type),
      events.map((e) => e.resource.id),
      data,
    );
    return;
  }
  const allotted = await allotSeqs.first(trx, tenantId, events.length);
  const first = Number(allotted?.last_seq) - events.length + 1;
  if (events.length === 1) {
    const [e] = events;
    await insertOne.run(
      trx,
      tenantId,
      first,
      e.id,
      e.type,
      e.occurredAt,
      e.actor.type,
      e.actor.id,
      e.resource.type,
      e.resource.id,
      e.data === null ? null : JSON.stringify(e.data),
    );
    return;
  }
  const rows = events.map((e, i) => ({
    tenant_id: tenantId,
    seq: first + i,
    id: e.id,
    type: e.type,
    occurred_at: e.occurredAt,
    actor_type: e.actor.type,
    actor_id: e.actor.id,
    resource_type: e.resource.type,
    resource_id: e.resource.id,
    data: e.data === null ? null : JSON.stringify(e.data),
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('events')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

function toStoredEvent(row: Selectable<EventsTable>): StoredEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    type: row.type as EventType,
    occurredAt: row.occurred_at,
    actor: { type: row.actor_type as Actor['type'], id: row.actor_id },
    resource: { type: row.resource_type as ResourceType, id: row.resource_id },
    data: row.data === null ? null : (JSON.parse(row.data) as EventData),
  };
}

export interface EventFilter {
  /** Events after this position (0: from the start). */
  afterSeq: number;
  types?: readonly string[];
  resourceId?: string;
  limit: number;
}

/** The tenant's events after `afterSeq`, oldest first, at most `limit`. */
export async function readEvents(db: Kysely<DB>, tenantId: string, filter: EventFilter): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('seq', '>', filter.afterSeq);
  if (filter.types) query = query.where('type', 'in', filter.types.length > 0 ? [...filter.types] : ['']);
  if (filter.resourceId !== undefined) query = query.where('resource_id', '=', filter.resourceId);
  const rows = await query.orderBy('seq').limit(filter.limit).execute();
  return rows.map(toStoredEvent);
}

export interface FeedRead {
  events: StoredEvent[];
  /** The highest seq of the tenant in the same snapshot (0 when none is retained). */
  head: number;
  /** The highest seq retention has deleted, in the same snapshot (0 when none). */
  prunedSeq: number;
}

/**
 * readEvents, plus the tenant's head and pruning mark read by the same statement, hence from the same
 * snapshot: what the feed needs to move a filtered consumer past events it did not want, and to tell a
 * cursor that pruning overtook (see event.service.ts), without a second snapshot in which more may have
 * committed or been pruned.
 */
export async function readFeed(db: Kysely<DB>, tenantId: string, filter: EventFilter): Promise<FeedRead> {
  let page = db.selectFrom('events').selectAll().where('tenant_id', '=', tenantId).where('seq', '>', filter.afterSeq);
  if (filter.types) page = page.where('type', 'in', filter.types.length > 0 ? [...filter.types] : ['']);
  if (filter.resourceId !== undefined) page = page.where('resource_id', '=', filter.resourceId);
  const marks = db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('events')
        .select((inner) => inner.fn.max('seq').as('m'))
        .where('tenant_id', '=', tenantId)
        .as('head'),
      eb.selectFrom('event_sequences').select('pruned_seq').where('tenant_id', '=', tenantId).as('pruned'),
    ])
    .as('h');
  const rows = await db
    .selectFrom(marks)
    .leftJoin(page.orderBy('seq').limit(filter.limit).as('e'), (join) => join.onTrue())
    .selectAll('e')
    .select(['h.head', 'h.pruned'])
    .orderBy('e.seq')
    .execute();
  const first = rows[0];
  return {
    events: rows.filter((r) => r.seq !== null).map((r) => toStoredEvent(r as Selectable<EventsTable>)),
    head: Number(first?.head ?? 0),
    prunedSeq: Number(first?.pruned ?? 0),
  };
}

/** One record's events, newest first, before position `beforeSeq` (all when undefined), at most `limit`. */
export async function readHistory(
  db: Kysely<DB>,
  tenantId: string,
  resource: { type: ResourceType; id: string },
  page: { beforeSeq?: number; limit: number },
): Promise<StoredEvent[]> {
  let query = db
    .selectFrom('events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resource_id', '=', resource.id)
    .where('resource_type', '=', resource.type);
  if (page.beforeSeq !== undefined) query = query.where('seq', '<', page.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(page.limit).execute();
  return rows.map(toStoredEvent);
}

/** Whether the tenant's log holds any event of this record (an erased record still has its events). */
export async function hasEvents(
  db: Kysely<DB>,
  tenantId: string,
  resource: { type: ResourceType; id: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('events')
    .select('seq')
    .where('tenant_id', '=', tenantId)
    .where('resource_id', '=', resource.id)
    .where('resource_type', '=', resource.type)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Right to erasure: the record's earlier events keep their place in the log (a consumer still sees that
 * something happened, and then the erasure) but lose their `data`. Answers how many were stripped.
 */
export async function stripEventData(trx: Kysely<DB>, tenantId: string, resourceId: string): Promise<number> {
  const result = await trx
    .updateTable('events')
    .set({ data: null })
    .where('tenant_id', '=', tenantId)
    .where('resource_id', '=', resourceId)
    .where('data', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The last seq given out in the tenant's log (0 before its first event): where a new consumer starts. */
export async function currentSeq(db: Kysely<DB>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('event_sequences')
    .select('last_seq')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return Number(row?.last_seq ?? 0);
}

/**
 * Deletes up to `batchSize` events (of any tenant) that occurred before `cutoff`, and raises each affected
 * tenant's pruning mark to the highest seq deleted; answers how many were deleted. Run it in a transaction:
 * the mark and the deletion must commit together. On PostgreSQL rows another pruner has claimed are
 * skipped (`skip locked`), so several processes can prune at once; marks are raised in tenant order, so
 * two pruners never wait on each other in a cycle.
 */
export async function pruneEventsBefore(trx: Kysely<DB>, cutoff: string, batchSize: number): Promise<number> {
  let victims = trx
    .selectFrom('events')
    .select('id')
    .where('occurred_at', '<', cutoff)
    .orderBy('occurred_at')
    .limit(batchSize);
  if (dialectOf(trx) === 'postgres') victims = victims.forUpdate().skipLocked();
  const deleted = await trx.deleteFrom('events').where('id', 'in', victims).returning(['tenant_id', 'seq']).execute();
  const marks = new Map<string, number>();
  for (const row of deleted) marks.set(row.tenant_id, Math.max(marks.get(row.tenant_id) ?? 0, Number(row.seq)));
  for (const tenantId of [...marks.keys()].sort()) {
    const seq = marks.get(tenantId) as number;
    await trx
      .updateTable('event_sequences')
      .set({ pruned_seq: seq })
      .where('tenant_id', '=', tenantId)
      .where('pruned_seq', '<', seq)
      .execute();
  }
  return deleted.length;
}
