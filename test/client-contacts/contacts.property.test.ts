import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import {
  allContacts,
  contactStages,
  makeClient,
  makeContact,
  makeDeactivatedUser,
  makeUser,
  REASON,
} from './fixtures.js';

/**
 * Properties of PATCH /clients/contacts/{id} (API.md §2.4, §1.6):
 * (a) a valid body yields exactly the merge of the stored state and the body, computed here by a model
 *     (trimming, primary promotion, primary-first order, date normalisation), and `version` rises by one
 *     exactly when the merge differs from the stored state;
 * (b) a body breaking one rule is refused with 400 and leaves the stored contact byte-for-byte as it was.
 *
 * The clock is fixed and ticks one millisecond per reading, so `active` never depends on when the test runs
 * and every write gets a later `modifiedAt` than the one before.
 */

const RUNS = 60;

// --- generators -----------------------------------------------------------------------------------------

type Purpose = 'personal' | 'work' | null;
interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  fraction?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function dateParts(minYear: number, maxYear: number): fc.Arbitrary<DateParts> {
  return fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      fraction: fc.option(fc.stringMatching(/^\d{1,7}$/), { nil: undefined }),
    })
    .map((p) => ({ ...p, day: Math.min(p.day, daysIn(p.year, p.month)) }));
}

/** The text sent: seconds and fraction optional, as §1.3 allows. */
function dateInput(p: DateParts): string {
  const seconds = p.second === undefined ? '' : `:${pad(p.second)}${p.fraction === undefined ? '' : `.${p.fraction}`}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}${seconds}Z`;
}

