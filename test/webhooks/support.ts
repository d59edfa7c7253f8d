import { createHmac, timingSafeEqual } from 'node:crypto';
import type { LookupAddress } from 'node:dns';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, type WebhookOptions } from '../../src/app.js';
import type { Context } from '../../src/context.js';
import type { Dialect } from '../../src/db/database.js';
import type { App } from '../../src/http/route-module.js';
import { appendEvents } from '../../src/modules/events/event.repository.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { createDeliveryWorker, type WorkerOptions } from '../../src/modules/webhooks/delivery.worker.js';
import { type Client, clientFor, openTestDb, type TestDb } from '../harness.js';

/**
 * Webhook tests: an app built with webhook options (URL policy, resolver), real HTTP receivers on loopback,
 * a settable clock, and a signature check written here from the Standard Webhooks text (not the server's code).
 */

/** A clock tests move by hand: `ctx.now` reads it. */
export interface Clock {
  now(): string;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fixedClock(start = '2030-01-01T00:00:00.000Z'): Clock {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms).toISOString(),
    set: (iso) => {
      ms = Date.parse(iso);
    },
    advance: (by) => {
      ms += by;
    },
  };
}

/** Names tests resolve (anything else: ENOTFOUND), changeable mid-test (DNS rebinding). */
export function fakeDns(entries: Record<string, string[]> = {}) {
  const table = new Map(Object.entries(entries));
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    const addresses = table.get(host);
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, set: (host: string, addresses: string[]) => table.set(host, addresses) };
}

export interface WebhookTestApp extends TestDb {
  app: App;
  client: Client;
  newTenant(name?: string): Promise<Client>;
  /** A worker on this app's database with the app's URL policy; `runOnce()` drives it. */
  worker(options?: WorkerOptions): ReturnType<typeof createDeliveryWorker>;
}

export async function buildWebhookApp(
  dialect: Dialect,
  options: { clock?: Clock; webhooks?: WebhookOptions } = {},
): Promise<WebhookTestApp> {
  const ctx: Partial<Context> = options.clock ? { now: options.clock.now } : {};
  const testDb = await openTestDb(dialect, ctx);
  const webhooks = options.webhooks ?? { allowPrivateUrls: true };
  const app = await buildApp({
    ctx: testDb.ctx,
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, API_KEY_CACHE_TTL_MS: 5000 },
    webhooks,
  });
  await app.ready();
  const newTenant = async (name = 'tenant') => {
    const { tenantId, apiKey } = await createTenant(testDb.ctx, name);
    return clientFor(app, tenantId, apiKey);
  };
  const client = await newTenant('main');
  const workers: ReturnType<typeof createDeliveryWorker>[] = [];
  return {
    ...testDb,
    app,
    client,
    newTenant,
    worker: (workerOptions = {}) => {
      const worker = createDeliveryWorker(testDb.ctx, {
        allowPrivateUrls: webhooks.allowPrivateUrls,
        resolve: webhooks.resolve,
        random: () => 0.5,
        timeoutMs: 1000,
        onError: (error) => {
          throw error;
        },
        ...workerOptions,
      });
      workers.push(worker);
      return worker;
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.stop()));
      await app.close();
      await testDb.close();
    },
  };
}

/** Appends `count` events to a tenant's log, as a write would (user.updated on one made-up user). */
export async function appendUserEvents(ctx: Context, tenantId: string, count: number, prefix = 'n'): Promise<string[]> {
  const ids: string[] = [];
  await ctx.db.transaction(async (trx) => {
    const events = Array.from({ length: count }, (_, i) => {
      const id = ctx.newId();
      ids.push(id);
      return {
        id,
        type: 'user.updated' as const,
        occurredAt: ctx.now(),
        actor: { type: 'system' as const, id: null },
        resource: { type: 'user' as const, id: ctx.newId() },
        data: { object: { name: `${prefix}${i}` }, changes: { name: { from: null, to: `${prefix}${i}` } } },
      };
    });
    await appendEvents(trx, tenantId, events);
  });
  return ids;
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What a receiver answers: a status, optionally after a delay; or `hang` (never answers). */
export type Behaviour = { status: number; delayMs?: number } | 'hang';

export interface Receiver {
  url: string;
  received: Received[];
  /** The answer to the next requests (default 200). */
  respond(next: (request: Received, index: number) => Behaviour): void;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every request. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let behave: (request: Received, index: number) => Behaviour = () => ({ status: 200 });
  let waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      const index = received.push(request) - 1;
      for (const wake of waiters) wake();
      const behaviour = behave(request, index);
      if (behaviour === 'hang') return;
      setTimeout(() => res.writeHead(behaviour.status).end('ok'), behaviour.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    respond: (next) => {
      behave = next;
    },
    waitFor: async (count, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 50);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters = [];
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Standard Webhooks verification, written from the specification: the signed content is
 * `{webhook-id}.{webhook-timestamp}.{body}`, HMAC-SHA256 keyed with the base64 part of `whsec_…`, sent as
 * `v1,<base64>`; several space-separated signatures verify if any one matches. Answers which of `secrets`
 * produced a matching signature.
 */
export function verifiedBy(secrets: string[], headers: IncomingHttpHeaders, body: string): string[] {
  const id = headers['webhook-id'] as string;
  const timestamp = headers['webhook-timestamp'] as string;
  const signatures = String(headers['webhook-signature'] ?? '')
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  return secrets.filter((secret) => {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
    return signatures.some((s) => s.length === expected.length && timingSafeEqual(s, expected));
  });
}

export async function createWebhook(client: Client, body: Record<string, unknown>) {
  const made = await client.request('POST', '/webhooks', body);
  if (made.status !== 201) throw new Error(`POST /webhooks: ${made.status} ${made.text}`);
  return made.body as { id: string; secret: string; version: number };
}

export async function deliveries(client: Client, id: string) {
  const page = await client.request('GET', `/webhooks/${id}/deliveries?limit=200`);
  if (page.status !== 200) throw new Error(`deliveries: ${page.status} ${page.text}`);
  return page.body.items as {
    eventId: string;
    attempt: number;
    status: number | null;
    durationMs: number;
    error: string | null;
    at: string;
    nextAttemptAt: string | null;
  }[];
}
