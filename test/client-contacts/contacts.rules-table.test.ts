import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { v7 as uuidv7 } from 'uuid';
import { buildTestApp, type Client, dialects, inject, type Reply, type TestApp } from '../harness.js';
import {
  allContacts,
  archiveContact,
  clientPipelineStages,
  contactStages,
  makeClient,
  makeContact,
  makeDeactivatedUser,
  makeUser,
  REASON,
} from './fixtures.js';

/**
 * One row per rule of API.md §2.4 (with §1.3, §1.4 and §1.6), sent over HTTP. Every refused row also
 * checks that nothing changed: the contact it aimed at, and every contact of both tenants, read back
 * exactly as before. Every accepted row checks the answer against a later read and that the fields it
 * did not send kept their values.
 *
 * Each row makes its contacts at two clients of its own, so what a row can change is those clients'
 * contacts, the shared fixtures (the holders' client) and the other tenant: a row reads just those before
 * and after its request, and the table takes time in proportion to its length (reading every contact of
 * the tenant in every row grew with the rows before it). A last check reads every contact of both tenants
 * once and finds each as the last row to read it left it, so a row that changed another row's contacts
 * still fails the table.
 */

type Contact = any;

interface Env {
  t: TestApp;
  api: Client;
  /** The row's own clients: its subject is made at the first, a second role (if any) at the other. */
  clientId: string;
  otherClientId: string;
  /** The client of the holders (fixtures every row shares). */
  holdersClientId: string;
  owner: string;
  owner2: string;
  deactivated: string;
  stages: { id: string; name: string; order: number; colorHex: string }[];
  clientsStage: string;
  holder: Contact;
  archivedHolder: Contact;
  other: { api: Client; contact: Contact; stageId: string; userId: string };
}

interface Row {
  name: string;
  method?: 'PATCH' | 'POST';
  /** The contact a PATCH aims at (default: a fresh one, see freshSubject); none for POST. */
  subject?: (env: Env, n: number) => Promise<Contact>;
  /** Default: `/clients/contacts/{subject.id}` for PATCH, `/clients/contacts/{clientId}` for POST. */
  path?: (env: Env, subject: Contact) => string;
  body?: unknown | ((env: Env, subject: Contact, n: number) => unknown);
  /** Sent as the payload text, unparsed. */
  raw?: string;
  headers?: (env: Env, subject: Contact) => Record<string, string>;
  auth?: 'none' | 'unknown';
  status: number;
  /** For errors: the top-level code. */
  message?: string;
  /** For VALIDATION_ERROR: every `errors[]` entry as [code, path], in any order. */
  errors?: [string, string][];
  /** For errors that carry one: the exact `details`. */
  details?: (env: Env, subject: Contact) => unknown;
  /** For accepted rows: more checks on the answer (`before` is the contact as read before the request). */
  expect?: (answer: Contact, before: Contact, env: Env, subject: Contact) => void | Promise<void>;
  /** For accepted PATCH rows: the body changes nothing, so version and modifiedAt stay. */
  unchanged?: boolean;
}

const BASE_START = '2022-01-01T00:00:00.000Z';
const BASE_END = '2090-01-01T00:00:00.000Z';

/** A contact with every field set, unique to row `n`. */
async function freshSubject(env: Env, n: number): Promise<Contact> {
  return makeContact(env.api, env.clientId, {
    firstName: 'Row',
    lastName: `Subject${n}`,
    role: 'Recruiter',
    department: 'Ops',
    emails: [{ email: `row${n}@subject.example`, purpose: 'work' }],
    phoneNumbers: [{ phoneNumber: '+44 20 7946 0000', purpose: 'work' }],
    startDate: BASE_START,
    endDate: BASE_END,
    mainContactId: env.owner,
  });
}

/** A fresh contact whose person also holds a role at the other client, with `shared{n}@me.example`. */
async function subjectWithSecondRole(env: Env, n: number): Promise<Contact> {
  const first = await freshSubject(env, n);
  const second = await env.api.request('POST', `/clients/contacts/${env.otherClientId}`, {
    candidateId: first.candidateId,
    role: 'Advisor',
    emails: [{ email: `shared${n}@me.example` }],
  });
  assert.equal(second.status, 201, second.text);
  return { ...first, otherRoleId: second.body.id };
}

async function archivedSubject(env: Env, n: number): Promise<Contact> {
  const c = await freshSubject(env, n);
  await archiveContact(env.api, c.id);
  return c;
}

const missing = () => `/clients/contacts/${uuidv7()}`;
const stale = () => ({ 'if-match': '"7"' });
const long = (n: number) => 'x'.repeat(n);
const email = (address: string, more: Record<string, unknown> = {}) => ({ email: address, ...more });
const phone = (phoneNumber: string, more: Record<string, unknown> = {}) => ({ phoneNumber, ...more });
const holderDuplicate = (env: Env, address = 'taken@holder.example') => ({
  duplicates: [
    {
      email: address,
      takenBy: {
        type: 'clientContact',
        id: env.holder.id,
        candidateId: env.holder.candidateId,
        name: 'Holly Holder',
      },
    },
  ],
});

