import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError, validationError } from '../../core/errors.js';
import { listParam } from '../../core/list-param.js';
import type { DB } from '../../db/database.js';
import { decodePosition, encodePosition } from './event.cursor.js';
import { appendEvents, type NewEvent, readFeed, type StoredEvent } from './event.repository.js';
import {
  type Actor,
  type Changes,
  EVENT_TYPES,
  type Event,
  type EventType,
  type ListEventsQuery,
  type ResourceType,
} from './event.schemas.js';

export const DEFAULT_EVENT_LIMIT = 25;

/** One change a write records: what happened to which record, the record afterwards, and what changed. */
export interface Change {
  type: EventType;
  resource: { type: ResourceType; id: string };
  /** The record as its own write answers it; null once it is gone (erased, deleted). */
  object: unknown;
  changes?: Changes;
}

/**
 * Records a write's changes in the tenant's event log, inside the write's transaction. Call it last in the
 * transaction (see event.repository.ts: from here to the commit the tenant's other writers wait). A write
 * that changed nothing passes no changes and records nothing.
 */
export async function recordChanges(
  ctx: Context,
  trx: Kysely<DB>,
  tenantId: string,
  actor: Actor,
  changes: Change[],
): Promise<void> {
  if (changes.length === 0) return;
  const occurredAt = ctx.now();
  const events: NewEvent[] = changes.map((c) => ({
    id: ctx.newId(),
    type: c.type,
    occurredAt,
    actor,
    resource: c.resource,
    data: { object: c.object, changes: c.changes ?? {} },
  }));
  await appendEvents(trx, tenantId, events);
}

/** The API's Event: the stored one without its position. */
export function toEvent(e: StoredEvent): Event {
  return { id: e.id, type: e.type, occurredAt: e.occurredAt, actor: e.actor, resource: e.resource, data: e.data };
}

function eventTypes(query: ListEventsQuery): string[] | undefined {
  const types = listParam(query.types, 'types');
  const unknown = types?.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) {
    throw validationError([
      { code: 'INVALID_ENUM_VALUE', path: 'types', message: `must be event types of API.md §4.1`, received: unknown },
    ]);
  }
  return types;
}

export interface EventPage {
  items: Event[];
  pageInfo: { nextCursor: string; hasNextPage: boolean };
}

/**
 * GET /events: the tenant's events after the cursor, oldest first. `nextCursor` is never null: the position
 * of the last event returned; when the page is not full, the newest position the read saw (it scanned every
 * event up to there, filtered ones included, so a filtered consumer moves on instead of scanning them again);
 * when nothing at all is new, the `after` that was sent. Without `after` the feed starts at the oldest
 * retained event. A cursor that retention has overtaken (events after it were pruned) is 410 CURSOR_EXPIRED.
 */
export async function listEvents(ctx: Context, tenantId: string, query: ListEventsQuery): Promise<EventPage> {
  const scope = { feed: true } as const;
  const after = query.after === undefined ? undefined : decodePosition(tenantId, scope, query.after);
  const types = eventTypes(query);
  const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
  const read = await readFeed(ctx.db.kysely, tenantId, {
    afterSeq: after ?? 0,
    types,
    resourceId: query.resourceId,
    limit: limit + 1,
  });
  // Same snapshot as the events: if nothing after the cursor had been pruned there, nothing it needs is gone.
  if (after !== undefined && after < read.prunedSeq) throw new AppError('CURSOR_EXPIRED');
  const hasNextPage = read.events.length > limit;
  const items = read.events.slice(0, limit);
  const last = items.at(-1)?.seq ?? 0;
  const position = hasNextPage ? last : Math.max(last, read.head, after ?? read.prunedSeq);
  return {
    items: items.map(toEvent),
    pageInfo: { nextCursor: encodePosition(tenantId, scope, position), hasNextPage },
  };
}
