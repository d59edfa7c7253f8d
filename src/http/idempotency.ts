import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { AppError, validationError } from '../core/errors.js';
import { idempotencyKeyProblem, requestFingerprint } from './idempotency.key.js';
import {
  commitWithoutFlush,
  findKey,
  insertClaim,
  type KeptAnswer,
  keepAnswer,
  type NewClaim,
  releaseClaim,
  takeOverClaim,
} from './idempotency.repository.js';

/** How long a kept answer is replayed (API.md §5.1). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * How long a running first request holds its key. Within it a duplicate is told 409 IDEMPOTENCY_KEY_IN_USE;
 * after it (the process died before keeping the answer, say) a retry takes the key over and runs.
 */
export const IDEMPOTENCY_LEASE_MS = 60 * 1000;

/** The answer headers that are kept and replayed; the rest (request id, rate limits) belong to each request. */
const KEPT_HEADERS = ['content-type', 'etag', 'location'] as const;
const WRITES = new Set(['POST', 'PATCH', 'DELETE']);

/** A request that runs under a key it claimed, and must keep (or release) the key with its answer. */
interface Claim {
  tenantId: string;
  key: string;
  leaseToken: string;
}

type Outcome = { run: Claim } | { replay: KeptAnswer };

const addMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Answers that are not kept, so that a retry runs afresh (API.md §5.1). */
export function isKeptStatus(status: number): boolean {
  return status !== 401 && status !== 429 && status < 500;
}

/**
 * Claims the key for this request, or says what the earlier request with it settled: its kept answer, or
 * 422 IDEMPOTENCY_KEY_REUSED (another request), or 409 IDEMPOTENCY_KEY_IN_USE (still running). A row that
 * changes between reading and claiming it (another process took it over, or released it) is read again.
 */
async function claimKey(ctx: Context, tenantId: string, key: string, fingerprint: string): Promise<Outcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = ctx.now();
    const claim: NewClaim = {
      tenantId,
      key,
      fingerprint,
      now,
      leaseToken: randomUUID(),
      leaseExpiresAt: addMs(now, IDEMPOTENCY_LEASE_MS),
    };
    const run = { run: { tenantId, key, leaseToken: claim.leaseToken } };
    const inserted = await ctx.db.transaction(async (trx) => {
      await commitWithoutFlush(trx);
      return insertClaim(trx, claim);
    });
    if (inserted) return run;
    const row = await findKey(ctx.db.kysely, tenantId, key);
    if (!row) continue;
    const expired = addMs(row.created_at, IDEMPOTENCY_TTL_MS) <= now;
    const leaseOver = row.status === null && (row.lease_expires_at ?? '') <= now;
    if (!expired && row.fingerprint !== fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (expired || leaseOver) {
      const taken = await ctx.db.transaction(async (trx) => {
        await commitWithoutFlush(trx);
        return takeOverClaim(trx, claim, row.lease_token);
      });
      if (taken) return run;
      continue;
    }
    if (row.status === null) break;
    return {
      replay: { status: row.status, headers: JSON.parse(row.headers ?? '{}'), body: row.body ?? '' },
    };
  }
  throw new AppError('IDEMPOTENCY_KEY_IN_USE');
}

/** The answer as it leaves the handler, in the form it is kept; undefined for a streamed one (never kept). */
function answerOf(reply: FastifyReply, payload: unknown): KeptAnswer | undefined {
  let body: string;
  if (payload === null || payload === undefined) body = '';
  else if (typeof payload === 'string') body = payload;
  else if (Buffer.isBuffer(payload)) body = payload.toString('utf8');
  else return undefined;
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return { status: reply.statusCode, headers, body };
}

/**
 * `Idempotency-Key` on every POST, PATCH and DELETE (API.md §5.1), kept in the database so that every process
 * on it shares the keys. Register after the hook that trims the body (the fingerprint is of the parsed body)
 * and before validation, so that a reused key with another, even invalid, body is a 422, and a kept 400 is
 * replayed. Requests without the header pay one header look-up per hook.
 *
 * The answer is kept right after the handler's own transaction has committed, in a second one: a process
 * that dies between the two leaves a running claim, which its lease ends, and a retry then runs again.
 */
export function registerIdempotency(app: FastifyInstance, ctx: Context): void {
  const claims = new WeakMap<FastifyRequest, Claim>();

  app.addHook('preValidation', (request, reply, done) => {
    const header = request.headers['idempotency-key'];
    // Failed authentication never gets here; public routes have no tenant, and no key applies to them.
    if (header === undefined || !WRITES.has(request.method) || !request.tenantId) return done();
    const key = Array.isArray(header) ? header.join(', ') : header;
    const problem = idempotencyKeyProblem(key);
    if (problem) return done(validationError([problem]));
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    claimKey(ctx, request.tenantId, key, fingerprint).then(
      (outcome) => {
        if ('run' in outcome) {
          claims.set(request, outcome.run);
          return done();
        }
        // Answered here, and `done` is not called: neither validation nor the handler runs.
        const { status, headers, body } = outcome.replay;
        reply.code(status).headers(headers).header('idempotent-replayed', 'true').send(body);
      },
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'IDEMPOTENCY_KEY_IN_USE') reply.header('retry-after', '1');
        done(error as Error);
      },
    );
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const claim = request.headers['idempotency-key'] === undefined ? undefined : claims.get(request);
    if (!claim) return done(null, payload);
    claims.delete(request);
    const answer = isKeptStatus(reply.statusCode) ? answerOf(reply, payload) : undefined;
    const { tenantId, key, leaseToken } = claim;
    ctx.db
      .transaction((trx) =>
        answer ? keepAnswer(trx, tenantId, key, leaseToken, answer) : releaseClaim(trx, tenantId, key, leaseToken),
      )
      // The answer goes out all the same: the handler's work has committed. The key stays claimed until its
      // lease ends, and a retry after that runs again.
      .catch((error: unknown) => request.log.error({ err: error }, 'keeping the idempotent answer failed'))
      .finally(() => done(null, payload));
  });
}
