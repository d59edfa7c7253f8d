import { ClienteleError } from './errors.js';
import type { paths } from './types.js';

export interface ClienteleOptions {
  /** Where the server is, e.g. `http://127.0.0.1:3000` (a path prefix is kept). */
  baseUrl: string;
  /** An API key (`ck_…`), sent as `x-api-key`. */
  apiKey: string;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof fetch;
  /** How many times a 429 or 503 answer is retried (default 2), after `Retry-After` or a growing back-off. */
  maxRetries?: number;
  /** How the SDK waits between retries; tests replace it. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Per-call options of every method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

/** Options of a write. */
export interface WriteOptions extends CallOptions {
  /** Refuse the write (412 PRECONDITION_FAILED) unless the record still has this version. */
  ifMatch?: number | string;
  /** Sent as `Idempotency-Key`; a random one by default, the same across the SDK's own retries. */
  idempotencyKey?: string;
}

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export interface Call extends WriteOptions {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
}

/** A `Retry-After` longer than this is not waited for: the error is thrown at once. */
const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;

/** Sends requests: the key, JSON, idempotency keys, retries of 429 and 503, errors as ClienteleError. */
export class Transport {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(private readonly options: ClienteleOptions) {
    if (!options.baseUrl) throw new TypeError('Clientele: baseUrl is required');
    if (!options.apiKey) throw new TypeError('Clientele: apiKey is required');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    const given = options.fetch ?? globalThis.fetch;
    if (typeof given !== 'function') throw new TypeError('Clientele: no fetch available; pass options.fetch');
    // Called as a plain function, never as a method of this object: a browser's fetch refuses any receiver but
    // the window ("Illegal invocation").
    this.fetch = (input, init) => given(input, init);
    this.maxRetries = Math.max(0, options.maxRetries ?? 2);
    this.sleep = options.sleep ?? wait;
  }

  async request<T>(method: HttpMethod, template: keyof paths & string, init: Call = {}): Promise<T> {
    const response = await this.send(method, template, init);
    return (response.status === 204 ? undefined : await readBody(response)) as T;
  }

  /**
   * Sends a request as `request` does (key, retries, errors as ClienteleError) and answers the successful
   * Response with its body unread, for a caller that reads it as a stream.
   */
  async send(method: HttpMethod, template: keyof paths & string, init: Call = {}): Promise<Response> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = init.params?.[name];
      if (value === undefined) throw new TypeError(`Clientele: ${template} needs ${name}`);
      return encodeURIComponent(value);
    });
    const url = this.baseUrl + path + queryString(init.query);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...this.options.headers,
      ...init.headers,
      'x-api-key': this.options.apiKey,
    };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.ifMatch !== undefined) headers['if-match'] = entityTag(init.ifMatch);
    // One key for every attempt of this call: a retried write is the same write (API.md §5.1).
    if (method !== 'GET') headers['idempotency-key'] = init.idempotencyKey ?? randomKey();
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);

    for (let attempt = 0; ; attempt++) {
      const response = await this.fetch(url, { method, headers, body, signal: init.signal });
      if (response.ok) return response;
      const delay = attempt < this.maxRetries ? retryDelay(response, attempt) : undefined;
      if (delay === undefined) {
        throw new ClienteleError({
          status: response.status,
          body: await readBody(response),
          requestId: response.headers.get('x-request-id') ?? undefined,
          method,
          path,
        });
      }
      await response.body?.cancel().catch(() => {});
      await this.sleep(delay, init.signal);
    }
  }
}

/** `3` → `"3"`; an ETag as the server sent it (`"3"`, `W/"3"`) is sent back as it is. */
function entityTag(version: number | string): string {
  const text = String(version).trim();
  return /^(W\/)?"/.test(text) ? text : `"${text}"`;
}

/** How long to wait before retrying this answer, or undefined when it is not retried. */
function retryDelay(response: Response, attempt: number): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const header = response.headers.get('retry-after');
  if (header !== null && header.trim() !== '') {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (Number.isFinite(ms)) return ms > MAX_RETRY_AFTER_MS ? undefined : Math.max(0, ms);
  }
  const ceiling = BACKOFF_BASE_MS * 2 ** attempt;
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function queryString(query: object | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query) as [string, QueryValue][]) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A random UUID (v4) from `crypto.getRandomValues`, which, unlike `randomUUID`, browsers offer over plain http too. */
function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