const rows: Row[] = [
  // --- Spott's documented example and the primary rules -------------------------------------------------
  {
    name: 'the example body of Spott’s documentation → 200 with every field applied',
    body: (env: Env) => ({
      role: '<string>',
      department: '<string>',
      firstName: '<string>',
      lastName: '<string>',
      emails: [{ email: 'jsmith@example.com', isPrimary: true }],
      phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', isPrimary: true }],
      mainContactId: env.owner2,
      stageId: env.stages[1].id,
      startDate: '2023-11-07T05:31:56Z',
      endDate: '2023-11-07T05:31:56Z',
    }),
    status: 200,
    expect: (c, _before, env) => {
      assert.deepEqual(
        {
          role: c.role,
          department: c.department,
          firstName: c.firstName,
          lastName: c.lastName,
          emails: c.emails,
          phoneNumbers: c.phoneNumbers,
          mainContact: c.mainContact,
          stage: c.stage,
          startDate: c.startDate,
          endDate: c.endDate,
          active: c.active,
        },
        {
          role: '<string>',
          department: '<string>',
          firstName: '<string>',
          lastName: '<string>',
          emails: [{ email: 'jsmith@example.com', purpose: null, isPrimary: true }],
          phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', purpose: null, isPrimary: true }],
          mainContact: { id: env.owner2, name: 'Opal Second', avatarUrl: null, deactivatedAt: null },
          stage: env.stages[1],
          startDate: '2023-11-07T05:31:56.000Z',
          endDate: '2023-11-07T05:31:56.000Z',
          active: false,
        },
      );
    },
  },
  {
    name: 'two primary emails → 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED, the bare envelope',
    body: { emails: [email('a@two.example', { isPrimary: true }), email('b@two.example', { isPrimary: true })] },
    status: 400,
    message: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
  },
  {
    name: 'two primary phone numbers → 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED',
    body: {
      phoneNumbers: [phone('+44 20 7946 0001', { isPrimary: true }), phone('+44 20 7946 0002', { isPrimary: true })],
    },
    status: 400,
    message: 'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED',
  },
  {
    name: 'emails with no primary → 200, the first entry becomes primary',
    body: (_e: Env, _s: Contact, n: number) => ({
      emails: [email(`first${n}@promote.example`), email(`second${n}@promote.example`, { isPrimary: false })],
    }),
    status: 200,
    expect: (c) =>
      assert.deepEqual(
        c.emails.map((e: { email: string; isPrimary: boolean }) => [e.email.replace(/\d+@/, '@'), e.isPrimary]),
        [
          ['first@promote.example', true],
          ['second@promote.example', false],
        ],
      ),
  },
  {
    name: 'phone numbers with no primary → 200, the first entry becomes primary',
    body: { phoneNumbers: [phone('+44 20 7946 0011'), phone('+44 20 7946 0012', { purpose: 'personal' })] },
    status: 200,
    expect: (c) =>
      assert.deepEqual(c.phoneNumbers, [
        { phoneNumber: '+44 20 7946 0011', purpose: null, isPrimary: true },
        { phoneNumber: '+44 20 7946 0012', purpose: 'personal', isPrimary: false },
      ]),
  },
  {
    name: 'the primary email is listed first, the others in the order given',
    body: (_e: Env, _s: Contact, n: number) => ({
      emails: [
        email(`a${n}@order.example`),
        email(`b${n}@order.example`, { purpose: 'personal' }),
        email(`c${n}@order.example`, { isPrimary: true, purpose: 'work' }),
      ],
    }),
    status: 200,
    expect: (c) =>
      assert.deepEqual(
        c.emails.map((e: { email: string; purpose: string | null; isPrimary: boolean }) => [
          e.email[0],
          e.purpose,
          e.isPrimary,
        ]),
        [
          ['c', 'work', true],
          ['a', null, false],
          ['b', 'personal', false],
        ],
      ),
  },
  {
    name: 'emails equal ignoring case → 400 DUPLICATE_EMAIL',
    body: { emails: [email('Dup.Case@x.example'), email('dup.case@X.EXAMPLE')] },
    status: 400,
    message: 'DUPLICATE_EMAIL',
  },
  {
    name: 'emails equal once trimmed → 400 DUPLICATE_EMAIL',
    body: { emails: [email('  trim@dup.example'), email('trim@dup.example  ')] },
    status: 400,
    message: 'DUPLICATE_EMAIL',
  },
  {
    name: 'phone numbers equal in E.164 → 400 DUPLICATE_PHONE_NUMBER',
    body: { phoneNumbers: [phone('+44 20 7946 0958'), phone('+442079460958')] },
    status: 400,
    message: 'DUPLICATE_PHONE_NUMBER',
  },
  {
    name: 'phone numbers equal in E.164 but punctuated differently → 400 DUPLICATE_PHONE_NUMBER',
    body: { phoneNumbers: [phone('+1 (415) 555-0100'), phone('+1.415.555.0100', { purpose: 'work' })] },
    status: 400,
    message: 'DUPLICATE_PHONE_NUMBER',
  },
  {
    name: 'an email held by another person → 409 EMAIL_ALREADY_IN_USE naming the holder',
    body: { emails: [email('mine@free.example'), email('Taken@HOLDER.example')] },
    status: 409,
    message: 'EMAIL_ALREADY_IN_USE',
    details: (env) => holderDuplicate(env),
  },
  {
    name: 'an email held by another person’s archived role → 409 EMAIL_ALREADY_IN_USE',
    body: { emails: [email('archived@holder.example')] },
    status: 409,
    message: 'EMAIL_ALREADY_IN_USE',
    details: (env) => ({
      duplicates: [
        {
          email: 'archived@holder.example',
          takenBy: {
            type: 'clientContact',
            id: env.archivedHolder.id,
            candidateId: env.archivedHolder.candidateId,
            name: 'Archie Holder',
          },
        },
      ],
    }),
  },
  {
    name: 'an email held by the same person’s other role → 200 (shared)',
    subject: subjectWithSecondRole,
    body: (_e: Env, _s: Contact, n: number) => ({ emails: [email(`Shared${n}@ME.example`)] }),
    status: 200,
    expect: (c, _b, _e, s) => {
      assert.equal(c.emails.length, 1);
      assert.match(c.emails[0].email, /^Shared\d+@me\.example$/);
      assert.equal(c.candidateId, s.candidateId);
    },
  },
  {
    name: 'emails: [] → 200, the list is cleared',
    body: { emails: [] },
    status: 200,
    expect: (c) => assert.deepEqual(c.emails, []),
  },
  {
    name: 'phoneNumbers: [] → 200, the list is cleared',
    body: { phoneNumbers: [] },
    status: 200,
    expect: (c) => assert.deepEqual(c.phoneNumbers, []),
  },
  {
    name: 'an email is stored trimmed with its domain lower-cased',
    body: (_e: Env, _s: Contact, n: number) => ({
      emails: [email(`  Jane.Doe${n}@Example.COM  `, { purpose: 'personal' })],
    }),
    status: 200,
    expect: (c, _b, _e, s) =>
      assert.deepEqual(c.emails, [
        { email: `Jane.Doe${s.lastName.slice(7)}@example.com`, purpose: 'personal', isPrimary: true },
      ]),
  },
  {
    name: 'a phone number is stored as given, trimmed',
    body: { phoneNumbers: [phone('  +44 (0)20 7946-0958  ', { purpose: 'work' })] },
    status: 200,
    expect: (c) =>
      assert.deepEqual(c.phoneNumbers, [{ phoneNumber: '+44 (0)20 7946-0958', purpose: 'work', isPrimary: true }]),
  },

  // --- names, role, department, and null ----------------------------------------------------------------
  {
    name: 'firstName "" → TOO_SMALL firstName',
    body: { firstName: '' },
    status: 400,
    errors: [['TOO_SMALL', 'firstName']],
  },
  {
    name: 'firstName of spaces → TOO_SMALL firstName (trimmed first)',
    body: { firstName: '   ' },
    status: 400,
    errors: [['TOO_SMALL', 'firstName']],
  },
  {
    name: 'firstName null → INVALID_TYPE firstName',
    body: { firstName: null },
    status: 400,
    errors: [['INVALID_TYPE', 'firstName']],
  },
  {
    name: 'lastName "" → TOO_SMALL lastName',
    body: { lastName: '' },
    status: 400,
    errors: [['TOO_SMALL', 'lastName']],
  },
  {
    name: 'lastName of spaces → TOO_SMALL lastName',
    body: { lastName: ' \t ' },
    status: 400,
    errors: [['TOO_SMALL', 'lastName']],
  },
  {
    name: 'lastName null → INVALID_TYPE lastName',
    body: { lastName: null },
    status: 400,
    errors: [['INVALID_TYPE', 'lastName']],
  },
  {
    name: 'firstName of 256 characters → TOO_BIG firstName',
    body: { firstName: long(256) },
    status: 400,
    errors: [['TOO_BIG', 'firstName']],
  },
  {
    name: 'firstName of 255 characters inside spaces → 200 (trimmed before the length check)',
    body: { firstName: `  ${long(255)}  ` },
    status: 200,
    expect: (c) => assert.equal(c.firstName, long(255)),
  },
  {
    name: 'firstName changes the person: its other role shows it too, with a new version',
    subject: subjectWithSecondRole,
    body: { firstName: '  Ada  ' },
    status: 200,
    expect: async (c, _b, env, s) => {
      assert.equal(c.firstName, 'Ada');
      const other = (await allContacts(env.api, `includeArchived=true&clientIds=${env.otherClientId}`)).find(
        (x) => x.id === s.otherRoleId,
      );
      assert.equal(other.firstName, 'Ada');
      assert.equal(other.version, 2);
    },
  },
  {
    name: 'role of 256 characters → TOO_BIG role',
    body: { role: long(256) },
    status: 400,
    errors: [['TOO_BIG', 'role']],
  },
  {
    name: 'department of 256 characters → TOO_BIG department',
    body: { department: long(256) },
    status: 400,
    errors: [['TOO_BIG', 'department']],
  },
  { name: 'role as a number → INVALID_TYPE role', body: { role: 5 }, status: 400, errors: [['INVALID_TYPE', 'role']] },
  {
    name: 'role: null → 200, role cleared',
    body: { role: null },
    status: 200,
    expect: (c) => assert.equal(c.role, null),
  },
  {
    name: 'department: null → 200, department cleared',
    body: { department: null },
    status: 200,
    expect: (c) => assert.equal(c.department, null),
  },
  {
    name: 'endDate: null → 200, endDate cleared',
    body: { endDate: null },
    status: 200,
    expect: (c) => {
      assert.equal(c.endDate, null);
      assert.equal(c.active, true);
    },
  },
  {
    name: 'mainContactId: null → 200, owner cleared',
    body: { mainContactId: null },
    status: 200,
    expect: (c) => assert.equal(c.mainContact, null),
  },
  {
    name: 'startDate: null → INVALID_TYPE startDate',
    body: { startDate: null },
    status: 400,
    errors: [['INVALID_TYPE', 'startDate']],
  },
  {
    name: 'stageId: null → INVALID_TYPE stageId',
    body: { stageId: null },
    status: 400,
    errors: [['INVALID_TYPE', 'stageId']],
  },
  {
    name: 'emails: null → INVALID_TYPE emails',
    body: { emails: null },
    status: 400,
    errors: [['INVALID_TYPE', 'emails']],
  },
  {
    name: 'phoneNumbers: null → INVALID_TYPE phoneNumbers',
    body: { phoneNumbers: null },
    status: 400,
    errors: [['INVALID_TYPE', 'phoneNumbers']],
  },
  {
    name: 'avatarUrl as an https URL → 200, stored on the person',
    body: { avatarUrl: 'https://img.example/a.png' },
    status: 200,
    expect: (c) => assert.equal(c.avatarUrl, 'https://img.example/a.png'),
  },
  {
    name: 'avatarUrl: null → 200 (already none: nothing changes)',
    body: { avatarUrl: null },
    status: 200,
    unchanged: true,
  },
  {
    name: 'avatarUrl that is not http(s) → INVALID_FORMAT avatarUrl',
    body: { avatarUrl: 'ftp://img.example/a.png' },
    status: 400,
    errors: [['INVALID_FORMAT', 'avatarUrl']],
  },
  {
    name: 'a location of an unknown type → INVALID_ENUM_VALUE locations.0.type',
    body: { locations: [{ type: 'castle', city: 'York' }] },
    status: 400,
    errors: [['INVALID_ENUM_VALUE', 'locations.0.type']],
  },

  // --- dates ------------------------------------------------------------------------------------------
  {
    name: 'startDate 2023-02-29 (not a leap year) → INVALID_FORMAT startDate',
    body: { startDate: '2023-02-29T00:00:00Z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'startDate 2024-02-29 (leap year) → 200',
    body: { startDate: '2024-02-29T12:00:00Z' },
    status: 200,
    expect: (c) => assert.equal(c.startDate, '2024-02-29T12:00:00.000Z'),
  },
  {
    name: 'startDate 1900-02-29 (century, not leap) → INVALID_FORMAT startDate',
    body: { startDate: '1900-02-29T00:00:00Z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'startDate 2000-02-29 (400-year leap) → 200',
    body: { startDate: '2000-02-29T00:00:00Z' },
    status: 200,
    expect: (c) => assert.equal(c.startDate, '2000-02-29T00:00:00.000Z'),
  },
  {
    name: 'startDate with an offset (+01:00) instead of Z → INVALID_FORMAT startDate',
    body: { startDate: '2024-03-01T10:00:00+01:00' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'startDate without a time → INVALID_FORMAT startDate',
    body: { startDate: '2024-03-01' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'startDate with a lowercase z → INVALID_FORMAT startDate',
    body: { startDate: '2024-03-01T10:00:00z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'startDate with a space instead of T → INVALID_FORMAT startDate',
    body: { startDate: '2024-03-01 10:00:00Z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'startDate']],
  },
  {
    name: 'endDate on 31 April → INVALID_FORMAT endDate',
    body: { endDate: '2024-04-31T00:00:00Z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'endDate']],
  },
  {
    name: 'endDate at hour 24 → INVALID_FORMAT endDate',
    body: { endDate: '2024-03-01T24:00:00Z' },
    status: 400,
    errors: [['INVALID_FORMAT', 'endDate']],
  },
  {
    name: 'startDate without seconds → 200, shown with :00.000',
    body: { startDate: '2024-03-01T10:30Z' },
    status: 200,
    expect: (c) => assert.equal(c.startDate, '2024-03-01T10:30:00.000Z'),
  },
  {
    name: 'startDate with a one-digit fraction → 200, padded to milliseconds',
    body: { startDate: '2024-03-01T10:30:15.5Z' },
    status: 200,
    expect: (c) => assert.equal(c.startDate, '2024-03-01T10:30:15.500Z'),
  },
  {
    name: 'endDate with a nine-digit fraction → 200, cut to milliseconds',
    body: { endDate: '2089-03-01T10:30:15.123456789Z' },
    status: 200,
    expect: (c) => assert.equal(c.endDate, '2089-03-01T10:30:15.123Z'),
  },
  {
    name: 'endDate before the stored startDate → 400 END_DATE_BEFORE_START_DATE',
    body: { endDate: '2021-12-31T23:59:59Z' },
    status: 400,
    message: 'END_DATE_BEFORE_START_DATE',
  },
  {
    name: 'startDate after the stored endDate → 400 END_DATE_BEFORE_START_DATE',
    body: { startDate: '2090-01-01T00:00:00.001Z' },
    status: 400,
    message: 'END_DATE_BEFORE_START_DATE',
  },
  {
    name: 'endDate before the startDate sent with it → 400 END_DATE_BEFORE_START_DATE',
    body: { startDate: '2024-06-01T00:00:00Z', endDate: '2024-05-31T23:59:59.999Z' },
    status: 400,
    message: 'END_DATE_BEFORE_START_DATE',
  },
  {
    name: 'startDate equal to endDate, both sent → 200',
    body: { startDate: '2024-06-01T00:00:00Z', endDate: '2024-06-01T00:00:00.000Z' },
    status: 200,
    expect: (c) => {
      assert.equal(c.startDate, '2024-06-01T00:00:00.000Z');
      assert.equal(c.endDate, '2024-06-01T00:00:00.000Z');
      assert.equal(c.active, false);
    },
  },
  {
    name: 'startDate equal to the stored endDate, written without seconds → 200',
    body: { startDate: '2090-01-01T00:00Z' },
    status: 200,
    expect: (c) => assert.equal(c.startDate, BASE_END),
  },
  {
    name: 'startDate after the stored endDate while clearing endDate → 200',
    body: { startDate: '2095-01-01T00:00:00Z', endDate: null },
    status: 200,
    expect: (c) => {
      assert.equal(c.startDate, '2095-01-01T00:00:00.000Z');
      assert.equal(c.endDate, null);
    },
  },

  // --- shape ------------------------------------------------------------------------------------------
  {
    name: 'an unknown key (a typo) → UNRECOGNIZED_KEY at that key',
    body: { fristName: 'Ann' },
    status: 400,
    errors: [['UNRECOGNIZED_KEY', 'fristName']],
  },
  {
    name: 'an unknown key inside an email entry → UNRECOGNIZED_KEY emails.0.foo',
    body: { emails: [email('ok@shape.example', { foo: 1 })] },
    status: 400,
    errors: [['UNRECOGNIZED_KEY', 'emails.0.foo']],
  },
  {
    name: 'a number as the second email → INVALID_TYPE emails.1.email',
    body: { emails: [email('ok@shape.example'), { email: 5 }] },
    status: 400,
    errors: [['INVALID_TYPE', 'emails.1.email']],
  },
  {
    name: 'isPrimary "true" → INVALID_TYPE emails.0.isPrimary (no coercion)',
    body: { emails: [email('ok@shape.example', { isPrimary: 'true' })] },
    status: 400,
    errors: [['INVALID_TYPE', 'emails.0.isPrimary']],
  },
  {
    name: 'isPrimary 1 on a phone → INVALID_TYPE phoneNumbers.0.isPrimary',
    body: { phoneNumbers: [phone('+44 20 7946 0958', { isPrimary: 1 })] },
    status: 400,
    errors: [['INVALID_TYPE', 'phoneNumbers.0.isPrimary']],
  },
  {
    name: 'an unknown email purpose → INVALID_ENUM_VALUE emails.0.purpose',
    body: { emails: [email('ok@shape.example', { purpose: 'boss' })] },
    status: 400,
    errors: [['INVALID_ENUM_VALUE', 'emails.0.purpose']],
  },
  {
    name: 'an unknown phone purpose → INVALID_ENUM_VALUE phoneNumbers.0.purpose',
    body: { phoneNumbers: [phone('+44 20 7946 0958', { purpose: 'Work' })] },
    status: 400,
    errors: [['INVALID_ENUM_VALUE', 'phoneNumbers.0.purpose']],
  },
  {
    name: 'an email without @ → INVALID_FORMAT emails.0.email',
    body: { emails: [email('jane.example.com')] },
    status: 400,
    errors: [['INVALID_FORMAT', 'emails.0.email']],
  },
  {
    name: 'an email without a dotted domain → INVALID_FORMAT emails.0.email',
    body: { emails: [email('jane@localhost')] },
    status: 400,
    errors: [['INVALID_FORMAT', 'emails.0.email']],
  },
  {
    name: 'an email with two @ → INVALID_FORMAT emails.1.email',
    body: { emails: [email('ok@shape.example'), email('a@b@c.example')] },
    status: 400,
    errors: [['INVALID_FORMAT', 'emails.1.email']],
  },
  {
    name: 'an email entry without email → REQUIRED emails.0.email',
    body: { emails: [{ purpose: 'work' }] },
    status: 400,
    errors: [['REQUIRED', 'emails.0.email']],
  },
  {
    name: 'a phone number with letters → INVALID_FORMAT phoneNumbers.0.phoneNumber',
    body: { phoneNumbers: [phone('+44 20 CALL NOW')] },
    status: 400,
    errors: [['INVALID_FORMAT', 'phoneNumbers.0.phoneNumber']],
  },
  {
    name: 'a phone number of 2 characters → TOO_SMALL and INVALID_FORMAT phoneNumbers.0.phoneNumber',
    body: { phoneNumbers: [phone('12')] },
    status: 400,
    errors: [
      ['TOO_SMALL', 'phoneNumbers.0.phoneNumber'],
      ['INVALID_FORMAT', 'phoneNumbers.0.phoneNumber'],
    ],
  },
  {
    name: 'a phone number with only 2 digits → INVALID_FORMAT phoneNumbers.1.phoneNumber',
    body: { phoneNumbers: [phone('+44 20 7946 0958'), phone('(1-2)')] },
    status: 400,
    errors: [['INVALID_FORMAT', 'phoneNumbers.1.phoneNumber']],
  },
  {
    name: 'a phone number of 41 characters → TOO_BIG phoneNumbers.0.phoneNumber',
    body: { phoneNumbers: [phone('1'.repeat(41))] },
    status: 400,
    errors: [['TOO_BIG', 'phoneNumbers.0.phoneNumber']],
  },
  {
    name: 'emails as an object instead of a list → INVALID_TYPE emails',
    body: { emails: email('ok@shape.example') },
    status: 400,
    errors: [['INVALID_TYPE', 'emails']],
  },
  {
    name: '51 emails → TOO_BIG emails',
    body: { emails: Array.from({ length: 51 }, (_, i) => email(`many${i}@shape.example`)) },
    status: 400,
    errors: [['TOO_BIG', 'emails']],
  },
  {
    name: 'several problems at once → every one listed in errors[]',
    body: {
      firstName: ' ',
      role: 5,
      nickname: 'Jo',
      emails: [email('bad'), email('ok@shape.example', { purpose: 'boss' })],
      phoneNumbers: [phone('abc')],
      startDate: '2023-02-29T00:00:00Z',
      stageId: null,
    },
    status: 400,
    errors: [
      ['TOO_SMALL', 'firstName'],
      ['INVALID_TYPE', 'role'],
      ['UNRECOGNIZED_KEY', 'nickname'],
      ['INVALID_FORMAT', 'emails.0.email'],
      ['INVALID_ENUM_VALUE', 'emails.1.purpose'],
      ['INVALID_FORMAT', 'phoneNumbers.0.phoneNumber'],
      ['INVALID_FORMAT', 'startDate'],
      ['INVALID_TYPE', 'stageId'],
    ],
  },
  { name: 'an empty body {} → 200, nothing changes', body: {}, status: 200, unchanged: true },
  { name: 'no body at all → 200, nothing changes', status: 200, unchanged: true },
  {
    name: 'the same values as stored → 200, nothing changes',
    body: (env: Env, s: Contact) => ({
      firstName: 'Row',
      lastName: s.lastName,
      role: 'Recruiter',
      department: 'Ops',
      emails: [{ email: s.emails[0].email, purpose: 'work', isPrimary: true }],
      phoneNumbers: [{ phoneNumber: '+44 20 7946 0000', purpose: 'work' }],
      startDate: '2022-01-01T00:00Z',
      endDate: BASE_END,
      mainContactId: env.owner,
      stageId: env.stages[0].id,
    }),
    status: 200,
    unchanged: true,
  },
  {
    name: 'a JSON array as the body → 400 VALIDATION_ERROR',
    raw: '[{"role":"CTO"}]',
    status: 400,
    errors: [['INVALID_TYPE', '']],
  },
  { name: 'JSON null as the body → 400 VALIDATION_ERROR', raw: 'null', status: 400, errors: [['INVALID_TYPE', '']] },
  {
    name: 'a JSON string as the body → 400 VALIDATION_ERROR',
    raw: '"CTO"',
    status: 400,
    errors: [['INVALID_TYPE', '']],
  },
  { name: 'invalid JSON → 400 INVALID_JSON', raw: '{"role": "CTO",', status: 400, message: 'INVALID_JSON' },
  {
    name: 'a body that is not JSON → 415 UNSUPPORTED_MEDIA_TYPE',
    raw: 'role=CTO',
    headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
    status: 415,
    message: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a body over 1 MiB → 413 PAYLOAD_TOO_LARGE',
    raw: JSON.stringify({ role: long(1024 * 1024) }),
    status: 413,
    message: 'PAYLOAD_TOO_LARGE',
  },

  // --- references -------------------------------------------------------------------------------------
  {
    name: 'another stage of the client-contacts pipeline → 200',
    body: (env: Env) => ({ stageId: env.stages[3].id }),
    status: 200,
    expect: (c, _b, env) => assert.deepEqual(c.stage, env.stages[3]),
  },
  {
    name: 'an unknown stageId → 400 STAGE_NOT_FOUND',
    body: () => ({ stageId: uuidv7() }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'a stageId that is not a UUID → 400 STAGE_NOT_FOUND',
    body: { stageId: 'new' },
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'a stage of the clients pipeline → 400 STAGE_NOT_FOUND',
    body: (env: Env) => ({ stageId: env.clientsStage }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'another tenant’s stage → 400 STAGE_NOT_FOUND',
    body: (env: Env) => ({ stageId: env.other.stageId }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'another active user → 200, shown as mainContact',
    body: (env: Env) => ({ mainContactId: env.owner2 }),
    status: 200,
    expect: (c, _b, env) =>
      assert.deepEqual(c.mainContact, { id: env.owner2, name: 'Opal Second', avatarUrl: null, deactivatedAt: null }),
  },
  {
    name: 'an unknown mainContactId → 400 MAIN_CONTACT_NOT_FOUND',
    body: () => ({ mainContactId: uuidv7() }),
    status: 400,
    message: 'MAIN_CONTACT_NOT_FOUND',
  },
  {
    name: 'an empty mainContactId → 400 MAIN_CONTACT_NOT_FOUND',
    body: { mainContactId: '  ' },
    status: 400,
    message: 'MAIN_CONTACT_NOT_FOUND',
  },
  {
    name: 'another tenant’s user → 400 MAIN_CONTACT_NOT_FOUND',
    body: (env: Env) => ({ mainContactId: env.other.userId }),
    status: 400,
    message: 'MAIN_CONTACT_NOT_FOUND',
  },
  {
    name: 'a deactivated user → 400 MAIN_CONTACT_DEACTIVATED',
    body: (env: Env) => ({ mainContactId: env.deactivated }),
    status: 400,
    message: 'MAIN_CONTACT_DEACTIVATED',
  },
  {
    name: 'an unknown custom attribute definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND',
    body: () => ({ customAttributes: [{ attributeDefinitionId: '01890a5d-ac96-774b-bcce-b302099a8057', value: 'x' }] }),
    status: 400,
    message: 'ATTRIBUTE_DEFINITION_NOT_FOUND',
    details: () => ({ attributeDefinitionId: '01890a5d-ac96-774b-bcce-b302099a8057' }),
  },

  // --- the contact in the path ------------------------------------------------------------------------
  {
    name: 'an archived contact → 404 CLIENT_CONTACT_NOT_FOUND',
    subject: archivedSubject,
    body: { role: 'Back' },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'another tenant’s contact → 404 CLIENT_CONTACT_NOT_FOUND',
    subject: async (env) => env.other.contact,
    body: { role: 'Mine now' },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'an id that is not a UUID → 404 CLIENT_CONTACT_NOT_FOUND',
    path: () => '/clients/contacts/not-a-uuid',
    body: { role: 'x' },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'an unknown UUID → 404 CLIENT_CONTACT_NOT_FOUND',
    path: missing,
    body: { role: 'x' },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'a candidate (person) id is not a contact id → 404 CLIENT_CONTACT_NOT_FOUND',
    path: (_e, s) => `/clients/contacts/${s.candidateId}`,
    body: { role: 'x' },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },

  // --- If-Match ---------------------------------------------------------------------------------------
  {
    name: 'a stale If-Match → 412 PRECONDITION_FAILED with the current version',
    body: { role: 'Late' },
    headers: stale,
    status: 412,
    message: 'PRECONDITION_FAILED',
    details: () => ({ currentVersion: 1 }),
  },
  {
    name: 'an If-Match that names no version → 412',
    body: { role: 'Late' },
    headers: () => ({ 'if-match': 'garbage' }),
    status: 412,
    message: 'PRECONDITION_FAILED',
    details: () => ({ currentVersion: 1 }),
  },
  {
    name: 'a stale If-Match with an empty body → 412',
    body: {},
    headers: stale,
    status: 412,
    message: 'PRECONDITION_FAILED',
    details: () => ({ currentVersion: 1 }),
  },
  {
    name: 'the current version as If-Match ("1") → 200',
    body: { role: 'On time' },
    headers: () => ({ 'if-match': '"1"' }),
    status: 200,
    expect: (c) => assert.equal(c.role, 'On time'),
  },
  {
    name: 'the current version as a bare If-Match (1) → 200',
    body: { role: 'On time' },
    headers: () => ({ 'if-match': '1' }),
    status: 200,
  },
  {
    name: 'the current version as a weak If-Match (W/"1") → 200',
    body: { role: 'On time' },
    headers: () => ({ 'if-match': 'W/"1"' }),
    status: 200,
  },

  // --- order of checks (API.md §1.4) ------------------------------------------------------------------
  {
    name: 'order: a malformed body aimed at a missing contact → 400 VALIDATION_ERROR (shape first)',
    path: missing,
    body: { firstName: '' },
    status: 400,
    errors: [['TOO_SMALL', 'firstName']],
  },
  {
    name: 'order: two primaries aimed at a missing contact → 404 (the path before rules)',
    path: missing,
    body: { emails: [email('a@order.example', { isPrimary: true }), email('b@order.example', { isPrimary: true })] },
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'order: two primaries plus an unknown stageId → ONLY_ONE_PRIMARY_EMAIL_ALLOWED (rules before references)',
    body: () => ({
      stageId: uuidv7(),
      emails: [email('a@order.example', { isPrimary: true }), email('b@order.example', { isPrimary: true })],
    }),
    status: 400,
    message: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
  },
  {
    name: 'order: end before start plus a deactivated owner → END_DATE_BEFORE_START_DATE (rules before references)',
    body: (env: Env) => ({ endDate: '2000-01-01T00:00:00Z', mainContactId: env.deactivated }),
    status: 400,
    message: 'END_DATE_BEFORE_START_DATE',
  },
  {
    name: 'order: an unknown stageId plus a stale If-Match → STAGE_NOT_FOUND (references before If-Match)',
    body: () => ({ stageId: uuidv7() }),
    headers: stale,
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'order: a stale If-Match plus another person’s email → 412 (If-Match before uniqueness)',
    body: { emails: [email('taken@holder.example')] },
    headers: stale,
    status: 412,
    message: 'PRECONDITION_FAILED',
    details: () => ({ currentVersion: 1 }),
  },
  {
    name: 'order: a deactivated owner plus another person’s email → MAIN_CONTACT_DEACTIVATED (references before uniqueness)',
    body: (env: Env) => ({ mainContactId: env.deactivated, emails: [email('taken@holder.example')] }),
    status: 400,
    message: 'MAIN_CONTACT_DEACTIVATED',
  },
  {
    name: 'order: an archived contact with a stale If-Match → 404',
    subject: archivedSubject,
    body: { role: 'x' },
    headers: stale,
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },

  // --- authentication ---------------------------------------------------------------------------------
  {
    name: 'no API key, with a malformed body → 401 INVALID_API_KEY',
    auth: 'none',
    body: { firstName: '', foo: 1 },
    status: 401,
    message: 'INVALID_API_KEY',
  },
  {
    name: 'an unknown API key, with invalid JSON → 401 INVALID_API_KEY',
    auth: 'unknown',
    raw: '{"role":',
    status: 401,
    message: 'INVALID_API_KEY',
  },
  {
    name: 'the caller’s x-request-id is echoed in the error body',
    body: { firstName: null },
    headers: () => ({ 'x-request-id': 'trace-rules-table-1' }),
    status: 400,
    errors: [['INVALID_TYPE', 'firstName']],
  },

  // --- create (POST /clients/contacts/{clientId}) follows the same rules -------------------------------
  {
    name: 'create: two primary emails → 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
    method: 'POST',
    body: {
      firstName: 'New',
      lastName: 'Person',
      emails: [email('c1@create.example', { isPrimary: true }), email('c2@create.example', { isPrimary: true })],
    },
    status: 400,
    message: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
  },
  {
    name: 'create: without firstName and lastName → REQUIRED for both',
    method: 'POST',
    body: { role: 'CTO' },
    status: 400,
    errors: [
      ['REQUIRED', 'firstName'],
      ['REQUIRED', 'lastName'],
    ],
  },
  {
    name: 'create: a firstName of spaces → TOO_SMALL firstName',
    method: 'POST',
    body: { firstName: '  ', lastName: 'Person' },
    status: 400,
    errors: [['TOO_SMALL', 'firstName']],
  },
  {
    name: 'create: startDate null → INVALID_TYPE startDate',
    method: 'POST',
    body: { firstName: 'New', lastName: 'Person', startDate: null },
    status: 400,
    errors: [['INVALID_TYPE', 'startDate']],
  },
  {
    name: 'create: an unknown key → UNRECOGNIZED_KEY',
    method: 'POST',
    body: { firstName: 'New', lastName: 'Person', title: 'Dr' },
    status: 400,
    errors: [['UNRECOGNIZED_KEY', 'title']],
  },
  {
    name: 'create: endDate before startDate → 400 END_DATE_BEFORE_START_DATE',
    method: 'POST',
    body: { firstName: 'New', lastName: 'Person', startDate: '2024-01-02T00:00Z', endDate: '2024-01-01T00:00Z' },
    status: 400,
    message: 'END_DATE_BEFORE_START_DATE',
  },
  {
    name: 'create: a stage of the clients pipeline → 400 STAGE_NOT_FOUND',
    method: 'POST',
    body: (env: Env) => ({ firstName: 'New', lastName: 'Person', stageId: env.clientsStage }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'create: a deactivated owner → 400 MAIN_CONTACT_DEACTIVATED',
    method: 'POST',
    body: (env: Env) => ({ firstName: 'New', lastName: 'Person', mainContactId: env.deactivated }),
    status: 400,
    message: 'MAIN_CONTACT_DEACTIVATED',
  },
  {
    name: 'create: another person’s email → 409 EMAIL_ALREADY_IN_USE naming the holder',
    method: 'POST',
    body: { firstName: 'New', lastName: 'Person', emails: [email('TAKEN@holder.example')] },
    status: 409,
    message: 'EMAIL_ALREADY_IN_USE',
    details: (env) => holderDuplicate(env),
  },
  {
    name: 'create: two primaries and an unknown candidateId → the body rule first (ONLY_ONE_PRIMARY_EMAIL_ALLOWED)',
    method: 'POST',
    body: {
      candidateId: '01930000-0000-7000-8000-00000000beef',
      emails: [
        { email: 'p1@order.example', isPrimary: true },
        { email: 'p2@order.example', isPrimary: true },
      ],
    },
    status: 400,
    message: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
  },
  {
    name: 'create: an unknown candidateId → 404 CANDIDATE_NOT_FOUND',
    method: 'POST',
    body: { candidateId: '01930000-0000-7000-8000-00000000beef' },
    status: 404,
    message: 'CANDIDATE_NOT_FOUND',
  },
  {
    name: 'a NUL character in a string → INVALID_FORMAT at its path',
    body: { role: 'Head\u0000of', emails: [{ email: 'nul\u0000@x.example' }] },
    status: 400,
    message: 'VALIDATION_ERROR',
    errors: [
      ['INVALID_FORMAT', 'role'],
      ['INVALID_FORMAT', 'emails.0.email'],
    ],
  },
  {
    name: 'If-Match: * matches whatever version exists → 200',
    body: { department: 'Any version' },
    headers: () => ({ 'if-match': '*' }),
    status: 200,
    expect: (c) => assert.equal(c.department, 'Any version'),
  },
  {
    name: 'create: a new role of the holder may share its email → 201',
    method: 'POST',
    path: (env) => `/clients/contacts/${env.otherClientId}`,
    body: (env: Env) => ({ candidateId: env.holder.candidateId, emails: [email('taken@holder.example')] }),
    status: 201,
    expect: (c, _b, env) => {
      assert.equal(c.candidateId, env.holder.candidateId);
      assert.equal(c.firstName, 'Holly');
      assert.deepEqual(c.emails, [{ email: 'taken@holder.example', purpose: null, isPrimary: true }]);
    },
  },
  {
    name: 'create: emails with no primary and names inside spaces → 201, trimmed, first email primary',
    method: 'POST',
    body: {
      firstName: '  New ',
      lastName: ' Person  ',
      emails: [email('n1@create.example'), email('n2@Create.Example')],
    },
    status: 201,
    expect: (c, _b, env) => {
      assert.equal(c.firstName, 'New');
      assert.equal(c.lastName, 'Person');
      assert.deepEqual(c.emails, [
        { email: 'n1@create.example', purpose: null, isPrimary: true },
        { email: 'n2@create.example', purpose: null, isPrimary: false },
      ]);
      assert.deepEqual(c.stage, env.stages[0], 'the first stage by default');
    },
  },
];

/** Representation fields and the body key that sets each (§2.4): the rest of a PATCH must leave them alone. */
const FIELD_OF: Record<string, string> = {
  role: 'role',
  department: 'department',
  firstName: 'firstName',
  lastName: 'lastName',
  emails: 'emails',
  phoneNumbers: 'phoneNumbers',
  startDate: 'startDate',
  endDate: 'endDate',
  mainContact: 'mainContactId',
  stage: 'stageId',
  avatarUrl: 'avatarUrl',
  locations: 'locations',
  customAttributes: 'customAttributes',
};

for (const dialect of dialects()) {
  describe(`client contacts, rule table [${dialect}]`, () => {
    /** The fixtures every row shares; each row adds clients of its own (see `reachable`). */
    const shared = {} as Env;
    before(async () => {
      shared.t = await buildTestApp(dialect);
      shared.api = shared.t.client;
      shared.holdersClientId = await makeClient(shared.api, 'Rules Ltd');
      shared.owner = await makeUser(shared.api, 'Olive Owner');
      shared.owner2 = await makeUser(shared.api, 'Opal Second');
      shared.deactivated = await makeDeactivatedUser(shared.api, 'Dee Activated');
      shared.stages = (await contactStages(shared.api)) as Env['stages'];
      shared.clientsStage = (await clientPipelineStages(shared.api))[1].id;
      shared.holder = await makeContact(shared.api, shared.holdersClientId, {
        firstName: 'Holly',
        lastName: 'Holder',
        emails: [email('taken@holder.example')],
      });
      shared.archivedHolder = await makeContact(shared.api, shared.holdersClientId, {
        firstName: 'Archie',
        lastName: 'Holder',
        emails: [email('archived@holder.example')],
      });
      await archiveContact(shared.api, shared.archivedHolder.id);
      const otherApi = await shared.t.newTenant('other agency');
      const otherClient = await makeClient(otherApi, 'Other Co');
      shared.other = {
        api: otherApi,
        contact: await makeContact(otherApi, otherClient, { firstName: 'Otto', emails: [email('otto@other.example')] }),
        stageId: (await contactStages(otherApi))[1].id,
        userId: await makeUser(otherApi, 'Otto Owner'),
      };
    });
    after(async () => shared.t.close());

    /** Every contact a row can change: those of its own clients and the holders', and the other tenant's. */
    const reachable = async (env: Env) => ({
      main: await allContacts(
        env.api,
        `includeArchived=true&clientIds=${[env.clientId, env.otherClientId, env.holdersClientId].join(',')}`,
      ),
      other: await allContacts(env.other.api),
    });
    /** Each contact as the last row to read it saw it, by id. */
    const lastSeen = new Map<string, Contact>();
    const remember = (state: { main: Contact[]; other: Contact[] }) => {
      for (const c of [...state.main, ...state.other]) lastSeen.set(c.id, c);
    };

    rows.forEach((row, n) => {
      it(row.name, async () => {
        const env: Env = {
          ...shared,
          clientId: await makeClient(shared.api, `Row ${n} Ltd`),
          otherClientId: await makeClient(shared.api, `Row ${n} Second Ltd`),
        };
        const method = row.method ?? 'PATCH';
        const subject = method === 'PATCH' ? await (row.subject ?? freshSubject)(env, n) : undefined;
        const path =
          row.path?.(env, subject) ??
          (method === 'PATCH' ? `/clients/contacts/${subject.id}` : `/clients/contacts/${env.clientId}`);
        const stateBefore = await reachable(env);
        const contactBefore = subject && [...stateBefore.main, ...stateBefore.other].find((c) => c.id === subject.id);
        if (subject) assert.ok(contactBefore, 'the subject is among the contacts read before the request');

        const headers: Record<string, string> = { ...(row.headers?.(env, subject) ?? {}) };
        if (row.auth === undefined) headers['x-api-key'] = env.api.apiKey;
        else if (row.auth === 'unknown') headers['x-api-key'] = `ck_${'A'.repeat(40)}`;
        const body = row.raw ?? (typeof row.body === 'function' ? row.body(env, subject, n) : row.body);
        const res: Reply = await inject(env.t.app, { method, url: path, body, headers });
        assert.equal(res.status, row.status, res.text);

        if (res.status >= 400) {
          const requestId = res.headers['x-request-id'];
          assert.equal(typeof requestId, 'string');
          if (headers['x-request-id']) assert.equal(requestId, headers['x-request-id']);
          const message = row.message ?? 'VALIDATION_ERROR';
          const expected: Record<string, unknown> = {
            status: row.status,
            statusCode: row.status,
            error: REASON[row.status],
            message,
            requestId,
          };
          if (message === 'VALIDATION_ERROR') {
            assert.ok(row.errors, 'a VALIDATION_ERROR row names its errors');
            for (const e of res.body.errors ?? []) assert.equal(typeof e.message, 'string');
            expected.errors = res.body.errors;
            const sortPairs = (pairs: [string, string][]) =>
              [...pairs].sort((a, b) => a.join().localeCompare(b.join()));
            assert.deepEqual(
              sortPairs((res.body.errors ?? []).map((e: { code: string; path: string }) => [e.code, e.path])),
              sortPairs(row.errors),
            );
          }
          if (row.details) expected.details = row.details(env, subject);
          // Exactly the envelope of API.md §1.4: no `errors` unless VALIDATION_ERROR, no `details` unless named.
          assert.deepEqual(res.body, expected);

          // A refused request changes nothing: not the contact, not any other record.
          const stateAfter = await reachable(env);
          remember(stateAfter);
          if (contactBefore) {
            const contactAfter = [...stateAfter.main, ...stateAfter.other].find((c) => c.id === subject.id);
            assert.deepEqual(contactAfter, contactBefore);
          }
          assert.deepEqual(stateAfter, stateBefore);
          return;
        }

        const answer = res.body;
        assert.equal(res.headers.etag, `"${answer.version}"`);
        const stateAfter = await reachable(env);
        remember(stateAfter);
        const later = stateAfter.main.find((c) => c.id === answer.id);
        assert.deepEqual(later, answer, 'a later read shows what the answer showed');
        if (method === 'POST') {
          assert.equal(answer.version, 1);
          assert.equal(res.headers.location, `/clients/contacts/${answer.id}`);
        } else {
          const sent = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
          for (const [field, key] of Object.entries(FIELD_OF)) {
            if (!(key in sent)) assert.deepEqual(answer[field], contactBefore[field], `${field} was not sent`);
          }
          for (const field of ['id', 'candidateId', 'clientId', 'client', 'createdAt', 'archivedAt']) {
            assert.deepEqual(answer[field], contactBefore[field], field);
          }
          if (row.unchanged) {
            assert.equal(answer.version, contactBefore.version, 'version stays');
            assert.equal(answer.modifiedAt, contactBefore.modifiedAt, 'modifiedAt stays');
            assert.deepEqual(answer, contactBefore);
          } else {
            assert.equal(answer.version, contactBefore.version + 1, 'version rises by one');
            assert.ok(answer.modifiedAt >= contactBefore.modifiedAt);
          }
        }
        await row.expect?.(answer, contactBefore, env, subject);
      });
    });

    it('leaves every contact of both tenants as the last row to read it saw it', async () => {
      const byId = (contacts: Contact[]) => [...contacts].sort((a, b) => (a.id < b.id ? -1 : 1));
      const everything = [...(await allContacts(shared.api)), ...(await allContacts(shared.other.api))];
      assert.deepEqual(byId(everything), byId([...lastSeen.values()]));
    });
  });
}
