import { sql } from 'kysely';
import { connect } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedTenant } from './seed-tenant.js';
import type { WriterName } from './seed-writers.js';

/** Every table the seed writes, except api_keys (each key is random, so its hash always differs). */
const TABLES = [
  'tenants',
  'users',
  'stages',
  'companies',
  'clients',
  'people',
  'client_contacts',
  'contact_emails',
  'contact_phones',
  'attribute_definitions',
  'attribute_values',
];

/** A fixed "now": both runs must generate the same times. */
const NOW = Date.parse('2025-01-01T00:00:00.000Z');

async function dump(db: Database): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db.kysely);
    tables.set(table, rows.map((r) => JSON.stringify(r)).sort());
  }
  return tables;
}

async function seedWith(
  writer: WriterName,
  url: string,
  options: { contacts: number; seed: number; batchSize: number },
) {
  const db = connect(url);
  try {
    await migrateToLatest(db);
    // The batch side also drops and rebuilds the indexes, as a large seed does.
    await seedTenant(db, { ...options, writer, now: NOW, rebuildIndexes: writer === 'batch', concurrency: 1 });
    return await dump(db);
  } finally {
    await db.close();
  }
}

/**
 * Seeds the same data through the repository functions (into in-memory SQLite) and through the batch path
 * (into `batchUrl`, an empty database: in-memory SQLite by default, or PostgreSQL to check its unnest
 * path), and compares every row: the batch path repeats the repositories' column mapping, and this is
 * what keeps the two honest.
 */
export async function verifyWriters(
  batchUrl: string,
  options: { contacts: number; seed: number; batchSize: number },
): Promise<boolean> {
  const viaRepository = await seedWith('repository', ':memory:', options);
  const viaBatch = await seedWith('batch', batchUrl, options);
  let ok = true;
  for (const table of TABLES) {
    const a = viaRepository.get(table) ?? [];
    const b = viaBatch.get(table) ?? [];
    const firstDiff = a.findIndex((row, i) => row !== b[i]);
    const same = a.length === b.length && firstDiff === -1;
    process.stdout.write(`${same ? 'same' : 'DIFFERENT'}  ${table}: ${a.length} rows\n`);
    if (!same) {
      ok = false;
      const i = firstDiff === -1 ? Math.min(a.length, b.length) : firstDiff;
      process.stdout.write(`  repository: ${a[i] ?? '(none)'}\n  batch:      ${b[i] ?? '(none)'}\n`);
    }
  }
  process.stdout.write(ok ? 'both writers wrote the same rows\n' : 'the writers differ\n');
  return ok;
}
