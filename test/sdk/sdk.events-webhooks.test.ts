import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type Event, verifyWebhook } from '../../sdk/src/index.js';
import { dialects } from '../harness.js';
import { all, type SdkServer, startServer } from './support.js';

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook endpoint on loopback that answers 200 and keeps what it received. */
async function startReceiver(): Promise<{ url: string; next(): Promise<Delivery>; close(): Promise<void> }> {
  const received: Delivery[] = [];
  const waiting: ((d: Delivery) => void)[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200).end();
      const delivery = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      const waiter = waiting.shift();
      if (waiter) waiter(delivery);
      else received.push(delivery);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    next: () => {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no delivery within 10 s')), 10_000);
        waiting.push((d) => {
          clearTimeout(timer);
          resolve(d);
        });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

for (const dialect of dialects()) {
  describe(`SDK events and webhooks against a server [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect, { webhooks: { allowPrivateUrls: true, worker: { pollMs: 50 } } });
    });
    after(async () => s.close());

    it('events: listPage, list (polling with after), history and historyPage', async () => {
      const { api } = s;
      const start = await api.events.listPage();
      const client = await api.clients.create({ company: { name: 'Evented' } });
      const contact = await api.contacts.create(client.id, { firstName: 'Eve', lastName: 'Ent' });
      await api.contacts.update(contact.id, { role: 'CTO' });

      const fresh = await all(api.events.list({ after: start.pageInfo.nextCursor, limit: 1 }));
      assert.deepEqual(
        fresh.map((e: Event) => `${e.type} ${e.resource.id}`),
        [`client.created ${client.id}`, `client_contact.created ${contact.id}`, `client_contact.updated ${contact.id}`],
      );
      const page = await api.events.listPage({ after: start.pageInfo.nextCursor, resourceId: contact.id });
      assert.equal(page.items.length, 2);
      const polled = await api.events.listPage({ after: page.pageInfo.nextCursor });
      assert.deepEqual(polled.items, []);
      assert.equal(polled.pageInfo.nextCursor, page.pageInfo.nextCursor, 'nothing new: the same cursor back');

      const history = await all(api.events.history('clientContact', contact.id, { limit: 1 }));
      assert.deepEqual(
        history.map((h) => h.type),
        ['client_contact.updated', 'client_contact.created'],
      );
      assert.deepEqual(history[0].changes.role, { from: null, to: 'CTO' });
      const clientHistory = await api.events.historyPage('client', client.id);
      assert.deepEqual(
        clientHistory.items.map((h) => h.type),
        ['client.created'],
      );
    });

    it('webhooks: create, get, update, list, listPage, test, deliveries, rotateSecret, delete; deliveries verify', async () => {
      const { api } = s;
      const receiver = await startReceiver();
      try {
        const webhook = await api.webhooks.create({ url: receiver.url, types: ['webhook.test'], description: 'SDK' });
        assert.match(webhook.secret, /^whsec_/);
        assert.equal((await api.webhooks.get(webhook.id)).description, 'SDK');
        const updated = await api.webhooks.update(
          webhook.id,
          { description: 'SDK test' },
          { ifMatch: webhook.version },
        );
        assert.equal(updated.description, 'SDK test');
        assert.ok((await all(api.webhooks.list())).some((w) => w.id === webhook.id));
        assert.ok((await api.webhooks.listPage({ limit: 200 })).items.some((w) => w.id === webhook.id));

        const { eventId } = await api.webhooks.test(webhook.id);
        const first = await receiver.next();
        const event = verifyWebhook<Event>(webhook.secret, first.headers, first.body);
        assert.equal(event.id, eventId);
        assert.equal(event.type, 'webhook.test');
        assert.equal(verifyWebhook<Event>(webhook.secret, first.headers, first.body).id, eventId);

        // The attempt is logged once the answer is in: the receiver can see the request a moment earlier.
        let attempts = await all(api.webhooks.deliveries(webhook.id));
        for (let tries = 0; attempts.length === 0 && tries < 100; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          attempts = await all(api.webhooks.deliveries(webhook.id));
        }
        assert.deepEqual(
          attempts.map((a) => [a.eventId, a.status]),
          [[eventId, 200]],
        );
        assert.equal((await api.webhooks.deliveriesPage(webhook.id, { limit: 1 })).items.length, 1);

        const rotated = await api.webhooks.rotateSecret(webhook.id);
        assert.notEqual(rotated.secret, webhook.secret);
        await api.webhooks.test(webhook.id);
        const second = await receiver.next();
        assert.equal(String(second.headers['webhook-signature']).split(' ').length, 2, 'both secrets sign');
        for (const secret of [webhook.secret, rotated.secret]) {
          assert.equal(verifyWebhook(secret, second.headers, second.body).type, 'webhook.test');
        }

        await api.webhooks.delete(webhook.id);
        await assert.rejects(api.webhooks.get(webhook.id), { status: 404, code: 'WEBHOOK_NOT_FOUND' });
      } finally {
        await receiver.close();
      }
    });
  });
}