/** The text shown: always `YYYY-MM-DDTHH:mm:ss.sssZ`. */
function dateOutput(p: DateParts): string {
  const ms = (p.second === undefined ? '' : (p.fraction ?? '')).slice(0, 3).padEnd(3, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second ?? 0)}.${ms}Z`;
}

/**
 * Every start lies before 2020 and every end from 2020 on (never in 2025, where the test clock is), so any
 * mix of a stored and a sent date is in order; `EQUAL` is the one instant both may take.
 */
const START = dateParts(2000, 2019);
const END = dateParts(2020, 2040).filter((p) => p.year !== 2025);
const EQUAL_FORMS = ['2020-01-01T00:00Z', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00.0000Z'];
const EQUAL_OUT = '2020-01-01T00:00:00.000Z';

const padding = fc.constantFrom('', ' ', '  ', '\t');
const name = fc
  .tuple(padding, fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' .-]{0,30}$/), padding)
  .map(([a, s, b]) => `${a}${s}${b}`);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Head of Talent', '  CTO  ', 'Ingénieure en chef', '人事部', ''),
  fc.string({ minLength: 250, maxLength: 255 }),
);
const purposeField = fc.constantFrom<{ purpose?: Purpose }>(
  {},
  { purpose: null },
  { purpose: 'personal' },
  { purpose: 'work' },
);

interface EmailSpec {
  local: string;
  domain: string;
  pad: string;
  purpose: { purpose?: Purpose };
  explicitFalse: boolean;
}
interface PhoneSpec {
  suffix: number;
  format: number;
  purpose: { purpose?: Purpose };
  explicitFalse: boolean;
}
const emailSpec: fc.Arbitrary<EmailSpec> = fc.record({
  local: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,11}$/),
  domain: fc.constantFrom('example.com', 'Example.COM', 'mail.Agency.example', 'x.y.example'),
  pad: padding,
  purpose: purposeField,
  explicitFalse: fc.boolean(),
});
const phoneSpec: fc.Arbitrary<PhoneSpec> = fc.record({
  suffix: fc.integer({ min: 0, max: 9999 }),
  format: fc.integer({ min: 0, max: 3 }),
  purpose: purposeField,
  explicitFalse: fc.boolean(),
});
/** A list and which entry (if any) is marked primary. */
const emailList = fc
  .array(emailSpec, { maxLength: 4 })
  .chain((list) =>
    fc.tuple(fc.constant(list), fc.option(fc.nat({ max: Math.max(0, list.length - 1) }), { nil: undefined })),
  );
const phoneList = fc
  .uniqueArray(phoneSpec, { maxLength: 3, selector: (p) => p.suffix })
  .chain((list) =>
    fc.tuple(fc.constant(list), fc.option(fc.nat({ max: Math.max(0, list.length - 1) }), { nil: undefined })),
  );

/** A PATCH as generated: each field absent (undefined) or present; references as indexes resolved later. */
interface BodySpec {
  firstName?: string;
  lastName?: string;
  role?: string | null;
  department?: string | null;
  emails?: [EmailSpec[], number | undefined];
  phoneNumbers?: [PhoneSpec[], number | undefined];
  mainContact?: number | null;
  stage?: number;
  dates?: { start?: DateParts; end?: DateParts | null; equal?: number };
}
const bodySpec: fc.Arbitrary<BodySpec> = fc.record(
  {
    firstName: name,
    lastName: name,
    role: fc.option(text, { nil: null }),
    department: fc.option(text, { nil: null }),
    emails: emailList,
    phoneNumbers: phoneList,
    mainContact: fc.option(fc.nat({ max: 1 }), { nil: null }),
    stage: fc.nat({ max: 4 }),
    dates: fc.oneof(
      fc.record({ start: START }),
      fc.record({ end: fc.option(END, { nil: null }) }),
      fc.record({ start: START, end: fc.option(END, { nil: null }) }),
      fc.record({ equal: fc.nat({ max: EQUAL_FORMS.length - 1 }) }),
    ),
  },
  { requiredKeys: [] },
);

// --- the model --------------------------------------------------------------------------------------------

interface Email {
  email: string;
  purpose: Purpose;
  isPrimary: boolean;
}
interface Phone {
  phoneNumber: string;
  purpose: Purpose;
  isPrimary: boolean;
}
interface State {
  firstName: string;
  lastName: string;
  role: string | null;
  department: string | null;
  emails: Email[];
  phoneNumbers: Phone[];
  startDate: string | null;
  endDate: string | null;
  mainContactId: string | null;
  stageId: string;
}

interface World {
  users: string[];
  deactivated: string;
  stages: string[];
}

const PHONE_FORMATS = [
  (d: string) => `+44 20 7946 ${d}`,
  (d: string) => `+4420794 6${d}`,
  (d: string) => `+44 (20) 7946-${d}`,
  (d: string) => `020 7946 ${d}`,
];

/** Primary first, then the order given; with no primary the first entry is it. */
function primaryFirst<T extends { isPrimary: boolean }>(items: T[]): T[] {
  return [...items.filter((i) => i.isPrimary), ...items.filter((i) => !i.isPrimary)];
}

/** The JSON body to send, and the state the model expects from merging it into `state`. */
function render(spec: BodySpec, tag: string, world: World, state: State | undefined) {
  const body: Record<string, unknown> = {};
  const next = { ...(state ?? ({ role: null, department: null, emails: [], phoneNumbers: [] } as unknown as State)) };
  if (spec.firstName !== undefined) {
    body.firstName = spec.firstName;
    next.firstName = spec.firstName.trim();
  }
  if (spec.lastName !== undefined) {
    body.lastName = spec.lastName;
    next.lastName = spec.lastName.trim();
  }
  for (const key of ['role', 'department'] as const) {
    const value = spec[key];
    if (value !== undefined) {
      body[key] = value;
      next[key] = value === null ? null : value.trim();
    }
  }
  if (spec.emails) {
    const [list, primary] = spec.emails;
    body.emails = list.map((e, i) => ({
      email: `${e.pad}${e.local}.${tag}${i}@${e.domain}${e.pad}`,
      ...e.purpose,
      ...(i === primary ? { isPrimary: true } : e.explicitFalse ? { isPrimary: false } : {}),
    }));
    next.emails = primaryFirst(
      list.map((e, i) => ({
        email: `${e.local}.${tag}${i}@${e.domain.toLowerCase()}`,
        purpose: e.purpose.purpose ?? null,
        isPrimary: primary === undefined ? i === 0 : i === primary,
      })),
    );
  }
  if (spec.phoneNumbers) {
    const [list, primary] = spec.phoneNumbers;
    const numberOf = (p: PhoneSpec) => PHONE_FORMATS[p.format](pad(p.suffix, 4));
    body.phoneNumbers = list.map((p, i) => ({
      phoneNumber: numberOf(p),
      ...p.purpose,
      ...(i === primary ? { isPrimary: true } : p.explicitFalse ? { isPrimary: false } : {}),
    }));
    next.phoneNumbers = primaryFirst(
      list.map((p, i) => ({
        phoneNumber: numberOf(p),
        purpose: p.purpose.purpose ?? null,
        isPrimary: primary === undefined ? i === 0 : i === primary,
      })),
    );
  }
  if (spec.mainContact !== undefined) {
    body.mainContactId = spec.mainContact === null ? null : world.users[spec.mainContact];
    next.mainContactId = body.mainContactId as string | null;
  }
  if (spec.stage !== undefined) {
    body.stageId = world.stages[spec.stage];
    next.stageId = world.stages[spec.stage];
  }
  if (spec.dates) {
    const { start, end, equal } = spec.dates;
    if (equal !== undefined) {
      body.startDate = EQUAL_FORMS[equal];
      body.endDate = EQUAL_FORMS[(equal + 1) % EQUAL_FORMS.length];
      next.startDate = EQUAL_OUT;
      next.endDate = EQUAL_OUT;
    }
    if (start) {
      body.startDate = dateInput(start);
      next.startDate = dateOutput(start);
    }
    if (end !== undefined) {
      body.endDate = end === null ? null : dateInput(end);
      next.endDate = end === null ? null : dateOutput(end);
    }
  }
  return { body, next };
}

/** The part of a ClientContact the model predicts. */
function observed(c: any): State & { active: boolean } {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    role: c.role,
    department: c.department,
    emails: c.emails,
    phoneNumbers: c.phoneNumbers,
    startDate: c.startDate,
    endDate: c.endDate,
    mainContactId: c.mainContact?.id ?? null,
    stageId: c.stage?.id,
    active: c.active,
  };
}

const expectedView = (s: State) => ({ ...s, active: s.endDate === null || s.endDate > '2025-06-02' });

// --- invalid bodies: a valid body with exactly one rule broken -------------------------------------------

interface Breakage {
  status?: number;
  message: string;
  errors?: [string, string][];
}
type Mutation = (body: Record<string, unknown>, world: World) => Breakage;

const KNOWN = new Set([
  'role',
  'department',
  'firstName',
  'lastName',
  'emails',
  'phoneNumbers',
  'mainContactId',
  'stageId',
  'startDate',
  'endDate',
  'avatarUrl',
  'locations',
  'customAttributes',
]);
const invalid = (code: string, path: string): Breakage => ({ message: 'VALIDATION_ERROR', errors: [[code, path]] });
const BAD_DATES = [
  '2023-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2024-03-01T10:00:00+01:00',
  '2024-03-01',
  '2024-03-01T10:00:00z',
  '2024-13-01T00:00Z',
  '2024-06-31T00:00Z',
  '2024-03-01T10:60Z',
  '24-03-01T10:00Z',
  '',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((b) => {
    b.emails = [
      { email: 'p1@break.example', isPrimary: true },
      { email: 'p2@break.example' },
      { email: 'p3@break.example', isPrimary: true },
    ];
    return { message: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED' };
  }),
  fc.constant<Mutation>((b) => {
    b.phoneNumbers = [
      { phoneNumber: '+44 20 7946 0001', isPrimary: true },
      { phoneNumber: '+44 20 7946 0002', isPrimary: true },
    ];
    return { message: 'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED' };
  }),
  fc.constant<Mutation>((b) => {
    b.emails = [{ email: 'Same@Break.example' }, { email: 'sAME@break.EXAMPLE' }];
    return { message: 'DUPLICATE_EMAIL' };
  }),
  fc.constant<Mutation>((b) => {
    b.phoneNumbers = [{ phoneNumber: '+44 20 7946 0958' }, { phoneNumber: '+44 (20) 7946-0958' }];
    return { message: 'DUPLICATE_PHONE_NUMBER' };
  }),
  fc
    .stringMatching(/^[a-z][a-zA-Z]{2,10}$/)
    .filter((k) => !KNOWN.has(k))
    .map<Mutation>((key) => (b) => {
      b[key] = 'x';
      return invalid('UNRECOGNIZED_KEY', key);
    }),
  fc
    .constantFrom<[string, unknown]>(
      ['role', 5],
      ['department', true],
      ['firstName', 7],
      ['lastName', ['Smith']],
      ['emails', 'a@b.example'],
      ['phoneNumbers', {}],
      ['startDate', 20240101],
      ['endDate', false],
      ['stageId', 3],
      ['mainContactId', 12],
      ['firstName', null],
      ['lastName', null],
      ['startDate', null],
      ['stageId', null],
      ['emails', null],
      ['phoneNumbers', null],
    )
    .map<Mutation>(([key, value]) => (b) => {
      b[key] = value;
      return invalid('INVALID_TYPE', key);
    }),
  fc.constantFrom('true', 1, null).map<Mutation>((value) => (b) => {
    b.emails = [{ email: 'ok@break.example' }, { email: 'typed@break.example', isPrimary: value }];
    return invalid('INVALID_TYPE', 'emails.1.isPrimary');
  }),
  fc
    .tuple(fc.constantFrom('startDate', 'endDate'), fc.constantFrom(...BAD_DATES))
    .map<Mutation>(([key, value]) => (b) => {
      b[key] = value;
      return invalid('INVALID_FORMAT', key);
    }),
  START.map<Mutation>((start) => (b) => {
    b.startDate = dateInput(start);
    b.endDate = `${start.year - 1}-12-31T23:59:59.999Z`;
    return { message: 'END_DATE_BEFORE_START_DATE' };
  }),
  fc
    .tuple(fc.constantFrom('firstName', 'lastName'), fc.constantFrom('', ' ', '   ', '\t\n'))
    .map<Mutation>(([key, value]) => (b) => {
      b[key] = value;
      return invalid('TOO_SMALL', key);
    }),
  fc.constantFrom('role', 'department', 'firstName', 'lastName').map<Mutation>((key) => (b) => {
    b[key] = 'y'.repeat(256);
    return invalid('TOO_BIG', key);
  }),
  fc.constantFrom('boss', 'WORK', '').map<Mutation>((purpose) => (b) => {
    b.phoneNumbers = [{ phoneNumber: '+44 20 7946 0958', purpose }];
    return invalid('INVALID_ENUM_VALUE', 'phoneNumbers.0.purpose');
  }),
  fc.constantFrom('plain', 'a@b', '@b.example', 'a b@c.example', 'a@b@c.example').map<Mutation>((address) => (b) => {
    b.emails = [{ email: address }];
    return invalid('INVALID_FORMAT', 'emails.0.email');
  }),
  fc.constant<Mutation>((b) => {
    b.stageId = uuidv7();
    return { message: 'STAGE_NOT_FOUND' };
  }),
  fc.constant<Mutation>((b) => {
    b.mainContactId = uuidv7();
    return { message: 'MAIN_CONTACT_NOT_FOUND' };
  }),
  fc.constant<Mutation>((b, world) => {
    b.mainContactId = world.deactivated;
    return { message: 'MAIN_CONTACT_DEACTIVATED' };
  }),
);

// --- the tests ------------------------------------------------------------------------------------------

for (const dialect of dialects()) {
  describe(`client contacts, PATCH properties [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    const world = {} as World;
    let tick = 0;
    const start = Date.parse('2025-06-01T00:00:00.000Z');
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => new Date(start + tick++).toISOString() } });
      clientId = await makeClient(t.client, 'Property Ltd');
      world.users = [await makeUser(t.client, 'Pia Owner'), await makeUser(t.client, 'Paz Owner')];
      world.deactivated = await makeDeactivatedUser(t.client, 'Pat Gone');
      world.stages = (await contactStages(t.client)).map((s) => s.id);
    });
    after(async () => t.close());

    const read = async (id: string) => (await allContacts(t.client)).find((c) => c.id === id);
    let runs = 0;

    it('a valid PATCH shows exactly the merge of the stored state and the body', async () => {
      const createSpec = bodySpec.map((s) => ({
        ...s,
        firstName: s.firstName ?? 'Ann',
        lastName: s.lastName ?? 'Lee',
      }));
      /** A patch, or `echo`: send back some stored fields as they are shown (which must change nothing). */
      const step = fc.oneof(
        { weight: 4, arbitrary: bodySpec.map((spec) => ({ spec })) },
        {
          weight: 1,
          arbitrary: fc
            .subarray(['role', 'emails', 'phoneNumbers', 'names', 'dates', 'refs'])
            .map((echo) => ({ echo })),
        },
      );
      await fc.assert(
        fc.asyncProperty(createSpec, fc.array(step, { minLength: 1, maxLength: 3 }), async (create, steps) => {
          const tag = `r${runs++}x`;
          const made = render(create, tag, world, undefined);
          let state: State = { ...made.next, stageId: made.next.stageId ?? world.stages[0] };
          state.startDate ??= null;
          state.endDate ??= null;
          state.mainContactId ??= null;
          const created = await t.client.request('POST', `/clients/contacts/${clientId}`, made.body);
          assert.equal(created.status, 201, created.text);
          assert.deepEqual(observed(created.body), expectedView(state));
          let current = created.body;

          for (const [index, s] of steps.entries()) {
            let body: Record<string, unknown>;
            let next: State;
            if ('spec' in s) {
              ({ body, next } = render(s.spec, `${tag}${index}s`, world, state) as {
                body: Record<string, unknown>;
                next: State;
              });
            } else {
              body = {};
              for (const part of s.echo) {
                if (part === 'role') Object.assign(body, { role: current.role, department: current.department });
                if (part === 'emails') body.emails = current.emails;
                if (part === 'phoneNumbers') body.phoneNumbers = current.phoneNumbers;
                if (part === 'names') Object.assign(body, { firstName: current.firstName, lastName: current.lastName });
                if (part === 'dates')
                  Object.assign(body, { startDate: current.startDate ?? undefined, endDate: current.endDate });
                if (part === 'refs')
                  Object.assign(body, { stageId: current.stage.id, mainContactId: current.mainContact?.id ?? null });
              }
              next = state;
            }
            const res = await t.client.request('PATCH', `/clients/contacts/${current.id}`, body);
            assert.equal(res.status, 200, `${JSON.stringify(body)} → ${res.text}`);
            const changed = JSON.stringify(next) !== JSON.stringify(state);
            assert.deepEqual(observed(res.body), expectedView(next), JSON.stringify(body));
            if (changed) {
              assert.equal(
                res.body.version,
                current.version + 1,
                `a change bumps the version: ${JSON.stringify(body)}`,
              );
              assert.ok(res.body.modifiedAt > current.modifiedAt);
            } else {
              assert.equal(res.body.version, current.version, `no change, no new version: ${JSON.stringify(body)}`);
              assert.equal(res.body.modifiedAt, current.modifiedAt);
            }
            assert.equal(res.headers.etag, `"${res.body.version}"`);
            assert.deepEqual(await read(current.id), res.body, 'a later read shows the same');
            state = next;
            current = res.body;
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('a PATCH breaking one rule is refused with 400 and changes nothing', async () => {
      const subject = await makeContact(t.client, clientId, {
        firstName: 'Fixed',
        lastName: 'Point',
        role: 'Anchor',
        emails: [{ email: 'fixed@point.example' }, { email: 'other@point.example', purpose: 'work' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0100' }],
        startDate: '2010-01-01T00:00:00Z',
        endDate: '2030-01-01T00:00:00Z',
        mainContactId: world.users[0],
      });
      const textOf = async () => JSON.stringify(await read(subject.id));
      const before = await textOf();
      await fc.assert(
        fc.asyncProperty(bodySpec, mutation, async (spec, mutate) => {
          const { body } = render(spec, `b${runs++}x`, world, undefined);
          const expected = mutate(body, world);
          const res = await t.client.request('PATCH', `/clients/contacts/${subject.id}`, body);
          const status = expected.status ?? 400;
          assert.equal(res.status, status, `${JSON.stringify(body)} → ${res.text}`);
          assert.equal(res.body.message, expected.message, JSON.stringify(body));
          assert.equal(res.body.error, REASON[status]);
          if (expected.errors) {
            assert.deepEqual(
              res.body.errors.map((e: { code: string; path: string }) => [e.code, e.path]),
              expected.errors,
              JSON.stringify(body),
            );
          } else {
            assert.equal(res.body.errors, undefined);
          }
          assert.equal(await textOf(), before, `unchanged after ${JSON.stringify(body)}`);
        }),
        { numRuns: RUNS },
      );
    });
  });
}
