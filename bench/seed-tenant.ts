import { sql } from 'kysely';
import type { Context } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { insertDefinition } from '../src/modules/attributes/attribute.repository.js';
import { listStages } from '../src/modules/stages/stage.repository.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { insertUser } from '../src/modules/users/user.repository.js';
import { databaseCpuMeter, processCpuSeconds } from './cpu-time.js';
import { withIndexesRebuilt } from './index-rebuild.js';
import type { SeedFile, SeedSamples } from './seed-file.js';
import { type SeedContact, SeedGenerator } from './seed-generator.js';
import { Random } from './seed-random.js';
import { type WriterName, writeClients, writeContacts } from './seed-writers.js';

export interface SeedOptions {
  contacts: number;
  seed: number;
  writer: WriterName;
  /** Contacts per transaction. */
  batchSize: number;
  /** Transactions in flight at once: 1 for SQLite (one writer anyway); more lets PostgreSQL use more cores. */
  concurrency: number;
  /** Drop the bulk tables' secondary indexes for the load and build them afterwards (an empty database only). */
  rebuildIndexes: boolean;
  /** The data's "now" in ms; fixed in `--verify` so that two runs produce the same rows. */
  now: number;
  onProgress?: (done: number, total: number) => void;
}

/** How many contacts the sample file lists: enough that PATCH load spreads over many rows. */
const SAMPLE_CONTACTS = 4000;
const SAMPLE_CLIENTS = 1000;

/** Ids from the seed's PRNG and a fixed clock, so the tenant and its stages are the same on every run. */
function seedContext(db: Database, seed: number, now: number): Context {
  const rng = new Random(seed ^ 0x5eed);
  const at = new Date(now).toISOString();
  return { db, now: () => at, newId: () => rng.uuid(now) };
}

/** A new tenant with users, attribute definitions, clients and `contacts` client contacts. */
export async function seedTenant(db: Database, options: SeedOptions): Promise<Omit<SeedFile, 'databaseUrl'>> {
  const started = performance.now();
  const cpuAtStart = processCpuSeconds();
  const databaseCpu = await databaseCpuMeter(db, options.concurrency);
  const ctx = seedContext(db, options.seed, options.now);
  const { tenantId, apiKey } = await createTenant(ctx, `bench ${new Date(options.now).toISOString()}`);
  const contactStages = await listStages(db.kysely, tenantId, 'client-contacts');
  const clientStages = await listStages(db.kysely, tenantId, 'clients');
  const generator = new SeedGenerator({
    contacts: options.contacts,
    seed: options.seed,
    now: options.now,
    contactStages,
    clientStages,
  });
  // The tenant, its API key and its default stages.
  let rows = 2 + contactStages.length + clientStages.length;

  const users = generator.users();
  const definitions = generator.definitions();
  await db.transaction(async (trx) => {
    for (const user of users) await insertUser(trx, tenantId, user);
    for (const def of definitions) await insertDefinition(trx, tenantId, def);
  });
  rows += users.length + definitions.length;

  const phaseSeconds = { setup: 0, clients: 0, contacts: 0, indexes: 0, settle: 0 };
  let mark = started;
  const lap = (phase: keyof typeof phaseSeconds) => {
    const t = performance.now();
    phaseSeconds[phase] = round((t - mark) / 1000, 2);
    mark = t;
  };
  lap('setup');

  const clients = generator.clients();
  let written = { rows: 0, people: 0, sampled: [] as SeedContact[] };
  const load = async () => {
    for (let i = 0; i < clients.length; i += options.batchSize) {
      rows += await writeClients(db, options.writer, tenantId, clients.slice(i, i + options.batchSize));
    }
    lap('clients');
    written = await writeAllContacts(db, generator, tenantId, {
      ...options,
      onProgress: (done, total) => {
        databaseCpu?.sample();
        options.onProgress?.(done, total);
      },
    });
    lap('contacts');
  };
  if (options.rebuildIndexes) {
    await withIndexesRebuilt(db, load);
    lap('indexes');
  } else {
    await load();
  }
  rows += written.rows;
  const { people, sampled } = written;

  await settle(db);
  lap('settle');
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = {
    seeder: round(processCpuSeconds() - cpuAtStart, 2),
    database: databaseCpu ? round(databaseCpu.seconds(), 2) : null,
  };
  return {
    tenantId,
    apiKey,
    writer: options.writer,
    indexesRebuilt: options.rebuildIndexes,
    contacts: options.contacts,
    people,
    clients: clients.length,
    users: users.length,
    rows,
    elapsedSeconds: round(elapsedSeconds, 2),
    phaseSeconds,
    cpuSeconds,
    contactsPerCpuSecond: Math.round(options.contacts / (cpuSeconds.seeder + (cpuSeconds.database ?? 0))),
    rowsPerSecond: Math.round(rows / elapsedSeconds),
    contactsPerSecond: Math.round(options.contacts / elapsedSeconds),
    samples: samplesOf(
      sampled,
      clients.map((c) => c.id),
      users.map((u) => u.userId),
    ),
  };
}

