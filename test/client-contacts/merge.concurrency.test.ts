import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { makeClient, makeContact, readContact } from './fixtures.js';
import { merge } from './merge.fixtures.js';

const ROUNDS = 6;

for (const dialect of dialects()) {
  describe(`merge under concurrent writes [${dialect}]`, () => {
    let t: TestApp;
    let acme: string;
    let globex: string;
    before(async () => {
      t = await buildTestApp(dialect);
      acme = await makeClient(t.client, 'Acme');
      globex = await makeClient(t.client, 'Globex');
    });
    after(async () => t.close());

    it('loses no PATCH of either person’s roles, whichever commits first', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const target = await makeContact(t.client, acme, { firstName: `T${round}` });
        const source = await makeContact(t.client, globex, { firstName: `S${round}` });
        const [merged, patchedSource, patchedTarget] = await Promise.all([
          merge(t.client, { targetCandidateId: target.candidateId, sourceCandidateId: source.candidateId }),
          t.client.request('PATCH', `/clients/contacts/${source.id}`, { role: `moved ${round}` }),
          t.client.request('PATCH', `/clients/contacts/${target.id}`, { department: `kept ${round}` }),
        ]);
        assert.equal(merged.status, 200, merged.text);
        // The moved role exists before and after the merge: a PATCH of it succeeds either way.
        assert.equal(patchedSource.status, 200, patchedSource.text);
        assert.equal(patchedTarget.status, 200, patchedTarget.text);
        const moved = await readContact(t.client, source.id);
        assert.deepEqual([moved.candidateId, moved.role, moved.version], [target.candidateId, `moved ${round}`, 3]);
        const kept = await readContact(t.client, target.id);
        assert.deepEqual([kept.department, kept.version], [`kept ${round}`, 2]);
      }
    });

    it('lets one of two opposite merges win, without a deadlock or a 500', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const a = await makeContact(t.client, acme, { firstName: `A${round}` });
        const b = await makeContact(t.client, globex, { firstName: `B${round}` });
        const answers = await Promise.all([
          merge(t.client, { targetCandidateId: a.candidateId, sourceCandidateId: b.candidateId }),
          merge(t.client, { targetCandidateId: b.candidateId, sourceCandidateId: a.candidateId }),
        ]);
        assert.deepEqual(answers.map((r) => r.status).sort(), [200, 404], answers.map((r) => r.text).join('\n'));
        const winner = answers.find((r) => r.status === 200)?.body.person.candidateId;
        for (const id of [a.id, b.id]) assert.equal((await readContact(t.client, id)).candidateId, winner);
      }
    });
  });
}
