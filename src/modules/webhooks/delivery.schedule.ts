/**
 * When a failed delivery is tried again (API.md §4.3): about 5 s, 30 s, 2 min, 10 min, 30 min and 1 h after
 * the 1st to 6th failures, then every 3 h; each delay is spread by ±20 % so that endpoints that failed
 * together (an outage of a shared host) are not all retried in the same second. No retry is scheduled past
 * `GIVE_UP_AFTER_MS` of failing: the last one comes exactly then, and if it fails too the endpoint is
 * disabled.
 */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000];

/** An endpoint whose deliveries have all failed for this long is disabled. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

export interface RetryPlan {
  /** Epoch ms of the next attempt; undefined when the endpoint is to be disabled instead. */
  nextAttemptAt?: number;
}

/**
 * The plan after a failure. `failures` counts failed attempts since the last success, this one included;
 * `failingSince` is when the first of them happened; `random` in [0, 1).
 */
export function planRetry(
  failures: number,
  failingSince: number,
  now: number,
  random: () => number,
  delays: readonly number[] = RETRY_DELAYS_MS,
  giveUpAfterMs = GIVE_UP_AFTER_MS,
): RetryPlan {
  const deadline = failingSince + giveUpAfterMs;
  if (now >= deadline) return {};
  const base = delays[Math.min(failures, delays.length) - 1];
  const delay = Math.round(base * (0.8 + 0.4 * random()));
  return { nextAttemptAt: Math.min(now + delay, deadline) };
}
