import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import {
  assertDateOrder,
  isActive,
  normalizeEmails,
  normalizePhoneNumber,
  normalizePhones,
  primaryFirst,
} from '../../src/modules/client-contacts/contact.rules.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('email rules', () => {
  it('keeps one primary and the order given', () => {
    assert.deepEqual(normalizeEmails([{ email: 'a@x.io' }, { email: 'b@x.io', isPrimary: true, purpose: 'work' }]), [
      { email: 'a@x.io', purpose: null, isPrimary: false },
      { email: 'b@x.io', purpose: 'work', isPrimary: true },
    ]);
  });
  it('makes the first entry primary when none is', () => {
    assert.deepEqual(
      normalizeEmails([{ email: 'a@x.io', isPrimary: false }, { email: 'b@x.io' }]).map((e) => e.isPrimary),
      [true, false],
    );
  });
  it('refuses two primaries', () => {
    const two = [
      { email: 'a@x.io', isPrimary: true },
      { email: 'b@x.io', isPrimary: true },
    ];
    assert.equal(
      codeOf(() => normalizeEmails(two)),
      'ONLY_ONE_PRIMARY_EMAIL_ALLOWED',
    );
  });
  it('lower-cases the domain only and refuses case-insensitive duplicates', () => {
    assert.equal(normalizeEmails([{ email: 'Jane.Doe@Example.COM' }])[0].email, 'Jane.Doe@example.com');
    assert.equal(
      codeOf(() => normalizeEmails([{ email: 'JANE@x.io' }, { email: 'jane@X.IO' }])),
      'DUPLICATE_EMAIL',
    );
  });
  it('accepts an empty list', () => {
    assert.deepEqual(normalizeEmails([]), []);
  });
});

describe('phone rules', () => {
  it('normalizes to E.164 where it parses, else to digits', () => {
    assert.equal(normalizePhoneNumber('+44 20 7946 0958'), '+442079460958');
    assert.equal(normalizePhoneNumber('+1 (415) 555-0100'), '+14155550100');
    assert.equal(normalizePhoneNumber('(020) 7946 0958'), '02079460958');
  });
  it('judges duplicates on the normalized form and keeps the text as given', () => {
    assert.equal(
      codeOf(() => normalizePhones([{ phoneNumber: '+44 20 7946 0958' }, { phoneNumber: '+442079460958' }])),
      'DUPLICATE_PHONE_NUMBER',
    );
    assert.equal(normalizePhones([{ phoneNumber: '+44 (20) 7946-0958' }])[0].phoneNumber, '+44 (20) 7946-0958');
  });
  it('refuses two primaries', () => {
    const two = [
      { phoneNumber: '+441', isPrimary: true },
      { phoneNumber: '+442', isPrimary: true },
    ];
    assert.equal(
      codeOf(() => normalizePhones(two)),
      'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED',
    );
  });
});

describe('date rules', () => {
  it('allows equal dates and refuses an end before the start', () => {
    assert.equal(
      codeOf(() => assertDateOrder('2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')),
      undefined,
    );
    assert.equal(
      codeOf(() => assertDateOrder('2024-01-02T00:00:00.000Z', '2024-01-01T23:59:59.999Z')),
      'END_DATE_BEFORE_START_DATE',
    );
    assert.equal(
      codeOf(() => assertDateOrder(null, '2024-01-01T00:00:00.000Z')),
      undefined,
    );
  });
  it('is active when not archived and not ended', () => {
    const now = '2025-06-01T00:00:00.000Z';
    assert.equal(isActive({ archivedAt: null, endDate: null }, now), true);
    assert.equal(isActive({ archivedAt: null, endDate: '2025-07-01T00:00:00.000Z' }, now), true);
    assert.equal(isActive({ archivedAt: null, endDate: now }, now), false);
    assert.equal(isActive({ archivedAt: now, endDate: null }, now), false);
  });
  it('orders the primary first, then as given', () => {
    const items = [
      { n: 1, isPrimary: false },
      { n: 2, isPrimary: true },
      { n: 3, isPrimary: false },
    ];
    assert.deepEqual(
      primaryFirst(items).map((i) => i.n),
      [2, 1, 3],
    );
  });
});
