import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClienteleError, type ContactBatchResult } from '../../sdk/src/index.js';
import { dialects } from '../harness.js';
import { type SdkServer, startServer } from '../sdk/support.js';

/** contacts.batch in the SDK, against a real server: typed results, failures as results, a bad batch thrown. */
for (const dialect of dialects()) {
  describe(`SDK contacts.batch [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
    });
    after(async () => s.close());

    it('answers one typed result per operation, failures included', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'SDK Batch Ltd' } });
      const { results } = await api.contacts.batch([
        {
          op: 'upsert',
          clientId: client.id,
          body: { firstName: 'Sid', lastName: 'Kay', emails: [{ email: 'sid@sdk.example' }] },
        },
        { op: 'upsert', clientId: client.id, body: { role: 'Owner', emails: [{ email: 'sid@sdk.example' }] } },
        {
          op: 'create',
          clientId: client.id,
          body: { firstName: 'Dup', lastName: 'Mail', emails: [{ email: 'sid@sdk.example' }] },
        },
      ]);
      const summary = results.map((r: ContactBatchResult) => {
        switch (r.outcome) {
          case 'failed':
            return `${r.status} ${r.body.message}`;
          case 'archived':
            return `${r.status} archived`;
          default:
            return `${r.status} ${r.outcome} ${r.body.firstName} ${r.body.role}`;
        }
      });
      assert.deepEqual(summary, ['201 created Sid null', '200 updated Sid Owner', '409 EMAIL_ALREADY_IN_USE']);

      const [first] = results;
      assert.ok(first.outcome === 'created');
      const archived = await api.contacts.batch([{ op: 'archive', id: first.body.id, ifMatch: '"2"' }]);
      assert.deepEqual(
        archived.results.map((r) => [r.status, r.outcome, r.body]),
        [[204, 'archived', null]],
      );
    });

    it('throws for a malformed batch as a whole', async () => {
      await assert.rejects(
        s.api.contacts.batch([]),
        (error: unknown) =>
          error instanceof ClienteleError && error.status === 400 && error.code === 'VALIDATION_ERROR',
      );
    });
  });
}
