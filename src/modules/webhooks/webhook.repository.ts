import { type Insertable, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import { decodeCursor } from '../../core/cursor.js';
import type { DB, WebhookAttemptsTable, WebhookEndpointsTable } from '../../db/database.js';
import { applyPage, DEFAULT_PAGE_LIMIT, type Page, type PageParams, toPage } from '../../db/keyset.js';
import { updateVersioned, type VersionedValues } from '../../db/versioned-update.js';
import type { Delivery, Webhook } from './webhook.schemas.js';

export type WebhookRow = Selectable<WebhookEndpointsTable>;

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    types: JSON.parse(row.types) as string[],
    description: row.description,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    version: Number(row.version),
  };
}

export async function insertWebhook(db: Kysely<DB>, row: Insertable<WebhookEndpointsTable>): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export async function findWebhook(db: Kysely<DB>, tenantId: string, id: string): Promise<WebhookRow | undefined> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listWebhooks(db: Kysely<DB>, tenantId: string, page: PageParams): Promise<Page<Webhook>> {
  const query = db.selectFrom('webhook_endpoints').selectAll().where('tenant_id', '=', tenantId);
  const rows = await applyPage(query, page, { modifiedAt: 'modified_at', id: 'id' }).execute();
  const found = toPage(rows, page.limit, (row) => ({ modifiedAt: row.modified_at, id: row.id }));
  return { items: found.items.map(toWebhook), pageInfo: found.pageInfo };
}

/** Writes a change computed from `fromVersion` (412 if the row has moved on); answers the new version. */
export async function updateWebhook(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  fromVersion: number,
  values: VersionedValues<'webhook_endpoints'>,
): Promise<number> {
  return updateVersioned(db, 'webhook_endpoints', { tenantId, id, fromVersion, notFound: 'WEBHOOK_NOT_FOUND' }, values);
}

/** Deletes the endpoint and (by cascade) its delivery log; answers whether it existed. */
export async function deleteWebhook(db: Kysely<DB>, tenantId: string, id: string): Promise<boolean> {
  await db.deleteFrom('webhook_attempts').where('tenant_id', '=', tenantId).where('endpoint_id', '=', id).execute();
  const result = await db
    .deleteFrom('webhook_endpoints')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

function toDelivery(row: Selectable<WebhookAttemptsTable>): Delivery {
  return {
    eventId: row.event_id,
    attempt: Number(row.attempt),
    status: row.status === null ? null : Number(row.status),
    durationMs: Number(row.duration_ms),
    error: row.error,
    at: row.at,
    nextAttemptAt: row.next_attempt_at,
  };
}

/** An endpoint's attempts, newest first, by (at, id) descending; the cursor is the last row of the page before. */
export async function listAttempts(
  db: Kysely<DB>,
  tenantId: string,
  endpointId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<Delivery>> {
  const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
  let query = db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('endpoint_id', '=', endpointId);
  if (page.cursor !== undefined) {
    const before = decodeCursor(page.cursor);
    query = query.where(sql<SqlBool>`(at, id) < (${before.modifiedAt}, ${before.id})`);
  }
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const found = toPage(rows, limit, (row) => ({ modifiedAt: row.at, id: row.id }));
  return { items: found.items.map(toDelivery), pageInfo: found.pageInfo };
}
