import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdSet, tenantBesideIdList } from '../../db/id-set.js';
import { applyPage, type PageParams } from '../../db/keyset.js';
import { prepared } from '../../db/prepared.js';

export interface ContactFilters {
  clientIds?: string[];
  stageIds?: string[];
  mainContactIds?: string[];
  active?: boolean;
  /** Lower-cased exact address. */
  email?: string;
  /** Lower-cased prefix. */
  q?: string;
  includeArchived: boolean;
  now: string;
  /** Only these contacts (the matches of a selective search, see listContactRows). */
  ids?: string[];
}

/**
 * A search with at most this many matches is answered from its matches (index lookups, then a sort of at
 * most this many rows); one with more walks the list in (modifiedAt, id) order and filters, which finds a
 * page quickly precisely because matches are then dense. A `q` prefix's matches are first counted in its
 * indexes (see prefixEntryCount), so a dense search does not read them. Reading M matches costs about M,
 * a walk about 26 × contacts ÷ M: on SQLite at a million contacts the two cost about the same near M = 5,000
 * (figures in bench/README.md), and at smaller tenants few prefixes reach it.
 */
export const SELECTIVE_MATCHES = 5000;

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * Ids (with their sort key) of one page of contacts (plus one, see applyPage). `email` and `q` are first
 * looked up in their own indexes: when that yields few contacts, the page is cut from just those; only a
 * search matching many contacts walks the list order (see SELECTIVE_MATCHES).
 */
export async function listContactRows(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  page: PageParams,
  f: ContactFilters,
  selectiveMatches = SELECTIVE_MATCHES,
): Promise<{ id: string; modifiedAt: string }[]> {
  let filters = f;
  if (f.email === undefined && f.q !== undefined) {
    // Counting a prefix's index entries is cheap (the indexes alone, no joins); reading its matches is not.
    const entries = await prefixEntryCount(db, tenantId, f.q, `${f.q}${MAX_CHAR}`, selectiveMatches + 1);
    if (entries === 0) return [];
    if (entries > selectiveMatches) return listed(await listContactsQuery(db, dialect, tenantId, page, f).execute());
  }
  if (f.email !== undefined || f.q !== undefined) {
    const rows = await searchMatchesQuery(db, tenantId, f)
      .limit(selectiveMatches + 1)
      .execute();
    // Rows, not distinct ids, decide: duplicates only come from the union, so fewer rows means fewer ids.
    const ids = rows.length > selectiveMatches ? undefined : [...new Set(rows.map((r) => r.id))];
    if (ids?.length === 0) return [];
    // With both, the (exact, tiny) email matches drive and `q` stays a filter on them.
    if (ids) filters = { ...f, email: undefined, q: f.email === undefined ? undefined : f.q, ids };
  }
  return listed(await listContactsQuery(db, dialect, tenantId, page, filters).execute());
}

const listed = (rows: { id: string; modified_at: string }[]) =>
  rows.map((r) => ({ id: r.id, modifiedAt: r.modified_at }));

/**
 * How many name and address index entries start with a `q` prefix, counting at most `cap` in each index.
 * Read from the three indexes alone, it costs a small fraction of reading those matches as contact ids (the
 * joins) for a prefix that matches thousands (figures in bench/README.md). An entry is a person
 * or an address, not a contact, so this is an estimate of the matches, used only to choose the cheaper way.
 */
async function prefixEntryCount(db: Kysely<DB>, tenantId: string, low: string, high: string, cap: number) {
  const row = await prefixEntryCounts.first(db, tenantId, low, high, cap);
  return row ? Number(row.emails) + Number(row.full_names) + Number(row.last_names) : 0;
}

const prefixEntryCounts = prepared(prefixEntryCountQuery);

/** The query behind prefixEntryCount (tests read its plan). */
export function prefixEntryCountQuery(
  db: Kysely<DB>,
  _dialect: Dialect,
  tenantId: string,
  low: string,
  high: string,
  cap: number,
) {
  const counted = (entries: SelectQueryBuilder<DB, keyof DB, { tenant_id: string }>) =>
    db.selectFrom(entries.limit(cap).as('m')).select((eb) => eb.fn.countAll<number | string>().as('n'));
  const names = (column: 'full_name_lower' | 'last_name_lower') =>
    db
      .selectFrom('people')
      .select('tenant_id')
      .where('tenant_id', '=', tenantId)
      .where(column, '>=', low)
      .where(column, '<', high);
  const emails = db
    .selectFrom('contact_emails')
    .select('tenant_id')
    .where('tenant_id', '=', tenantId)
    .where('email_lower', '>=', low)
    .where('email_lower', '<', high);
  return db.selectNoFrom([
    counted(emails).as('emails'),
    counted(names('full_name_lower')).as('full_names'),
    counted(names('last_name_lower')).as('last_names'),
  ]);
}

