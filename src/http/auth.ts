import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { AppError } from '../core/errors.js';
import { hashApiKey, looksLikeApiKey } from '../modules/tenants/api-key.js';
import { findTenantByKeyHash } from '../modules/tenants/tenant.repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant of the request's API key; set by the auth hook on every non-public route. */
    tenantId: string;
    /** The tenant requires If-Match on writes to existing records (API.md §1.4, 428). */
    requireIfMatch: boolean;
  }
  interface FastifyContextConfig {
    /** Routes that need no API key (health, readiness, metrics, docs). */
    public?: boolean;
  }
}

const MAX_CACHED = 10_000;

/**
 * Verifies `x-api-key` against stored hashes, remembering answers (positive and negative) for `ttlMs`,
 * so a busy key costs one hash and one map lookup per request. A key revoked elsewhere stops working
 * once its entry expires: at most `ttlMs` later; so does a change to the tenant's If-Match setting.
 */
export function createAuthenticator(ctx: Context, ttlMs: number) {
  type Tenant = Awaited<ReturnType<typeof findTenantByKeyHash>>;
  const cache = new Map<string, { tenant: Tenant; expiresAt: number }>();

  async function tenantFor(key: string): Promise<Tenant> {
    if (!looksLikeApiKey(key)) return undefined;
    const hash = hashApiKey(key);
    const now = Date.now();
    const hit = cache.get(hash);
    if (hit && hit.expiresAt > now) return hit.tenant;
    const tenant = await findTenantByKeyHash(ctx.db.kysely, hash);
    if (ttlMs > 0) {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(hash, { tenant, expiresAt: now + ttlMs });
    }
    return tenant;
  }

  return {
    hook: async (request: FastifyRequest, _reply: FastifyReply) => {
      const route = request.routeOptions.url;
      // Unmatched routes fall through to the 404 handler; /docs is the interactive reference's own plugin.
      if (!route || request.routeOptions.config?.public || route === '/docs' || route.startsWith('/docs/')) return;
      const header = request.headers['x-api-key'];
      const key = Array.isArray(header) ? header[0] : header;
      const tenant = key ? await tenantFor(key) : undefined;
      if (!tenant) throw new AppError('INVALID_API_KEY');
      request.tenantId = tenant.tenantId;
      request.requireIfMatch = tenant.requireIfMatch;
      // A write to an existing (versioned) record: PATCH, DELETE, or a POST on one (restore).
      const write = request.method === 'PATCH' || request.method === 'DELETE' || route.endsWith('/restore');
      if (write && tenant.requireIfMatch && request.headers['if-match'] === undefined) {
        throw new AppError('PRECONDITION_REQUIRED');
      }
    },
    /** Forgets every cached answer (after a revoke in this process). */
    clear: () => cache.clear(),
  };
}
