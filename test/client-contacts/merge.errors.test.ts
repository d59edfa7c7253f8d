import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, expectedEnvelope, type Reply, type TestApp } from '../harness.js';
import { archiveContact, makeClient, makeContact, REASON } from './fixtures.js';
import { addRole, merge, observableState } from './merge.fixtures.js';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

function assertError(res: Reply, status: number, message: string) {
  assert.equal(res.status, status, res.text);
  assert.deepEqual(
    { status: res.body.status, statusCode: res.body.statusCode, error: res.body.error, message: res.body.message },
    expectedEnvelope(status, REASON[status], message),
  );
  assert.equal(typeof res.body.requestId, 'string');
}

for (const dialect of dialects()) {
  describe(`merge errors [${dialect}]`, () => {
    let t: TestApp;
    let a: any;
    let b: any;
    before(async () => {
      t = await buildTestApp(dialect);
      const acme = await makeClient(t.client, 'Acme');
      a = await makeContact(t.client, acme, { emails: [{ email: 'a@acme.example' }] });
      b = await makeContact(t.client, acme, { firstName: 'Bo', emails: [{ email: 'b@acme.example' }] });
    });
    after(async () => t.close());

    it('refuses every bad request with the documented error and changes nothing', async () => {
      const state = await observableState(t.client);
      const other = await t.newTenant('other');
      const otherClient = await makeClient(other, 'Other Co');
      const foreign = await makeContact(other, otherClient);
      const { candidateId: target } = a;

      // The same person twice.
      assertError(
        await merge(t.client, { targetCandidateId: target, sourceCandidateId: target }),
        400,
        'MERGE_SAME_PERSON',
      );
      // Unknown people, on either side; another tenant's person is indistinguishable from one that does not exist.
      for (const [x, y] of [
        [target, UNKNOWN],
        [UNKNOWN, target],
        [target, 'not-a-uuid'],
        [target, foreign.candidateId],
        [foreign.candidateId, target],
        // A client-contact id names a role, not a person.
        [target, b.id],
        // An unknown id twice is first of all unknown (§1.4: the resource before the rules).
        [UNKNOWN, UNKNOWN],
      ]) {
        assertError(await merge(t.client, { targetCandidateId: x, sourceCandidateId: y }), 404, 'CANDIDATE_NOT_FOUND');
      }
      // Malformed bodies, every problem listed.
      const missing = await merge(t.client, {});
      assertError(missing, 400, 'VALIDATION_ERROR');
      assert.deepEqual(missing.body.errors.map((e: any) => [e.code, e.path]).sort(), [
        ['REQUIRED', 'sourceCandidateId'],
        ['REQUIRED', 'targetCandidateId'],
      ]);
      const wrong = await merge(t.client, {
        targetCandidateId: 5,
        sourceCandidateId: b.candidateId,
        dryRun: 'true',
        force: true,
      });
      assertError(wrong, 400, 'VALIDATION_ERROR');
      assert.deepEqual(wrong.body.errors.map((e: any) => [e.code, e.path]).sort(), [
        ['INVALID_TYPE', 'dryRun'],
        ['INVALID_TYPE', 'targetCandidateId'],
        ['UNRECOGNIZED_KEY', 'force'],
      ]);
      // A create's body sent to _merge is a malformed merge, not a contact at a client called "_merge".
      assertError(
        await t.client.request('POST', '/clients/contacts/_merge', { firstName: 'A', lastName: 'B' }),
        400,
        'VALIDATION_ERROR',
      );
      assertError(
        await t.client.request('POST', '/clients/contacts/_merge', '{"targetCandidateId":'),
        400,
        'INVALID_JSON',
      );
      // Without a key, nothing else is looked at.
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/clients/contacts/_merge',
        payload: { targetCandidateId: target, sourceCandidateId: b.candidateId },
      });
      assert.equal(anonymous.statusCode, 401);

      assert.deepEqual(await observableState(t.client), state);
      // The other tenant's person is untouched too.
      assert.equal((await other.request('GET', `/clients/contacts/${foreign.candidateId}`)).status, 200);
    });

    it('does not find a person whose every role is archived', async () => {
      const globex = await makeClient(t.client, 'Globex');
      const hidden = await makeContact(t.client, globex, { firstName: 'Hidden' });
      await archiveContact(t.client, hidden.id);
      for (const body of [
        { targetCandidateId: a.candidateId, sourceCandidateId: hidden.candidateId },
        { targetCandidateId: hidden.candidateId, sourceCandidateId: a.candidateId },
      ]) {
        assertError(await merge(t.client, body), 404, 'CANDIDATE_NOT_FOUND');
      }
      // One live role is enough: the archived ones then move with it.
      await addRole(t.client, globex, hidden.candidateId);
      const res = await merge(t.client, { targetCandidateId: a.candidateId, sourceCandidateId: hidden.candidateId });
      assert.equal(res.status, 200, res.text);
    });
  });
}
