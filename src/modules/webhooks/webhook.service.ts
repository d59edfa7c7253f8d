import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import type { Page } from '../../db/keyset.js';
import { lockForWrite, type VersionedValues } from '../../db/versioned-update.js';
import { lastSeq } from './webhook.events.js';
import * as repo from './webhook.repository.js';
import type {
  CreateWebhookBody,
  Delivery,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  UpdateWebhookBody,
  Webhook,
  WebhookWithSecret,
} from './webhook.schemas.js';
import { checkWebhookUrl, type UrlPolicy } from './webhook.url-guard.js';

/** What the webhook rules need besides the context: the URL policy and a source of secrets. */
export interface WebhookDeps {
  policy: UrlPolicy;
  newSecret: () => string;
}

/** After a rotation the old secret still signs for this long, so receivers can switch without losing events. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

type IfMatch = number | undefined | 'unmatchable';

/** `types` as stored: duplicates dropped, in the order given; empty means every type. */
function normalizeTypes(types: string[] | undefined): string[] {
  return [...new Set(types ?? [])];
}

async function existing(ctx: Context, tenantId: string, id: string): Promise<repo.WebhookRow> {
  const row = isUuid(id) ? await repo.findWebhook(ctx.db.kysely, tenantId, id) : undefined;
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
  return row;
}

export async function createWebhook(
  ctx: Context,
  deps: WebhookDeps,
  tenantId: string,
  body: CreateWebhookBody,
): Promise<WebhookWithSecret> {
  await checkWebhookUrl(body.url, deps.policy);
  const now = ctx.now();
  const secret = deps.newSecret();
  const id = ctx.newId();
  const types = normalizeTypes(body.types);
  await ctx.db.transaction(async (trx) => {
    await repo.insertWebhook(trx, {
      id,
      tenant_id: tenantId,
      url: body.url,
      types: JSON.stringify(types),
      description: body.description ?? null,
      enabled: 1,
      secret,
      previous_secret: null,
      previous_secret_expires_at: null,
      created_at: now,
      modified_at: now,
      version: 1,
      // A new endpoint receives the events recorded after it, not the tenant's whole past.
      delivered_seq: await lastSeq(trx, tenantId),
      failed_attempts: 0,
      failing_since: null,
      next_attempt_at: now,
      lease_owner: null,
      lease_expires_at: null,
    });
  });
  const webhook: Webhook = {
    id,
    url: body.url,
    types,
    description: body.description ?? null,
    enabled: true,
    createdAt: now,
    modifiedAt: now,
    version: 1,
  };
  return { ...webhook, secret };
}

export async function listWebhooks(ctx: Context, tenantId: string, query: ListWebhooksQuery): Promise<Page<Webhook>> {
  return repo.listWebhooks(ctx.db.kysely, tenantId, query);
}

export async function getWebhook(ctx: Context, tenantId: string, id: string): Promise<Webhook> {
  return repo.toWebhook(await existing(ctx, tenantId, id));
}

/**
 * PATCH: url, types, description, enabled. Enabling a disabled endpoint, or giving it a new URL, clears its
 * failures and makes it due at once; its position is kept, so delivery resumes with the event it stopped at.
 */
export async function updateWebhook(
  ctx: Context,
  deps: WebhookDeps,
  tenantId: string,
  id: string,
  body: UpdateWebhookBody,
  ifMatch: IfMatch,
): Promise<Webhook> {
  const before = await existing(ctx, tenantId, id);
  // Resolving a name can take seconds: never while holding a lock.
  if (body.url !== undefined && body.url !== before.url) await checkWebhookUrl(body.url, deps.policy);
  return ctx.db.transaction(async (trx) => {
    await lockForWrite(trx, 'webhook_endpoints', { tenantId, id });
    const row = await repo.findWebhook(trx, tenantId, id);
    if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
    assertVersion(ifMatch, Number(row.version));
    const current = repo.toWebhook(row);
    const next = {
      url: body.url ?? current.url,
      types: body.types === undefined ? current.types : normalizeTypes(body.types),
      description: body.description === undefined ? current.description : body.description,
      enabled: body.enabled ?? current.enabled,
    };
    const values: VersionedValues<'webhook_endpoints'> = {};
    if (next.url !== current.url) values.url = next.url;
    if (JSON.stringify(next.types) !== JSON.stringify(current.types)) values.types = JSON.stringify(next.types);
    if (next.description !== current.description) values.description = next.description;
    if (next.enabled !== current.enabled) values.enabled = next.enabled ? 1 : 0;
    if (Object.keys(values).length === 0) return current;
    const now = ctx.now();
    if ((values.enabled === 1 || values.url !== undefined) && next.enabled) {
      Object.assign(values, { failed_attempts: 0, failing_since: null, next_attempt_at: now });
    }
    const version = await repo.updateWebhook(trx, tenantId, id, current.version, { ...values, modified_at: now });
    return { ...current, ...next, modifiedAt: now, version };
  });
}

export async function deleteWebhook(ctx: Context, tenantId: string, id: string, ifMatch: IfMatch): Promise<void> {
  if (!isUuid(id)) throw new AppError('WEBHOOK_NOT_FOUND');
  await ctx.db.transaction(async (trx) => {
    await lockForWrite(trx, 'webhook_endpoints', { tenantId, id });
    const row = await repo.findWebhook(trx, tenantId, id);
    if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
    assertVersion(ifMatch, Number(row.version));
    await repo.deleteWebhook(trx, tenantId, id);
  });
}

/**
 * A new secret, shown in this answer only. The one it replaces keeps signing (a second signature in
 * `webhook-signature`) for 24 h; a secret older than that is dropped at once.
 */
export async function rotateSecret(
  ctx: Context,
  deps: WebhookDeps,
  tenantId: string,
  id: string,
  ifMatch: IfMatch,
): Promise<WebhookWithSecret> {
  if (!isUuid(id)) throw new AppError('WEBHOOK_NOT_FOUND');
  return ctx.db.transaction(async (trx) => {
    await lockForWrite(trx, 'webhook_endpoints', { tenantId, id });
    const row = await repo.findWebhook(trx, tenantId, id);
    if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
    assertVersion(ifMatch, Number(row.version));
    const now = ctx.now();
    const secret = deps.newSecret();
    const version = await repo.updateWebhook(trx, tenantId, id, Number(row.version), {
      secret,
      previous_secret: row.secret,
      previous_secret_expires_at: new Date(Date.parse(now) + ROTATION_OVERLAP_MS).toISOString(),
      modified_at: now,
    });
    return { ...repo.toWebhook(row), modifiedAt: now, version, secret };
  });
}

export async function listDeliveries(
  ctx: Context,
  tenantId: string,
  id: string,
  query: ListDeliveriesQuery,
): Promise<Page<Delivery>> {
  await existing(ctx, tenantId, id);
  return repo.listAttempts(ctx.db.kysely, tenantId, id, query);
}
