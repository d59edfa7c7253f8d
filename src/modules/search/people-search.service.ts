import type { Context } from '../../context.js';
import { foldName, phoneDigits } from '../../core/fold.js';
import { normalizePhoneNumber } from '../client-contacts/contact.rules.js';
import {
  type Candidate,
  type ContactPoint,
  findCandidates,
  readContactPoints,
  type SearchTerms,
} from './people-search.repository.js';
import type { PeopleSearchResult, PersonHit, SearchPeopleQuery } from './people-search.schemas.js';

/** The highest code point: `p <= x < p + MAX` is exactly "x starts with p" under binary collation. */
const MAX_CHAR = '\u{10FFFF}';

/** A query made only of what a phone number is written with, as the contact rules accept it. */
const PHONE_LIKE = /^[0-9 +\-().]+$/;

/** Fewer digits than this match too many numbers to mean one: such a query matches no phone. */
export const MIN_PHONE_DIGITS = 4;

/** What a query looks for in each index (API.md §2.6). */
export function searchTerms(query: string): SearchTerms {
  const name = foldName(query);
  const email = query.toLowerCase();
  const digits = phoneDigits(query);
  return {
    // No name part (only apostrophes or dashes, say): an empty range, which matches no name.
    nameLow: name,
    nameHigh: name === '' ? '' : `${name}${MAX_CHAR}`,
    emailLow: email,
    emailHigh: `${email}${MAX_CHAR}`,
    phone:
      PHONE_LIKE.test(query) && digits.length >= MIN_PHONE_DIGITS
        ? { normalized: normalizePhoneNumber(query), digits }
        : undefined,
  };
}

/**
 * 1: an address or number equals the query; 2: the full name ("first last", so also the first name) starts
 * with it; 3: the last name does; 4: the rest (the start of an address, digits within a number).
 */
export function rankOf(c: Candidate, t: SearchTerms): number {
  if (c.exact === 1) return 1;
  if (t.nameLow !== '' && c.full_name_folded.startsWith(t.nameLow)) return 2;
  if (t.nameLow !== '' && c.last_name_folded.startsWith(t.nameLow)) return 3;
  return 4;
}

type Ranked = Candidate & { rank: number };

/** Rank, then last name, first name (folded) and id. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    a.rank - b.rank ||
    compare(a.last_name_folded, b.last_name_folded) ||
    compare(a.first_name_folded, b.first_name_folded) ||
    compare(a.id, b.id)
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * GET /search/people: the people whose names start with the query, or whose addresses or numbers match it,
 * best first; people with no role left but archived ones are not found. Two reads whatever the tenant's size:
 * the candidates from each index, then the addresses and numbers of those shown.
 */
export async function searchPeople(
  ctx: Context,
  tenantId: string,
  query: SearchPeopleQuery,
): Promise<PeopleSearchResult> {
  const limit = query.limit ?? 25;
  const terms = searchTerms(query.query);
  // Each index read stops after `limit` hits, so a search costs the same in a tenant of any size. When one way
  // of matching finds more people than that, the ones ranked are its first in index order (for a full-name
  // prefix: alphabetical by full name), which a longer query narrows down.
  const candidates = await findCandidates(ctx.db.kysely, tenantId, terms, limit);
  const shown = candidates
    .map((c) => ({ ...c, rank: rankOf(c, terms) }))
    .sort(byRank)
    .slice(0, limit);
  const points = groupByPerson(
    await readContactPoints(
      ctx.db.kysely,
      tenantId,
      shown.map((c) => c.id),
    ),
  );
  return { items: shown.map((c) => toHit(c, points.get(c.id) ?? [])) };
}

function groupByPerson(points: ContactPoint[]): Map<string, ContactPoint[]> {
  const groups = new Map<string, ContactPoint[]>();
  for (const p of points) {
    const group = groups.get(p.person_id);
    if (group) group.push(p);
    else groups.set(p.person_id, [p]);
  }
  return groups;
}

/** One kind of a person's entries across their roles: primaries first, then role order; each once. */
function listed(points: ContactPoint[], kind: ContactPoint['kind']): string[] {
  const ofKind = points.filter((p) => p.kind === kind);
  const ordered = [...ofKind.filter((p) => p.is_primary === 1), ...ofKind.filter((p) => p.is_primary !== 1)];
  const seen = new Set<string>();
  const values: string[] = [];
  for (const p of ordered) {
    if (seen.has(p.key)) continue;
    seen.add(p.key);
    values.push(p.value);
  }
  return values;
}

function toHit(c: Candidate, points: ContactPoint[]): PersonHit {
  return {
    entityType: 'clientContact',
    id: c.id,
    firstName: c.first_name,
    middleName: null,
    lastName: c.last_name,
    secondLastName: null,
    avatarUrl: c.avatar_url,
    phoneNumbers: listed(points, 'phone'),
    emailAddresses: listed(points, 'email'),
    linkedInUrl: null,
  };
}
