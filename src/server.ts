import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { systemContext } from './context.js';
import { connect } from './db/connect.js';
import type { Database } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import type { App } from './http/route-module.js';
import { ensureDefaultTenant } from './modules/tenants/tenant.service.js';

/** Where start-up messages go (stdout, or a buffer when the command line runs in-process). */
export interface Output {
  write(text: string): unknown;
}

/** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export function openDatabase(config: Config): Database {
  return connect(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    timeoutMs: config.DATABASE_TIMEOUT_MS,
    sqliteCacheMb: config.SQLITE_CACHE_MB,
  });
}

/**
 * What must happen once per database before serving: pending migrations (unless MIGRATE_ON_START=false)
 * and, on an empty database, the `default` tenant, whose key is printed this one time only.
 * With several workers the cluster primary does this, so it happens once.
 */
export async function prepareDatabase(config: Config, db: Database, out: Output = process.stdout): Promise<void> {
  if (config.MIGRATE_ON_START) {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) out.write(`Applied migrations: ${applied.join(', ')}\n`);
  }
  const created = await ensureDefaultTenant(systemContext(db));
  if (created) {
    out.write(
      [
        '',
        `Created tenant "default" (${created.tenantId}). Its API key is shown only this once:`,
        '',
        `    ${created.apiKey}`,
        '',
        'Send it as the x-api-key header. Make more tenants with: npx clientele tenant create --name NAME',
        `Lost this key? Make another with: npx clientele key create --tenant ${created.tenantId}`,
        '',
        '',
      ].join('\n'),
    );
  }
}

export interface StartOptions {
  /** Run migrations and the default-tenant step (false in cluster workers: the primary did it). */
  prepare?: boolean;
  /** Install SIGTERM/SIGINT handlers that shut down and exit (false when the caller manages the process). */
  handleSignals?: boolean;
  /** Where the first-start key is printed. */
  out?: Output;
}

export interface RunningServer {
  app: App;
  db: Database;
  /** e.g. `http://127.0.0.1:3000` */
  url: string;
  /** Stops accepting, lets in-flight requests finish (bounded), closes the database. True if nothing was cut. */
  close(): Promise<boolean>;
}

export async function startServer(config: Config = loadConfig(), options: StartOptions = {}): Promise<RunningServer> {
  const { prepare = true, handleSignals = true, out = process.stdout } = options;
  const db = openDatabase(config);
  try {
    if (prepare) await prepareDatabase(config, db, out);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = await buildApp({
    ctx: systemContext(db),
    config,
    webhooks: {
      allowPrivateUrls: config.WEBHOOK_ALLOW_PRIVATE_URLS,
      // Every process delivers: they share the work through the database (API.md §4.3).
      worker: config.WEBHOOK_DELIVERY
        ? { concurrency: config.WEBHOOK_CONCURRENCY, pollMs: config.WEBHOOK_POLL_MS, leaseMs: config.WEBHOOK_LEASE_MS }
        : undefined,
    },
  });
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    // A port in use, say: nothing may stay open, so the caller can report it and the process can end.
    await app.close();
    await db.close();
    throw error;
  }
  const address = app.server.address();
  const url =
    address && typeof address === 'object' ? `http://${hostForUrl(address.address)}:${address.port}` : String(address);

  let closing: Promise<boolean> | undefined;
  const close = () => {
    closing ??= shutDown(app, db);
    return closing;
  };
  if (handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing) {
        // A second signal while draining: the operator wants out now.
        app.log.warn({ signal }, 'second signal during shutdown; exiting now');
        process.exit(1);
      }
      app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
      close().then(
        (clean) => process.exit(clean ? 0 : 1),
        (error) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return { app, db, url, close };
}

function hostForUrl(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

async function shutDown(app: App, db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  // Keep-alive connections that fall idle after their last answer would otherwise hold close() open until
  // their keep-alive timeout; closing idle ones repeatedly lets the drain end as soon as the work is done.
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), SHUTDOWN_GRACE_MS);
  });
  // Every answer sent, and every handler finished (one whose caller hung up may still be querying).
  const drained = app.close().then(() => app.handlersSettled());
  const clean = await Promise.race([drained.then(() => true as const), deadline]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (!clean) {
    app.log.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still running after the grace period; cutting them');
    app.server.closeAllConnections();
  }
  await db.close();
  return clean;
}
