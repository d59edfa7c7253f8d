import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';

export interface TenantRow {
  id: string;
  name: string;
  createdAt: string;
}

export interface ApiKeyRow {
  id: string;
  tenantId: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export async function insertTenant(db: Kysely<DB>, tenant: TenantRow): Promise<void> {
  await db
    .insertInto('tenants')
    .values({ id: tenant.id, name: tenant.name, require_if_match: 0, created_at: tenant.createdAt })
    .execute();
}

export async function findTenant(db: Kysely<DB>, id: string): Promise<TenantRow | undefined> {
  const row = await db
    .selectFrom('tenants')
    .select(['id', 'name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function countTenants(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertApiKey(db: Kysely<DB>, key: ApiKeyRow & { hash: string }): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      tenant_id: key.tenantId,
      prefix: key.prefix,
      key_hash: key.hash,
      created_at: key.createdAt,
      revoked_at: key.revokedAt,
    })
    .execute();
}

/** The tenant of an active key with this hash, the key's id (the actor of its writes) and the tenant's settings. */
export async function findTenantByKeyHash(
  db: Kysely<DB>,
  hash: string,
): Promise<{ tenantId: string; keyId: string; requireIfMatch: boolean } | undefined> {
  const row = await db
    .selectFrom('api_keys as k')
    .innerJoin('tenants as t', 't.id', 'k.tenant_id')
    .select(['k.id', 'k.tenant_id', 't.require_if_match'])
    .where('k.key_hash', '=', hash)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { tenantId: row.tenant_id, keyId: row.id, requireIfMatch: row.require_if_match === 1 };
}

/** Opts a tenant in or out of mandatory If-Match on writes; false when there is no such tenant. */
export async function setRequireIfMatch(db: Kysely<DB>, tenantId: string, required: boolean): Promise<boolean> {
  const result = await db
    .updateTable('tenants')
    .set({ require_if_match: required ? 1 : 0 })
    .where('id', '=', tenantId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listApiKeys(db: Kysely<DB>, tenantId: string): Promise<ApiKeyRow[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(['id', 'tenant_id', 'prefix', 'created_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    prefix: r.prefix,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes the active keys whose prefix is exactly `prefix`; returns how many. */
export async function revokeApiKeysByPrefix(db: Kysely<DB>, prefix: string, at: string): Promise<number> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('prefix', '=', prefix)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface TenantSummaryRow extends TenantRow {
  /** Keys not revoked. */
  activeKeys: number;
}

/**
 * Every tenant, oldest first, with how many keys it can still use: the operator's view across tenants
 * (the command line's `tenant list`), so the one query not scoped to a tenant; it reads no tenant's records.
 */
export async function listTenantsWithKeyCounts(db: Kysely<DB>): Promise<TenantSummaryRow[]> {
  const rows = await db
    .selectFrom('tenants as t')
    .leftJoin('api_keys as k', (join) => join.onRef('k.tenant_id', '=', 't.id').on('k.revoked_at', 'is', null))
    .select(['t.id', 't.name', 't.created_at'])
    .select((eb) => eb.fn.count<string | number>('k.id').as('active_keys'))
    .groupBy(['t.id', 't.name', 't.created_at'])
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, activeKeys: Number(r.active_keys) }));
}
