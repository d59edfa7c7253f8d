import { mkdirSync, writeFileSync } from 'node:fs';
import { formatJson } from './json-layout.js';
import type { ScenarioMeasurement } from './load.js';
import type { Machine } from './machine.js';
import type { SeedFile } from './seed-file.js';
import type { PeakMemory } from './server-process.js';

export interface Parameters {
  contacts: number;
  connections: number;
  duration: number;
  warmup: number;
  runs: number;
  workers: number[];
  scenarios: number[];
}

export interface ScenarioResult extends ScenarioMeasurement {
  id: number;
  name: string;
  /** Non-2xx responses over every measured run (the table's column); the warm-up's are in `warmup`. */
  non2xxAllRuns: number;
  errorsAllRuns: number;
  /** The best run's req/s over scenario 0's from the same table; null without scenario 0. */
  ratioToBaseline: number | null;
  /** Scenario 0's server CPU µs per request over this scenario's (bare ÷ scenario), same table; null unmetered. */
  cpuRatioToBaseline: number | null;
}

export interface WorkerTable {
  workers: number;
  seed: Omit<SeedFile, 'samples' | 'apiKey'>;
  scenarios: ScenarioResult[];
  /** Null when no API scenario ran. */
  serverPeakMemory: PeakMemory | null;
}

export interface DatabaseReport {
  database: string;
  date: string;
  machine: Machine;
  parameters: Parameters;
  /** How the number in the table is picked from the runs. */
  reported: string;
  tables: WorkerTable[];
}

const DEFAULTS = { contacts: 10_000, duration: 10, warmup: 3, connections: 50 };

function isShortRun(p: Parameters): boolean {
  return p.contacts < DEFAULTS.contacts || p.duration < DEFAULTS.duration || p.warmup < DEFAULTS.warmup;
}

/** autocannon records latency in whole milliseconds: 0 means under one. */
const ms = (value: number) => (value < 1 ? '<1' : String(Math.round(value)));

function seedCpu(seed: WorkerTable['seed']): string {
  const { seeder, database } = seed.cpuSeconds;
  const cpu = database === null ? `${seeder} s` : `${seeder} s seeder + ${database} s database`;
  return ` (CPU ${cpu}: ${seed.contactsPerCpuSecond} contacts per CPU second)`;
}

/**
 * A table whose first column is left-aligned and the rest right-aligned, padded the way Biome formats
 * Markdown (`npm run lint` checks bench/, results included), so a results file passes the lint as written.
 */
function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(3, h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}

function table(t: WorkerTable): string[] {
  const lines = [
    `## ${t.workers} worker${t.workers === 1 ? '' : 's'}`,
    '',
    `Seed: ${t.seed.contacts} contacts (${t.seed.people} people, ${t.seed.clients} clients, ${t.seed.rows} rows) in ` +
      `${t.seed.elapsedSeconds} s with the ${t.seed.writer} writer: ${t.seed.contactsPerSecond} contacts/s, ` +
      `${t.seed.rowsPerSecond} rows/s${seedCpu(t.seed)}.`,
    '',
    ...markdownTable(
      ['scenario', 'server CPU µs/req', 'CPU ratio to 0', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'ratio to 0'],
      t.scenarios.map((s) => [
        `${s.id} ${s.name}`,
        s.serverCpuMicrosPerRequest === null ? '–' : String(s.serverCpuMicrosPerRequest),
        s.cpuRatioToBaseline === null ? '–' : s.cpuRatioToBaseline.toFixed(3),
        String(s.best.requestsPerSecond),
        ms(s.best.p50Ms),
        ms(s.best.p99Ms),
        String(s.non2xxAllRuns),
        s.ratioToBaseline === null ? '–' : s.ratioToBaseline.toFixed(3),
      ]),
    ),
  ];
  lines.push('');
  const failed = t.scenarios.filter((s) => s.non2xxAllRuns > 0 || s.errorsAllRuns > 0);
  for (const s of failed) {
    const codes = s.runs.map((r) => `\`${JSON.stringify(r.statusCodes)}\``).join(', ');
    lines.push(
      `- Scenario ${s.id}: ${s.non2xxAllRuns} non-2xx, ${s.errorsAllRuns} connection errors; statuses per run: ${codes}`,
    );
  }
  if (t.serverPeakMemory) {
    const m = t.serverPeakMemory;
    lines.push(
      m.primaryMb === null
        ? `- Server peak resident memory (VmHWM): ${m.servingMb} MiB (1 process).`
        : `- Server peak resident memory (VmHWM): ${m.servingMb} MiB summed over ${m.processes} workers, ` +
            `plus ${m.primaryMb} MiB for the cluster primary.`,
    );
  }
  const loads = t.scenarios.flatMap((s) => s.runs.map((r) => r.loadAverage));
  if (loads.length > 0)
    lines.push(`- 1-minute load average after the runs: ${Math.min(...loads)}–${Math.max(...loads)}.`);
  lines.push('');
  return lines;
}

export function renderMarkdown(r: DatabaseReport): string {
  const p = r.parameters;
  const m = r.machine;
  return [
    `# Clientele load benchmark: ${r.database}, ${r.date}`,
    '',
    ...(isShortRun(p)
      ? ['**Short run** (smaller than the defaults): a smoke test of the instrument, not numbers to quote.', '']
      : []),
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GiB, ${m.os}; Node ${m.node}; ` +
      `load average ${m.loadAverageAtStart} at the start.`,
    `- Parameters: ${p.contacts} contacts, ${p.connections} connections, ${p.duration} s measured after ${p.warmup} s ` +
      `of warm-up, each scenario ${p.runs} times. ${r.reported}`,
    '- Load generator: autocannon in the runner process on the same machine, so it shares the CPU with the server.',
    '- Server CPU µs/req: CPU time of the server processes (and, on PostgreSQL, of the backends serving its ' +
      'database) over the requests answered, the lowest of the runs; interference from the load generator and ' +
      'neighbours disturbs it far less than req/s.',
    "- CPU ratio to 0: scenario 0's CPU µs/req over the scenario's (bare ÷ scenario), same table; 1 is the floor.",
    '- Ratio to 0: req/s over scenario 0 (a bare node:http server with as many processes) in the same table.',
    '',
    ...r.tables.flatMap(table),
  ].join('\n');
}

/** Writes `<database>-<date>.md` and `latest-<database>.md`, each with a `.json` twin; returns the paths. */
export function writeReport(dir: string, r: DatabaseReport): string[] {
  mkdirSync(dir, { recursive: true });
  const markdown = renderMarkdown(r);
  const json = formatJson(r);
  const paths: string[] = [];
  for (const base of [`${r.database}-${r.date}`, `latest-${r.database}`]) {
    writeFileSync(`${dir}/${base}.md`, markdown);
    writeFileSync(`${dir}/${base}.json`, json);
    paths.push(`${dir}/${base}.md`);
  }
  return paths;
}
