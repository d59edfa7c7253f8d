import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { type BatchResult, batch } from './batch.fixtures.js';
import { allContacts, contactStages, makeClient, makeContact } from './fixtures.js';

/**
 * Property of POST /clients/contacts/_batch (API.md §5.2): a random batch gives the same results and leaves the
 * same state and the same events as its operations sent one by one to the single endpoints (POST, PATCH and
 * DELETE /clients/contacts/…; an upsert, which has no endpoint of its own, as a batch of one), on two tenants
 * seeded alike. Compared modulo generated ids (named by first appearance) and timestamps. Operations are drawn
 * so that many fail (bad bodies, stale If-Match, unknown ids, taken addresses) and later ones depend on earlier
 * ones (the same few addresses and contacts throughout).
 */

const RUNS = 25;
const MISSING = '01a00000-0000-7000-8000-000000000000';
const EMAILS = ['e0@prop.example', 'e1@prop.example', 'e2@prop.example', 'E2@prop.example', 'e3@prop.example'];

type Target = 0 | 1 | 2 | 'missing';
type ClientRef = 0 | 1 | 'missing';
interface Body {
  firstName?: string;
  lastName?: string;
  role?: string | null;
  emails?: { email: string; isPrimary?: boolean }[];
  stage?: 0 | 1 | 'missing';
  startDate?: string;
  endDate?: string | null;
  nope?: number;
}
type Op =
  | { kind: 'create'; client: ClientRef; body: Body }
  | { kind: 'update'; target: Target; body: Body; ifMatch?: number | string }
  | { kind: 'upsert'; client: ClientRef; body: Body }
  | { kind: 'archive'; target: Target; ifMatch?: number | string };

/** Absent half the time. */
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** `common` mostly, `bad` (which breaks a rule) about one time in `odds`. */
const mostly = <T>(common: fc.Arbitrary<T>, bad: T, odds = 10) =>
  fc.oneof({ arbitrary: common, weight: odds - 1 }, { arbitrary: fc.constant(bad), weight: 1 });
const emails = fc
  .subarray(EMAILS, { maxLength: 3 })
  .chain((list) =>
    mostly(fc.constant(false), true).map((twoPrimaries) =>
      list.map((email, i) => (twoPrimaries && i < 2 && list.length > 1 ? { email, isPrimary: true } : { email })),
    ),
  );
const body: fc.Arbitrary<Body> = fc
  .record(
    {
      firstName: fc.option(mostly(fc.constantFrom('Ann', ' Bo '), ''), { nil: undefined, freq: 4 }),
      lastName: fc.option(fc.constantFrom('Lee', 'Kim'), { nil: undefined, freq: 4 }),
      role: opt(fc.constantFrom(null, 'CTO', 'CEO')),
      emails: opt(emails),
      stage: opt(mostly(fc.constantFrom<0 | 1 | 'missing'>(0, 1), 'missing')),
      startDate: opt(fc.constantFrom('2010-01-01T00:00Z', '2012-06-01T12:30:15.5Z')),
      endDate: opt(mostly(fc.constantFrom<string | null>(null, '2030-01-01T00:00Z'), '2005-01-01T00:00Z')),
      nope: mostly(fc.constant(undefined), 1, 15),
    },
    { requiredKeys: [] },
  )
  .map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as Body);
const target = mostly(fc.constantFrom<Target>(0, 1, 2), 'missing' as Target);
const client = mostly(fc.constantFrom<ClientRef>(0, 0, 1), 'missing' as ClientRef);
const ifMatch = fc.option(fc.constantFrom<number | string>(1, 2, 3, '"1"', '*', 'garbage'), {
  nil: undefined,
  freq: 3,
});
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), client, body }),
  fc.record(
    { kind: fc.constant('update' as const), target, body, ifMatch },
    { requiredKeys: ['kind', 'target', 'body'] },
  ),
  fc.record({ kind: fc.constant('upsert' as const), client, body }),
  fc.record({ kind: fc.constant('archive' as const), target, ifMatch }, { requiredKeys: ['kind', 'target'] }),
);

/** One tenant with two clients, three contacts and the default stages; the same in every tenant. */
interface World {
  api: Client;
  clients: string[];
  contacts: string[];
  stages: string[];
  names: Map<string, string>;
}

