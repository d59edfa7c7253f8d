import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdList, tenantBesideIdList } from '../../db/id-set.js';
import { dialectOf, prepared } from '../../db/prepared.js';

/** What one search looks for, each part already in the form its index holds (see the service). */
export interface SearchTerms {
  /** Folded name prefix as a range `low <= x < high`; an empty range when the query has no name part. */
  nameLow: string;
  nameHigh: string;
  /** The lower-cased query: an address equal to it, or within `emailLow <= x < emailHigh`. */
  emailLow: string;
  emailHigh: string;
  /** Only for a phone-like query with enough digits: its E.164 (or digits) form and its digits. */
  phone?: { normalized: string; digits: string };
}

export interface Candidate {
  id: string;
  first_name: string;
  last_name: string;
  avatar_url: string | null;
  first_name_folded: string;
  last_name_folded: string;
  full_name_folded: string;
  /** 1 when an address or number of the person equals the query. */
  exact: number;
}

type Branch = SelectQueryBuilder<DB, any, { person_id: string; exact: number }>;

const EXACT = sql<number>`1`;
const OTHER = sql<number>`0`;

/** A person with a role that is not archived: only those are found. */
const hasLiveRole = (eb: ExpressionBuilder<DB & { p: DB['people'] }, 'p'>) =>
  eb.exists(
    eb
      .selectFrom('client_contacts as c')
      .select('c.id')
      .whereRef('c.person_id', '=', 'p.id')
      .where('c.archived_at', 'is', null),
  );

/**
 * Each way of matching as one index read that stops after `limit` hits, in its index's order: an address or
 * number matches through a role that is not archived, a name through a person with such a role. That is
 * enough to fill an answer of `limit` people in rank order as far as each index's order goes: a full-name
 * hit is one person; the last-name index is in the answer's tie order, and what it yields beyond the people
 * also found by full name is as much as the full-name read left room for.
 */
function branches(db: Kysely<DB>, dialect: Dialect, tenantId: string, t: SearchTerms, limit: number): Branch[] {
  const emails = (exact: boolean) =>
    db
      .selectFrom('contact_emails as e')
      .innerJoin('client_contacts as c', 'c.id', 'e.contact_id')
      .select(['c.person_id', (exact ? EXACT : OTHER).as('exact')])
      .where('e.tenant_id', '=', tenantId)
      .$call((q) =>
        exact
          ? q.where('e.email_lower', '=', t.emailLow)
          : q.where('e.email_lower', '>=', t.emailLow).where('e.email_lower', '<', t.emailHigh),
      )
      .where('c.archived_at', 'is', null)
      .orderBy('e.email_lower')
      .orderBy('e.contact_id')
      .limit(limit);
  const names = (column: 'full_name_folded' | 'last_name_folded') =>
    db
      .selectFrom('people as p')
      .select(['p.id as person_id', OTHER.as('exact')])
      .where('p.tenant_id', '=', tenantId)
      .where(`p.${column}`, '>=', t.nameLow)
      .where(`p.${column}`, '<', t.nameHigh)
      .where(hasLiveRole)
      .$call((q) =>
        column === 'full_name_folded'
          ? q.orderBy('p.full_name_folded').orderBy('p.id')
          : q.orderBy('p.last_name_folded').orderBy('p.first_name_folded').orderBy('p.id'),
      )
      .limit(limit);
  const found: Branch[] = [emails(true), names('full_name_folded'), names('last_name_folded'), emails(false)];
  if (t.phone) found.push(...phoneBranches(db, dialect, tenantId, t.phone, limit));
  return found;
}

function phoneBranches(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  phone: NonNullable<SearchTerms['phone']>,
  limit: number,
): Branch[] {
  const exact = db
    .selectFrom('contact_phones as ph')
    .innerJoin('client_contacts as c', 'c.id', 'ph.contact_id')
    .select(['c.person_id', EXACT.as('exact')])
    .where('ph.tenant_id', '=', tenantId)
    .where('ph.normalized', '=', phone.normalized)
    .where('c.archived_at', 'is', null)
    .orderBy('ph.contact_id')
    .limit(limit);
  // A number held by `limit` people or more (a switchboard) leaves no room for lower ranks, so the search for
  // its digits within other numbers, which reads far more index than the lookup, is then cut to LIMIT 0. The
  // test sits in the LIMIT because both databases evaluate that once, before reading; as a WHERE term, SQLite
  // checked it on every row the trigram index yielded.
  const partialLimit = sql<number>`case when ${db
    .selectFrom(exact.as('x'))
    .select((x) => x.fn.count('x.person_id').distinct().as('n'))} < ${limit} then ${limit} else 0 end`;
  // Part of a number: the trigram index yields the rows holding the digits in sequence, in no useful order.
  const partial =
    dialect === 'sqlite'
      ? db
          .selectFrom('phone_search as s')
          .innerJoin('phone_search_rows as r', 'r.id', 's.rowid')
          .innerJoin('client_contacts as c', 'c.id', 'r.contact_id')
          .select(['c.person_id', OTHER.as('exact')])
          .where(sql<SqlBool>`s.digits match ${sql`'"' || ${phone.digits} || '"'`}`)
          .where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId))
          .where('c.archived_at', 'is', null)
          .limit(partialLimit)
      : db
          .selectFrom('contact_phones as ph')
          .innerJoin('client_contacts as c', 'c.id', 'ph.contact_id')
          .select(['c.person_id', OTHER.as('exact')])
          // Written so that no (tenant_id, …) index can answer it, as on SQLite (tenantBesideIdList): a tenant's
          // every number read through one of those instead of the trigram index would grow with the tenant.
          .where(sql<SqlBool>`(ph.tenant_id || '') = ${tenantId}`)
          .where(sql<SqlBool>`ph.digits like ${containing(phone.digits)}`)
          .where('c.archived_at', 'is', null)
          .limit(partialLimit);
  return [exact, partial];
}

