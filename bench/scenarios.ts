import { randomBytes } from 'node:crypto';
import type { Context, Request } from 'autocannon';
import type { SeedSamples } from './seed-file.js';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES, phoneNumberAt, ROLES } from './seed-names.js';

export interface Scenario {
  id: number;
  name: string;
  /** Which server it loads: the bare node:http baseline or the API. */
  target: 'baseline' | 'api';
  /** Fresh request definitions for one autocannon run (state such as list walkers starts over). */
  requests(samples: SeedSamples): Request[];
}

const JSON_BODY = { 'content-type': 'application/json; charset=utf-8' };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

/** PATCH targets and email lookups use disjoint halves, so a lookup never asks for an address a PATCH replaced. */
const patchTargets = (s: SeedSamples) => s.contacts.filter((_, i) => i % 2 === 0);
const lookupTargets = (s: SeedSamples) => {
  const odd = s.contacts.filter((_, i) => i % 2 === 1);
  return odd.length > 0 ? odd : s.contacts;
};

/** Unique per runner process, so POSTed addresses never repeat across runs against one database. */
const RUN_TAG = randomBytes(4).toString('hex');
let posted = 0;

const baseline: Scenario = {
  id: 0,
  name: 'baseline: bare node:http, fixed JSON',
  target: 'baseline',
  requests: () => [{ method: 'GET', path: '/' }],
};

/**
 * Scenario 1's PATCH body for a contact: addresses made from the contact's own id, so no other person can
 * hold them (no 409); `first` says which one is primary, so alternating it changes the row.
 */
const patchBody = (contactId: string, first: boolean) => ({
  role: pick(ROLES),
  department: pick(DEPARTMENTS),
  emails: [
    { email: `bench.${contactId}.a@patch.example`, purpose: 'work', isPrimary: first },
    { email: `bench.${contactId}.b@patch.example`, purpose: 'personal', isPrimary: !first },
  ],
});

const patchContact: Scenario = {
  id: 1,
  name: 'PATCH /clients/contacts/{id}',
  target: 'api',
  requests: (samples) => {
    const targets = patchTargets(samples);
    let n = 0;
    return [
      {
        setupRequest: (request) => {
          const contact = pick(targets);
          // The primary alternates and role/department vary, so nearly every PATCH really changes the row.
          return {
            ...request,
            method: 'PATCH',
            path: `/clients/contacts/${contact.id}`,
            headers: { ...request.headers, ...JSON_BODY },
            body: JSON.stringify(patchBody(contact.id, n++ % 2 === 0)),
          };
        },
      },
    ];
  },
};

const createContact: Scenario = {
  id: 2,
  name: 'POST /clients/contacts/{clientId}',
  target: 'api',
  requests: (samples) => [
    {
      setupRequest: (request) => {
        const n = posted++;
        return {
          ...request,
          method: 'POST',
          path: `/clients/contacts/${pick(samples.clientIds)}`,
          headers: { ...request.headers, ...JSON_BODY },
          body: JSON.stringify({
            firstName: pick(FIRST_NAMES),
            lastName: pick(LAST_NAMES),
            role: pick(ROLES),
            department: pick(DEPARTMENTS),
            mainContactId: pick(samples.userIds),
            emails: [{ email: `new.${RUN_TAG}.${n}@post.example`, purpose: 'work', isPrimary: true }],
            phoneNumbers: [{ phoneNumber: phoneNumberAt(n % 2000), purpose: 'work' }],
          }),
        };
      },
    },
  ],
};

const personView: Scenario = {
  id: 3,
  name: 'GET /clients/contacts/{candidateId}',
  target: 'api',
  requests: (samples) => [
    { setupRequest: (request) => ({ ...request, path: `/clients/contacts/${pick(samples.contacts).candidateId}` }) },
  ],
};

/** One reader paging through the whole list; a finished walk starts again from the first page. */
interface Walker {
  cursor: string | null;
}

const NEXT_CURSOR = /"nextCursor":(?:null|"([^"]*)")/;

