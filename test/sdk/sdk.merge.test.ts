import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MergeResult } from '../../sdk/src/index.js';
import { dialects } from '../harness.js';
import { type SdkServer, startServer } from './support.js';

/** contacts.merge (API.md §5.3, §8) against a real server on each database. */
for (const dialect of dialects()) {
  describe(`SDK contacts.merge [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
    });
    after(async () => s.close());

    it('previews with dryRun, merges, and throws the documented errors', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Merge Co' } });
      const target = await api.contacts.create(client.id, { firstName: 'Tia', lastName: 'Target' });
      const source = await api.contacts.create(client.id, { firstName: 'Sol', lastName: 'Source', role: 'Buyer' });
      const body = { targetCandidateId: target.candidateId, sourceCandidateId: source.candidateId };

      const preview: MergeResult = await api.contacts.merge({ ...body, dryRun: true });
      assert.deepEqual(
        preview.changes.map((c) => [c.id, c.action]),
        [
          [target.id, 'combined'],
          [source.id, 'erased'],
        ],
      );
      assert.equal((await api.contacts.get(source.candidateId)).candidateId, source.candidateId, 'nothing written');

      const merged = await api.contacts.merge(body);
      assert.equal(merged.person.clientContacts[0].role, 'Buyer');
      await assert.rejects(api.contacts.get(source.candidateId), { status: 404, code: 'CANDIDATE_NOT_FOUND' });
      await assert.rejects(api.contacts.merge(body), { status: 404, code: 'CANDIDATE_NOT_FOUND' });
      await assert.rejects(
        api.contacts.merge({ targetCandidateId: target.candidateId, sourceCandidateId: target.candidateId }),
        { status: 400, code: 'MERGE_SAME_PERSON' },
      );
    });
  });
}
