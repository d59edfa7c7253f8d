import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, integer, integers, list, parseOptions } from './cli-options.js';
import { serverCpuMeter } from './cpu-time.js';
import { measure } from './load.js';
import { describeMachine } from './machine.js';
import { BASELINE_SCRIPT, DATA_DIR, RESULTS_DIR, SEED_SCRIPT, SERVER_CLI } from './paths.js';
import { backendPids, createBenchDatabase, POSTGRES_ADMIN_URL, postgresReachable } from './postgres-target.js';
import type { DatabaseReport, ScenarioResult, WorkerTable } from './report.js';
import { writeReport } from './report.js';
import { SCENARIOS } from './scenarios.js';
import { readSeedFile } from './seed-file.js';
import { freePort, killRunningServers, type ServerProcess, startServer } from './server-process.js';

const USAGE = `Usage: npm run bench -- [options]      (builds, then runs node dist-bench/bench/run.js)

For each database and worker count: seeds a fresh database, starts the compiled server as a child process
and loads it with autocannon. Writes bench/results/<database>-<date>.md and latest-<database>.md (+ .json).
  --contacts N       contacts to seed (default 10000)
  --duration S       seconds per measured run (default 10)
  --warmup S         seconds of discarded load before each scenario (default 3)
  --connections C    concurrent connections (default 50)
  --runs R           measured runs per scenario (default 2; the better one is reported)
  --databases LIST   sqlite,postgres (default both; PostgreSQL is skipped when it does not answer at
                     TEST_POSTGRES_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --workers LIST     server processes, e.g. 1,2 (default 1,2)
  --scenarios LIST   0-8 (default all): 0 baseline, 1 PATCH, 2 POST, 3 GET person, 4 list walk, 5 search,
                     6 people search, 7 GET /health, 8 batch of 20 updates
  --cpu-prof DIR     run the API server under \`node --cpu-prof\`, writing one .cpuprofile per server
                     process into DIR; the figures are then disturbed by the profiler, so no report is written`;

const values = parseOptions(
  {
    contacts: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    runs: { type: 'string' },
    databases: { type: 'string' },
    workers: { type: 'string' },
    scenarios: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
  USAGE,
);

const parameters = {
  contacts: integer(values.contacts, 'contacts', 10_000, 1, 1_000_000),
  duration: integer(values.duration, 'duration', 10, 1, 3600),
  warmup: integer(values.warmup, 'warmup', 3, 0, 600),
  connections: integer(values.connections, 'connections', 50, 1, 10_000),
  runs: integer(values.runs, 'runs', 2, 1, 10),
  workers: integers(values.workers, 'workers', [1, 2], 1, 64),
  scenarios: integers(values.scenarios, 'scenarios', [0, 1, 2, 3, 4, 5, 6, 7, 8], 0, 8),
};
const cpuProfileDir = typeof values['cpu-prof'] === 'string' ? values['cpu-prof'] : undefined;
const databases = list(values.databases, 'databases', ['sqlite', 'postgres'], ['sqlite', 'postgres']);

if (!existsSync(SERVER_CLI) || !existsSync(BASELINE_SCRIPT)) fail('Build first: npm run build (npm run bench does).');
mkdirSync(DATA_DIR, { recursive: true });

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const date = stamp.slice(0, 10);
const machine = describeMachine();
let cleanups: (() => Promise<void>)[] = [];

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killRunningServers();
    process.stderr.write(`\n${signal}: stopped the servers; bench/.data/ may hold leftovers\n`);
    process.exit(130);
  });
}

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

/**
 * A fresh database for one table: a new SQLite file, or a new PostgreSQL database dropped afterwards (with
 * its name, to meter the CPU of the backends that serve it).
 */
async function freshDatabase(database: string, tag: string): Promise<{ url: string; postgresName?: string }> {
  if (database === 'postgres') {
    const created = await createBenchDatabase();
    cleanups.push(created.drop);
    return { url: created.url, postgresName: created.name };
  }
  const file = `${DATA_DIR}/bench-${tag}.db`;
  cleanups.push(async () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  });
  return { url: `file:${file}` };
}

function runSeed(databaseUrl: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [SEED_SCRIPT, '--contacts', String(parameters.contacts), '--database-url', databaseUrl, '--out', out],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))));
  });
}

