import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { connect } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { countTenants } from '../src/modules/tenants/tenant.repository.js';
import { fail, integer, parseOptions } from './cli-options.js';
import { DATA_DIR } from './paths.js';
import { seedTenant } from './seed-tenant.js';
import { verifyWriters } from './seed-verify.js';
import type { WriterName } from './seed-writers.js';

const USAGE = `Usage: node dist-bench/bench/seed.js [options]      (npm run bench:seed -- [options])

Fills a NEW tenant with generated client contacts and writes its API key and sample ids to a JSON file.
  --contacts N        client contacts to make (default 10000, at most 1000000); clients ≈ N/20, 20 users
  --database-url URL  file:… (SQLite) or postgres://… (default: a new SQLite file under bench/.data/)
  --out FILE          where the JSON goes (default bench/.data/seed-latest.json)
  --writer W          batch (default): multi-row INSERTs of the repositories' rows, or repository: the
                      repositories' own insert functions, one record at a time (slow; see bench/README.md)
  --batch-size N      contacts per transaction (default 5000)
  --seed N            PRNG seed (default 1): the same seed and size give the same rows
  --keep-indexes      keep secondary indexes during the load; by default, on a database with no tenant
                      yet, they are dropped and built again afterwards (much faster for large seeds)
  --verify            instead: seed --contacts (default 2000) through the repository into in-memory SQLite
                      and through the batch writer into --database-url (default in-memory SQLite; give an
                      empty PostgreSQL database to check its path), and check both hold the same rows`;

const values = parseOptions(
  {
    contacts: { type: 'string' },
    'database-url': { type: 'string' },
    out: { type: 'string' },
    writer: { type: 'string' },
    'batch-size': { type: 'string' },
    seed: { type: 'string' },
    verify: { type: 'boolean' },
    'keep-indexes': { type: 'boolean' },
  },
  USAGE,
);

const seed = integer(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
const batchSize = integer(values['batch-size'], 'batch-size', 5000, 1, 100_000);

if (values.verify) {
  const contacts = integer(values.contacts, 'contacts', 2000, 1, 1_000_000);
  const ok = await verifyWriters(String(values['database-url'] ?? ':memory:'), { contacts, seed, batchSize });
  process.exit(ok ? 0 : 1);
}

const contacts = integer(values.contacts, 'contacts', 10_000, 1, 1_000_000);
const writer = String(values.writer ?? 'batch') as WriterName;
if (writer !== 'repository' && writer !== 'batch') fail('--writer must be batch or repository');
const databaseUrl = String(values['database-url'] ?? `file:${DATA_DIR}/seed-${Date.now()}.db`);
const out = String(values.out ?? `${DATA_DIR}/seed-latest.json`);

// PostgreSQL takes two batches at once (one generated while two are written); SQLite has one writer.
const concurrency = /^postgres(ql)?:/.test(databaseUrl) ? 2 : 1;
const db = connect(databaseUrl, { poolSize: concurrency, timeoutMs: 600_000 });
try {
  await migrateToLatest(db);
  await tuneForBulkLoad(db);
  // Dropping indexes is only safe where nobody else works: a database without any tenant yet.
  const rebuildIndexes = !values['keep-indexes'] && (await countTenants(db.kysely)) === 0;
  let shown = 0;
  const result = await seedTenant(db, {
    contacts,
    seed,
    writer,
    batchSize,
    rebuildIndexes,
    concurrency,
    now: Date.now(),
    onProgress: (done, total) => {
      // About ten lines whatever the size.
      if (done === total || done - shown >= total / 10) {
        shown = done;
        process.stderr.write(`seed: ${done}/${total} contacts\n`);
      }
    },
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ databaseUrl: redacted(databaseUrl), ...result }, null, 2)}\n`);
  process.stdout.write(
    `seeded ${result.contacts} contacts (${result.people} people, ${result.clients} clients, ${result.rows} rows) ` +
      `with the ${writer} writer in ${result.elapsedSeconds} s: ${result.contactsPerSecond} contacts/s, ` +
      `${result.rowsPerSecond} rows/s (${phases(result.phaseSeconds)}); CPU ${result.cpuSeconds.seeder} s seeder` +
      `${result.cpuSeconds.database === null ? '' : ` + ${result.cpuSeconds.database} s database`} = ` +
      `${result.contactsPerCpuSecond} contacts per CPU second → ${out}\n`,
  );
} finally {
  await db.close();
}

/**
 * Connection settings for this loading process only (the server opens its own connection with its own
 * settings). SQLite: a cache big enough for the random-position index inserts (name, email, client and
 * owner indexes) to stay in memory, and no fsync per batch: a crash mid-seed just means seeding again.
 */
async function tuneForBulkLoad(database: Database): Promise<void> {
  if (database.dialect !== 'sqlite') return;
  await sql`pragma cache_size = -1048576`.execute(database.kysely);
  await sql`pragma synchronous = off`.execute(database.kysely);
}

function phases(seconds: Record<string, number>): string {
  return Object.entries(seconds)
    .map(([name, s]) => `${name} ${s} s`)
    .join(', ');
}

/** The file may be shared: a password in the URL stays out of it. */
function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
