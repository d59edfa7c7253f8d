import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import type { WebhookEvent } from './types.js';
import { noMatch, parseEvent, readDelivery, type VerifyOptions, type WebhookHeaders } from './webhook-signature.js';

/**
 * Verifies a webhook delivery (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`) and
 * answers the event. Throws WebhookVerificationError when no `v1` signature matches (any one of several, as
 * during a secret rotation, is enough) or when the timestamp is more than 5 minutes from now.
 *
 * Synchronous, as API.md §8 shows it, in browsers and Node alike: the HMAC comes from `@noble/hashes` (plain
 * JavaScript; Web Crypto can only answer a promise). `rawBody` must be the bytes as received, before any JSON
 * parsing.
 */
export function verifyWebhook<T = WebhookEvent>(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options?: VerifyOptions,
): T {
  const delivery = readDelivery(secret, headers, rawBody, options);
  const expected = hmac(sha256, delivery.key, delivery.content);
  if (!delivery.signatures.some((signature) => sameBytes(signature, expected))) throw noMatch();
  return parseEvent<T>(delivery.body);
}

/** Compares in time that depends on the length only, never on where the bytes first differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}
