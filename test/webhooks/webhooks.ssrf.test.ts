import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isForbiddenAddress, systemResolver } from '../../src/modules/webhooks/webhook.url-guard.js';
import { dialects } from '../harness.js';
import {
  appendUserEvents,
  buildWebhookApp,
  createWebhook,
  deliveries,
  fakeDns,
  type Receiver,
  startReceiver,
  type WebhookTestApp,
} from './support.js';

describe('webhook URL guard: which addresses are refused', () => {
  const refused = [
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '169.254.1.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    'not an address',
  ];
  const allowed = ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'];
  for (const address of refused) it(`refuses ${address}`, () => assert.equal(isForbiddenAddress(address), true));
  for (const address of allowed) it(`allows ${address}`, () => assert.equal(isForbiddenAddress(address), false));
});

for (const dialect of dialects()) {
  describe(`webhook URLs: refused at creation and again at delivery (${dialect})`, () => {
    const dns = fakeDns({
      'public.example': ['93.184.215.14'],
      'dual.example': ['93.184.215.14', '10.1.2.3'],
      'private.example': ['192.168.0.10'],
      'rebind.example': ['93.184.215.14'],
    });
    // `localhost` goes to the machine's own resolver, as in production; the rest to the table above.
    const resolve = (host: string) => (host === 'localhost' ? systemResolver(host) : dns.resolve(host));
    let t: WebhookTestApp;
    let receiver: Receiver;
    before(async () => {
      t = await buildWebhookApp(dialect, { webhooks: { allowPrivateUrls: false, resolve } });
      receiver = await startReceiver();
    });
    after(async () => {
      await receiver.close();
      await t.close();
    });

    const refusedUrls = [
      'http://127.0.0.1/hook',
      'http://127.0.0.1:8080/hook',
      'http://10.0.0.7/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00:ec2::254]/hook',
      'http://100.64.1.1/hook',
      'http://0.0.0.0/hook',
      'http://2130706433/hook',
      'http://0x7f.1/hook',
      'http://localhost/hook',
      'http://private.example/hook',
      'http://dual.example/hook',
      'http://nowhere.example/hook',
      'ftp://public.example/hook',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pass@public.example/hook',
      'not a url',
    ];
    for (const url of refusedUrls) {
      it(`refuses ${url} with 400 WEBHOOK_URL_NOT_ALLOWED`, async () => {
        const answer = await t.client.request('POST', '/webhooks', { url });
        assert.equal(answer.status, 400, answer.text);
        assert.equal(answer.body.message, 'WEBHOOK_URL_NOT_ALLOWED');
        assert.equal(typeof answer.body.details.reason, 'string');
      });
    }

    it('accepts public addresses and names that resolve only to public addresses', async () => {
      for (const url of ['https://93.184.215.14/hook', 'https://public.example/hook', 'http://[2606:4700::1111]/x']) {
        const answer = await t.client.request('POST', '/webhooks', { url });
        assert.equal(answer.status, 201, `${url}: ${answer.text}`);
      }
    });

    it('checks a new URL on PATCH too', async () => {
      const made = await createWebhook(t.client, { url: 'https://public.example/hook' });
      const answer = await t.client.request('PATCH', `/webhooks/${made.id}`, { url: 'http://169.254.169.254/' });
      assert.equal(answer.status, 400);
      assert.equal(answer.body.message, 'WEBHOOK_URL_NOT_ALLOWED');
      const unchanged = await t.client.request('GET', `/webhooks/${made.id}`);
      assert.equal(unchanged.body.url, 'https://public.example/hook');
      assert.equal(unchanged.body.version, 1);
    });

    it('checks again at delivery: a name that now resolves to loopback (DNS rebinding) is not connected to', async () => {
      const port = new URL(receiver.url).port;
      const made = await createWebhook(t.client, { url: `http://rebind.example:${port}/hook` });
      dns.set('rebind.example', ['127.0.0.1']);
      await appendUserEvents(t.ctx, t.client.tenantId, 1);
      await t.worker({ allowPrivateUrls: false, resolve }).runOnce();
      const [attempt] = await deliveries(t.client, made.id);
      assert.equal(attempt.status, null);
      assert.match(attempt.error ?? '', /127\.0\.0\.1.*not a public address/);
      assert.ok(attempt.nextAttemptAt, 'the delivery is retried later, not dropped');
      assert.equal(receiver.received.length, 0);
    });

    it('checks again at delivery: a URL stored while private URLs were allowed is refused once they are not', async () => {
      const lax = await buildWebhookApp(dialect, { webhooks: { allowPrivateUrls: true } });
      try {
        const made = await createWebhook(lax.client, { url: receiver.url });
        await appendUserEvents(lax.ctx, lax.client.tenantId, 1);
        await lax.worker({ allowPrivateUrls: false, resolve }).runOnce();
        const [attempt] = await deliveries(lax.client, made.id);
        assert.equal(attempt.status, null);
        assert.match(attempt.error ?? '', /not a public address/);
        assert.equal(receiver.received.length, 0);
      } finally {
        await lax.close();
      }
    });
  });
}
