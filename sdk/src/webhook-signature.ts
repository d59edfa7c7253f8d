/**
 * Standard Webhooks (https://www.standardwebhooks.com), the parts both verifiers share: reading the headers,
 * the timestamp window, the secret and the signed content. No Node-only API here.
 */

/** Request headers as `fetch` (`Headers`) or Node's `IncomingMessage.headers` hold them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** How far `webhook-timestamp` may be from now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time in milliseconds (default `Date.now()`). */
  now?: () => number;
}

export type WebhookFailure = 'missing-header' | 'invalid-timestamp' | 'stale-timestamp' | 'invalid-secret' | 'no-match';

/** A delivery that must not be trusted: unsigned, signed with another secret, altered, or too old. */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export interface SignedDelivery {
  /** `{id}.{timestamp}.{body}` as bytes: what the signatures sign. */
  content: Uint8Array;
  /** The decoded `v1` signatures. */
  signatures: Uint8Array[];
  /** The secret's key bytes. */
  key: Uint8Array;
  body: Uint8Array;
}

/** Checks the headers and the timestamp, and gathers what the signature check needs. Throws on failure. */
export function readDelivery(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  options: VerifyOptions = {},
): SignedDelivery {
  const id = headerOf(headers, 'webhook-id');
  const timestamp = headerOf(headers, 'webhook-timestamp');
  const signature = headerOf(headers, 'webhook-signature');
  if (!id || !timestamp || !signature) {
    throw new WebhookVerificationError(
      'missing-header',
      'webhook-id, webhook-timestamp and webhook-signature are required',
    );
  }
  if (!/^\d{1,15}$/.test(timestamp))
    throw new WebhookVerificationError('invalid-timestamp', 'webhook-timestamp is not Unix seconds');
  const now = (options.now ?? Date.now)() / 1000;
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(now - Number(timestamp)) > tolerance) {
    throw new WebhookVerificationError('stale-timestamp', `webhook-timestamp is more than ${tolerance} s from now`);
  }
  const key = fromBase64(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret);
  if (!key || key.length === 0)
    throw new WebhookVerificationError('invalid-secret', 'the secret is not whsec_ + base64');
  const body = typeof rawBody === 'string' ? new TextEncoder().encode(rawBody) : rawBody;
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  const signatures = signature
    .split(' ')
    .map((entry) => entry.split(','))
    .filter(([version, value]) => version === 'v1' && value)
    .map(([, value]) => fromBase64(value))
    .filter((bytes): bytes is Uint8Array => bytes !== undefined);
  return { content, signatures, key, body };
}

export function noMatch(): WebhookVerificationError {
  return new WebhookVerificationError('no-match', 'no webhook-signature matches the body and the secret');
}

/** The event, once its signature is verified. */
export function parseEvent<T>(body: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(body)) as T;
}

function headerOf(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : value;
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
