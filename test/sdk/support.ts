import type { AddressInfo } from 'node:net';
import { Clientele, type ClienteleOptions } from '../../sdk/src/index.js';
import type { Dialect } from '../../src/db/database.js';
import { buildTestApp, type TestApp } from '../harness.js';

/** A test app listening on a loopback port, and an SDK pointed at it with the app's first tenant's key. */
export interface SdkServer {
  t: TestApp;
  baseUrl: string;
  api: Clientele;
  /** Another SDK on the same server, with other options (the same key unless given). */
  sdk(options?: Partial<ClienteleOptions>): Clientele;
  close(): Promise<void>;
}

export async function startServer(dialect: Dialect, options: { rateLimitPerMinute?: number } = {}): Promise<SdkServer> {
  const t = await buildTestApp(dialect, options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const sdk = (more: Partial<ClienteleOptions> = {}) => new Clientele({ baseUrl, apiKey: t.client.apiKey, ...more });
  return { t, baseUrl, api: sdk(), sdk, close: () => t.close() };
}

/** Collects an async iterable. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
