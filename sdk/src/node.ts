/**
 * `@clientele/sdk/node`: what only Node can do. `verifyWebhook` here is synchronous (node:crypto), for code
 * that must verify without awaiting; otherwise it is the same check as the main entry's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookEvent } from './types.js';
import { noMatch, parseEvent, readDelivery, type VerifyOptions, type WebhookHeaders } from './webhook-signature.js';

export {
  type VerifyOptions,
  type WebhookFailure,
  type WebhookHeaders,
  WebhookVerificationError,
} from './webhook-signature.js';

/** Synchronous verifyWebhook: throws WebhookVerificationError, answers the parsed event. */
export function verifyWebhook<T = WebhookEvent>(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options?: VerifyOptions,
): T {
  const delivery = readDelivery(secret, headers, rawBody, options);
  const expected = createHmac('sha256', delivery.key).update(delivery.content).digest();
  const matches = delivery.signatures.some(
    (signature) => signature.length === expected.length && timingSafeEqual(signature, expected),
  );
  if (!matches) throw noMatch();
  return parseEvent<T>(delivery.body);
}
