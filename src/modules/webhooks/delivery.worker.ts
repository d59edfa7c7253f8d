import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context } from '../../context.js';
import * as queue from './delivery.repository.js';
import { planRetry, RETRY_DELAYS_MS } from './delivery.schedule.js';
import { type SendOptions, type SendResult, sendDelivery } from './delivery.sender.js';
import { eventsAfter, type LoggedEvent } from './webhook.events.js';
import type { WebhookRow } from './webhook.repository.js';
import { signatureHeader } from './webhook.signature.js';
import { systemResolver, type UrlPolicy } from './webhook.url-guard.js';

/**
 * The webhook delivery worker (API.md §4.3), one per server process. Each round it claims endpoints that
 * have events to send (see delivery.repository.ts), up to `concurrency` at a time, and for each one POSTs
 * the events after its position one at a time, in the tenant's event order, moving the position only
 * after a 2xx. A failure ends that endpoint's turn and schedules its retry, so a slow or dead endpoint
 * holds one slot for at most one timeout and never delays another endpoint; writes never wait for any
 * of this (they only append events). On stop it aborts the requests in flight and releases its leases.
 */

export interface WorkerOptions {
  /** Endpoints served at once by this process. */
  concurrency?: number;
  /** Pause between rounds when there was nothing to do. */
  pollMs?: number;
  /** A delivery succeeds on a 2xx within this (API.md: 10 s). */
  timeoutMs?: number;
  /**
   * How long a claim lasts without renewal; a dead process's endpoints are retried after this (≤ 30 s).
   * It is renewed before each request, and a request is cut off at half of it, so it never runs out mid-request.
   */
  leaseMs?: number;
  /** Events read per claim; the rest wait for the next round. */
  batchSize?: number;
  /** Retry delays after the 1st, 2nd, … failure (tests shorten them). */
  retryDelaysMs?: readonly number[];
  /** Disable an endpoint after failing this long. */
  giveUpAfterMs?: number;
  /** Delivery log entries older than this are pruned (hourly). */
  keepAttemptsMs?: number;
  allowPrivateUrls?: boolean;
  resolve?: UrlPolicy['resolve'];
  /** In [0, 1): the jitter of retry delays. */
  random?: () => number;
  /** Replaces the HTTP call (tests of the worker's bookkeeping). */
  send?: (options: SendOptions) => Promise<SendResult>;
  /** Where unexpected errors (a database outage, say) are reported; the worker keeps going. */
  onError?: (error: unknown) => void;
}

export interface DeliveryWorker {
  /** Starts the loop (idempotent). */
  start(): void;
  /** Stops claiming, aborts deliveries in flight, releases leases; resolves when all of it is done. */
  stop(): Promise<void>;
  /** One round, waiting for every delivery it started: what tests drive with a fixed clock. */
  runOnce(): Promise<number>;
  /** Ends the pause between rounds now (after a test event is enqueued, say). */
  wake(): void;
}

const HOUR = 60 * 60 * 1000;

