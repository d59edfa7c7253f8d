import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { verifyWebhook, WebhookVerificationError } from '../../sdk/src/index.js';

/**
 * Signatures made here with node:crypto from the Standard Webhooks text, not with the SDK's code: HMAC-SHA256 of
 * `{id}.{timestamp}.{body}`, keyed with the bytes after `whsec_`, base64, as `v1,<signature>`.
 */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

const EVENT = {
  id: '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d',
  type: 'client_contact.updated',
  occurredAt: '2030-01-01T00:00:00.000Z',
  actor: { type: 'apiKey', id: 'k1' },
  resource: { type: 'client_contact', id: '0193b0c4-7a10-7d2e-8f3a-1b2c3d4e5f60' },
  data: { object: { role: 'CTO', note: 'naïve – “quoted”' }, changes: { role: { from: null, to: 'CTO' } } },
};
const BODY = JSON.stringify(EVENT);
const now = () => Math.floor(Date.now() / 1000);

function delivery(secret: string, options: { body?: string; timestamp?: number; signature?: string } = {}) {
  const timestamp = options.timestamp ?? now();
  return {
    headers: {
      'webhook-id': EVENT.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': options.signature ?? sign(secret, EVENT.id, timestamp, BODY),
    },
    body: options.body ?? BODY,
  };
}

/** The verifier under test, as a promise so that one `refused` check serves every failure. */
const VERIFIERS: [string, (secret: string, headers: any, body: string | Uint8Array) => Promise<unknown>][] = [
  ['verifyWebhook', async (secret, headers, body) => verifyWebhook(secret, headers, body)],
];

async function refused(promise: Promise<unknown>, reason: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof WebhookVerificationError, String(error));
    assert.equal(error.reason, reason);
    return true;
  });
}

for (const [name, verify] of VERIFIERS) {
  describe(name, () => {
    it('answers synchronously, as API.md §8 writes it: the event itself, or a thrown error', () => {
      const secret = newSecret();
      const { headers, body } = delivery(secret);
      const answer = verifyWebhook(secret, headers, body);
      assert.ok(!(answer instanceof Promise));
      assert.deepEqual(answer, EVENT);
      assert.throws(() => verifyWebhook(secret, headers, `${body} `), WebhookVerificationError);
    });

    it('answers the parsed event for a valid signature (string, bytes, Headers, Node header objects)', async () => {
      const secret = newSecret();
      const { headers, body } = delivery(secret);
      assert.deepEqual(await verify(secret, headers, body), EVENT);
      assert.deepEqual(await verify(secret, headers, Buffer.from(body)), EVENT);
      assert.deepEqual(await verify(secret, new Headers(headers), new TextEncoder().encode(body)), EVENT);
      const nodeStyle = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
      assert.deepEqual(await verify(secret, nodeStyle, body), EVENT);
    });

    it('refuses a tampered body', async () => {
      const secret = newSecret();
      const { headers } = delivery(secret);
      await refused(verify(secret, headers, BODY.replace('CTO', 'CEO')), 'no-match');
      await refused(verify(secret, headers, `${BODY} `), 'no-match');
    });

    it('refuses a signature made with another secret', async () => {
      const { headers, body } = delivery(newSecret());
      await refused(verify(newSecret(), headers, body), 'no-match');
    });

    it('refuses a timestamp more than 5 minutes off, either way, and accepts one within', async () => {
      const secret = newSecret();
      for (const offset of [-301, 301, -3600]) {
        const { headers, body } = delivery(secret, { timestamp: now() + offset });
        await refused(verify(secret, headers, body), 'stale-timestamp');
      }
      for (const offset of [-290, 290]) {
        const { headers, body } = delivery(secret, { timestamp: now() + offset });
        assert.deepEqual(await verify(secret, headers, body), EVENT);
      }
      const { headers, body } = delivery(secret);
      await refused(verify(secret, { ...headers, 'webhook-timestamp': 'yesterday' }, body), 'invalid-timestamp');
    });

    it('accepts either of two signatures during a rotation, and refuses when neither matches', async () => {
      const [old, current] = [newSecret(), newSecret()];
      const timestamp = now();
      const both = `${sign(old, EVENT.id, timestamp, BODY)} ${sign(current, EVENT.id, timestamp, BODY)}`;
      for (const secret of [old, current]) {
        const { headers, body } = delivery(secret, { timestamp, signature: both });
        assert.deepEqual(await verify(secret, headers, body), EVENT);
      }
      const { headers, body } = delivery(old, { timestamp, signature: both });
      await refused(verify(newSecret(), headers, body), 'no-match');
    });

    it('refuses missing headers, unknown signature versions and a malformed secret', async () => {
      const secret = newSecret();
      const { headers, body } = delivery(secret);
      const { 'webhook-signature': _signature, ...unsigned } = headers;
      await refused(verify(secret, unsigned, body), 'missing-header');
      const v2 = headers['webhook-signature'].replace('v1,', 'v2,');
      await refused(verify(secret, { ...headers, 'webhook-signature': v2 }, body), 'no-match');
      await refused(verify(secret, { ...headers, 'webhook-signature': 'v1,not base64!' }, body), 'no-match');
      await refused(verify('whsec_', headers, body), 'invalid-secret');
    });
  });
}
