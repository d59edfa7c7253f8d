import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError } from '../clients/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

const MISSING = '01936b1e-0000-7000-8000-000000000000';

for (const dialect of dialects()) {
  describe(`users, refused updates [${dialect}]`, () => {
    let t: TestApp;
    let user: { userId: string; version: number };
    before(async () => {
      t = await buildTestApp(dialect);
      user = (await t.client.request('POST', '/users', { name: 'Ida', email: 'ida@agency.example' })).body;
    });
    after(async () => t.close());

    const stored = async () =>
      (await t.client.request('GET', '/users/_list?includeDeactivated=true')).body.users.find(
        (u: { userId: string }) => u.userId === user.userId,
      );

    it('answers 404 USER_NOT_FOUND for unknown, malformed and other tenants’ ids', async () => {
      const other = await t.newTenant('other');
      assertError(await t.client.request('PATCH', `/users/${MISSING}`, { name: 'x' }), 404, 'USER_NOT_FOUND');
      assertError(await t.client.request('PATCH', '/users/not-a-uuid', { name: 'x' }), 404, 'USER_NOT_FOUND');
      assertError(await other.request('PATCH', `/users/${user.userId}`, { name: 'x' }), 404, 'USER_NOT_FOUND');
    });

    it('refuses a stale or unmatchable If-Match with 412 and the current version, changing nothing', async () => {
      const before_ = await stored();
      for (const ifMatch of ['"2"', '0', 'W/"9"', 'nope']) {
        const res = await t.client.request(
          'PATCH',
          `/users/${user.userId}`,
          { name: 'Changed' },
          { 'if-match': ifMatch },
        );
        assertError(res, 412, 'PRECONDITION_FAILED');
        assert.deepEqual(res.body.details, { currentVersion: 1 });
      }
      assert.deepEqual(await stored(), before_);
    });

    it('accepts the current If-Match and then refuses the one it replaced', async () => {
      const ok = await t.client.request('PATCH', `/users/${user.userId}`, { name: 'Ida B' }, { 'if-match': '"1"' });
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.headers.etag, '"2"');
      const stale = await t.client.request('PATCH', `/users/${user.userId}`, { name: 'Ida C' }, { 'if-match': '"1"' });
      assertError(stale, 412, 'PRECONDITION_FAILED');
      assert.deepEqual(stale.body.details, { currentVersion: 2 });
      assert.equal((await stored()).name, 'Ida B');
    });
  });
}
