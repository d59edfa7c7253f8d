// Crash durability, at length: `npm run crash-test -- [--kills 20] [--db sqlite|postgres|all] [--loops 6]`.
// Starts the server as a child process, drives concurrent creates and PATCHes, kills it with SIGKILL at a
// random moment, restarts it on the same database and checks that every acknowledged write is there exactly
// as acknowledged (test/reliability/crash-run.ts has the rule), and that a webhook delivered every acknowledged
// write's event, and none for a change that is not there. SQLite always; PostgreSQL when
// TEST_POSTGRES_URL or the local default answers (a database of its own, dropped afterwards; required
// under CI=true). Exits 1 when anything acknowledged was lost or anything else was wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CrashReport, runCrashScenario, summary } from '../test/reliability/crash-run.js';
import { createScratchDatabase, postgresUrl } from '../test/reliability/support.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    db: { type: 'string', default: 'all' },
    loops: { type: 'string', default: '6' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('Usage: npm run crash-test -- [--kills 20] [--db sqlite|postgres|all] [--loops 6] [--quiet]\n');
  process.exit(0);
}
const kills = Number(values.kills);
const loops = Number(values.loops);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(loops) || loops < 1) {
  process.stderr.write('--kills and --loops must be whole numbers of at least 1\n');
  process.exit(2);
}
if (!['sqlite', 'postgres', 'all'].includes(values.db as string)) {
  process.stderr.write('--db must be sqlite, postgres or all\n');
  process.exit(2);
}
const log = values.quiet ? () => {} : (line: string) => process.stdout.write(`${line}\n`);

const reports: CrashReport[] = [];

if (values.db !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-crash-'));
  try {
    const path = join(dir, 'crash.db');
    reports.push(
      await runCrashScenario({ label: 'sqlite', databaseUrl: `file:${path}`, sqlitePath: path, kills, loops, log }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.db !== 'sqlite') {
  const { url, reason } = await postgresUrl();
  if (!url) {
    if (values.db === 'postgres') {
      process.stderr.write(`PostgreSQL not available: ${reason}\n`);
      process.exit(1);
    }
    process.stdout.write(`PostgreSQL skipped: ${reason}\n`);
  } else {
    const scratch = await createScratchDatabase(url, 'clientele_crash');
    try {
      reports.push(await runCrashScenario({ label: 'postgres', databaseUrl: scratch.url, kills, loops, log }));
    } finally {
      await scratch.drop();
    }
  }
}

process.stdout.write('\n');
for (const report of reports) {
  process.stdout.write(`${summary(report)}\n`);
  for (const problem of report.problems) process.stdout.write(`  ${problem}\n`);
}
const failed = reports.some(
  (r) => r.lost > 0 || r.problems.length > 0 || r.survived !== r.kills || r.eventsDelivered !== r.acknowledgedChecked,
);
process.stdout.write(
  failed ? 'FAILED\n' : 'OK: nothing acknowledged was lost, and every acknowledged write was delivered by webhook\n',
);
process.exit(failed ? 1 : 0);
