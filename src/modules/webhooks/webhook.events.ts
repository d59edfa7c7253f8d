import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';
import { currentSeq, readEvents } from '../events/event.repository.js';

/**
 * What webhooks read from the event log (API.md §4.1): the events after an endpoint's position, in the
 * tenant's commit order (`seq`), and the position a new endpoint starts from.
 */

export interface LoggedEvent {
  seq: number;
  id: string;
  type: string;
  resourceId: string;
  /** The event exactly as it is delivered: the request body, and what the signature covers. */
  body: string;
}

/** The tenant's last event seq (0 before its first): a new endpoint receives what comes after. */
export function lastSeq(db: Kysely<DB>, tenantId: string): Promise<number> {
  return currentSeq(db, tenantId);
}

/**
 * Up to `limit` events of the tenant after `afterSeq`, oldest first, each as the Event of API.md §4.1. An
 * event stripped by an erasure is delivered as it now stands: `data: null`, no personal data.
 */
export async function eventsAfter(
  db: Kysely<DB>,
  tenantId: string,
  afterSeq: number,
  limit: number,
): Promise<LoggedEvent[]> {
  const stored = await readEvents(db, tenantId, { afterSeq, limit });
  return stored.map(({ seq, id, type, occurredAt, actor, resource, data }) => ({
    seq,
    id,
    type,
    resourceId: resource.id,
    body: JSON.stringify({ id, type, occurredAt, actor, resource, data }),
  }));
}
