import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/database.js';
import type { SearchCondition, TextColumn } from './client-search.rules.js';

/**
 * The substring (`contains`) conditions of a client search, looked up in the trigram indexes of migration 005
 * before the page is read. A substring that few companies hold is answered from those matches: the page is
 * cut from them, whatever their place in the name order. One that many hold is left to the walk of the name
 * order, which finds a page quickly precisely because matches are then dense. Neither database is left to
 * guess which case it is in: each counts.
 */

/**
 * Up to this many matches, a search reads them all and sorts them; above it, walking the name order finds a
 * page sooner. Reading M matches costs about M lookups; a walk for the first page about pageSize × clients ÷ M
 * index entries, which are cheaper: at 100,000 clients on SQLite the two met near 200–450 matches (figures in
 * bench/README.md).
 */
export const SELECTIVE_MATCHES = 300;

export type SubstringCondition = Extract<SearchCondition, { kind: 'text' }>;

/** The stored, lower-cased column each text path compares (database.ts). */
export const TEXT_COLUMN = { name: 'name_lower', domain: 'domain', description: 'description_lower' } as const;

/** Substrings the trigram indexes can narrow: three characters or more (a trigram index holds nothing shorter). */
export function indexable(c: SearchCondition): c is SubstringCondition {
  return c.kind === 'text' && c.operator === 'contains' && [...c.value].length >= 3;
}

export function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** An FTS5 phrase in one column: the text in double quotes, its own quotes doubled; the trigram tokenizer splits it. */
function phrase(column: TextColumn, text: string): string {
  return `${column} : "${text.replaceAll('"', '""')}"`;
}

/**
 * SQLite: the substring conditions to answer from the trigram index (`company_search`), those with at most
 * `cap` matches, or `'none'` when one has no match at all. The index holds every tenant's companies; counting
 * its entries alone costs a small fraction of reading the matches (figures in bench/README.md).
 */
export async function sqliteSelective(
  db: Kysely<DB>,
  conditions: SearchCondition[],
  cap: number,
): Promise<SubstringCondition[] | 'none'> {
  const selective: SubstringCondition[] = [];
  for (const c of conditions.filter(indexable)) {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from (
        select rowid from company_search where company_search match ${phrase(c.column, c.value)} limit ${cap + 1}
      )`.execute(db);
    const count = Number(rows[0].n);
    if (count === 0) return 'none';
    if (count <= cap) selective.push(c);
  }
  return selective;
}

/** SQLite: `r.id` (a company_search_rows key) is one of the trigram index's matches for a substring condition. */
export function sqliteMatch(c: SubstringCondition) {
  return sql<SqlBool>`r.id in (select rowid from company_search where company_search match ${phrase(c.column, c.value)})`;
}

/** PostgreSQL: the tenant's companies holding a substring, at most `cap + 1` of them (see postgresSelective). */
export function postgresMatches(tenantId: string, c: SubstringCondition, cap: number) {
  return sql<{ id: string }>`
    select id from companies
    where tenant_id = ${tenantId} and ${sql.ref(TEXT_COLUMN[c.column])} like ${`%${likeEscaped(c.value)}%`} escape '\\'
    limit ${cap + 1}`;
}

/** The planner settings under which only a bitmap scan, so only a trigram index, can answer postgresMatches. */
export const BITMAP_SCANS_ONLY = sql.raw(
  'set local enable_seqscan = off; set local enable_indexscan = off; set local enable_indexonlyscan = off',
);
const ANY_SCAN = sql.raw(
  'set local enable_seqscan to default; set local enable_indexscan to default; set local enable_indexonlyscan to default',
);

/**
 * PostgreSQL, inside the search's transaction: the tenant's companies that every selective substring
 * condition allows (at most `cap` matches each), undefined when none is selective, or `'none'` when one
 * has no match. The lookups are read with every plan but a bitmap scan turned off, so only the trigram
 * indexes can answer them: with a sequential or index scan on the table and a misjudged count of
 * matches, PostgreSQL would walk the whole tenant to find a few.
 */
export async function postgresSelective(
  trx: Kysely<DB>,
  tenantId: string,
  conditions: SearchCondition[],
  cap: number,
): Promise<string[] | undefined | 'none'> {
  const substrings = conditions.filter(indexable);
  if (substrings.length === 0) return undefined;
  await BITMAP_SCANS_ONLY.execute(trx);
  let ids: Set<string> | undefined;
  for (const c of substrings) {
    const { rows } = await postgresMatches(tenantId, c, cap).execute(trx);
    if (rows.length === 0) return 'none';
    if (rows.length > cap) continue;
    const found = rows.map((r) => r.id);
    ids = new Set(ids === undefined ? found : found.filter((id) => ids?.has(id)));
    if (ids.size === 0) return 'none';
  }
  await ANY_SCAN.execute(trx);
  return ids && [...ids];
}
