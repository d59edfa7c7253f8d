import { type Static, Type } from 'typebox';
import { StringEnum } from '../../core/schemas.js';
import { ListContactsQuery } from './client-contact.schemas.js';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The media type each format is sent as (API.md §5.4). */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
};

const { cursor: _cursor, limit: _limit, ...filters } = ListContactsQuery.properties;

/** The list's filters (API.md §2.4, §1.5) without its paging, and the format. */
export const ExportContactsQuery = Type.Object({
  format: Type.Optional(
    StringEnum(EXPORT_FORMATS, { default: 'ndjson', description: '`ndjson` (the default) or `csv`' }),
  ),
  ...filters,
});
export type ExportContactsQuery = Static<typeof ExportContactsQuery>;

/** The CSV's fixed columns, in order; one column per custom attribute key follows. */
export const CSV_COLUMNS = [
  'id',
  'candidateId',
  'clientId',
  'clientName',
  'firstName',
  'lastName',
  'role',
  'department',
  'email',
  'email2',
  'email3',
  'phone',
  'phone2',
  'phone3',
  'stage',
  'owner',
  'startDate',
  'endDate',
  'active',
  'createdAt',
  'modifiedAt',
] as const;
