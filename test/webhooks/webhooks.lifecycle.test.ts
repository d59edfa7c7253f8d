import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { claimDue } from '../../src/modules/webhooks/delivery.repository.js';
import { dialects } from '../harness.js';
import {
  appendUserEvents,
  buildWebhookApp,
  type Clock,
  createWebhook,
  deliveries,
  fixedClock,
  type Receiver,
  startReceiver,
  verifiedBy,
  type WebhookTestApp,
} from './support.js';

const S = 1000;
const H = 60 * 60 * S;

/** Endpoint lifecycles on a clock the test moves: retries over a day, disabling, rotation, leases. */
for (const dialect of dialects()) {
  describe(`webhook lifecycle on a fixed clock (${dialect})`, () => {
    let t: WebhookTestApp;
    let clock: Clock;
    let r: Receiver;
    before(async () => {
      clock = fixedClock();
      t = await buildWebhookApp(dialect, { clock });
      r = await startReceiver();
    });
    afterEach(async () => {
      const list = await t.client.request('GET', '/webhooks?limit=200');
      for (const w of list.body.items) await t.client.request('DELETE', `/webhooks/${w.id}`);
      r.received.length = 0;
      r.respond(() => ({ status: 200 }));
    });
    after(async () => {
      await r.close();
      await t.close();
    });

    it('retries on the schedule, disables the endpoint after 24 h of failures, and resumes from there when enabled', async () => {
      r.respond(() => ({ status: 503 }));
      const made = await createWebhook(t.client, { url: r.url });
      const [first, second] = await appendUserEvents(t.ctx, t.client.tenantId, 2);
      const worker = t.worker();
      const attempts: string[] = [];
      // Run the worker every simulated minute for 25 hours.
      const start = Date.parse(clock.now());
      for (let minute = 0; minute <= 25 * 60; minute++) {
        clock.set(new Date(start + minute * 60 * S).toISOString());
        const before = r.received.length;
        await worker.runOnce();
        if (r.received.length > before) attempts.push(clock.now());
      }
      const offsets = attempts.map((at) => (Date.parse(at) - start) / S);
      // 5 s, 30 s and 2 min are all passed by the next whole minute; then 10 min, 30 min, 1 h, 3 h, …
      assert.deepEqual(offsets.slice(0, 4), [0, 60, 120, 240]);
      assert.equal(offsets.at(-1), 24 * 3600, 'the last retry comes exactly 24 h after the first failure');
      assert.ok(r.received.every((x) => x.headers['webhook-id'] === first));

      const disabled = await t.client.request('GET', `/webhooks/${made.id}`);
      assert.equal(disabled.body.enabled, false);
      assert.equal(disabled.body.version, 2);
      const log = await deliveries(t.client, made.id);
      assert.equal(log.length, attempts.length);
      assert.equal(log[0].nextAttemptAt, null, 'the last attempt schedules nothing');
      assert.deepEqual(
        log.map((d) => d.attempt),
        attempts.map((_, i) => attempts.length - i),
      );

      // Disabled: nothing more is tried, however long it waits.
      clock.advance(10 * H);
      await worker.runOnce();
      assert.equal(r.received.length, attempts.length);

      r.respond(() => ({ status: 200 }));
      const enabled = await t.client.request('PATCH', `/webhooks/${made.id}`, { enabled: true }, { 'if-match': '2' });
      assert.equal(enabled.status, 200);
      assert.equal(enabled.body.enabled, true);
      await worker.runOnce();
      const resumed = r.received.slice(attempts.length).map((x) => x.headers['webhook-id']);
      assert.deepEqual(resumed, [first, second], 'resumes with the event it stopped at');
      const [latest] = await deliveries(t.client, made.id);
      assert.equal(latest.attempt, 1);

      // The delivery log pages newest first, by cursor, without repeats or gaps.
      const all = await deliveries(t.client, made.id);
      const paged: unknown[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await t.client.request('GET', `/webhooks/${made.id}/deliveries?limit=4${suffix}`);
        assert.equal(page.status, 200);
        paged.push(...page.body.items);
        cursor = page.body.pageInfo.nextCursor;
      } while (cursor);
      assert.deepEqual(paged, all);
      assert.ok(all.every((d, i) => i === 0 || d.at <= all[i - 1].at));
    });

    it('a new URL clears the failures and is tried at once, from the event that failed', async () => {
      const dead = await startReceiver();
      dead.respond(() => ({ status: 500 }));
      try {
        const made = await createWebhook(t.client, { url: dead.url });
        const [id] = await appendUserEvents(t.ctx, t.client.tenantId, 1);
        const worker = t.worker();
        await worker.runOnce();
        assert.equal(await worker.runOnce(), 0, 'the retry is not due yet');
        const moved = await t.client.request('PATCH', `/webhooks/${made.id}`, { url: r.url });
        assert.equal(moved.status, 200);
        assert.equal(await worker.runOnce(), 1);
        const [got] = await r.waitFor(1);
        assert.equal(got.headers['webhook-id'], id);
        const [attempt] = await deliveries(t.client, made.id);
        assert.deepEqual([attempt.attempt, attempt.status], [1, 200]);
      } finally {
        await dead.close();
      }
    });

    it('a success clears the failures: a later failure starts a new 24 h', async () => {
      r.respond((_req, index) => ({ status: index === 1 ? 200 : 500 }));
      const made = await createWebhook(t.client, { url: r.url });
      await appendUserEvents(t.ctx, t.client.tenantId, 2);
      const worker = t.worker();
      await worker.runOnce(); // event 1 fails
      clock.advance(23 * H);
      await worker.runOnce(); // event 1 succeeds, event 2 fails
      clock.advance(2 * H);
      await worker.runOnce(); // event 2 fails again: only 2 h into its failures
      const got = await t.client.request('GET', `/webhooks/${made.id}`);
      assert.equal(got.body.enabled, true);
      assert.deepEqual(
        (await deliveries(t.client, made.id)).map((d) => [d.attempt, d.status]),
        [
          [2, 500],
          [1, 500],
          [2, 200],
          [1, 500],
        ],
      );
    });

    it('signs with both secrets for 24 h after a rotation, then with the new one only', async () => {
      const made = await createWebhook(t.client, { url: r.url });
      const rotated = await t.client.request('POST', `/webhooks/${made.id}/rotate-secret`);
      assert.equal(rotated.status, 200);
      const worker = t.worker();

      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await worker.runOnce();
      const [during] = await r.waitFor(1);
      assert.equal(String(during.headers['webhook-signature']).split(' ').length, 2);
      assert.deepEqual(verifiedBy([rotated.body.secret, made.secret], during.headers, during.body), [
        rotated.body.secret,
        made.secret,
      ]);

      clock.advance(24 * H - S);
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await worker.runOnce();
      const [, almost] = await r.waitFor(2);
      assert.equal(verifiedBy([made.secret], almost.headers, almost.body).length, 1, 'still signed 1 s before 24 h');

      clock.advance(S);
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await worker.runOnce();
      const [, , afterwards] = await r.waitFor(3);
      assert.equal(String(afterwards.headers['webhook-signature']).split(' ').length, 1);
      assert.deepEqual(verifiedBy([rotated.body.secret, made.secret], afterwards.headers, afterwards.body), [
        rotated.body.secret,
      ]);
    });

    it('a second rotation drops the oldest secret at once', async () => {
      const made = await createWebhook(t.client, { url: r.url });
      const one = await t.client.request('POST', `/webhooks/${made.id}/rotate-secret`);
      const two = await t.client.request('POST', `/webhooks/${made.id}/rotate-secret`);
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await t.worker().runOnce();
      const [got] = await r.waitFor(1);
      assert.deepEqual(verifiedBy([two.body.secret, one.body.secret, made.secret], got.headers, got.body), [
        two.body.secret,
        one.body.secret,
      ]);
    });

    it('an endpoint claimed by a process that died is delivered once its 30 s lease runs out', async () => {
      await createWebhook(t.client, { url: r.url });
      const [id] = await appendUserEvents(t.ctx, t.client.tenantId, 1);
      // A process claims the endpoint and dies before sending anything.
      const now = Date.parse(clock.now());
      const claimed = await claimDue(
        t.db,
        'dead-process',
        new Date(now).toISOString(),
        new Date(now + 30 * S).toISOString(),
        10,
      );
      assert.equal(claimed.length, 1);
      const worker = t.worker();
      clock.advance(29 * S);
      assert.equal(await worker.runOnce(), 0, 'the claim still holds');
      clock.advance(S);
      assert.equal(await worker.runOnce(), 1);
      const [got] = await r.waitFor(1);
      assert.equal(got.headers['webhook-id'], id);
    });

    it('stopping the worker cuts a delivery short and releases the endpoint at once, without moving its position', async () => {
      r.respond(() => 'hang');
      await createWebhook(t.client, { url: r.url });
      const [id] = await appendUserEvents(t.ctx, t.client.tenantId, 1);
      const first = t.worker({ timeoutMs: 5000, pollMs: 10 });
      first.start();
      await r.waitFor(1);
      const started = Date.now();
      await first.stop();
      assert.ok(Date.now() - started < 1000, 'stop does not wait for the hanging request');
      r.respond(() => ({ status: 200 }));
      // No waiting for a lease: another process picks the endpoint up at once.
      assert.equal(await t.worker().runOnce(), 1);
      const got = await r.waitFor(2);
      assert.deepEqual(
        got.map((x) => x.headers['webhook-id']),
        [id, id],
      );
    });

    it('deleting an endpoint while it fails stops its deliveries', async () => {
      r.respond(() => ({ status: 500 }));
      const made = await createWebhook(t.client, { url: r.url });
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      const worker = t.worker();
      await worker.runOnce();
      assert.equal((await t.client.request('DELETE', `/webhooks/${made.id}`)).status, 204);
      clock.advance(H);
      assert.equal(await worker.runOnce(), 0);
      assert.equal(r.received.length, 1);
    });
  });
}
