import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.js';
import type { RunningServer } from '../server.js';
import { CliError, type CliIo, type Command, usageError } from './command.js';

/** A worker that dies sooner than this after starting is restarted after a pause, not at once (no crash loop). */
const QUICK_DEATH_MS = 5_000;
const RESTART_PAUSE_MS = 1_000;
const MAX_QUICK_DEATHS = 10;
/** Longer than a worker's own shutdown grace period, so a healthy worker always finishes first. */
const STOP_BACKSTOP_MS = 15_000;

export const serve: Command = {
  summary: 'run the HTTP API',
  help: `Usage: clientele serve [--port 3000] [--host 127.0.0.1] [--workers N]

Serves the API. Applies pending migrations first (unless MIGRATE_ON_START=false) and, on an empty
database, makes the "default" tenant and prints its API key once.
  --port N       port to listen on (default: PORT, else 3000; 0 picks a free one)
  --host H       address to listen on (default: HOST, else 127.0.0.1)
  --workers N    processes sharing the port (default 1). The primary migrates, then forks the workers and
                 replaces any that dies. SIGTERM or SIGINT drains every worker and exits 0.`,
  options: { port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' } },
  async run({ values, config, io }) {
    const port = values.port === undefined ? config.PORT : integerOption('port', values.port, 0, 65535);
    const host = typeof values.host === 'string' && values.host !== '' ? values.host : config.HOST;
    const workers = values.workers === undefined ? 1 : integerOption('workers', values.workers, 1, 256);
    const effective: Config = { ...config, PORT: port, HOST: host };
    if (cluster.isWorker) {
      await runWorker(effective);
      return;
    }
    if (workers === 1) {
      const { startServer } = await import('../server.js');
      try {
        await startServer(effective, { out: io.stdout });
      } catch (error) {
        const failure = cannotListen(error, effective);
        throw failure ? new CliError(failure) : error;
      }
      return;
    }
    await runPrimary(effective, workers, io);
  },
};

function integerOption(name: string, text: unknown, min: number, max: number): number {
  const value = Number(text);
  if (typeof text !== 'string' || !/^\d+$/.test(text) || value < min || value > max) {
    throw usageError(serve.help, `--${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/**
 * One line saying why the server cannot listen and what to do instead, for the failures a user can fix
 * (the port is taken, needs privileges, the host is not this machine's); undefined for anything else.
 */
export function cannotListen(error: unknown, config: Pick<Config, 'HOST' | 'PORT'>): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`;
  const other = config.PORT > 0 && config.PORT < 65535 ? config.PORT + 1 : 3001;
  const pickPort = `pick another port: PORT=${other} npm start, or npx clientele serve --port ${other}`;
  switch (code) {
    case 'EADDRINUSE':
      return `Cannot listen on ${where}: the port is already in use (another Clientele, or another program); ${pickPort}`;
    case 'EACCES':
      return `Cannot listen on ${where}: not allowed (ports below 1024 need privileges); ${pickPort}`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return (
        `Cannot listen on ${where}: ${config.HOST} is not an address of this machine; pick another host: ` +
        'HOST=127.0.0.1 npm start, or npx clientele serve --host 127.0.0.1 (0.0.0.0 for every interface)'
      );
    default:
      return undefined;
  }
}

/**
 * A worker forked by the primary with the same arguments; the primary already migrated and made the
 * default tenant. The primary asks it to stop over IPC rather than by signal: a terminal's Ctrl-C has
 * already sent SIGINT to every worker, and a second signal means "exit now".
 */
async function runWorker(config: Config): Promise<void> {
  let server: RunningServer | undefined;
  let requested = false;
  const stop = (running: RunningServer) =>
    running.close().then(
      (clean) => process.exit(clean ? 0 : 1),
      () => process.exit(1),
    );
  process.on('message', (message: { type?: string } | undefined) => {
    if (message?.type !== 'shutdown') return;
    requested = true;
    if (server) stop(server);
  });
  const { startServer } = await import('../server.js');
  try {
    server = await startServer(config, { prepare: false });
  } catch (error) {
    const failure = cannotListen(error, config);
    if (!failure || !process.send) throw error;
    // Every worker meets the same busy port: the primary says it once and stops, instead of restarting them.
    await new Promise<void>((resolve) => process.send?.({ type: 'cannot-listen', message: failure }, () => resolve()));
    process.exit(1);
  }
  if (requested) stop(server);
}

async function runPrimary(config: Config, count: number, io: CliIo): Promise<void> {
  const { openDatabase, prepareDatabase } = await import('../server.js');
  const db = openDatabase(config);
  try {
    await prepareDatabase(config, db, io.stdout);
  } finally {
    await db.close();
  }

  let stopping = false;
  let failed = false;
  let quickDeaths = 0;
  const startedAt = new Map<Worker, number>();
  const fork = () => {
    // --port/--host reach the workers through their arguments; the environment is passed for the rest.
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
  };

  cluster.on('message', (_worker, message: { type?: string; message?: string } | undefined) => {
    if (message?.type !== 'cannot-listen' || stopping) return;
    stopping = true;
    io.stderr.write(`${message.message}\n`);
    for (const other of startedAt.keys()) other.process.kill('SIGTERM');
    process.exit(1);
  });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (code !== 0) failed = true;
      if (startedAt.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    quickDeaths = lived < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
    if (quickDeaths > MAX_QUICK_DEATHS) {
      // Something every worker trips over at start (a port in use, a bad DATABASE_URL): restarting won't help.
      io.stderr.write('workers keep dying at start; giving up\n');
      for (const other of startedAt.keys()) other.process.kill('SIGTERM');
      process.exit(1);
    }
    io.stderr.write(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another\n`);
    if (lived >= QUICK_DEATH_MS) fork();
    else
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_PAUSE_MS);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    io.stderr.write(`${signal}: stopping ${startedAt.size} workers gracefully\n`);
    if (startedAt.size === 0) process.exit(0);
    // Each worker drains its own in-flight requests, bounded by its grace period; this is the backstop.
    for (const worker of startedAt.keys()) {
      if (worker.isConnected()) worker.send({ type: 'shutdown' });
      else worker.process.kill('SIGTERM');
    }
    setTimeout(() => {
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_BACKSTOP_MS).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  for (let i = 0; i < count; i++) fork();
}
