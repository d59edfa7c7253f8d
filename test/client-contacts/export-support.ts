import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import type { Client } from '../harness.js';
import { makeContact } from './fixtures.js';

/** Helpers of the export tests (API.md §5.4): big rows, and whether an export's snapshot is still open. */

/** A location as long as the schema allows (about 2.8 kB of JSON), so that few contacts make a big export. */
const bigLocation = {
  type: 'work',
  street1: 's'.repeat(255),
  street2: 't'.repeat(255),
  city: 'c'.repeat(255),
  region: 'r'.repeat(255),
  state: 'e'.repeat(255),
  country: 'n'.repeat(255),
  rawCityCountry: 'w'.repeat(255),
  formattedAddress: 'f'.repeat(1000),
};

/**
 * 150 contacts of about 56 kB each: about 8 MB of NDJSON, more than the socket buffers between a server and a
 * client that stopped reading hold, so an export of them is still running when the client goes away.
 */
export async function makeBigContacts(api: Client, clientId: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await makeContact(api, clientId, { firstName: `Big${i}`, lastName: 'Row', locations: Array(20).fill(bigLocation) });
  }
}

/**
 * Whether an export's snapshot is open. PostgreSQL: a session other than ours is inside a transaction (idle
 * between two batches, or reading one) that holds a lock on this database's own contacts table; the
 * callers' own writes have finished when they ask, and nothing else here keeps that table locked. SQLite: a passive checkpoint cannot copy every frame of the WAL, because a reader's snapshot
 * predates some of them (the caller writes something after the export began).
 */
export async function exportSnapshotOpen(db: Database): Promise<boolean> {
  if (db.dialect === 'postgres') return (await exportBackend(db)) !== undefined;
  const { rows } = await sql<{ log: number; checkpointed: number }>`pragma wal_checkpoint(PASSIVE)`.execute(db.kysely);
  return rows[0].checkpointed < rows[0].log;
}

/** PostgreSQL: the process id of the session of a running export (see exportSnapshotOpen). */
export async function exportBackend(db: Database): Promise<number | undefined> {
  const { rows } = await sql<{ pid: number }>`
    select l.pid from pg_locks l
    where l.relation = to_regclass(current_schema() || '.client_contacts') and l.pid <> pg_backend_pid()
      and exists (select 1 from pg_stat_activity a
        where a.pid = l.pid and a.xact_start is not null and a.state in ('active', 'idle in transaction'))`.execute(
    db.kysely,
  );
  return rows[0]?.pid;
}

/** The snapshot is gone and, on PostgreSQL, every pool client is back and idle. */
export async function assertExportReleased(db: Database): Promise<void> {
  await eventually('the export snapshot is released', async () => {
    if (await exportSnapshotOpen(db)) return false;
    const stats = db.stats?.();
    return stats === undefined || (stats.total === stats.idle && stats.waiting === 0);
  });
}

/** Waits until `check` holds, for up to 10 s. */
export async function eventually(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(50);
  }
  assert.fail(`never: ${what}`);
}
