import { type Insertable, type Kysely, type SqlBool, sql } from 'kysely';
import type { Location } from '../../core/schemas.js';
import type { ClientsTable, CompaniesTable, DB } from '../../db/database.js';
import { applyPage, type PageParams } from '../../db/keyset.js';
import { updateVersioned } from '../../db/versioned-update.js';
import { joinedStage } from '../stages/stage.repository.js';
import type { Client, ClientStatus } from './client.schemas.js';

const NOT_FOUND = 'CLIENT_NOT_FOUND';

/** A client as stored: everything the API shows except custom attributes, which live in their own table. */
export type ClientRecord = Omit<Client, 'customAttributes'>;

export interface ClientFilter {
  /** Already filtered to UUIDs by the caller; an empty list matches nothing. */
  stageIds?: string[];
  statuses?: ClientStatus[];
  /** Lower-cased substring of the company name or domain. */
  q?: string;
  includeArchived: boolean;
}

/** Client, company and stage in one row, so a page of clients costs one query. */
function selectClients(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('clients as c')
    .innerJoin('companies as co', 'co.id', 'c.company_id')
    .leftJoin('stages as s', 's.id', 'c.stage_id')
    .select([
      'c.id',
      'c.status',
      'c.locations',
      'c.created_at',
      'c.modified_at',
      'c.archived_at',
      'c.version',
      'co.id as company_id',
      'co.name',
      'co.domain',
      'co.description',
      'co.industry',
      'co.size',
      'co.logo_url',
      'co.linkedin_url',
      's.id as stage_id',
      's.position as stage_position',
      's.name as stage_name',
      's.color_hex as stage_color_hex',
    ])
    .where('c.tenant_id', '=', tenantId);
}

type ClientRow = Awaited<ReturnType<ReturnType<typeof selectClients>['executeTakeFirstOrThrow']>>;

function toClientRecord(row: ClientRow): ClientRecord {
  return {
    id: row.id,
    company: {
      id: row.company_id,
      name: row.name,
      domain: row.domain,
      description: row.description,
      industry: row.industry,
      size: row.size,
      logoUrl: row.logo_url,
      linkedinUrl: row.linkedin_url,
    },
    status: row.status as ClientStatus,
    stage: joinedStage(row),
    locations: JSON.parse(row.locations) as Location[],
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    archivedAt: row.archived_at,
    version: row.version,
  };
}

/** A client of the tenant; archived ones only when asked for. */
export async function findClient(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  options: { includeArchived?: boolean } = {},
): Promise<ClientRecord | undefined> {
  let query = selectClients(db, tenantId).where('c.id', '=', id);
  if (!options.includeArchived) query = query.where('c.archived_at', 'is', null);
  const row = await query.executeTakeFirst();
  return row && toClientRecord(row);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** One page (plus one row, see applyPage) of the tenant's clients, in (modifiedAt, id) order. */
export async function listClients(
  db: Kysely<DB>,
  tenantId: string,
  filter: ClientFilter,
  page: PageParams,
): Promise<ClientRecord[]> {
  let query = applyPage(selectClients(db, tenantId), page, { modifiedAt: 'c.modified_at', id: 'c.id' });
  if (!filter.includeArchived) query = query.where('c.archived_at', 'is', null);
  if (filter.stageIds) {
    const ids = filter.stageIds;
    query = ids.length > 0 ? query.where('c.stage_id', 'in', ids) : query.where(sql<SqlBool>`1 = 0`);
  }
  if (filter.statuses) query = query.where('c.status', 'in', filter.statuses);
  if (filter.q) {
    // LIKE is case-sensitive on PostgreSQL: both columns hold lower-cased text, so the pattern is too.
    const pattern = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        sql<SqlBool>`${eb.ref('co.name_lower')} like ${pattern} escape '\\'`,
        sql<SqlBool>`${eb.ref('co.domain')} like ${pattern} escape '\\'`,
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map(toClientRecord);
}

function companyColumns(record: ClientRecord) {
  const { company } = record;
  return {
    name: company.name,
    name_lower: company.name.toLowerCase(),
    domain: company.domain,
    description: company.description,
    description_lower: company.description?.toLowerCase() ?? null,
    industry: company.industry,
    size: company.size,
    logo_url: company.logoUrl,
    linkedin_url: company.linkedinUrl,
  };
}

function clientColumns(record: ClientRecord) {
  return {
    status: record.status,
    stage_id: record.stage?.id ?? null,
    locations: JSON.stringify(record.locations),
    modified_at: record.modifiedAt,
    archived_at: record.archivedAt,
    version: record.version,
  };
}

/** The stored rows of a new client and its company (also used by the benchmark's bulk loader). */
export function clientRows(
  tenantId: string,
  record: ClientRecord,
): { company: Insertable<CompaniesTable>; client: Insertable<ClientsTable> } {
  return {
    company: { id: record.company.id, tenant_id: tenantId, ...companyColumns(record) },
    client: {
      id: record.id,
      tenant_id: tenantId,
      company_id: record.company.id,
      created_at: record.createdAt,
      ...clientColumns(record),
    },
  };
}

export async function insertClient(db: Kysely<DB>, tenantId: string, record: ClientRecord): Promise<void> {
  const rows = clientRows(tenantId, record);
  await db.insertInto('companies').values(rows.company).execute();
  await db.insertInto('clients').values(rows.client).execute();
}

/**
 * Writes every column of a client changed from version `fromVersion`, and its company; answers the new
 * version. A client that has moved on since is refused with 412 (see versioned-update.ts).
 */
export async function updateClient(
  db: Kysely<DB>,
  tenantId: string,
  record: ClientRecord,
  fromVersion: number,
): Promise<number> {
  const { version: _version, ...columns } = clientColumns(record);
  const version = await updateVersioned(
    db,
    'clients',
    { tenantId, id: record.id, fromVersion, notFound: NOT_FOUND },
    columns,
  );
  await db
    .updateTable('companies')
    .set(companyColumns(record))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', record.company.id)
    .execute();
  return version;
}

/** Archives (a time) or restores (null) a client read at version `fromVersion`; answers the new version. */
export async function setClientArchived(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  fromVersion: number,
  archivedAt: string | null,
  now: string,
): Promise<number> {
  return updateVersioned(
    db,
    'clients',
    { tenantId, id, fromVersion, notFound: NOT_FOUND },
    { archived_at: archivedAt, modified_at: now },
  );
}
