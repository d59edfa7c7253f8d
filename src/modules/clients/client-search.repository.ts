import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdSet, tenantBesideIdList } from '../../db/id-set.js';
import { joinedStage } from '../stages/stage.repository.js';
import type { SearchCondition, SearchPlan } from './client-search.rules.js';
import type { ClientSearchItem } from './client-search.schemas.js';
import {
  likeEscaped,
  postgresSelective,
  SELECTIVE_MATCHES,
  type SubstringCondition,
  sqliteMatch,
  sqliteSelective,
  TEXT_COLUMN,
} from './client-search.substrings.js';

/**
 * POST /clients/_search: one page of a tenant's non-archived clients, by lower-cased company name, then id.
 * Substrings are first looked up in the trigram indexes (client-search.substrings.ts); the page query then
 * reads either those few matches or the name order, through the (tenant_id, name_lower) index, testing each
 * company; names by prefix or equality and domains by equality have indexes of their own (migration 005).
 */

/** What the trigram lookups found (see client-search.substrings.ts). */
export interface Narrowing {
  /** SQLite: the substring conditions to answer from the trigram index. */
  trigram?: SubstringCondition[];
  /** PostgreSQL: the only companies the substring conditions allow. */
  companyIds?: string[];
}

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

const DATE_COLUMN = { createdAt: 'c.created_at', modifiedAt: 'c.modified_at' } as const;

type Eb = ExpressionBuilder<DB & { c: DB['clients']; co: DB['companies']; s: DB['stages'] }, 'c' | 'co' | 's'>;

const never = sql<SqlBool>`1 = 0`;

/**
 * A text condition, exact, and never answerable from a trigram index (`instr`, `strpos`): whether one is read
 * was decided by the lookups. Prefixes of names (both databases) and domains (SQLite) add a range an index
 * can read: the columns compare by code point there (binary collation).
 */
function textCondition(dialect: Dialect, c: SubstringCondition): Expression<SqlBool> {
  const column = sql.ref(`co.${TEXT_COLUMN[c.column]}`);
  const v = c.value;
  switch (c.operator) {
    case 'contains':
      return dialect === 'postgres'
        ? sql<SqlBool>`strpos(${column}, ${v}) > 0`
        : sql<SqlBool>`instr(${column}, ${v}) > 0`;
    case 'startsWith': {
      const exact =
        dialect === 'postgres'
          ? sql<SqlBool>`${column} like ${`${likeEscaped(v)}%`} escape '\\'`
          : sql<SqlBool>`substr(${column}, 1, length(${v})) = ${v}`;
      if (c.column === 'name' || dialect === 'sqlite') {
        return sql<SqlBool>`(${column} >= ${v} and ${column} < ${`${v}${MAX_CHAR}`} and ${exact})`;
      }
      return exact;
    }
    // A field that is not set counts as the empty text (see the route's description).
    case 'equals':
      return v === '' ? sql<SqlBool>`(${column} is null or ${column} = '')` : sql<SqlBool>`${column} = ${v}`;
    case 'notEquals':
      return v === '' ? sql<SqlBool>`${column} <> ''` : sql<SqlBool>`(${column} is null or ${column} <> ${v})`;
  }
}

/** The clients that have one of these (non-archived) client contacts. */
function clientsWithContacts(eb: Eb, dialect: Dialect, tenantId: string, ids: string[]) {
  return eb
    .selectFrom('client_contacts as cc')
    .select('cc.client_id')
    .where(tenantBesideIdList(dialect, 'cc.tenant_id', tenantId))
    .where(inIdSet(dialect, 'cc.id', ids))
    .where('cc.archived_at', 'is', null);
}

function condition(eb: Eb, dialect: Dialect, tenantId: string, c: SearchCondition): Expression<SqlBool> {
  switch (c.kind) {
    case 'text':
      return textCondition(dialect, c);
    case 'date':
      return eb(DATE_COLUMN[c.column], c.operator === 'before' ? '<' : '>', c.value);
    case 'stage':
      if (c.operator === 'in') return c.ids.length === 0 ? never : inIdSet(dialect, 'c.stage_id', c.ids);
      return eb.or([eb('c.stage_id', 'is', null), eb.not(inIdSet(dialect, 'c.stage_id', c.ids))]);
    case 'contacts':
      if (c.operator === 'in') {
        return c.ids.length === 0 ? never : eb('c.id', 'in', clientsWithContacts(eb, dialect, tenantId, c.ids));
      }
      return eb('c.id', 'not in', clientsWithContacts(eb, dialect, tenantId, c.ids));
  }
}

export async function searchClients(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  plan: SearchPlan,
  selectiveMatches = SELECTIVE_MATCHES,
): Promise<ClientSearchItem[]> {
  if (dialect === 'sqlite') {
    const trigram = await sqliteSelective(db, plan.conditions, selectiveMatches);
    if (trigram === 'none') return [];
    return (await searchQuery(db, dialect, tenantId, plan, { trigram }).execute()).map(toItem);
  }
  const rows = await db.transaction().execute(async (trx) => {
    const companyIds = await postgresSelective(trx, tenantId, plan.conditions, selectiveMatches);
    if (companyIds === 'none') return [];
    // Planned for this page and these values: the pool's connections otherwise plan every statement
    // generically, blind to the page's size (and would sort every client for the first page).
    await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
    return searchQuery(trx, dialect, tenantId, plan, { companyIds }).execute();
  });
  return rows.map(toItem);
}

type SearchRow = Awaited<ReturnType<ReturnType<typeof searchQuery>['execute']>>[number];

function toItem(row: SearchRow): ClientSearchItem {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    logoUrl: row.logo_url,
    stage: joinedStage(row),
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}

/**
 * The page's query, unexecuted (tests and the bench compile it to read its plan). On SQLite the tenant
 * conditions are written so that its planner drives from what narrows most: trigram matches or a contact
 * list (by primary key), else the name index, in page order (see tenantBesideIdList).
 */
export function searchQuery(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  plan: SearchPlan,
  narrowing: Narrowing = {},
) {
  const trigram = narrowing.trigram ?? [];
  const narrowed =
    trigram.length > 0 ||
    narrowing.companyIds !== undefined ||
    plan.conditions.some((c) => c.kind === 'contacts' && c.operator === 'in');
  let query = db
    .selectFrom('clients as c')
    .innerJoin('companies as co', 'co.id', 'c.company_id')
    .leftJoin('stages as s', 's.id', 'c.stage_id')
    .select([
      'c.id',
      'co.name',
      'co.domain',
      'co.logo_url',
      'c.created_at',
      'c.modified_at',
      's.id as stage_id',
      's.position as stage_position',
      's.name as stage_name',
      's.color_hex as stage_color_hex',
    ])
    .where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId))
    .where((eb) =>
      narrowed ? tenantBesideIdList(dialect, 'co.tenant_id', tenantId) : eb('co.tenant_id', '=', tenantId),
    )
    .where('c.archived_at', 'is', null);
  if (narrowing.companyIds) query = query.where(inIdSet(dialect, 'co.id', narrowing.companyIds));
  for (const c of trigram) {
    query = query.where((eb) =>
      eb('co.id', 'in', eb.selectFrom('company_search_rows as r').select('r.company_id').where(sqliteMatch(c))),
    );
  }
  for (const c of plan.conditions) query = query.where((eb) => condition(eb, dialect, tenantId, c));
  return query.orderBy('co.name_lower').orderBy('c.id').limit(plan.limit).offset(plan.offset);
}
