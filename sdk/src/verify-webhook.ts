import type { WebhookEvent } from './types.js';
import { noMatch, parseEvent, readDelivery, type VerifyOptions, type WebhookHeaders } from './webhook-signature.js';

/**
 * Verifies a webhook delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`) and
 * answers the event. Throws WebhookVerificationError when no `v1` signature matches (any one of several, as
 * during a secret rotation, is enough) or when the timestamp is more than 5 minutes from now.
 *
 * Asynchronous because it uses Web Crypto (`crypto.subtle`), which works in browsers, workers, Deno and Node
 * alike; `crypto.subtle.verify` compares in constant time. On Node, `@clientele/sdk/node` has a synchronous one.
 * `rawBody` must be the bytes as received, before any JSON parsing.
 */
export async function verifyWebhook<T = WebhookEvent>(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options?: VerifyOptions,
): Promise<T> {
  const delivery = readDelivery(secret, headers, rawBody, options);
  // The bytes are fresh copies in ordinary ArrayBuffers (never shared memory), which is what BufferSource means.
  const bytes = (array: Uint8Array) => array as Uint8Array<ArrayBuffer>;
  const key = await crypto.subtle.importKey('raw', bytes(delivery.key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  for (const signature of delivery.signatures) {
    if (await crypto.subtle.verify('HMAC', key, bytes(signature), bytes(delivery.content))) {
      return parseEvent<T>(delivery.body);
    }
  }
  throw noMatch();
}
