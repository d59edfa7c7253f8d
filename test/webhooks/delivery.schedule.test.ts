import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GIVE_UP_AFTER_MS, planRetry, RETRY_DELAYS_MS } from '../../src/modules/webhooks/delivery.schedule.js';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('webhook retry schedule', () => {
  it('waits about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 3 h', () => {
    const start = Date.parse('2030-01-01T00:00:00.000Z');
    const middle = () => 0.5;
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
      (n) => (planRetry(n, start, start, middle).nextAttemptAt as number) - start,
    );
    assert.deepEqual(delays, [5 * S, 30 * S, 2 * MIN, 10 * MIN, 30 * MIN, H, 3 * H, 3 * H, 3 * H]);
    assert.deepEqual(RETRY_DELAYS_MS.slice(0, 2), [5 * S, 30 * S]);
  });

  it('spreads each delay by ±20 % (jitter)', () => {
    const start = 0;
    assert.equal(planRetry(2, start, start, () => 0).nextAttemptAt, 24 * S);
    assert.equal(planRetry(2, start, start, () => 0.999999).nextAttemptAt, 36 * S);
  });

  it('schedules nothing past 24 h of failing: the last retry comes exactly then, after it the endpoint is disabled', () => {
    const since = 0;
    const late = 23 * H;
    assert.equal(planRetry(12, since, late, () => 0.5).nextAttemptAt, GIVE_UP_AFTER_MS);
    assert.deepEqual(
      planRetry(13, since, GIVE_UP_AFTER_MS, () => 0.5),
      {},
    );
    assert.deepEqual(
      planRetry(13, since, GIVE_UP_AFTER_MS + 1, () => 0.5),
      {},
    );
  });
});
