import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (API.md §4.3): a secret is `whsec_` + base64 of 32 random bytes; a signature
 * is `v1,` + base64 of HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the secret's
 * decoded bytes; several signatures (during a rotation's overlap) are sent space-separated.
 */

const PREFIX = 'whsec_';

export function newSecret(bytes: (size: number) => Buffer = randomBytes): string {
  return `${PREFIX}${bytes(32).toString('base64')}`;
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The `webhook-signature` header: the current secret's signature, then each older one still valid. */
export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => sign(secret, id, timestamp, body)).join(' ');
}
