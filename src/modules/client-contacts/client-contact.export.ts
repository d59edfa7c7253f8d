import { stringify } from 'csv-stringify/sync';
import type { Context } from '../../context.js';
import { CSV_COLUMNS, type ExportContactsQuery, type ExportFormat } from './client-contact.export.schemas.js';
import type { ExportBatch, ExportColumn } from './client-contact.export-repository.js';
import { readExportBatches } from './client-contact.export-repository.js';
import { contactFilters } from './client-contact.reads.js';
import type { ClientContact } from './client-contact.schemas.js';

/** Contacts read per batch: big enough that the queries' fixed cost vanishes, small enough to hold in memory. */
export const DEFAULT_EXPORT_BATCH_SIZE = 500;

export interface ExportOptions {
  /** Contacts per batch (tests use tiny batches to act between two of them). */
  batchSize?: number;
}

/**
 * GET /clients/contacts/_export (API.md §5.4): every contact the list's filters match, in list order
 * (modifiedAt, id), from one snapshot, as text chunks of one batch each: NDJSON lines (each exactly a list
 * item) or CSV. The filters are checked before anything is read; `now` (which decides `active`) is fixed for
 * the whole export. Abandoning the iteration (`return()`) ends the snapshot and frees its connection.
 */
export function exportContacts(
  ctx: Context,
  tenantId: string,
  query: ExportContactsQuery,
  options: ExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  const batches = readExportBatches(ctx.db, tenantId, {
    filters: contactFilters(query, ctx.now()),
    modifiedSince: query.modifiedSince,
    modifiedUntil: query.modifiedUntil,
    batchSize: options.batchSize ?? DEFAULT_EXPORT_BATCH_SIZE,
  });
  return formatted(batches, query.format ?? 'ndjson');
}

async function* formatted(
  batches: AsyncGenerator<ExportBatch, void, undefined>,
  format: ExportFormat,
): AsyncGenerator<string, void, undefined> {
  let first = true;
  for await (const batch of batches) {
    if (format === 'ndjson') {
      if (batch.contacts.length > 0) yield batch.contacts.map((c) => `${JSON.stringify(c)}\n`).join('');
      continue;
    }
    const rows = batch.contacts.map((c) => csvRow(c, batch));
    if (first) rows.unshift([...CSV_COLUMNS, ...batch.columns.map((c) => c.key)]);
    first = false;
    if (rows.length > 0) yield stringify(rows);
  }
}

/** One contact as CSV cells, in the order of CSV_COLUMNS and then the custom attribute columns. */
export function csvRow(c: ClientContact, batch: Pick<ExportBatch, 'columns' | 'ownerEmails'>): string[] {
  const email = (i: number) => c.emails[i]?.email ?? '';
  const phone = (i: number) => c.phoneNumbers[i]?.phoneNumber ?? '';
  const fixed: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: c.id,
    candidateId: c.candidateId,
    clientId: c.clientId,
    clientName: c.client.company.name,
    firstName: c.firstName,
    lastName: c.lastName,
    role: c.role ?? '',
    department: c.department ?? '',
    email: email(0),
    email2: email(1),
    email3: email(2),
    phone: phone(0),
    phone2: phone(1),
    phone3: phone(2),
    stage: c.stage?.name ?? '',
    owner: c.mainContact ? (batch.ownerEmails.get(c.mainContact.id) ?? '') : '',
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    active: String(c.active),
    createdAt: c.createdAt,
    modifiedAt: c.modifiedAt,
  };
  const values = new Map(c.customAttributes.map((a) => [a.attributeDefinitionId, a.value]));
  return [...CSV_COLUMNS.map((name) => fixed[name]), ...batch.columns.map((col) => cell(values, col))];
}

/**
 * A custom attribute's cell: text, numbers, booleans and dates as they are; a multiSelect's options and a
 * currency amount as their JSON (`["a","b"]`, `{"amount":10,"currency":"EUR"}`), which cannot be misread
 * whatever the option names hold and which the import reads back as is.
 */
function cell(values: Map<string, unknown>, column: ExportColumn): string {
  const value = values.get(column.definitionId);
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
