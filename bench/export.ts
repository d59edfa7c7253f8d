import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.js';
import { DATA_DIR, SEED_SCRIPT, SERVER_CLI } from './paths.js';
import { freePort, killRunningServers, startServer } from './server-process.js';

const USAGE = `Usage: npm run bench:export -- [--sizes 10000,1000000] [--fresh]

For each size, starts the compiled server as a child process (one worker) on a seeded SQLite file and
exports all of its contacts (GET /clients/contacts/_export?includeArchived=true), as NDJSON and then as CSV,
reading each to the end here. Samples the server's resident memory (VmRSS, /proc, every 100 ms) and prints,
per export: rows, MB, seconds, rows/s, the server's RSS before it and its peak during it (also split into
the first and the second half of the rows: equal halves mean memory that does not grow with the export).
The seeded files are bench/.data/export-<size>.db (made with the seed script when missing, about 100 s at
1,000,000 contacts, and kept for the next run; --fresh seeds them again).`;

const SAMPLE_MS = 100;

interface Measurement {
  size: number;
  format: 'ndjson' | 'csv';
  rows: number;
  bytes: number;
  seconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** Peak RSS while the first half of the rows came, and while the second half did: flat memory shows as equal. */
  rssPeakHalvesMb: [number, number];
}

/** Resident memory of a process now, in MiB (VmRSS from /proc; Linux). */
function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** The seeded database of `size` contacts and its API key, seeded now when there is none yet (or --fresh). */
async function seeded(size: number, fresh: boolean): Promise<{ databaseUrl: string; apiKey: string }> {
  const file = `${DATA_DIR}/export-${size}.db`;
  const json = `${DATA_DIR}/export-${size}.json`;
  if (fresh || !existsSync(file) || !existsSync(json)) {
    for (const path of [file, `${file}-wal`, `${file}-shm`, json]) rmSync(path, { force: true });
    process.stderr.write(`seeding ${size} contacts into ${file}\n`);
    await runChild([SEED_SCRIPT, '--contacts', String(size), '--database-url', `file:${file}`, '--out', json]);
  }
  return { databaseUrl: `file:${file}`, apiKey: JSON.parse(readFileSync(json, 'utf8')).apiKey };
}

/** Reads an export to its end, counting rows (record ends outside CSV quotes) and bytes; keeps nothing. */
async function readExport(
  url: string,
  apiKey: string,
  onRows: (rows: number) => void,
): Promise<{ rows: number; bytes: number }> {
  const response = await fetch(url, { headers: { 'x-api-key': apiKey } });
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  const reader = response.body.getReader();
  let quoted = false;
  let lines = 0;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) {
      if (value[i] === 0x22) quoted = !quoted;
      else if (value[i] === 0x0a && !quoted) lines++;
    }
    onRows(lines);
  }
  return { rows: lines, bytes };
}

async function measure(size: number, fresh: boolean): Promise<Measurement[]> {
  const { databaseUrl, apiKey } = await seeded(size, fresh);
  const port = await freePort();
  const { REDIS_URL: _redis, DATABASE_URL: _url, PORT: _port, HOST: _host, ...rest } = process.env;
  const server = await startServer({
    script: SERVER_CLI,
    args: ['serve', '--port', String(port), '--host', '127.0.0.1', '--workers', '1'],
    env: { ...rest, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', DATABASE_URL: databaseUrl },
    port,
    workers: 1,
    logFile: `${DATA_DIR}/export-server-${size}.log`,
    readyPath: '/ready',
  });
  const results: Measurement[] = [];
  try {
    for (const format of ['ndjson', 'csv'] as const) {
      await sleep(1000);
      const rssBeforeMb = rssMb(server.pid);
      const halves: [number, number] = [rssBeforeMb, 0];
      let rowsSoFar = 0;
      const sample = () => {
        const half = rowsSoFar < size / 2 ? 0 : 1;
        halves[half] = Math.max(halves[half], rssMb(server.pid));
      };
      const sampler = setInterval(sample, SAMPLE_MS);
      const started = performance.now();
      const read = await readExport(
        `${server.url}/clients/contacts/_export?includeArchived=true&format=${format}`,
        apiKey,
        (rows) => {
          rowsSoFar = rows;
        },
      );
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      sample();
      const rows = format === 'csv' ? read.rows - 1 : read.rows;
      const rssPeakMb = Math.max(...halves);
      results.push({ size, format, rows, bytes: read.bytes, seconds, rssBeforeMb, rssPeakMb, rssPeakHalvesMb: halves });
      process.stderr.write(`${size} ${format}: ${rows} rows in ${seconds.toFixed(1)} s\n`);
    }
  } finally {
    await server.stop();
  }
  return results;
}

function table(rows: Measurement[]): string {
  const lines = [
    '| contacts | format | rows exported | MB | seconds | rows/s | server RSS before (MiB) | peak RSS during (MiB) | peak, 1st half / 2nd half (MiB) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of rows) {
    lines.push(
      `| ${m.size.toLocaleString('en-US')} | ${m.format} | ${m.rows.toLocaleString('en-US')} | ` +
        `${(m.bytes / 1e6).toFixed(1)} | ${m.seconds.toFixed(1)} | ${Math.round(m.rows / m.seconds).toLocaleString('en-US')} | ` +
        `${m.rssBeforeMb.toFixed(0)} | ${m.rssPeakMb.toFixed(0)} | ` +
        `${m.rssPeakHalvesMb[0].toFixed(0)} / ${m.rssPeakHalvesMb[1].toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,1000000' },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const sizes = String(values.sizes)
    .split(',')
    .map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) {
    throw new Error('--sizes: whole numbers from 1 to 1000000, comma-separated');
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const results: Measurement[] = [];
  for (const size of sizes) results.push(...(await measure(size, values.fresh === true)));
  const m = describeMachine();
  process.stdout.write(
    `${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverageAtStart} at start\n\n` +
      `${table(results)}\n`,
  );
}

process.on('SIGINT', () => {
  killRunningServers();
  process.exit(130);
});
main().catch((error) => {
  killRunningServers();
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