const listWalk: Scenario = {
  id: 4,
  name: 'GET /clients/contacts?limit=25, following nextCursor',
  target: 'api',
  requests: () => {
    // autocannon resets a connection's context between requests, so walkers live here: a request takes an
    // idle walker, its response moves the walker on and frees it. With one request in flight per
    // connection, there are as many walkers as connections and each follows its own chain of pages.
    const idle: Walker[] = [];
    return [
      {
        setupRequest: (request, context: Context) => {
          const walker = idle.pop() ?? { cursor: null };
          context.walker = walker;
          const query = walker.cursor === null ? '' : `&cursor=${encodeURIComponent(walker.cursor)}`;
          return { ...request, path: `/clients/contacts?limit=25${query}` };
        },
        onResponse: (status, body, context) => {
          const walker = context.walker as Walker | undefined;
          if (!walker) return;
          walker.cursor = status === 200 ? (NEXT_CURSOR.exec(body)?.[1] ?? null) : null;
          idle.push(walker);
        },
      },
    ];
  },
};

const search: Scenario = {
  id: 5,
  name: 'GET /clients/contacts?email= and ?q= (alternating)',
  target: 'api',
  requests: (samples) => {
    const targets = lookupTargets(samples);
    let n = 0;
    return [
      {
        setupRequest: (request) => {
          const i = n++;
          if (i % 2 === 1)
            return { ...request, path: `/clients/contacts?q=${encodeURIComponent(pick(samples.namePrefixes))}` };
          const email = pick(targets).email;
          // Every other lookup in upper case: the match must ignore case.
          const asked = i % 4 === 0 ? email.toUpperCase() : email;
          return { ...request, path: `/clients/contacts?email=${encodeURIComponent(asked)}` };
        },
      },
    ];
  },
};

/** The digits of a number as written, the last `n` of them: what a recruiter types who knows its end. */
const lastDigits = (phoneNumber: string, n: number) => phoneNumber.replace(/\D/g, '').slice(-n);

/**
 * What a recruiter types into the search box, in turn: the start of a first name, last name or full name
 * (prefixes that occur in the data), a whole address (every other one upper-cased), the start of one, a
 * whole number as written, and its last four digits. The numbers come from the seed's pool of fictional ones.
 */
const searchPeople: Scenario = {
  id: 6,
  name: 'GET /search/people?query= (names, addresses, numbers)',
  target: 'api',
  requests: (samples) => {
    const targets = lookupTargets(samples);
    let n = 0;
    const queries: ((round: number) => string)[] = [
      () => pick(samples.namePrefixes),
      () => pick(samples.namePrefixes),
      (round) => (round % 2 === 1 ? pick(targets).email.toUpperCase() : pick(targets).email),
      () => pick(targets).email.slice(0, 8),
      () => phoneNumberAt(Math.floor(Math.random() * 2000)),
      () => lastDigits(phoneNumberAt(Math.floor(Math.random() * 2000)), 4),
    ];
    return [
      {
        setupRequest: (request) => {
          const i = n++;
          const query = queries[i % queries.length](Math.floor(i / queries.length));
          return { ...request, path: `/search/people?query=${encodeURIComponent(query)}` };
        },
      },
    ];
  },
};

/**
 * The whole stack (hooks, request id, rate limit, logging, metrics, serialisation) around an answer that
 * needs no database: what every request pays before its own work.
 */
const health: Scenario = {
  id: 7,
  name: 'GET /health (the full stack, no database)',
  target: 'api',
  requests: () => [{ method: 'GET', path: '/health' }],
};

/**
 * A batch of 20 updates (API.md §5.2), each the PATCH of scenario 1 on its own contact: what a batch costs
 * per request (its operations are 20 transactions), to read against 20 PATCHes.
 */
const batch: Scenario = {
  id: 8,
  name: 'POST /clients/contacts/_batch (20 updates)',
  target: 'api',
  requests: (samples) => {
    const targets = patchTargets(samples);
    let n = 0;
    return [
      {
        setupRequest: (request) => {
          const first = n++ % 2 === 0;
          const operations = Array.from({ length: 20 }, () => {
            const contact = pick(targets);
            return { op: 'update', id: contact.id, body: patchBody(contact.id, first) };
          });
          return {
            ...request,
            method: 'POST',
            path: '/clients/contacts/_batch',
            headers: { ...request.headers, ...JSON_BODY },
            body: JSON.stringify({ operations }),
          };
        },
      },
    ];
  },
};

/**
 * In the order they run: the reads before the writes, so that each read scenario meets the seeded tenant
 * (POST adds thousands of contacts, and a faster server would otherwise be measured reading a bigger one).
 */
export const SCENARIOS: Scenario[] = [
  baseline,
  health,
  personView,
  listWalk,
  search,
  searchPeople,
  patchContact,
  batch,
  createContact,
];
