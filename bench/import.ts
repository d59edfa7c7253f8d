import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { processTicks } from './cpu-time.js';
import { describeMachine } from './machine.js';
import { DATA_DIR, SERVER_CLI } from './paths.js';
import { freePort, killRunningServers, startServer } from './server-process.js';

const USAGE = `Usage: npm run bench:import -- [--rows N] [--companies N] [--concurrency N] [--keep]

Makes a CSV of N contacts (default 100000) at N/200 companies, starts the compiled server on a fresh SQLite
file as a child process, runs "clientele import contacts" on the file as another child process, then runs
it again (every batch's kept answer is replayed). Prints seconds and rows/s of each run and the CPU seconds
of the server and of the import. --concurrency: the import's batches in flight (default its own). Files go
to bench/.data/ and are deleted afterwards unless --keep.`;

const FIRST = ['Ada', 'Grace', 'Alan', 'Joan', 'Hedy', 'Linus', 'Barbara', 'Ken', 'Radia', 'Edsger', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Clarke', 'Lamarr', 'Liskov', 'Thompson', 'Perlman', 'Allen'];
const ROLES = ['Head of Talent', 'CTO', 'Engineering Manager', 'HR Business Partner', 'Recruiter', 'VP People'];
const TICKS_PER_SECOND = 100;

/** Rows of the export's columns, written in chunks so even a million rows never sit in memory at once. */
async function writeCsv(path: string, rows: number, companies: number): Promise<void> {
  const header = ['firstName', 'lastName', 'email', 'phone', 'clientName', 'role', 'department', 'startDate'];
  await writeFile(path, stringify([header]));
  const chunk = 5000;
  for (let start = 0; start < rows; start += chunk) {
    const lines: string[][] = [];
    for (let i = start; i < Math.min(rows, start + chunk); i++) {
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 7) % LAST.length];
      lines.push([
        first,
        last,
        `${first}.${last}.${i}@example.com`.toLowerCase(),
        `+44 20 7${String(i).padStart(7, '0')}`,
        `Company ${String(i % companies).padStart(5, '0')}`,
        ROLES[i % ROLES.length],
        i % 3 === 0 ? 'Engineering' : '',
        `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
      ]);
    }
    await writeFile(path, stringify(lines), { flag: 'a' });
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string; cpu: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let ticks = 0;
    const meter = setInterval(() => {
      ticks = processTicks(child.pid as number) ?? ticks;
    }, 200);
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(meter);
      resolve({ code, out, cpu: ticks / TICKS_PER_SECOND });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      companies: { type: 'string' },
      keep: { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const rows = Number(values.rows);
  const companies = Number(values.companies ?? Math.max(1, Math.round(rows / 200)));
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(companies) || companies < 1) {
    throw new Error(`--rows and --companies must be positive integers\n${USAGE}`);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const tag = `import-${Date.now()}`;
  const csv = `${DATA_DIR}/${tag}.csv`;
  const dbFile = `${DATA_DIR}/${tag}.db`;
  const { REDIS_URL: _r, DATABASE_URL: _d, PORT: _p, HOST: _h, CLIENTELE_API_KEY: _k, ...rest } = process.env;
  const env = { ...rest, DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const machine = describeMachine();
    process.stdout.write(
      `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverageAtStart}\n`,
    );
    let started = Date.now();
    await writeCsv(csv, rows, companies);
    process.stdout.write(`Wrote ${rows} rows at ${companies} companies in ${(Date.now() - started) / 1000} s\n`);

    const tenant = await run(['tenant', 'create', '--name', 'bench', '--json'], env);
    if (tenant.code !== 0) throw new Error(`tenant create failed:\n${tenant.out}`);
    const { apiKey } = JSON.parse(tenant.out.trim().split('\n').pop() as string) as { apiKey: string };
    const port = await freePort();
    server = await startServer({
      script: SERVER_CLI,
      args: ['serve', '--port', String(port), '--host', '127.0.0.1', '--workers', '1'],
      env,
      port,
      workers: 1,
      logFile: `${DATA_DIR}/${tag}-server.log`,
      readyPath: '/ready',
    });

    for (const label of ['first run', 'second run (replayed)']) {
      const serverTicks = processTicks(server.pid) ?? 0;
      started = Date.now();
      const more = values.concurrency ? ['--concurrency', values.concurrency] : [];
      const imported = await run(['import', 'contacts', csv, '--url', server.url, '--key', apiKey, ...more], env);
      const seconds = (Date.now() - started) / 1000;
      const serverCpu = ((processTicks(server.pid) ?? 0) - serverTicks) / TICKS_PER_SECOND;
      if (imported.code !== 0) throw new Error(`import failed (exit ${imported.code}):\n${imported.out}`);
      const summary = imported.out.split('\n').find((line) => / rows: /.test(line)) ?? imported.out;
      process.stdout.write(
        `${label}: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s; ` +
          `CPU: server ${serverCpu.toFixed(1)} s, import ${imported.cpu.toFixed(1)} s\n  ${summary}\n`,
      );
    }
  } finally {
    await server?.stop();
    if (!values.keep) {
      for (const file of [csv, dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${DATA_DIR}/${tag}-server.log`]) {
        rmSync(file, { force: true });
      }
    }
  }
}

main().catch((error) => {
  killRunningServers();
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
