import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdSet, tenantBesideIdList } from '../../db/id-set.js';
import type { SearchCondition, SearchPlan, TextColumn } from './client-search.rules.js';
import type { ClientSearchItem } from './client-search.schemas.js';

/**
 * POST /clients/_search: one page of a tenant's non-archived clients, by lower-cased company name, then id.
 *
 * PostgreSQL gets one query and chooses its plan from its statistics: pg_trgm indexes answer substring,
 * prefix and equality matches on the three text columns, the (tenant_id, name_lower) index walks the name
 * order (migration 005). SQLite first looks a substring up in its trigram index (`company_search`, FTS5):
 * when few clients match, the page is cut from just those; when many do, the name order is walked and each
 * company tested, which finds a page quickly precisely because matches are then dense (see SELECTIVE_MATCHES).
 */

/**
 * Up to this many trigram matches, a SQLite search reads its matches and sorts them; above it, walking the
 * name order finds a page sooner. Reading M matches costs about M; a walk for the first page about
 * pageSize × clients ÷ M index entries, which are cheaper: figures in bench/README.md.
 */
export const SELECTIVE_MATCHES = 300;

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

/** The stored, lower-cased column each text path compares (database.ts). */
const TEXT_COLUMN = { name: 'co.name_lower', domain: 'co.domain', description: 'co.description_lower' } as const;
/** The same columns in the SQLite trigram index. */
const SEARCH_COLUMN: Record<TextColumn, string> = { name: 'name', domain: 'domain', description: 'description' };

const DATE_COLUMN = { createdAt: 'c.created_at', modifiedAt: 'c.modified_at' } as const;

type Eb = ExpressionBuilder<DB & { c: DB['clients']; co: DB['companies']; s: DB['stages'] }, 'c' | 'co' | 's'>;

const never = sql<SqlBool>`1 = 0`;

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function textCondition(dialect: Dialect, c: Extract<SearchCondition, { kind: 'text' }>): Expression<SqlBool> {
  const column = sql.ref(TEXT_COLUMN[c.column]);
  const v = c.value;
  switch (c.operator) {
    case 'contains':
      return dialect === 'postgres'
        ? sql<SqlBool>`${column} like ${`%${likeEscaped(v)}%`} escape '\\'`
        : sql<SqlBool>`instr(${column}, ${v}) > 0`;
    case 'startsWith': {
      const exact =
        dialect === 'postgres'
          ? sql<SqlBool>`${column} like ${`${likeEscaped(v)}%`} escape '\\'`
          : sql<SqlBool>`substr(${column}, 1, length(${v})) = ${v}`;
      // Binary collation (every column on SQLite, name_lower on PostgreSQL): a range an index can read.
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

export type TrigramCondition = Extract<SearchCondition, { kind: 'text' }>;

/** Text conditions the SQLite trigram index can narrow: substrings of three characters or more. */
function trigramSearchable(c: SearchCondition): c is TrigramCondition {
  return c.kind === 'text' && c.operator === 'contains' && [...c.value].length >= 3;
}

/** An FTS5 phrase: the text in double quotes, its own quotes doubled; the trigram tokenizer splits it. */
function phrase(column: TextColumn, text: string): string {
  return `${SEARCH_COLUMN[column]} : "${text.replaceAll('"', '""')}"`;
}

/**
 * SQLite: how many companies (of every tenant) hold `text` in `column`, counting at most `cap + 1`. Read
 * from the trigram index alone, it costs a small fraction of reading those matches (figures in
 * bench/README.md).
 */
async function trigramMatchCount(db: Kysely<DB>, column: TextColumn, text: string, cap: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (
      select rowid from company_search where company_search match ${phrase(column, text)} limit ${cap + 1}
    )`.execute(db);
  return Number(rows[0].n);
}

/**
 * SQLite: the substring conditions to answer from the trigram index (those with at most `cap` matches),
 * or `'none'` when one of them has no match at all, so that no client can match.
 */
export async function trigramSelective(
  db: Kysely<DB>,
  conditions: SearchCondition[],
  cap: number,
): Promise<TrigramCondition[] | 'none'> {
  const selective: TrigramCondition[] = [];
  for (const c of conditions.filter(trigramSearchable)) {
    const count = await trigramMatchCount(db, c.column, c.value, cap);
    if (count === 0) return 'none';
    if (count <= cap) selective.push(c);
  }
  return selective;
}

/** SQLite: the companies the trigram index finds for a substring condition. */
function trigramMatches(eb: Eb, c: TrigramCondition) {
  return eb
    .selectFrom('company_search_rows as r')
    .select('r.company_id')
    .where(
      sql<SqlBool>`r.id in (select rowid from company_search where company_search match ${phrase(c.column, c.value)})`,
    );
}

export async function searchClients(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  plan: SearchPlan,
  selectiveMatches = SELECTIVE_MATCHES,
): Promise<ClientSearchItem[]> {
  if (dialect === 'postgres') {
    // Planned for these values (the pool's connections otherwise plan every statement generically, blind to
    // how many clients a substring matches and to the page's size), so that PostgreSQL can choose between
    // the trigram indexes and walking the name order.
    const rows = await db.transaction().execute(async (trx) => {
      await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
      return searchQuery(trx, dialect, tenantId, plan).execute();
    });
    return rows.map(toItem);
  }
  const selective = await trigramSelective(db, plan.conditions, selectiveMatches);
  if (selective === 'none') return [];
  return (await searchQuery(db, dialect, tenantId, plan, selective).execute()).map(toItem);
}

type SearchRow = Awaited<ReturnType<ReturnType<typeof searchQuery>['execute']>>[number];

function toItem(row: SearchRow): ClientSearchItem {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    logoUrl: row.logo_url,
    stage:
      row.stage_id === null
        ? null
        : {
            id: row.stage_id,
            order: row.stage_position as number,
            name: row.stage_name as string,
            colorHex: row.stage_color_hex as string,
          },
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}

/**
 * The page's query, unexecuted (tests compile it to read its plan). On SQLite, the tenant conditions are
 * written so that its planner drives from what narrows most: the candidates or a contact list (client ids
 * by primary key), else the name index, in page order (see tenantBesideIdList).
 */
export function searchQuery(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  plan: SearchPlan,
  selective: TrigramCondition[] = [],
) {
  const narrowed = selective.length > 0 || plan.conditions.some((c) => c.kind === 'contacts' && c.operator === 'in');
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
  for (const c of selective) query = query.where((eb) => eb('co.id', 'in', trigramMatches(eb, c)));
  for (const c of plan.conditions) query = query.where((eb) => condition(eb, dialect, tenantId, c));
  return query.orderBy('co.name_lower').orderBy('c.id').limit(plan.limit).offset(plan.offset);
}
