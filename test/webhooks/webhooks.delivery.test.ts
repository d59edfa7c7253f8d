import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { readEvents, stripEventData } from '../../src/modules/events/event.repository.js';
import { dialects } from '../harness.js';
import {
  appendUserEvents,
  buildWebhookApp,
  createWebhook,
  deliveries,
  type Receiver,
  startReceiver,
  verifiedBy,
  type WebhookTestApp,
} from './support.js';

for (const dialect of dialects()) {
  describe(`webhook delivery (${dialect})`, () => {
    let t: WebhookTestApp;
    const receivers: Receiver[] = [];
    const receiver = async () => {
      const r = await startReceiver();
      receivers.push(r);
      return r;
    };
    before(async () => {
      t = await buildWebhookApp(dialect);
    });
    afterEach(async () => {
      // Each test's endpoints must not receive the next test's events.
      const list = await t.client.request('GET', '/webhooks?limit=200');
      for (const w of list.body.items) await t.client.request('DELETE', `/webhooks/${w.id}`);
    });
    after(async () => {
      await Promise.all(receivers.map((r) => r.close()));
      await t.close();
    });

    it('POSTs each event as JSON, signed per Standard Webhooks (checked with an independent HMAC)', async () => {
      const r = await receiver();
      const made = await createWebhook(t.client, { url: r.url });
      const ids = await appendUserEvents(t.ctx, t.client.tenantId, 2);
      await t.worker().runOnce();
      const got = await r.waitFor(2);
      const stored = await readEvents(t.db.kysely, t.client.tenantId, { afterSeq: 0, limit: 100 });
      for (const [i, request] of got.entries()) {
        assert.equal(request.headers['content-type'], 'application/json');
        assert.equal(request.headers['webhook-id'], ids[i]);
        const timestamp = Number(request.headers['webhook-timestamp']);
        assert.ok(Math.abs(timestamp - Date.now() / 1000) < 60, 'Unix seconds, now');
        assert.match(String(request.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]{43}=$/);
        assert.deepEqual(verifiedBy([made.secret], request.headers, request.body), [made.secret]);
        assert.deepEqual(
          verifiedBy([`whsec_${Buffer.alloc(32).toString('base64')}`], request.headers, request.body),
          [],
        );
        const event = JSON.parse(request.body);
        const { seq: _seq, ...expected } = stored.find((e) => e.id === ids[i]) as (typeof stored)[number];
        assert.deepEqual(event, expected);
      }
      const log = await deliveries(t.client, made.id);
      assert.deepEqual(
        log.map((d) => [d.eventId, d.attempt, d.status, d.error, d.nextAttemptAt]),
        [
          [ids[1], 1, 200, null, null],
          [ids[0], 1, 200, null, null],
        ],
      );
      assert.ok(log.every((d) => Number.isInteger(d.durationMs) && d.durationMs >= 0));
    });

    it('a tampered body or id fails the independent check', async () => {
      const r = await receiver();
      const made = await createWebhook(t.client, { url: r.url });
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await t.worker().runOnce();
      const [request] = await r.waitFor(1);
      assert.deepEqual(verifiedBy([made.secret], request.headers, `${request.body} `), []);
      const otherId = { ...request.headers, 'webhook-id': 'msg_other' };
      assert.deepEqual(verifiedBy([made.secret], otherId, request.body), []);
    });

    it('sends only events recorded after the endpoint was made, and only the types it asked for', async () => {
      await appendUserEvents(t.ctx, t.client.tenantId, 3, 'before');
      const all = await receiver();
      const picky = await receiver();
      await createWebhook(t.client, { url: all.url });
      await createWebhook(t.client, { url: picky.url, types: ['client.created'] });
      const ids = await appendUserEvents(t.ctx, t.client.tenantId, 2, 'after');
      await t.worker().runOnce();
      assert.deepEqual(
        (await all.waitFor(2)).map((r) => r.headers['webhook-id']),
        ids,
      );
      assert.equal(picky.received.length, 0);
      // Nothing is left for either: another round sends nothing more.
      await t.worker().runOnce();
      assert.equal(all.received.length, 2);
    });

    it('keeps event order per endpoint, one request at a time', async () => {
      const r = await receiver();
      let open = 0;
      let most = 0;
      r.respond(() => {
        open++;
        most = Math.max(most, open);
        setTimeout(() => open--, 5);
        return { status: 200, delayMs: 5 };
      });
      await createWebhook(t.client, { url: r.url });
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(...(await appendUserEvents(t.ctx, t.client.tenantId, 5, `o${i}`)));
      await t.worker({ batchSize: 7 }).runOnce();
      const worker = t.worker({ batchSize: 7 });
      while (r.received.length < ids.length && (await worker.runOnce()) > 0) {}
      assert.deepEqual(
        r.received.map((x) => x.headers['webhook-id']),
        ids,
      );
      assert.equal(most, 1);
    });

    it('several workers (processes) share the endpoints: each event once, in order per endpoint', async () => {
      const targets = [await receiver(), await receiver(), await receiver(), await receiver()];
      for (const target of targets) {
        target.respond(() => ({ status: 200, delayMs: Math.floor(Math.random() * 4) }));
        await createWebhook(t.client, { url: target.url });
      }
      const workers = [t.worker({ pollMs: 5, batchSize: 3 }), t.worker({ pollMs: 5, batchSize: 3 })];
      for (const worker of workers) worker.start();
      try {
        const ids: string[] = [];
        for (let i = 0; i < 10; i++) ids.push(...(await appendUserEvents(t.ctx, t.client.tenantId, 3, `s${i}`)));
        for (const target of targets) {
          await target.waitFor(ids.length, 10_000);
          assert.deepEqual(
            target.received.map((x) => x.headers['webhook-id']),
            ids,
          );
        }
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
      }
    });

    it('retries after a 500, with the attempt logged, and then moves on', async () => {
      const r = await receiver();
      r.respond((_req, index) => ({ status: index === 0 ? 500 : 204 }));
      const made = await createWebhook(t.client, { url: r.url });
      const [first, second] = await appendUserEvents(t.ctx, t.client.tenantId, 2);
      const worker = t.worker({ retryDelaysMs: [50] });
      await worker.runOnce();
      assert.equal(r.received.length, 1, 'a failure ends the turn: the second event waits behind the first');
      let log = await deliveries(t.client, made.id);
      assert.equal(log[0].status, 500);
      assert.equal(log[0].attempt, 1);
      assert.equal(log[0].error, null);
      assert.ok(log[0].nextAttemptAt && log[0].nextAttemptAt > log[0].at);
      await worker.runOnce();
      assert.equal(r.received.length, 1, 'not retried before it is due');
      await new Promise((resolve) => setTimeout(resolve, 80));
      await worker.runOnce();
      assert.deepEqual(
        r.received.map((x) => x.headers['webhook-id']),
        [first, first, second],
      );
      log = await deliveries(t.client, made.id);
      assert.deepEqual(
        log.map((d) => [d.eventId, d.attempt, d.status]),
        [
          [second, 1, 204],
          [first, 2, 204],
          [first, 1, 500],
        ],
      );
    });

    it('retries after a timeout (no answer within the limit)', async () => {
      const r = await receiver();
      r.respond((_req, index) => (index === 0 ? { status: 200, delayMs: 600 } : { status: 200 }));
      const made = await createWebhook(t.client, { url: r.url });
      const [id] = await appendUserEvents(t.ctx, t.client.tenantId, 1);
      const worker = t.worker({ timeoutMs: 200, retryDelaysMs: [10] });
      await worker.runOnce();
      const [timedOut] = await deliveries(t.client, made.id);
      assert.equal(timedOut.status, null);
      assert.match(timedOut.error ?? '', /no answer within 200 ms/);
      assert.ok(timedOut.durationMs >= 190 && timedOut.durationMs < 600, String(timedOut.durationMs));
      await new Promise((resolve) => setTimeout(resolve, 30));
      await worker.runOnce();
      const log = await deliveries(t.client, made.id);
      assert.deepEqual(
        log.map((d) => [d.eventId, d.attempt, d.status]),
        [
          [id, 2, 200],
          [id, 1, null],
        ],
      );
    });

    it('records a refused connection as an attempt with no status', async () => {
      const r = await receiver();
      const url = r.url;
      await r.close();
      const made = await createWebhook(t.client, { url });
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await t.worker().runOnce();
      const [attempt] = await deliveries(t.client, made.id);
      assert.equal(attempt.status, null);
      assert.equal(attempt.error, 'connection refused');
    });

    it('a dead endpoint does not delay another: the running worker serves them side by side', async () => {
      const dead = await receiver();
      dead.respond(() => 'hang');
      const live = await receiver();
      await createWebhook(t.client, { url: dead.url });
      await createWebhook(t.client, { url: live.url });
      const worker = t.worker({ timeoutMs: 3000, pollMs: 20 });
      worker.start();
      try {
        const started = Date.now();
        const ids = await appendUserEvents(t.ctx, t.client.tenantId, 3);
        await live.waitFor(3, 2500);
        const took = Date.now() - started;
        assert.ok(took < 1500, `live endpoint served in ${took} ms while the other hangs`);
        assert.deepEqual(
          live.received.map((x) => x.headers['webhook-id']),
          ids,
        );
        assert.equal(dead.received.length, 1, 'the dead endpoint holds its first event');
        // Later events keep flowing to the live endpoint.
        const more = await appendUserEvents(t.ctx, t.client.tenantId, 1);
        await live.waitFor(4, 1500);
        assert.equal(live.received[3].headers['webhook-id'], more[0]);
      } finally {
        await worker.stop();
      }
    });

    it('a write never waits for delivery', async () => {
      const dead = await receiver();
      dead.respond(() => 'hang');
      await createWebhook(t.client, { url: dead.url });
      const worker = t.worker({ timeoutMs: 3000, pollMs: 10 });
      worker.start();
      try {
        await appendUserEvents(t.ctx, t.client.tenantId, 1);
        await dead.waitFor(1);
        const started = Date.now();
        const made = await t.client.request('POST', '/users', { name: 'Dana', email: 'dana@agency.example' });
        assert.equal(made.status, 201);
        assert.ok(Date.now() - started < 1000);
      } finally {
        await worker.stop();
      }
    });

    it('the test event reaches only the endpoint it names', async () => {
      const a = await receiver();
      const b = await receiver();
      const target = await createWebhook(t.client, { url: a.url, types: ['client.created'] });
      await createWebhook(t.client, { url: b.url });
      const answer = await t.client.request('POST', `/webhooks/${target.id}/test`);
      assert.equal(answer.status, 202);
      await t.worker().runOnce();
      const [request] = await a.waitFor(1);
      const event = JSON.parse(request.body);
      assert.equal(event.id, answer.body.eventId);
      assert.equal(event.type, 'webhook.test');
      assert.deepEqual(event.resource, { type: 'webhook', id: target.id });
      assert.equal(event.actor.type, 'apiKey');
      assert.equal(event.data.object.id, target.id);
      assert.equal(event.data.object.secret, undefined);
      assert.deepEqual(verifiedBy([target.secret], request.headers, request.body), [target.secret]);
      assert.equal(b.received.length, 0, 'the other endpoint, though it takes every type, gets nothing');
    });

    it("an endpoint never receives another tenant's events", async () => {
      const mine = await receiver();
      const theirs = await receiver();
      const other = await t.newTenant('other');
      await createWebhook(t.client, { url: mine.url });
      await createWebhook(other, { url: theirs.url });
      const myIds = await appendUserEvents(t.ctx, t.client.tenantId, 2, 'mine');
      const theirIds = await appendUserEvents(t.ctx, other.tenantId, 3, 'theirs');
      await t.worker().runOnce();
      assert.deepEqual(
        (await mine.waitFor(2)).map((r) => r.headers['webhook-id']),
        myIds,
      );
      assert.deepEqual(
        (await theirs.waitFor(3)).map((r) => r.headers['webhook-id']),
        theirIds,
      );
      await t.worker().runOnce();
      assert.equal(mine.received.length, 2);
      assert.equal(theirs.received.length, 3);
    });

    it('delivers an event an erasure stripped with its stripped content', async () => {
      const r = await receiver();
      await createWebhook(t.client, { url: r.url });
      const [id] = await appendUserEvents(t.ctx, t.client.tenantId, 1);
      const [stored] = (await readEvents(t.db.kysely, t.client.tenantId, { afterSeq: 0, limit: 1000 })).filter(
        (e) => e.id === id,
      );
      await t.db.transaction((trx) => stripEventData(trx, t.client.tenantId, stored.resource.id));
      await t.worker().runOnce();
      const [request] = await r.waitFor(1);
      const event = JSON.parse(request.body);
      assert.equal(event.id, id);
      assert.equal(event.data, null);
      assert.ok(!request.body.includes('"name"'));
    });

    it('delivers the events real writes record', async () => {
      const r = await receiver();
      await createWebhook(t.client, { url: r.url, types: ['user.created'] });
      const made = await t.client.request('POST', '/users', { name: 'Ola', email: 'ola@agency.example' });
      assert.equal(made.status, 201);
      await t.worker().runOnce();
      const [request] = await r.waitFor(1);
      const event = JSON.parse(request.body);
      assert.equal(event.type, 'user.created');
      assert.equal(event.resource.id, made.body.userId);
    });
  });
}
