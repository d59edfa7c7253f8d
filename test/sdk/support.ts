import type { AddressInfo } from 'node:net';
import { Clientele, type ClienteleOptions } from '../../sdk/src/index.js';
import { buildApp, type WebhookOptions } from '../../src/app.js';
import type { Context } from '../../src/context.js';
import type { Dialect } from '../../src/db/database.js';
import type { App } from '../../src/http/route-module.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { buildTestApp, openTestDb } from '../harness.js';

/** A test app listening on a loopback port, and an SDK pointed at it with a tenant's key. */
export interface SdkServer {
  app: App;
  ctx: Context;
  apiKey: string;
  baseUrl: string;
  api: Clientele;
  /** Another SDK on the same server, with other options (the same key unless given). */
  sdk(options?: Partial<ClienteleOptions>): Clientele;
  close(): Promise<void>;
}

export async function startServer(
  dialect: Dialect,
  options: { rateLimitPerMinute?: number; webhooks?: WebhookOptions } = {},
): Promise<SdkServer> {
  const { app, ctx, apiKey, close } = options.webhooks
    ? await appWithWebhooks(dialect, options.webhooks)
    : await buildTestApp(dialect, { rateLimitPerMinute: options.rateLimitPerMinute }).then((t) => ({
        ...t,
        apiKey: t.client.apiKey,
      }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const sdk = (more: Partial<ClienteleOptions> = {}) => new Clientele({ baseUrl, apiKey, ...more });
  // Connections the tests left open (a stream the client cancelled) would hold the close for the keep-alive
  // timeout (72 s); the server's own shutdown closes them the same way after its drain window.
  const closeNow = async () => {
    const closing = close();
    app.server.closeAllConnections();
    await closing;
  };
  return { app, ctx, apiKey, baseUrl, api: sdk(), sdk, close: closeNow };
}

/** buildTestApp takes no webhook options: the same app, built with them (a URL policy, a delivery worker). */
async function appWithWebhooks(dialect: Dialect, webhooks: WebhookOptions) {
  const testDb = await openTestDb(dialect);
  const app = await buildApp({
    ctx: testDb.ctx,
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, API_KEY_CACHE_TTL_MS: 5000 },
    webhooks,
  });
  await app.ready();
  const { apiKey } = await createTenant(testDb.ctx, 'main');
  const close = async () => {
    await app.close();
    await testDb.close();
  };
  return { app, ctx: testDb.ctx, apiKey, close };
}

/** Collects an async iterable. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