/**
 * PostgreSQL: the LIKE pattern for digits within a number, written into the statement as a literal. Every
 * statement there gets a generic plan (src/db/connect.ts), and for a pattern it cannot see the planner
 * assumes that one row in 200 matches, so under a LIMIT it reads contact_phones from the start instead of using the
 * trigram index: a full scan for any number that is rare, which is nearly all of them. Seeing the pattern,
 * it weighs the index. Only digits ever reach it.
 */
function containing(digits: string) {
  if (!/^[0-9]+$/.test(digits)) throw new Error('phone digits expected');
  return sql.lit(`%${digits}%`);
}

/**
 * The people the branches find, once each, with what the service ranks and shows them by. One statement:
 * each branch's read is bounded by `limit`, so its cost does not grow with the tenant.
 */
export function candidatesQuery(db: Kysely<DB>, dialect: Dialect, tenantId: string, t: SearchTerms, limit: number) {
  // Each branch in its own subquery: SQLite allows LIMIT and ORDER BY only there, not on a compound's parts.
  const [first, ...rest] = branches(db, dialect, tenantId, t, limit).map((b, i) =>
    db.selectFrom(b.as(`b${i}`)).select([`b${i}.person_id` as 'person_id', `b${i}.exact` as 'exact']),
  );
  const matches = rest.reduce((union, b) => union.unionAll(b as never), first);
  return db
    .selectFrom(matches.as('m'))
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.avatar_url',
      'p.first_name_folded',
      'p.last_name_folded',
      'p.full_name_folded',
      (eb) => eb.fn.max('m.exact').as('exact'),
    ])
    .where(tenantBesideIdList(dialect, 'p.tenant_id', tenantId))
    .groupBy('p.id');
}

/**
 * The shapes compiled once: without the phone branches, and with them on SQLite. With them on PostgreSQL the
 * statement carries its digits as a literal (see containing), so it is built for each search.
 */
const withoutPhone = prepared(
  (
    db,
    dialect,
    tenantId: string,
    nameLow: string,
    nameHigh: string,
    emailLow: string,
    emailHigh: string,
    limit: number,
  ) => candidatesQuery(db, dialect, tenantId, { nameLow, nameHigh, emailLow, emailHigh }, limit),
);
const withPhoneSqlite = prepared(
  (
    db,
    _dialect,
    tenantId: string,
    nameLow: string,
    nameHigh: string,
    emailLow: string,
    emailHigh: string,
    normalized: string,
    digits: string,
    limit: number,
  ) =>
    candidatesQuery(
      db,
      'sqlite',
      tenantId,
      { nameLow, nameHigh, emailLow, emailHigh, phone: { normalized, digits } },
      limit,
    ),
);

/** The people matching `terms`, at most `limit` per way of matching, unordered. */
export async function findCandidates(
  db: Kysely<DB>,
  tenantId: string,
  t: SearchTerms,
  limit: number,
): Promise<Candidate[]> {
  const { nameLow, nameHigh, emailLow, emailHigh, phone } = t;
  let rows: Candidate[];
  if (!phone) rows = await withoutPhone.rows(db, tenantId, nameLow, nameHigh, emailLow, emailHigh, limit);
  else if (dialectOf(db) === 'sqlite') {
    rows = await withPhoneSqlite.rows(
      db,
      tenantId,
      nameLow,
      nameHigh,
      emailLow,
      emailHigh,
      phone.normalized,
      phone.digits,
      limit,
    );
  } else rows = await candidatesQuery(db, 'postgres', tenantId, t, limit).execute();
  return rows.map((r) => ({ ...r, exact: Number(r.exact) }));
}

export interface ContactPoint {
  person_id: string;
  kind: 'email' | 'phone';
  /** As stored and shown. */
  value: string;
  /** What two entries are the same by: the lower-cased address, the number's E.164 form. */
  key: string;
  is_primary: number;
}

const contactPoints = prepared((db, dialect, tenantId: string, personIds: string[]) => {
  const roles = (kind: 'email' | 'phone') =>
    db
      .selectFrom('client_contacts as c')
      .where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId))
      .where(inIdList(dialect, 'c.person_id', personIds))
      .where('c.archived_at', 'is', null)
      .$call((q) =>
        kind === 'email'
          ? q
              .innerJoin('contact_emails as x', (j) =>
                j.onRef('x.tenant_id', '=', 'c.tenant_id').onRef('x.contact_id', '=', 'c.id'),
              )
              .select(['x.email as value', 'x.email_lower as key'])
          : q
              .innerJoin('contact_phones as x', (j) =>
                j.onRef('x.tenant_id', '=', 'c.tenant_id').onRef('x.contact_id', '=', 'c.id'),
              )
              .select(['x.phone_number as value', 'x.normalized as key']),
      )
      .select([
        'c.person_id',
        sql<'email' | 'phone'>`${sql.lit(kind)}`.as('kind'),
        'x.is_primary',
        'c.created_at',
        'c.id as contact_id',
        'x.position',
      ]);
  return roles('email')
    .unionAll(roles('phone'))
    .orderBy('person_id')
    .orderBy('created_at')
    .orderBy('contact_id')
    .orderBy('position');
});

/**
 * The addresses and numbers of these people's non-archived roles, each person's in role order (oldest
 * role first, then as the role lists them).
 */
export async function readContactPoints(
  db: Kysely<DB>,
  tenantId: string,
  personIds: string[],
): Promise<ContactPoint[]> {
  if (personIds.length === 0) return [];
  return contactPoints.rows(db, tenantId, personIds);
}
