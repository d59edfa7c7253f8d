import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../core/errors.js';

/**
 * Server-side request forgery guard for webhook URLs (API.md §4.3). A tenant chooses the URL the server
 * will POST to, so the URL must not reach what only the server can reach: loopback, private networks
 * (RFC 1918, CGNAT, IPv6 ULA), link-local (cloud metadata among them), multicast, unspecified and every
 * other special-purpose range. Only addresses ipaddr.js classes as global `unicast` pass; IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it maps. The same rule runs when the webhook is made
 * and again at every delivery, on the address the connection then really goes to (see `guardedLookup`),
 * so a name that resolves to a public address at creation and to 127.0.0.1 later (DNS rebinding) is refused.
 */

/** dns.lookup with `all: true`, injectable so tests can make a name resolve where they need. */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

export interface UrlPolicy {
  /** WEBHOOK_ALLOW_PRIVATE_URLS: every address passes (the scheme is still checked). */
  allowPrivate: boolean;
  resolve: Resolver;
}

/** True when a connection to this address must not be made. Text that is no IP address is refused too. */
export function isForbiddenAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  return ipaddr.process(address).range() !== 'unicast';
}

/** The host of a parsed URL as an address or a name: `[::1]` loses its brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

function refuse(reason: string): AppError {
  return new AppError('WEBHOOK_URL_NOT_ALLOWED', { details: { reason } });
}

/** Parses a webhook URL and refuses one that is not http(s) or carries credentials. */
export function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('only http and https URLs are allowed');
  if (url.username || url.password) throw refuse('credentials in the URL are not allowed');
  return url;
}

/**
 * Checks a webhook URL as the API receives it: scheme, then every address its host resolves to (one
 * forbidden address is enough to refuse: which one a later connection picks is not up to us).
 * Throws 400 WEBHOOK_URL_NOT_ALLOWED with `details.reason`.
 */
export async function checkWebhookUrl(text: string, policy: UrlPolicy): Promise<void> {
  const url = parseWebhookUrl(text);
  if (policy.allowPrivate) return;
  const host = hostOf(url);
  if (isIP(host)) {
    if (isForbiddenAddress(host)) throw refuse(`${host} is not a public address`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await policy.resolve(host);
  } catch {
    throw refuse(`${host} does not resolve`);
  }
  if (addresses.length === 0) throw refuse(`${host} does not resolve`);
  const forbidden = addresses.find((a) => isForbiddenAddress(a.address));
  if (forbidden) throw refuse(`${host} resolves to ${forbidden.address}, which is not a public address`);
}

/** The error a delivery records when the guard refused the connection. */
export class ForbiddenAddressError extends Error {
  readonly code = 'WEBHOOK_URL_NOT_ALLOWED';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request: resolves the name once, refuses if any address is forbidden, and hands the
 * connection exactly the addresses it checked, so nothing is resolved again between check and connect.
 * (Node calls `lookup` only for names; an IP literal in the URL is checked by the sender before the request.)
 */
export function guardedLookup(policy: UrlPolicy) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    policy.resolve(host).then(
      (addresses) => {
        const forbidden = policy.allowPrivate ? undefined : addresses.find((a) => isForbiddenAddress(a.address));
        if (forbidden) {
          callback(
            new ForbiddenAddressError(`${host} resolves to ${forbidden.address}, which is not a public address`),
            '',
          );
        } else if (addresses.length === 0) {
          callback(Object.assign(new Error(`${host} does not resolve`), { code: 'ENOTFOUND' }), '');
        } else if (options.all) {
          callback(null, addresses);
        } else {
          callback(null, addresses[0].address, addresses[0].family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
