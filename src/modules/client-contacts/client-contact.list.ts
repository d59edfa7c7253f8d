import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';
import { applyPage, type PageParams } from '../../db/keyset.js';

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
 * page quickly precisely because matches are then dense.
 */
export const SELECTIVE_MATCHES = 1000;

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * Ids (with their sort key) of one page of contacts (plus one, see applyPage). `email` and `q` are first
 * looked up in their own indexes: when that yields few contacts, the page is cut from just those; only a
 * search matching many contacts walks the list order (see SELECTIVE_MATCHES).
 */
export async function listContactRows(
  db: Kysely<DB>,
  tenantId: string,
  page: PageParams,
  f: ContactFilters,
  selectiveMatches = SELECTIVE_MATCHES,
): Promise<{ id: string; modifiedAt: string }[]> {
  let filters = f;
  if (f.email !== undefined || f.q !== undefined) {
    const ids = await searchMatches(db, tenantId, f, selectiveMatches);
    if (ids?.length === 0) return [];
    // With both, the (exact, tiny) email matches drive and `q` stays a filter on them.
    if (ids) filters = { ...f, email: undefined, q: f.email === undefined ? undefined : f.q, ids };
  }
  const rows = await listContactsQuery(db, tenantId, page, filters).execute();
  return rows.map((r) => ({ id: r.id, modifiedAt: r.modified_at }));
}

/**
 * The contacts an `email` (or else `q`) search matches, or undefined when there are more than `cap`. Each source is
 * an index range read that stops at `cap + 1` rows (UNION ALL streams; duplicates are removed here).
 */
async function searchMatches(
  db: Kysely<DB>,
  tenantId: string,
  f: Pick<ContactFilters, 'email' | 'q'>,
  cap: number,
): Promise<string[] | undefined> {
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
  const q = f.q ?? '';
  const high = `${q}${MAX_CHAR}`;
  const query =
    f.email !== undefined
      ? byEmail(f.email)
      : byEmail(q, high)
          .unionAll(byName('full_name_lower', q, high))
          .unionAll(byName('last_name_lower', q, high));
  const rows = await query.limit(cap + 1).execute();
  const ids = [...new Set(rows.map((r) => r.id))];
  // Rows, not distinct ids, decide: duplicates only come from the union, so fewer rows means fewer ids.
  return rows.length > cap ? undefined : ids;
}

/** The query behind listContactRows, unexecuted (tests compile it to read its plan). */
export function listContactsQuery(db: Kysely<DB>, tenantId: string, page: PageParams, f: ContactFilters) {
  let query = db
    .selectFrom('client_contacts as c')
    .select(['c.id', 'c.modified_at'])
    .where('c.tenant_id', '=', tenantId);
  if (f.ids) query = query.where('c.id', 'in', f.ids);
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
  if (f.q) {
    // Dense searches only (see listContactRows): the match sets are built once and probed while walking.
    const low = f.q;
    const high = `${f.q}${MAX_CHAR}`;
    query = query.where((eb) =>
      eb.or([
        eb(
          'c.person_id',
          'in',
          eb
            .selectFrom('people')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where((p) =>
              p.or([
                p.and([p('full_name_lower', '>=', low), p('full_name_lower', '<', high)]),
                p.and([p('last_name_lower', '>=', low), p('last_name_lower', '<', high)]),
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
            .where('email_lower', '>=', low)
            .where('email_lower', '<', high),
        ),
      ]),
    );
  }
  return applyPage(query, page, { modifiedAt: 'c.modified_at', id: 'c.id' });
}

/** A person's non-archived roles, oldest first. */
export async function personRoleIds(db: Kysely<DB>, tenantId: string, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('client_contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
