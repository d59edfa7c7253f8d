import type { Context } from '../../context.js';
import { AppError, type ErrorCode } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { decodePosition, encodePosition } from './event.cursor.js';
import { hasEvents, readHistory } from './event.repository.js';
import type { HistoryEntry, HistoryQuery, ResourceType } from './event.schemas.js';
import { DEFAULT_EVENT_LIMIT } from './event.service.js';
import { recordExists } from './history.repository.js';

export interface HistoryPage {
  items: HistoryEntry[];
  pageInfo: { nextCursor: string | null; hasNextPage: boolean };
}

const RECORDS = {
  client_contact: { table: 'client_contacts', notFound: 'CLIENT_CONTACT_NOT_FOUND' },
  client: { table: 'clients', notFound: 'CLIENT_NOT_FOUND' },
} as const satisfies Partial<Record<ResourceType, { table: 'client_contacts' | 'clients'; notFound: ErrorCode }>>;

/**
 * GET /clients/contacts/{id}/history and GET /clients/{id}/history (API.md §4.2): one record's events,
 * newest first, as a cursor list. The record may be archived; an erased contact's history stays readable
 * while its events are retained (their changes stripped to `{}`, then the erasure itself), so an agency can
 * still answer who erased it and when. Unknown ids and other tenants' ids are 404.
 */
export async function recordHistory(
  ctx: Context,
  tenantId: string,
  type: keyof typeof RECORDS,
  id: string,
  query: HistoryQuery,
): Promise<HistoryPage> {
  const { table, notFound } = RECORDS[type];
  const resource = { type, id };
  const db = ctx.db.kysely;
  if (!isUuid(id)) throw new AppError(notFound);
  const scope = { history: id };
  const before = query.cursor === undefined ? undefined : decodePosition(tenantId, scope, query.cursor);
  if (!(await recordExists(db, tenantId, table, id)) && !(await hasEvents(db, tenantId, resource))) {
    throw new AppError(notFound);
  }
  const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
  const rows = await readHistory(db, tenantId, resource, { beforeSeq: before, limit: limit + 1 });
  const hasNextPage = rows.length > limit;
  const page = rows.slice(0, limit);
  return {
    items: page.map((e) => ({
      eventId: e.id,
      type: e.type,
      occurredAt: e.occurredAt,
      actor: e.actor,
      changes: e.data?.changes ?? {},
    })),
    pageInfo: {
      nextCursor: hasNextPage ? encodePosition(tenantId, scope, page[page.length - 1].seq) : null,
      hasNextPage,
    },
  };
}
