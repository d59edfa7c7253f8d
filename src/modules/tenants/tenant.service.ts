import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { isUuid } from '../../core/ids.js';
import type { DB } from '../../db/database.js';
import { DEFAULT_STAGES, PIPELINES } from '../stages/stage.defaults.js';
import { insertStages } from '../stages/stage.repository.js';
import { generateApiKey, hashApiKey, keyPrefix } from './api-key.js';
import * as repo from './tenant.repository.js';

export interface NewKey {
  id: string;
  tenantId: string;
  apiKey: string;
  prefix: string;
}

async function addKey(ctx: Context, trx: Kysely<DB>, tenantId: string): Promise<NewKey> {
  const apiKey = generateApiKey();
  const row = { id: ctx.newId(), tenantId, prefix: keyPrefix(apiKey), createdAt: ctx.now(), revokedAt: null };
  await repo.insertApiKey(trx, { ...row, hash: hashApiKey(apiKey) });
  return { id: row.id, tenantId, apiKey, prefix: row.prefix };
}

/** A new tenant with its default pipeline stages and its first API key, in one transaction. */
export async function createTenant(ctx: Context, name: string): Promise<{ tenantId: string; apiKey: string }> {
  return ctx.db.transaction(async (trx) => {
    const now = ctx.now();
    const tenantId = ctx.newId();
    await repo.insertTenant(trx, { id: tenantId, name, createdAt: now });
    const stages = PIPELINES.flatMap((pipeline) =>
      DEFAULT_STAGES[pipeline].map((stage, position) => ({
        id: ctx.newId(),
        tenant_id: tenantId,
        pipeline,
        name: stage.name,
        color_hex: stage.colorHex,
        position,
        created_at: now,
        modified_at: now,
        version: 1,
      })),
    );
    await insertStages(trx, stages);
    const key = await addKey(ctx, trx, tenantId);
    return { tenantId, apiKey: key.apiKey };
  });
}

/** Returns undefined when the tenant does not exist. */
export async function createKey(ctx: Context, tenantId: string): Promise<NewKey | undefined> {
  return ctx.db.transaction(async (trx) => {
    if (!(await repo.findTenant(trx, tenantId))) return undefined;
    return addKey(ctx, trx, tenantId);
  });
}

export async function listKeys(ctx: Context, tenantId: string): Promise<repo.ApiKeyRow[]> {
  return repo.listApiKeys(ctx.db.kysely, tenantId);
}

export async function revokeKey(ctx: Context, prefix: string): Promise<number> {
  return repo.revokeApiKeysByPrefix(ctx.db.kysely, prefix, ctx.now());
}

/** Makes the `default` tenant on an empty database; returns its key once, or undefined if tenants exist. */
export async function ensureDefaultTenant(ctx: Context): Promise<{ tenantId: string; apiKey: string } | undefined> {
  if ((await repo.countTenants(ctx.db.kysely)) > 0) return undefined;
  return createTenant(ctx, 'default');
}

/** API.md §1.4: a tenant may require `If-Match` on every write to an existing record (else 428). */
export async function requireIfMatch(ctx: Context, tenantId: string, required: boolean): Promise<boolean> {
  return repo.setRequireIfMatch(ctx.db.kysely, tenantId, required);
}

/** The tenant with this id, or undefined (an id that is not a UUID names no tenant: no query). */
export async function findTenant(ctx: Context, tenantId: string): Promise<repo.TenantRow | undefined> {
  if (!isUuid(tenantId)) return undefined;
  return repo.findTenant(ctx.db.kysely, tenantId);
}

/** Every tenant with its count of usable keys, oldest first. */
export async function listTenants(ctx: Context): Promise<repo.TenantSummaryRow[]> {
  return repo.listTenantsWithKeyCounts(ctx.db.kysely);
}