/**
 * The contacts an `email` (or else `q`) search matches, as index range reads joined with UNION ALL, so that
 * a LIMIT stops each read early (duplicates are possible and removed by the caller).
 */
export function searchMatchesQuery(db: Kysely<DB>, tenantId: string, f: Pick<ContactFilters, 'email' | 'q'>) {
  const byEmail = (low: string, high?: string) =>
    db
      .selectFrom('contact_emails')
      .select('contact_id as id')
      .where('tenant_id', '=', tenantId)
      .where('email_lower', high === undefined ? '=' : '>=', low)
      .$if(high !== undefined, (q) => q.where('email_lower', '<', high as string));
  const byName = (column: 'full_name_lower' | 'last_name_lower', low: string, high: string) =>
    db
      .selectFrom('people as p')
      .innerJoin('client_contacts as pc', 'pc.person_id', 'p.id')
      .select('pc.id as id')
      .where('p.tenant_id', '=', tenantId)
      .where(`p.${column}`, '>=', low)
      .where(`p.${column}`, '<', high);
  if (f.email !== undefined) return byEmail(f.email);
  const q = f.q ?? '';
  const high = `${q}${MAX_CHAR}`;
  return byEmail(q, high)
    .unionAll(byName('full_name_lower', q, high))
    .unionAll(byName('last_name_lower', q, high));
}

/** The query behind listContactRows, unexecuted (tests compile it to read its plan). */
export function listContactsQuery(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  page: PageParams,
  f: ContactFilters,
) {
  let query = db.selectFrom('client_contacts as c').select(['c.id', 'c.modified_at']);
  query = f.ids
    ? query.where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId)).where(inIdSet(dialect, 'c.id', f.ids))
    : query.where('c.tenant_id', '=', tenantId);
  if (f.clientIds) query = query.where('c.client_id', 'in', f.clientIds);
  if (f.stageIds) query = query.where('c.stage_id', 'in', f.stageIds);
  if (f.mainContactIds) query = query.where('c.main_contact_id', 'in', f.mainContactIds);
  if (!f.includeArchived) query = query.where('c.archived_at', 'is', null);
  if (f.active === true) {
    query = query
      .where('c.archived_at', 'is', null)
      .where((eb) => eb.or([eb('c.end_date', 'is', null), eb('c.end_date', '>', f.now)]));
  } else if (f.active === false) {
    query = query.where((eb) => eb.or([eb('c.archived_at', 'is not', null), eb('c.end_date', '<=', f.now)]));
  }
  if (f.email) {
    const email = f.email;
    query = query.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('contact_emails')
        .select('contact_id')
        .where('tenant_id', '=', tenantId)
        .where('email_lower', '=', email),
    );
  }
  if (f.q) query = query.where((eb) => denseSearch(eb, dialect, tenantId, f.q as string));
  return applyPage(query, page, { modifiedAt: 'c.modified_at', id: 'c.id' });
}

/**
 * The `q` condition for a search that matches many contacts (see listContactRows), walked in list order.
 * SQLite: a correlated probe per contact (person by primary key, emails by contact), written with
 * `substr(…) = prefix` so that its planner cannot pick the name indexes for a range scan per row; the walk
 * stops once a page is found. PostgreSQL turns such probes into full scans, but builds `in (…)` match
 * sets from the name and email indexes and then probes them: so it gets those.
 */
function denseSearch(
  eb: ExpressionBuilder<DB & { c: DB['client_contacts'] }, 'c'>,
  dialect: Dialect,
  tenantId: string,
  q: string,
) {
  if (dialect === 'sqlite') {
    const starts = (column: string) => sql<SqlBool>`substr(${sql.ref(column)}, 1, length(${q})) = ${q}`;
    return eb.or([
      eb.exists(
        eb
          .selectFrom('people as p')
          .select('p.id')
          .whereRef('p.id', '=', 'c.person_id')
          .where((p) => p.or([starts('p.full_name_lower'), starts('p.last_name_lower')])),
      ),
      eb.exists(
        eb
          .selectFrom('contact_emails as e')
          .select('e.contact_id')
          .where('e.tenant_id', '=', tenantId)
          .whereRef('e.contact_id', '=', 'c.id')
          .where(starts('e.email_lower')),
      ),
    ]);
  }
  const high = `${q}${MAX_CHAR}`;
  return eb.or([
    eb(
      'c.person_id',
      'in',
      eb
        .selectFrom('people')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where((p) =>
          p.or([
            p.and([p('full_name_lower', '>=', q), p('full_name_lower', '<', high)]),
            p.and([p('last_name_lower', '>=', q), p('last_name_lower', '<', high)]),
          ]),
        ),
    ),
    eb(
      'c.id',
      'in',
      eb
        .selectFrom('contact_emails')
        .select('contact_id')
        .where('tenant_id', '=', tenantId)
        .where('email_lower', '>=', q)
        .where('email_lower', '<', high),
    ),
  ]);
}
