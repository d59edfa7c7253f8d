// Runs every test file on SQLite and, when a PostgreSQL server is reachable, on PostgreSQL too.
// TEST_POSTGRES_URL picks the server; without it the local default is tried. With CI=true the
// PostgreSQL tier is required: a run that would skip it fails instead.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

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

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : testFiles('test');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env },
);
if (!postgres) console.log('PostgreSQL tier skipped: only SQLite was tested.');
process.exit(result.status ?? 1);
