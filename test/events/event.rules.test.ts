import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import { computeChanges, pickChanges, sameValue } from '../../src/modules/events/event.changes.js';
import { decodePosition, encodePosition } from '../../src/modules/events/event.cursor.js';

describe('computeChanges', () => {
  it('lists each changed top-level field as { from, to }, leaving out version and modifiedAt', () => {
    const before = { id: 'a', role: null, department: 'Sales', version: 3, modifiedAt: 't1', active: true };
    const after = { id: 'a', role: 'CTO', department: 'Sales', version: 4, modifiedAt: 't2', active: true };
    assert.deepEqual(computeChanges(before, after), { role: { from: null, to: 'CTO' } });
  });

  it('compares lists whole and objects structurally, ignoring key order', () => {
    const emails = [
      { email: 'a@x.example', isPrimary: true },
      { email: 'b@x.example', isPrimary: false },
    ];
    const reordered = [emails[1], emails[0]];
    assert.deepEqual(computeChanges({ emails }, { emails: reordered }), { emails: { from: emails, to: reordered } });
    assert.deepEqual(computeChanges({ emails }, { emails: emails.map((e) => ({ ...e })) }), {});
    assert.deepEqual(computeChanges({ stage: { id: 's', name: 'New' } }, { stage: { name: 'New', id: 's' } }), {});
    assert.deepEqual(computeChanges({ stage: { id: 's', name: 'New' } }, { stage: { id: 's', name: 'Won' } }), {
      stage: { from: { id: 's', name: 'New' }, to: { id: 's', name: 'Won' } },
    });
  });

  it('counts a field absent on one side as null', () => {
    assert.deepEqual(computeChanges({}, { options: ['a'] }), { options: { from: null, to: ['a'] } });
    assert.deepEqual(computeChanges({ avatarUrl: null }, {}), {});
  });

  it('takes other fields to ignore, and picks named fields out of a set of changes', () => {
    const changes = computeChanges({ id: 'p1', firstName: 'Ann' }, { id: 'p2', firstName: 'Anne' }, ['id']);
    assert.deepEqual(changes, { firstName: { from: 'Ann', to: 'Anne' } });
    assert.deepEqual(pickChanges({ ...changes, role: { from: null, to: 'x' } }, ['firstName', 'lastName']), changes);
  });

  it('tells JSON values apart', () => {
    assert.ok(sameValue([1, { a: [2] }], [1, { a: [2] }]));
    assert.ok(!sameValue([1], { 0: 1 }));
    assert.ok(!sameValue(0, null));
    assert.ok(!sameValue('1', 1));
  });
});

describe('event cursors', () => {
  const tenant = '01900000-0000-7000-8000-000000000001';
  const other = '01900000-0000-7000-8000-000000000002';

  it('round-trip a position', () => {
    for (const seq of [0, 1, 42, 2 ** 40]) {
      assert.equal(decodePosition(tenant, { feed: true }, encodePosition(tenant, { feed: true }, seq)), seq);
    }
  });

  it('refuse an edited cursor, or one of another tenant or another walk', () => {
    const cursor = encodePosition(tenant, { feed: true }, 7);
    const [, sum] = cursor.split('.');
    const refused = (tenantId: string, scope: Parameters<typeof decodePosition>[1], text: string) =>
      assert.throws(
        () => decodePosition(tenantId, scope, text),
        (e: unknown) => e instanceof AppError && e.code === 'INVALID_CURSOR',
      );
    refused(tenant, { feed: true }, `${Buffer.from('[8]').toString('base64url')}.${sum}`);
    refused(tenant, { feed: true }, `${cursor}x`);
    refused(tenant, { feed: true }, 'nonsense');
    refused(other, { feed: true }, cursor);
    refused(tenant, { history: 'r1' }, cursor);
    refused(tenant, { history: 'r2' }, encodePosition(tenant, { history: 'r1' }, 7));
  });
});