async function seed(t: TestApp, name: string): Promise<World> {
  const api = await t.newTenant(name);
  const clients = [await makeClient(api, 'Prop One'), await makeClient(api, 'Prop Two')];
  const contacts = [
    (await makeContact(api, clients[0], { firstName: 'S0', emails: [{ email: 'e0@prop.example' }] })).id,
    (await makeContact(api, clients[1], { firstName: 'S1', emails: [{ email: 'e1@prop.example' }] })).id,
    (await makeContact(api, clients[0], { firstName: 'S2' })).id,
  ];
  const stages = (await contactStages(api)).map((s) => s.id);
  const names = new Map<string, string>([[MISSING, 'missing']]);
  // Seeded records get their names in one fixed order, the same in every tenant.
  name_(names, { stages, contacts: await allContacts(api) });
  return { api, clients, contacts, stages, names };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMES = new Set(['createdAt', 'modifiedAt', 'requestId']);

/** Names every id in `value` (walked in a fixed order) by first appearance; drops timestamps. */
function name_(names: Map<string, string>, value: unknown): unknown {
  if (typeof value === 'string' && UUID.test(value)) {
    if (!names.has(value)) names.set(value, `id${names.size}`);
    return names.get(value);
  }
  if (Array.isArray(value)) return value.map((v) => name_(names, v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !TIMES.has(k))
        .map(([k, v]) => [k, k === 'archivedAt' ? v !== null : name_(names, v)]),
    );
  }
  return value;
}

function realBody(w: World, b: Body): Record<string, unknown> {
  const { stage, ...rest } = b;
  return stage === undefined ? rest : { ...rest, stageId: stage === 'missing' ? MISSING : w.stages[stage] };
}
const clientOf = (w: World, c: ClientRef) => (c === 'missing' ? MISSING : w.clients[c]);
const contactOf = (w: World, c: Target) => (c === 'missing' ? MISSING : w.contacts[c]);

function realOp(w: World, o: Op): Record<string, unknown> {
  switch (o.kind) {
    case 'create':
    case 'upsert':
      return { op: o.kind, clientId: clientOf(w, o.client), body: realBody(w, o.body) };
    case 'update':
      return { op: 'update', id: contactOf(w, o.target), body: realBody(w, o.body), ifMatch: o.ifMatch };
    case 'archive':
      return { op: 'archive', id: contactOf(w, o.target), ifMatch: o.ifMatch };
  }
}

async function eventsOf(api: Client, id: string): Promise<number> {
  return (await api.request('GET', `/events?resourceId=${id}&limit=200`)).body.items.length;
}

/** The operation through its single endpoint, answered as a batch result. */
async function single(w: World, o: Op, index: number): Promise<BatchResult> {
  const real = realOp(w, o);
  const headers: Record<string, string> = {};
  if ('ifMatch' in o && o.ifMatch !== undefined) headers['if-match'] = String(o.ifMatch);
  const failed = (res: { status: number; body: any }) => ({
    index,
    status: res.status,
    outcome: 'failed' as const,
    body: res.body,
  });
  switch (o.kind) {
    case 'create': {
      const res = await w.api.request('POST', `/clients/contacts/${real.clientId}`, real.body);
      return res.status === 201 ? { index, status: 201, outcome: 'created', body: res.body } : failed(res);
    }
    case 'upsert': {
      const { results } = await batch(w.api, [real]);
      return { ...results[0], index };
    }
    case 'update': {
      const id = real.id as string;
      const events = await eventsOf(w.api, id);
      const res = await w.api.request('PATCH', `/clients/contacts/${id}`, real.body, headers);
      if (res.status !== 200) return failed(res);
      const outcome = (await eventsOf(w.api, id)) > events ? 'updated' : 'unchanged';
      return { index, status: 200, outcome, body: res.body };
    }
    case 'archive': {
      const res = await w.api.request('DELETE', `/clients/contacts/${real.id}`, undefined, headers);
      return res.status === 204 ? { index, status: 204, outcome: 'archived', body: null } : failed(res);
    }
  }
}

/** What a tenant shows after the operations: every contact, and the events after the seed. */
async function state(w: World, seedEvents: number) {
  const contacts = (await allContacts(w.api)).map((c) => name_(w.names, c) as { id: string });
  contacts.sort((a, b) => a.id.localeCompare(b.id));
  const events = (await w.api.request('GET', '/events?limit=200')).body.items
    .slice(seedEvents)
    .map((e: { type: string; resource: { id: string } }) => `${e.type} ${name_(w.names, e.resource.id)}`);
  return { contacts, events };
}

for (const dialect of dialects()) {
  describe(`client contacts batch, property [${dialect}]`, () => {
    let t: TestApp;
    let run = 0;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('a batch answers and leaves what its operations sent one by one do', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
          run++;
          const viaBatch = await seed(t, `batch-${run}`);
          const oneByOne = await seed(t, `single-${run}`);
          const seedEvents = (await viaBatch.api.request('GET', '/events?limit=200')).body.items.length;

          const { results } = await batch(
            viaBatch.api,
            ops.map((o) => realOp(viaBatch, o)),
          );
          const singles: BatchResult[] = [];
          for (const [i, o] of ops.entries()) singles.push(await single(oneByOne, o, i));

          assert.deepEqual(name_(viaBatch.names, results), name_(oneByOne.names, singles));
          assert.deepEqual(await state(viaBatch, seedEvents), await state(oneByOne, seedEvents));
        }),
        { numRuns: RUNS },
      );
    });
  });
}
