import type { Kysely } from 'kysely';
import { encodeCursor } from '../../core/cursor.js';
import type { Database, DB } from '../../db/database.js';
import { readSnapshot } from '../../db/snapshot.js';
import { listDefinitions } from '../attributes/attribute.repository.js';
import type { ContactFilters } from './client-contact.list-query.js';
import { listContactRows, loadContacts } from './client-contact.read-repository.js';
import type { ClientContact } from './client-contact.schemas.js';

/**
 * The export's reads (API.md §5.4): every contact a list's filters match, in list order, in batches read from
 * one snapshot of the database. A row is read by the list's own query and loadContacts, so it exports exactly
 * as the list shows it.
 */

/** The custom attribute columns of the export: a tenant's contact definitions, in their list order. */
export interface ExportColumn {
  definitionId: string;
  key: string;
}

export interface ExportBatch {
  /** The same for every batch of an export (read once, from its snapshot). */
  columns: ExportColumn[];
  contacts: ClientContact[];
  /** The owners' (mainContact) emails by user id, which the CSV shows and a ClientContact does not. */
  ownerEmails: Map<string, string>;
}

export interface ExportRead {
  filters: ContactFilters;
  modifiedSince?: string;
  modifiedUntil?: string;
  batchSize: number;
}

/**
 * The batches of one export, from one snapshot (readSnapshot). At least one batch, possibly empty, so
 * that a CSV always gets its header. Abandoning the iteration ends the snapshot and frees its connection.
 */
export function readExportBatches(
  db: Database,
  tenantId: string,
  read: ExportRead,
): AsyncGenerator<ExportBatch, void, undefined> {
  return readSnapshot(db, (snapshot) => batches(snapshot, db, tenantId, read));
}

async function* batches(
  snapshot: Kysely<DB>,
  db: Database,
  tenantId: string,
  read: ExportRead,
): AsyncGenerator<ExportBatch, void, undefined> {
  const columns = (await listDefinitions(snapshot, tenantId, 'clientContact')).map((d) => ({
    definitionId: d.id,
    key: d.key,
  }));
  let cursor: string | undefined;
  for (;;) {
    const rows = await listContactRows(
      snapshot,
      db.dialect,
      tenantId,
      { cursor, limit: read.batchSize, modifiedSince: read.modifiedSince, modifiedUntil: read.modifiedUntil },
      read.filters,
    );
    const ids = rows.slice(0, read.batchSize).map((r) => r.id);
    const contacts = await loadContacts(snapshot, tenantId, ids, read.filters.now);
    const ownerEmails = await ownerEmailsOf(snapshot, tenantId, contacts);
    yield { columns, contacts, ownerEmails };
    if (rows.length <= read.batchSize) return;
    const last = rows[read.batchSize - 1];
    cursor = encodeCursor({ modifiedAt: last.modifiedAt, id: last.id });
  }
}

async function ownerEmailsOf(db: Kysely<DB>, tenantId: string, contacts: ClientContact[]) {
  const ids = [...new Set(contacts.flatMap((c) => (c.mainContact ? [c.mainContact.id] : [])))];
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.email]));
}
