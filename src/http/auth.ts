import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { AppError } from '../core/errors.js';
import type { Actor } from '../modules/events/event.schemas.js';
import { hashApiKey, looksLikeApiKey } from '../modules/tenants/api-key.js';
import { findTenantByKeyHash } from '../modules/tenants/tenant.repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant of the request's API key; set by the auth hook on every non-public route. */
    tenantId: string;
    /** The tenant requires If-Match on writes to existing records (API.md §1.4, 428). */
    requireIfMatch: boolean;
    /** Who the request's writes are recorded as (API.md §4.1): its API key, by the key's id. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** Routes that need no API key (health, readiness, metrics, docs). */
    public?: boolean;
  }
}

/**
 * The request budgets of API.md §1.7 (rate-limit.ts), spent by the authenticator because only it knows
 * whether a key is real. Each method throws RATE_LIMITED, with Retry-After, when the budget is spent.
 */
export interface RequestBudget {
  /** Spends one request of the key's own budget (the key named by its hash). */
  chargeKey(request: FastifyRequest, reply: FastifyReply, keyHash: string): Promise<void>;
  /** Refuses the request if its client address has no budget left; spends nothing. */
  checkAddress(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Spends one request of the client address's budget. */
  chargeAddress(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/** Every matched route needs a key except the public ones and the interactive reference's own plugin. */
export function needsApiKey(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return !!route && !request.routeOptions.config?.public && route !== '/docs' && !route.startsWith('/docs/');
}

/** Keys verified as real, remembered apart from refusals so that no number of made-up keys can push them out. */
const MAX_VALID = 10_000;
/** Refused keys remembered, so that a client repeating a revoked or mistyped key costs no query. */
const MAX_REFUSED = 1_000;

/** A Map that holds at most `max` entries, forgetting the least recently used first. */
class LruMap<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * Verifies `x-api-key` against stored hashes and spends the request budgets (API.md §1.7) in this order:
 * - a key verified before (in `valid`) spends its own budget; within `ttlMs` of its last check it is
 *   trusted from memory (one hash and one map lookup), after that it is checked again in the database;
 * - anything else (no key, a malformed, made-up, revoked or not yet verified key) first needs budget left at
 *   its client address, before the key is looked up; a refused key then spends the address's budget, a real
 *   one its own. So an address that spent its budget on made-up keys is answered 429 without a query.
 * A real key is not punished for its address's made-up keys once this process has verified it: it keeps its
 * own budget from that address. A real key this process has not verified yet cannot be told from a made-up
 * one without the look-up that the address has run out of, so from that address it waits for the window.
 * Made-up keys are remembered only in the bounded `refused` map, so they never push real keys out of `valid`.
 * A key revoked elsewhere stops working within `ttlMs`; so does a change to the tenant's If-Match setting.
 */
export function createAuthenticator(ctx: Context, options: { ttlMs: number; budget?: RequestBudget }) {
  type Tenant = NonNullable<Awaited<ReturnType<typeof findTenantByKeyHash>>>;
  const { ttlMs, budget } = options;
  /** By key hash: the tenant, and until when it is trusted without asking the database again. */
  const valid = new LruMap<{ tenant: Tenant; freshUntil: number }>(MAX_VALID);
  /** By key hash: until when the refusal stands. */
  const refused = new LruMap<number>(MAX_REFUSED);

  async function lookUp(hash: string): Promise<Tenant | undefined> {
    const now = Date.now();
    const refusedUntil = refused.get(hash);
    if (refusedUntil !== undefined && refusedUntil > now) return undefined;
    const tenant = await findTenantByKeyHash(ctx.db.kysely, hash);
    if (tenant) {
      // Kept past its freshness (even with ttlMs 0): it still says the key is real, so it keeps its budget.
      valid.set(hash, { tenant, freshUntil: now + ttlMs });
      refused.delete(hash);
    } else {
      valid.delete(hash);
      if (ttlMs > 0) refused.set(hash, now + ttlMs);
      else refused.delete(hash);
    }
    return tenant;
  }

  /** The hash of the request's key when it has the shape of one; malformed keys are never hashed. */
  function keyHashOf(request: FastifyRequest): string | undefined {
    const header = request.headers['x-api-key'];
    const key = Array.isArray(header) ? header[0] : header;
    return key && looksLikeApiKey(key) ? hashApiKey(key) : undefined;
  }

  async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Tenant> {
    const hash = keyHashOf(request);
    const known = hash === undefined ? undefined : valid.get(hash);
    if (hash !== undefined && known) {
      await budget?.chargeKey(request, reply, hash);
      const tenant = known.freshUntil > Date.now() ? known.tenant : await lookUp(hash);
      // A revoked key was charged to itself; from now on it is one more unknown key.
      if (!tenant) throw new AppError('INVALID_API_KEY');
      return tenant;
    }
    await budget?.checkAddress(request, reply);
    const tenant = hash === undefined ? undefined : await lookUp(hash);
    if (hash === undefined || !tenant) {
      await budget?.chargeAddress(request, reply);
      throw new AppError('INVALID_API_KEY');
    }
    await budget?.chargeKey(request, reply, hash);
    return tenant;
  }

  return {
    hook: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!needsApiKey(request)) return;
      const tenant = await authenticate(request, reply);
      request.tenantId = tenant.tenantId;
      request.requireIfMatch = tenant.requireIfMatch;
      request.actor = { type: 'apiKey', id: tenant.keyId };
      // A write to an existing (versioned) record: PATCH, DELETE, or a POST on one (restore).
      const route = request.routeOptions.url as string;
      const write = request.method === 'PATCH' || request.method === 'DELETE' || route.endsWith('/restore');
      if (write && tenant.requireIfMatch && request.headers['if-match'] === undefined) {
        throw new AppError('PRECONDITION_REQUIRED');
      }
    },
    /**
     * Spends the budget of a request that matched no route (it is answered 404 without a look-up): the key's
     * own when this process has verified it, the client address's otherwise.
     */
    chargeUnrouted: async (request: FastifyRequest, reply: FastifyReply) => {
      const hash = keyHashOf(request);
      if (hash !== undefined && valid.get(hash)) await budget?.chargeKey(request, reply, hash);
      else await budget?.chargeAddress(request, reply);
    },
    /** Forgets every remembered answer (after a revoke in this process). */
    clear: () => {
      valid.clear();
      refused.clear();
    },
  };
}
