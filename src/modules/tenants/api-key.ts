import { createHash, randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_PATTERN = /^ck_[0-9A-Za-z]{32,128}$/;

/** `ck_` and 40 base62 characters from the OS's CSPRNG (about 238 bits). */
export function generateApiKey(): string {
  let body = '';
  for (let i = 0; i < 40; i++) body += BASE62[randomInt(62)];
  return `ck_${body}`;
}

/**
 * Keys carry ~238 bits of entropy, so one SHA-256 is enough (a slow password hash buys nothing here and
 * would cost every request). The database looks a key up by this hash, never by the key itself.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** What listings show and `key revoke` takes: `ck_` and the first 8 characters of the body. */
export function keyPrefix(key: string): string {
  return key.slice(0, 11);
}
