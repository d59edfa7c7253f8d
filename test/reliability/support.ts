import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { CliProcess, runCli } from '../server/child-process.js';

/**
 * Helpers shared by the reliability tests (and scripts/crash-test.ts): the server as a child process, a
 * tenant made with the CLI, a PostgreSQL database of its own per run, and an HTTP client over keep-alive
 * connections that reports exactly what happened to each request.
 */

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Rate limits are not under test here: the load must never be throttled. */
export const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '100000000' };

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The PostgreSQL server to test against: TEST_POSTGRES_URL, else the local default when it answers.
 * `undefined` (with the reason) when there is none; under CI=true that is an error, not a skip.
 */
export async function postgresUrl(): Promise<{ url?: string; reason: string }> {
  const given = process.env.TEST_POSTGRES_URL;
  const url = given || DEFAULT_POSTGRES_URL;
  if (await answers(url)) return { url, reason: '' };
  const reason = given
    ? `TEST_POSTGRES_URL (${given}) does not answer`
    : `no PostgreSQL answers at ${DEFAULT_POSTGRES_URL} and TEST_POSTGRES_URL is not set`;
  if (process.env.CI === 'true') throw new Error(`CI=true requires PostgreSQL: ${reason}`);
  return { reason };
}

export interface ScratchDatabase {
  /** A URL naming the new database (same server, user and options as the admin URL). */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A brand-new PostgreSQL database for one run (`create database`), dropped (forcibly) afterwards. */
export async function createScratchDatabase(adminUrl: string, prefix = 'clientele_rel'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Makes a tenant with `clientele tenant create --json` against the database `env` names; its key. */
export async function createTenantWithCli(env: Record<string, string>, name = 'reliability'): Promise<string> {
  const { code, stdout, stderr } = await runCli(['tenant', 'create', '--name', name, '--json'], env);
  if (code !== 0) throw new Error(`tenant create exited ${code}\n${stdout}\n${stderr}`);
  return JSON.parse(stdout.trim()).apiKey as string;
}

/** `clientele serve --port 0` (a free port) as a child process; resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<{ server: CliProcess; url: string }> {
  const server = new CliProcess(['serve', '--port', '0'], { ...UNLIMITED, ...env });
  const url = await server.url();
  return { server, url };
}

/** Polls `probe` until it returns true, or throws after `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 25,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await probe().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface Answer {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

export interface HttpClient {
  /** Resolves with the answer, or rejects when the connection failed before a whole answer arrived. */
  send(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number },
  ): Promise<Answer>;
  close(): void;
}

/** An HTTP client for one server over keep-alive connections (one agent; `sockets` at most). */
export function httpClient(baseUrl: string, apiKey?: string, sockets = 16): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    send(method, path, options = {}) {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: Record<string, string> = { ...(apiKey ? { 'x-api-key': apiKey } : {}), ...options.headers };
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      return new Promise<Answer>((resolve, reject) => {
        const req = request(`${baseUrl}${path}`, { method, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (!res.complete) return reject(new Error('answer cut off'));
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              body = text;
            }
            resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
          });
          res.on('error', reject);
          res.on('aborted', () => reject(new Error('answer aborted')));
        });
        if (options.timeoutMs !== undefined) {
          req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
        }
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

/** Every contact (archived ones too), walking every page, by id. */
export async function allContacts(api: HttpClient): Promise<Map<string, any>> {
  const found = new Map<string, any>();
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await api.send('GET', `/clients/contacts?limit=200&includeArchived=true${suffix}`);
    if (page.status !== 200) throw new Error(`GET /clients/contacts: ${page.status} ${JSON.stringify(page.body)}`);
    for (const item of page.body.items) found.set(item.id, item);
    cursor = page.body.pageInfo.nextCursor;
  } while (cursor);
  return found;
}

/** Stops a server gracefully (SIGTERM), or kills it if it does not exit in time. */
export async function stop(server: CliProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.kill(), 15_000);
  await server.exitCode();
  clearTimeout(timer);
}