async function runTable(database: string, workers: number): Promise<WorkerTable> {
  const tag = `${stamp}-${database}-w${workers}`;
  const { url: databaseUrl, postgresName } = await freshDatabase(database, tag);
  const seedPath = `${DATA_DIR}/seed-${tag}.json`;
  cleanups.push(async () => rmSync(seedPath, { force: true }));
  await runSeed(databaseUrl, seedPath);
  const { samples, apiKey, ...seed } = readSeedFile(seedPath);

  const results: ScenarioResult[] = [];
  let server: ServerProcess | undefined;
  let serverPeakMemory: WorkerTable['serverPeakMemory'] = null;
  const load = {
    apiKey,
    connections: parameters.connections,
    duration: parameters.duration,
    warmup: parameters.warmup,
    runs: parameters.runs,
  };
  try {
    for (const scenario of SCENARIOS.filter((s) => parameters.scenarios.includes(s.id))) {
      let target: ServerProcess;
      if (scenario.target === 'baseline') {
        const port = await freePort();
        target = await startServer({
          script: BASELINE_SCRIPT,
          args: ['--port', String(port), '--workers', String(workers)],
          env: process.env,
          port,
          workers,
          logFile: `${DATA_DIR}/baseline-${tag}.log`,
          readyPath: '/',
        });
      } else {
        if (!server) {
          const port = await freePort();
          server = await startServer({
            script: SERVER_CLI,
            nodeArgs: cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [],
            args: ['serve', '--port', String(port), '--host', '127.0.0.1', '--workers', String(workers)],
            env: { ...apiEnvironment(), DATABASE_URL: databaseUrl },
            port,
            workers,
            logFile: `${DATA_DIR}/server-${tag}.log`,
            readyPath: '/ready',
          });
        }
        target = server;
      }
      const api = target;
      const cpu = serverCpuMeter(
        () => api.pids(),
        scenario.target === 'api' && postgresName ? () => backendPids(postgresName) : undefined,
      );
      const measured = await measure({ ...load, url: target.url }, () => scenario.requests(samples), cpu);
      if (scenario.target === 'baseline') await target.stop();
      const result: ScenarioResult = {
        id: scenario.id,
        name: scenario.name,
        ...measured,
        non2xxAllRuns: measured.runs.reduce((sum, r) => sum + r.non2xx, 0),
        errorsAllRuns: measured.runs.reduce((sum, r) => sum + r.errors, 0),
        ratioToBaseline: null,
        cpuRatioToBaseline: null,
      };
      results.push(result);
      say(
        `${database} w${workers} scenario ${scenario.id}: ${measured.runs.map((r) => r.requestsPerSecond).join(' / ')} req/s, ` +
          `p99 ${measured.best.p99Ms} ms, server CPU ${measured.serverCpuMicrosPerRequest ?? '–'} µs/request, ` +
          `non-2xx ${result.non2xxAllRuns}, errors ${result.errorsAllRuns}`,
      );
    }
    if (server) {
      // autocannon drops its connections at the end of a run with requests still in the server; let those
      // finish, so that stopping the server does not cut them off half-way.
      await sleep(1000);
      serverPeakMemory = server.peakMemory();
    }
  } finally {
    await server?.stop();
  }

  const baseline = results.find((r) => r.id === 0);
  for (const r of results) {
    if (baseline && baseline.best.requestsPerSecond > 0) {
      r.ratioToBaseline = Math.round((r.best.requestsPerSecond / baseline.best.requestsPerSecond) * 1000) / 1000;
    }
    const bareMicros = baseline?.serverCpuMicrosPerRequest;
    if (bareMicros && r.serverCpuMicrosPerRequest) {
      r.cpuRatioToBaseline = Math.round((bareMicros / r.serverCpuMicrosPerRequest) * 1000) / 1000;
    }
  }
  return { workers, seed, scenarios: results.sort((a, b) => a.id - b.id), serverPeakMemory };
}

/** The API's environment: quiet logs and a rate limit the load never reaches; Redis left out. */
function apiEnvironment(): NodeJS.ProcessEnv {
  const { REDIS_URL: _redis, DATABASE_URL: _url, PORT: _port, HOST: _host, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' };
}

async function cleanUp(): Promise<void> {
  const pending = cleanups;
  cleanups = [];
  for (const cleanup of pending.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${(error as Error).message}\n`);
    }
  }
}

const minutes = Math.ceil(
  (databases.length *
    parameters.workers.length *
    parameters.scenarios.length *
    (parameters.warmup + parameters.runs * parameters.duration)) /
    60,
);
say(`bench: about ${minutes} min of load, plus seeding and start-up`);

let failed = false;
for (const database of databases) {
  if (database === 'postgres' && !(await postgresReachable())) {
    say(`bench: PostgreSQL does not answer at ${POSTGRES_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')}; skipped`);
    continue;
  }
  const tables: WorkerTable[] = [];
  try {
    for (const workers of parameters.workers) {
      try {
        tables.push(await runTable(database, workers));
      } finally {
        await cleanUp();
      }
    }
  } catch (error) {
    failed = true;
    process.stderr.write(`bench: ${database} failed: ${(error as Error).stack ?? error}\n`);
  }
  if (tables.length === 0) continue;
  if (cpuProfileDir) {
    say(`bench: profiles in ${cpuProfileDir}; no report written (the profiler disturbs the figures)`);
    continue;
  }
  const report: DatabaseReport = {
    database,
    date,
    machine,
    parameters,
    reported: `The table shows the better of the ${parameters.runs} runs (higher req/s); non-2xx counts every measured run.`,
    tables,
  };
  for (const path of writeReport(RESULTS_DIR, report)) say(`bench: wrote ${path}`);
}
process.exit(failed ? 1 : 0);
