import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  mergePerson,
  mergeRoleFields,
  planMerge,
  type RoleState,
  unionEmails,
  unionPhones,
} from '../../src/modules/client-contacts/client-contact.merge-plan.js';
import type { ContactRecord, PersonRecord } from '../../src/modules/client-contacts/client-contact.write-repository.js';
import { normalizeEmails, normalizePhones } from '../../src/modules/client-contacts/contact.rules.js';

/** The merge's rules (API.md §5.3) as pure functions: no database. */

function contact(overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    id: 'c',
    personId: 'p',
    clientId: 'acme',
    role: null,
    department: null,
    startDate: null,
    endDate: null,
    stageId: null,
    mainContactId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    modifiedAt: '2026-01-01T00:00:00.000Z',
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

function role(overrides: Partial<ContactRecord>, lists: Partial<RoleState> = {}): RoleState {
  return { contact: contact(overrides), emails: [], phones: [], attributes: [], ...lists };
}

const person = (id: string, overrides: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  firstName: id,
  lastName: 'X',
  avatarUrl: null,
  locations: [],
  ...overrides,
});

describe('merge rules', () => {
  it('keeps the target’s role fields and fills its nulls from the source', () => {
    const merged = mergeRoleFields(
      contact({ role: 'CTO', stageId: 's1' }),
      contact({ role: 'VP', department: 'Eng', stageId: 's2', mainContactId: 'u' }),
    );
    assert.deepEqual([merged.role, merged.department, merged.stageId, merged.mainContactId], ['CTO', 'Eng', 's1', 'u']);
  });

  it('drops a filled date that would end the role before it starts', () => {
    const start = '2025-01-01T00:00:00.000Z';
    const end = '2024-01-01T00:00:00.000Z';
    const filledEnd = mergeRoleFields(
      contact({ startDate: start }),
      contact({ startDate: '2023-01-01T00:00:00.000Z', endDate: end }),
    );
    assert.deepEqual([filledEnd.startDate, filledEnd.endDate], [start, null]);
    const filledStart = mergeRoleFields(contact({ endDate: end }), contact({ startDate: start }));
    assert.deepEqual([filledStart.startDate, filledStart.endDate], [null, end]);
    const fine = mergeRoleFields(contact({ startDate: end }), contact({ endDate: start }));
    assert.deepEqual([fine.startDate, fine.endDate], [end, start]);
  });

  it('unions emails ignoring case, the target’s first and its primary the only one', () => {
    const target = normalizeEmails([{ email: 'a@x.example' }, { email: 'B@x.example', purpose: 'work' }]);
    const source = normalizeEmails([
      { email: 'c@x.example', isPrimary: true },
      { email: 'b@X.example' },
      { email: 'A@x.example', purpose: 'personal' },
    ]);
    assert.deepEqual(unionEmails(target, source), [
      { email: 'a@x.example', purpose: 'personal', isPrimary: true },
      { email: 'B@x.example', purpose: 'work', isPrimary: false },
      { email: 'c@x.example', purpose: null, isPrimary: false },
    ]);
    // A target without addresses takes the source's as they are, its primary included.
    assert.deepEqual(unionEmails([], source), source);
    // The result passes the create/update rules: one primary, no duplicates.
    assert.doesNotThrow(() => normalizeEmails(unionEmails(target, source)));
  });

  it('unions phone numbers on their E.164 form', () => {
    const target = normalizePhones([{ phoneNumber: '+44 20 7946 0958' }]);
    const source = normalizePhones([
      { phoneNumber: '+1 212 555 0100', isPrimary: true },
      { phoneNumber: '+442079460958' },
    ]);
    assert.deepEqual(
      unionPhones(target, source).map((p) => [p.phoneNumber, p.isPrimary]),
      [
        ['+44 20 7946 0958', true],
        ['+1 212 555 0100', false],
      ],
    );
  });

  it('keeps the target person’s fields, filling a missing avatar and empty locations', () => {
    const loc = { city: 'Leeds' };
    const merged = mergePerson(person('t'), person('s', { avatarUrl: 'https://a.example/s.png', locations: [loc] }));
    assert.deepEqual(merged, { ...person('t'), avatarUrl: 'https://a.example/s.png', locations: [loc] });
    const own = person('t', { avatarUrl: 'https://a.example/t.png', locations: [{ city: 'York' }] });
    assert.deepEqual(mergePerson(own, person('s', { avatarUrl: 'https://a.example/s.png', locations: [loc] })), own);
  });

  it('pairs live source roles with the target’s oldest live role at the same client; the rest move', () => {
    const plan = planMerge(
      {
        person: person('t'),
        roles: [
          role({ id: 't-archived', personId: 't', clientId: 'acme', archivedAt: '2026-01-02T00:00:00.000Z' }),
          role({ id: 't-old', personId: 't', clientId: 'acme', role: 'Lead' }),
          role({ id: 't-new', personId: 't', clientId: 'acme', createdAt: '2026-02-01T00:00:00.000Z' }),
          role({ id: 't-globex', personId: 't', clientId: 'globex' }),
        ],
      },
      {
        person: person('s'),
        roles: [
          role({ id: 's-1', personId: 's', clientId: 'acme', department: 'Eng' }),
          role({ id: 's-2', personId: 's', clientId: 'acme', role: 'Other' }),
          role({ id: 's-archived', personId: 's', clientId: 'globex', archivedAt: '2026-01-03T00:00:00.000Z' }),
          role({ id: 's-initech', personId: 's', clientId: 'initech' }),
        ],
      },
    );
    assert.deepEqual(
      plan.erased.map((e) => [e.contact.id, e.into]),
      [
        ['s-1', 't-old'],
        ['s-2', 't-old'],
      ],
    );
    assert.deepEqual(
      plan.moved.map((c) => c.id),
      ['s-archived', 's-initech'],
    );
    const old = plan.targetRoles.find((r) => r.before.contact.id === 't-old');
    assert.deepEqual(old?.mergedFrom, ['s-1', 's-2']);
    assert.deepEqual([old?.after.contact.role, old?.after.contact.department], ['Lead', 'Eng']);
    assert.deepEqual(
      plan.targetRoles.filter((r) => r.roleChanged).map((r) => r.before.contact.id),
      ['t-old'],
    );
    assert.equal(plan.personChanged, false);
  });

  it('adds the source’s attribute values only for definitions the target has none for', () => {
    const plan = planMerge(
      {
        person: person('t'),
        roles: [role({ id: 't1', personId: 't' }, { attributes: [{ definitionId: 'score', value: 5 }] })],
      },
      {
        person: person('s'),
        roles: [
          role(
            { id: 's1', personId: 's' },
            {
              attributes: [
                { definitionId: 'score', value: 7 },
                { definitionId: 'tier', value: 'gold' },
              ],
            },
          ),
        ],
      },
    );
    assert.deepEqual(plan.targetRoles[0].addedAttributes, [{ definitionId: 'tier', value: 'gold' }]);
    assert.deepEqual(plan.targetRoles[0].after.attributes, [
      { definitionId: 'score', value: 5 },
      { definitionId: 'tier', value: 'gold' },
    ]);
  });

  it('unions any two valid email lists into one that the update rules accept, losing no address', () => {
    const local = fc.constantFrom('ann', 'ANN', 'bob', 'Bob', 'cy', 'dee');
    const domain = fc.constantFrom('x.example', 'y.example');
    const input = fc.record({
      email: fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
      purpose: fc.constantFrom<'personal' | 'work' | null>('personal', 'work', null),
      isPrimary: fc.boolean(),
    });
    // A list as a stored role holds it: what normalizeEmails accepts.
    const list = fc.uniqueArray(input, { selector: (e) => e.email.toLowerCase(), maxLength: 5 }).map((items) => {
      const primary = items.findIndex((e) => e.isPrimary);
      return normalizeEmails(items.map((e, i) => ({ ...e, isPrimary: i === primary })));
    });
    fc.assert(
      fc.property(list, list, (target, source) => {
        const merged = unionEmails(target, source);
        assert.deepEqual(normalizeEmails(merged), merged, 'one primary, no duplicates ignoring case');
        assert.deepEqual(
          merged.slice(0, target.length).map((e) => [e.email, e.isPrimary]),
          target.map((e) => [e.email, e.isPrimary]),
        );
        const held = new Set(merged.map((e) => e.email.toLowerCase()));
        for (const e of source) assert.ok(held.has(e.email.toLowerCase()));
      }),
    );
  });
});