/**
 * Generates and writes every contact in transactions of about `batchSize`, up to `concurrency` of them in
 * flight (the next batch is generated while earlier ones are written). A batch never ends just before a
 * second role, so a role and the person it shares are always written, and committed, together.
 * Keeps an even sample of the contacts.
 */
async function writeAllContacts(db: Database, generator: SeedGenerator, tenantId: string, options: SeedOptions) {
  const every = Math.max(1, Math.floor(options.contacts / SAMPLE_CONTACTS));
  const sampled: SeedContact[] = [];
  const inFlight: Promise<number>[] = [];
  let rows = 0;
  let people = 0;
  let done = 0;
  let batch: SeedContact[] = [];
  const flush = async () => {
    const written = done;
    inFlight.push(
      writeContacts(db, options.writer, tenantId, batch).then((n) => {
        options.onProgress?.(written, options.contacts);
        return n;
      }),
    );
    batch = [];
    if (inFlight.length >= options.concurrency) rows += await (inFlight.shift() as Promise<number>);
  };
  for (let next = generator.next(); next !== undefined; next = generator.next()) {
    if (next.personIsNew && batch.length >= options.batchSize) await flush();
    batch.push(next);
    if (next.personIsNew) people++;
    if (done % every === 0 && next.contact.archivedAt === null && sampled.length < SAMPLE_CONTACTS) sampled.push(next);
    done++;
  }
  if (batch.length > 0) await flush();
  for (const pending of inFlight) rows += await pending;
  return { rows, people, sampled };
}

/**
 * Leaves the database as a server would find it some minutes after such a load: PostgreSQL's autovacuum
 * would have analysed the new rows (so plans match a live system), and SQLite's WAL is folded back into
 * the file. SQLite gets no ANALYZE: a deployment never runs one either.
 */
async function settle(db: Database): Promise<void> {
  if (db.dialect === 'postgres') await sql`analyze`.execute(db.kysely);
  else await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
}

function samplesOf(sampled: SeedContact[], clientIds: string[], userIds: string[]): SeedSamples {
  const prefixes = new Set<string>();
  for (const { person } of sampled.slice(0, 300)) {
    const first = person.firstName.toLowerCase();
    const last = person.lastName.toLowerCase();
    prefixes.add(first.slice(0, 3));
    prefixes.add(last.slice(0, 4));
    prefixes.add(`${first} ${last.slice(0, 1)}`);
  }
  const clientEvery = Math.max(1, Math.floor(clientIds.length / SAMPLE_CLIENTS));
  return {
    contacts: sampled.map((s) => ({
      id: s.contact.id,
      candidateId: s.person.id,
      email: s.emails.find((e) => e.isPrimary)?.email ?? s.emails[0].email,
    })),
    clientIds: clientIds.filter((_, i) => i % clientEvery === 0),
    userIds,
    namePrefixes: [...prefixes],
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
