import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, hostOf, isForbiddenAddress, parseWebhookUrl, type UrlPolicy } from './webhook.url-guard.js';

export interface SendResult {
  /** The endpoint's HTTP status; null when no answer came in time. */
  status: number | null;
  durationMs: number;
  /** Why no 2xx came; null on success and for plain HTTP answers (the status says it). */
  error: string | null;
}

export interface SendOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The whole exchange, connect included, up to the status line (API.md: a 2xx within 10 s). */
  timeoutMs: number;
  policy: UrlPolicy;
  /** Aborts the request (shutdown); the result then says so. */
  signal?: AbortSignal;
}

/** How much of an answer's body is read before the connection is dropped: nobody looks at it. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POSTs one delivery. The connection goes to an address the URL guard has just checked: an IP literal is
 * checked here, a name through `guardedLookup`, which hands the socket the very addresses it checked.
 * No keep-alive (each delivery resolves and checks afresh) and no redirects (a 3xx is a failure).
 */
export function sendDelivery(options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = parseWebhookUrl(options.url);
  } catch {
    return Promise.resolve({ status: null, durationMs: 0, error: 'the URL is not an http or https URL' });
  }
  const host = hostOf(url);
  if (!options.policy.allowPrivate && isIP(host) && isForbiddenAddress(host)) {
    return Promise.resolve({ status: null, durationMs: 0, error: `${host} is not a public address` });
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(url, {
      method: 'POST',
      headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
      agent: false,
      lookup: guardedLookup(options.policy) as never,
    });
    const onAbort = () => {
      finish(null, 'aborted: the server is shutting down');
      req.destroy();
    };
    const timer = setTimeout(() => {
      finish(null, `no answer within ${options.timeoutMs} ms`);
      req.destroy();
    }, options.timeoutMs);
    let settled = false;
    function finish(status: number | null, error: string | null) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ status, durationMs: elapsed(), error });
    }
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    req.on('response', (res) => {
      finish(res.statusCode ?? null, null);
      // The answer is in; its body is read (and dropped) only so the connection can end cleanly.
      const drop = setTimeout(() => req.destroy(), options.timeoutMs);
      res.on('close', () => clearTimeout(drop));
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_BODY_BYTES) req.destroy();
      });
      res.on('error', () => {});
    });
    req.on('error', (error: NodeJS.ErrnoException) => finish(null, describe(error)));
    req.end(options.body);
  });
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'WEBHOOK_URL_NOT_ALLOWED':
      return error.message;
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host does not resolve';
    case 'ECONNRESET':
      return 'connection reset';
    default:
      return error.code ? `${error.code}: ${error.message}` : error.message;
  }
}