export function createDeliveryWorker(ctx: Context, options: WorkerOptions = {}): DeliveryWorker {
  const {
    concurrency = 16,
    pollMs = 500,
    timeoutMs = 10_000,
    leaseMs = 30_000,
    batchSize = 100,
    retryDelaysMs = RETRY_DELAYS_MS,
    giveUpAfterMs,
    keepAttemptsMs = 30 * 24 * HOUR,
    random = Math.random,
    send = sendDelivery,
    onError = () => {},
  } = options;
  const policy: UrlPolicy = {
    allowPrivate: options.allowPrivateUrls ?? false,
    resolve: options.resolve ?? systemResolver,
  };
  const requestLimitMs = Math.min(timeoutMs, leaseMs / 2);
  const owner = randomUUID();
  const db = ctx.db;
  const active = new Set<Promise<void>>();
  const aborter = new AbortController();
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: AbortController | undefined;
  let lastPrune = 0;

  const nowMs = () => Date.parse(ctx.now());
  const iso = (ms: number) => new Date(ms).toISOString();

  async function serve(row: WebhookRow): Promise<void> {
    const lease: queue.Lease = { tenantId: row.tenant_id, endpointId: row.id, owner };
    try {
      const types = JSON.parse(row.types) as string[];
      const wanted = (e: LoggedEvent) =>
        e.type === 'webhook.test' ? e.resourceId === row.id : types.length === 0 || types.includes(e.type);
      const batch = await eventsAfter(db.kysely, row.tenant_id, Number(row.delivered_seq), batchSize);
      let skipped = 0;
      let failures = Number(row.failed_attempts);
      for (const event of batch) {
        if (aborter.signal.aborted) break;
        if (!wanted(event)) {
          skipped = event.seq;
          continue;
        }
        if (skipped) await queue.skipTo(db.kysely, lease, skipped);
        skipped = 0;
        // Lost (expired and taken, or the endpoint was disabled or deleted): stop before sending.
        if (!(await queue.renewLease(db.kysely, lease, iso(nowMs() + leaseMs)))) break;
        const result = await deliver(row, event);
        if (aborter.signal.aborted) break;
        const at = ctx.now();
        const attempt = {
          id: ctx.newId(),
          eventId: event.id,
          attempt: failures + 1,
          ...result,
          at,
          nextAttemptAt: null,
        };
        if (result.status !== null && result.status >= 200 && result.status < 300) {
          if (!(await queue.recordSuccess(db, lease, event.seq, attempt))) break;
          failures = 0;
          continue;
        }
        const failingSince = failures === 0 || !row.failing_since ? at : row.failing_since;
        const plan = planRetry(
          failures + 1,
          Date.parse(failingSince),
          Date.parse(at),
          random,
          retryDelaysMs,
          giveUpAfterMs,
        );
        const nextAttemptAt = plan.nextAttemptAt === undefined ? undefined : iso(plan.nextAttemptAt);
        await queue.recordFailure(db, lease, {
          attempt: { ...attempt, nextAttemptAt: nextAttemptAt ?? null },
          failingSince,
          nextAttemptAt,
        });
        return;
      }
      if (skipped) await queue.skipTo(db.kysely, lease, skipped);
      await queue.releaseLease(db.kysely, lease);
    } catch (error) {
      onError(error);
      // The lease runs out on its own if even this fails.
      await queue.releaseLease(db.kysely, lease).catch(() => {});
    }
  }

  function deliver(row: WebhookRow, event: LoggedEvent): Promise<SendResult> {
    const timestamp = Math.floor(nowMs() / 1000);
    const secrets = [row.secret];
    if (row.previous_secret && row.previous_secret_expires_at && row.previous_secret_expires_at > ctx.now()) {
      secrets.push(row.previous_secret);
    }
    return send({
      url: row.url,
      body: event.body,
      timeoutMs: requestLimitMs,
      policy,
      signal: aborter.signal,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Clientele-Webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, event.id, timestamp, event.body),
      },
    });
  }

  /** Claims what free slots allow and starts serving it; answers the started jobs. */
  async function round(): Promise<Promise<void>[]> {
    const free = concurrency - active.size;
    if (free <= 0) return [];
    const now = nowMs();
    if (now - lastPrune > HOUR) {
      lastPrune = now;
      await queue.pruneAttempts(db.kysely, iso(now - keepAttemptsMs));
    }
    const rows = await queue.claimDue(db, owner, iso(now), iso(now + leaseMs), free);
    return rows.map((row) => {
      const job = serve(row).finally(() => {
        active.delete(job);
        wake();
      });
      active.add(job);
      return job;
    });
  }

  function wake(): void {
    wakeUp?.abort();
  }

  async function run(): Promise<void> {
    while (running) {
      let started = 0;
      try {
        started = (await round()).length;
      } catch (error) {
        onError(error);
      }
      if (!running) break;
      // Straight on while there is work and room; otherwise a pause, cut short by a finished job or wake().
      if (started > 0 && active.size < concurrency) continue;
      wakeUp = new AbortController();
      await sleep(pollMs, undefined, { signal: wakeUp.signal }).catch(() => {});
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake();
      aborter.abort();
      await loop;
      await Promise.allSettled([...active]);
    },
    async runOnce() {
      const jobs = await round();
      await Promise.all(jobs);
      return jobs.length;
    },
    wake,
  };
}
