import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { Context } from '../../context.js';
import { pruneEventsBefore } from './event.repository.js';

/** Events deleted per transaction: short transactions, so writers of a pruned tenant barely wait. */
export const PRUNE_BATCH = 500;
/** How often each process looks for events past retention. */
export const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
/** The first look after start-up, once the process is serving. */
const FIRST_PRUNE_MS = 5_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes every event older than `retentionDays` before ctx.now(), in batches of `batchSize`, each its own
 * transaction; answers how many were deleted. Safe to run in several processes at once (see
 * pruneEventsBefore). Between batches it lets the process's requests run.
 */
export async function pruneExpiredEvents(
  ctx: Context,
  retentionDays: number,
  batchSize: number = PRUNE_BATCH,
): Promise<number> {
  const cutoff = new Date(Date.parse(ctx.now()) - retentionDays * DAY_MS).toISOString();
  let total = 0;
  for (;;) {
    const deleted = await ctx.db.transaction((trx) => pruneEventsBefore(trx, cutoff, batchSize));
    total += deleted;
    if (deleted < batchSize) return total;
    await yieldToRequests();
  }
}

export interface EventPruner {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Background retention inside the server process (API.md §4.1, ARCHITECTURE.md "changes are data"): a run
 * shortly after start and then every `intervalMs`. Timers are unref'd, so they never keep a process alive;
 * a failed run (the database away, say) is reported and retried at the next tick.
 */
export function startEventPruner(
  ctx: Context,
  options: { retentionDays: number; intervalMs?: number; onError?: (error: unknown) => void },
): EventPruner {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = pruneExpiredEvents(ctx, options.retentionDays)
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, Math.min(FIRST_PRUNE_MS, options.intervalMs ?? FIRST_PRUNE_MS));
  const every = setInterval(run, options.intervalMs ?? PRUNE_INTERVAL_MS);
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
