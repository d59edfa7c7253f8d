import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { Context } from '../context.js';
import { IDEMPOTENCY_TTL_MS } from './idempotency.js';
import { pruneKeysBefore } from './idempotency.repository.js';

/** Keys deleted per transaction. */
export const KEY_PRUNE_BATCH = 500;
/** How often each process looks for keys past their 24 h. */
export const KEY_PRUNE_INTERVAL_MS = 10 * 60 * 1000;
const FIRST_PRUNE_MS = 5_000;

/**
 * Deletes every idempotency key made more than 24 h before ctx.now(), in batches, each its own transaction;
 * answers how many. Look-ups already ignore such keys, so this only bounds the table. Safe in several
 * processes at once.
 */
export async function pruneExpiredIdempotencyKeys(ctx: Context, batchSize: number = KEY_PRUNE_BATCH): Promise<number> {
  const cutoff = new Date(Date.parse(ctx.now()) - IDEMPOTENCY_TTL_MS).toISOString();
  let total = 0;
  for (;;) {
    const deleted = await ctx.db.transaction((trx) => pruneKeysBefore(trx, cutoff, batchSize));
    total += deleted;
    if (deleted < batchSize) return total;
    await yieldToRequests();
  }
}

export interface IdempotencyPruner {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Background pruning inside the server process, run like the event pruner (modules/events/event.pruner.ts):
 * shortly after start and then every `intervalMs`, on unref'd timers; a failed run is reported and retried at
 * the next tick.
 */
export function startIdempotencyPruner(
  ctx: Context,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): IdempotencyPruner {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = pruneExpiredIdempotencyKeys(ctx)
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, Math.min(FIRST_PRUNE_MS, options.intervalMs ?? FIRST_PRUNE_MS));
  const every = setInterval(run, options.intervalMs ?? KEY_PRUNE_INTERVAL_MS);
  first.unref();
  every.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
