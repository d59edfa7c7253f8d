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
}

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

/** Ids (with their sort key) of one page of contacts (plus one, see applyPage); every filter is indexed. */
export async function listContactRows(
  db: Kysely<DB>,
  tenantId: string,
  page: PageParams,
  f: ContactFilters,
): Promise<{ id: string; modifiedAt: string }[]> {
  const rows = await listContactsQuery(db, tenantId, page, f).execute();
  return rows.map((r) => ({ id: r.id, modifiedAt: r.modified_at }));
}

/** The query behind listContactRows, unexecuted (tests compile it to read its plan). */
export function listContactsQuery(db: Kysely<DB>, tenantId: string, page: PageParams, f: ContactFilters) {
  let query = db
    .selectFrom('client_contacts as c')
    .select(['c.id', 'c.modified_at'])
    .where('c.tenant_id', '=', tenantId);
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
