// Runs test files on SQLite and, when a PostgreSQL server is reachable, on PostgreSQL too.
// TEST_POSTGRES_URL picks the server; without it the local default is tried. With CI=true the
// PostgreSQL tier is required: a run that would skip it fails instead.
//
// Two tiers of test files:
//   node scripts/test.mjs           (npm test)           every test/**/*.test.ts but the slow ones
//   node scripts/test.mjs --slow    (npm run test:slow)  only test/**/*.slow.test.ts: the full fuzz, crash,
//                                                        outage and shutdown tests, listing-while-writing at size
// Files named on the command line run whatever their tier: `npm test -- test/http/rate-limit.test.ts`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';
const SLOW = '.slow.test.ts';

async function reachable(url) {
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

function testFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return name.endsWith('.test.ts') ? [path] : [];
    })
    .sort();
}

const args = process.argv.slice(2);
const slow = args.includes('--slow');
const named = args.filter((arg) => arg !== '--slow');

const env = { ...process.env };
if (!env.TEST_POSTGRES_URL && (await reachable(DEFAULT_PG))) env.TEST_POSTGRES_URL = DEFAULT_PG;
if (env.TEST_POSTGRES_URL && !(await reachable(env.TEST_POSTGRES_URL))) {
  console.error(`TEST_POSTGRES_URL is set but ${env.TEST_POSTGRES_URL} does not answer.`);
  process.exit(1);
}
const postgres = Boolean(env.TEST_POSTGRES_URL);
if (!postgres && env.CI === 'true') {
  console.error('CI=true requires the PostgreSQL tier, but no PostgreSQL server answers (set TEST_POSTGRES_URL).');
  process.exit(1);
}
console.log(`Database tiers: sqlite${postgres ? ' + postgres' : ' (PostgreSQL tier skipped: no server answers)'}`);

const files = named.length > 0 ? named : testFiles('test').filter((file) => file.endsWith(SLOW) === slow);
console.log(
  named.length > 0
    ? `Test files: ${files.length} named`
    : slow
      ? `Test tier: slow (${files.length} files: *${SLOW})`
      : `Test tier: fast (${files.length} files; the slow tier is \`npm run test:slow\`)`,
);
// --test-force-exit: a file whose tests have all finished exits even if something it started (a timer, a
// socket, a load loop a failed test left running) would keep it alive; its results are already reported.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-force-exit', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env },
);
if (!postgres) console.log('PostgreSQL tier skipped: only SQLite was tested.');
process.exit(result.status ?? 1);
