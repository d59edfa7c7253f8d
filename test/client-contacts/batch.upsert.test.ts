import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { v7 as uuidv7 } from 'uuid';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { batch, eventCount, eventTypes, withoutRequestId } from './batch.fixtures.js';
import { allContacts, archiveContact, makeClient, makeContact, readContact } from './fixtures.js';

/** The batch's upsert (API.md §5.2): matched on email, then an update, a new role, or a new person. */
for (const dialect of dialects()) {
  describe(`client contacts batch upsert [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    let otherClientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Upsert Ltd');
      otherClientId = await makeClient(t.client, 'Elsewhere Ltd');
    });
    after(async () => t.close());

    const upsert = (body: Record<string, unknown>, at = clientId) => ({ op: 'upsert', clientId: at, body });

    it('makes a new person and role when no one holds the address', async () => {
      const { results } = await batch(t.client, [
        upsert({ firstName: 'Nia', lastName: 'New', role: 'CTO', emails: [{ email: 'nia@upsert.example' }] }),
      ]);
      const [r] = results;
      assert.equal(r.status, 201);
      assert.equal(r.outcome, 'created');
      assert.equal(r.body.clientId, clientId);
      assert.equal(r.body.version, 1);
      assert.deepEqual(await readContact(t.client, r.body.id), r.body);
      const view = await t.client.request('GET', `/clients/contacts/${r.body.candidateId}`);
      assert.equal(view.body.clientContacts.length, 1);
    });

    it('updates the role the address’s person holds at the client, with PATCH semantics', async () => {
      const stored = await makeContact(t.client, clientId, {
        firstName: 'Pat',
        lastName: 'Patch',
        role: 'Buyer',
        department: 'Procurement',
        emails: [{ email: 'pat@upsert.example' }],
      });
      const { results } = await batch(t.client, [
        upsert({ role: 'Head Buyer', emails: [{ email: 'PAT@Upsert.example', purpose: 'work' }] }),
      ]);
      const [r] = results;
      assert.equal(r.status, 200);
      assert.equal(r.outcome, 'updated');
      assert.equal(r.body.id, stored.id);
      assert.equal(r.body.role, 'Head Buyer');
      // Fields the body leaves out stay as they were.
      assert.equal(r.body.department, 'Procurement');
      assert.equal(r.body.firstName, 'Pat');
      assert.deepEqual(r.body.emails, [{ email: 'PAT@upsert.example', purpose: 'work', isPrimary: true }]);
      assert.equal(r.body.version, stored.version + 1);
      assert.deepEqual(await eventTypes(t.client, stored.id), ['client_contact.created', 'client_contact.updated']);
    });

    it('answers unchanged when the matched role already holds the values: no new version, no event', async () => {
      const stored = await makeContact(t.client, clientId, {
        firstName: 'Uma',
        lastName: 'Same',
        role: 'Lead',
        emails: [{ email: 'uma@upsert.example' }],
      });
      const events = await eventCount(t.client);
      const { results } = await batch(t.client, [
        upsert({ firstName: 'Uma', lastName: 'Same', role: 'Lead', emails: [{ email: 'uma@upsert.example' }] }),
        upsert({ emails: [{ email: 'UMA@upsert.example' }] }),
      ]);
      assert.equal(results[0].status, 200);
      assert.equal(results[0].outcome, 'unchanged');
      assert.equal(results[0].body.version, stored.version);
      assert.equal(results[0].body.modifiedAt, stored.modifiedAt);
      // A different case of the local part is a different stored address: an update.
      assert.equal(results[1].outcome, 'updated');
      assert.equal(results[1].body.version, stored.version + 1);
      assert.equal(await eventCount(t.client), events + 1);
    });

    it('adds a role to the address’s person when they hold none at the client', async () => {
      const elsewhere = await makeContact(t.client, otherClientId, {
        firstName: 'Rex',
        lastName: 'Role',
        emails: [{ email: 'rex@upsert.example' }],
      });
      const { results } = await batch(t.client, [
        upsert({ role: 'Advisor', emails: [{ email: 'rex@upsert.example' }] }),
      ]);
      const [r] = results;
      assert.equal(r.status, 201);
      assert.equal(r.outcome, 'created');
      assert.notEqual(r.body.id, elsewhere.id);
      assert.equal(r.body.candidateId, elsewhere.candidateId);
      assert.equal(r.body.clientId, clientId);
      assert.equal(r.body.firstName, 'Rex');
      assert.equal(r.body.role, 'Advisor');
      const view = await t.client.request('GET', `/clients/contacts/${elsewhere.candidateId}`);
      assert.deepEqual(
        view.body.clientContacts.map((c: { id: string }) => c.id).sort(),
        [elsewhere.id, r.body.id].sort(),
      );
    });

    it('refuses addresses of two different people with 409 listing both, and changes nothing', async () => {
      const first = await makeContact(t.client, clientId, {
        firstName: 'Ann',
        lastName: 'One',
        emails: [{ email: 'ann@upsert.example' }],
      });
      const second = await makeContact(t.client, otherClientId, {
        firstName: 'Ben',
        lastName: 'Two',
        emails: [{ email: 'ben@upsert.example' }],
      });
      const before = { contacts: await allContacts(t.client), events: await eventCount(t.client) };
      const { results } = await batch(t.client, [
        upsert({ role: 'Both', emails: [{ email: 'ann@upsert.example' }, { email: 'ben@upsert.example' }] }),
      ]);
      const [r] = results;
      assert.equal(r.status, 409);
      assert.equal(r.outcome, 'failed');
      assert.deepEqual(withoutRequestId(r.body), {
        status: 409,
        statusCode: 409,
        error: 'Conflict',
        message: 'EMAIL_ALREADY_IN_USE',
        details: {
          duplicates: [
            {
              email: 'ann@upsert.example',
              takenBy: { type: 'clientContact', id: first.id, candidateId: first.candidateId, name: 'Ann One' },
            },
            {
              email: 'ben@upsert.example',
              takenBy: { type: 'clientContact', id: second.id, candidateId: second.candidateId, name: 'Ben Two' },
            },
          ],
        },
      });
      assert.deepEqual({ contacts: await allContacts(t.client), events: await eventCount(t.client) }, before);
    });

    it('refuses to revive an archived role (409 CONFLICT naming it) and changes nothing', async () => {
      const stored = await makeContact(t.client, clientId, {
        firstName: 'Arc',
        lastName: 'Hived',
        emails: [{ email: 'arc@upsert.example' }],
      });
      await archiveContact(t.client, stored.id);
      const before = await readContact(t.client, stored.id);
      const { results } = await batch(t.client, [upsert({ role: 'Back', emails: [{ email: 'arc@upsert.example' }] })]);
      assert.equal(results[0].status, 409);
      assert.deepEqual(
        { message: results[0].body.message, details: results[0].body.details },
        { message: 'CONFLICT', details: { reason: 'CLIENT_CONTACT_ARCHIVED', id: stored.id } },
      );
      assert.deepEqual(await readContact(t.client, stored.id), before);
      // Restored, the same upsert updates it.
      assert.equal((await t.client.request('POST', `/clients/contacts/${stored.id}/restore`)).status, 200);
      const again = await batch(t.client, [upsert({ role: 'Back', emails: [{ email: 'arc@upsert.example' }] })]);
      assert.equal(again.results[0].outcome, 'updated');
      assert.equal(again.results[0].body.id, stored.id);
    });

    it('needs names only to make a new person, and answers the create’s other errors', async () => {
      const missing = uuidv7();
      const { results } = await batch(t.client, [
        upsert({ role: 'Nameless', emails: [{ email: 'nobody@upsert.example' }] }),
        upsert({ firstName: 'No', lastName: 'Client' }, missing),
        upsert({
          firstName: 'Dup',
          lastName: 'Addr',
          emails: [{ email: 'd@upsert.example' }, { email: 'D@UPSERT.example' }],
        }),
        upsert({ firstName: 'No', lastName: 'Mail' }),
        upsert({ firstName: 'No', lastName: 'Mail' }),
      ]);
      assert.equal(results[0].status, 400);
      assert.deepEqual(
        results[0].body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`),
        ['REQUIRED:firstName', 'REQUIRED:lastName'],
      );
      const create = await t.client.request('POST', `/clients/contacts/${clientId}`, { role: 'Nameless' });
      assert.deepEqual(withoutRequestId(results[0].body), withoutRequestId(create.body));
      assert.equal(results[1].status, 404);
      assert.equal(results[1].body.message, 'CLIENT_NOT_FOUND');
      assert.equal(results[2].status, 400);
      assert.equal(results[2].body.message, 'DUPLICATE_EMAIL');
      // Without an address there is nothing to match: each is a new person.
      assert.equal(results[3].outcome, 'created');
      assert.equal(results[4].outcome, 'created');
      assert.notEqual(results[3].body.candidateId, results[4].body.candidateId);
    });

    it('serves concurrent upserts and PATCHes of one person without a failure (locks taken in one order)', async () => {
      const stored = await makeContact(t.client, clientId, {
        firstName: 'Lock',
        emails: [{ email: 'lock@upsert.example' }],
      });
      const statuses = await Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          if (i % 2 === 1) {
            const res = await t.client.request('PATCH', `/clients/contacts/${stored.id}`, {
              role: `Patch ${i}`,
              emails: [{ email: 'lock@upsert.example' }, { email: `lock${i}@upsert.example` }],
            });
            return `PATCH ${res.status}`;
          }
          const { results } = await batch(t.client, [
            upsert({ role: `Upsert ${i}`, emails: [{ email: 'lock@upsert.example' }] }),
          ]);
          return `upsert ${results[0].status} ${results[0].body.id === stored.id}`;
        }),
      );
      assert.deepEqual(statuses.sort(), [...Array(8).fill('PATCH 200'), ...Array(8).fill('upsert 200 true')]);
    });

    it('makes one person when concurrent batches upsert the same new address', async () => {
      const email = 'race@upsert.example';
      const replies = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          batch(t.client, [upsert({ firstName: 'Race', lastName: `Runner${i}`, emails: [{ email }] })]),
        ),
      );
      const results = replies.map((r) => r.results[0]);
      assert.ok(
        results.every((r) => r.status === 200 || r.status === 201),
        JSON.stringify(results.map((r) => r.body)),
      );
      assert.equal(results.filter((r) => r.outcome === 'created').length, 1);
      const holders = (await allContacts(t.client)).filter((c) =>
        c.emails.some((e: { email: string }) => e.email === email),
      );
      assert.equal(holders.length, 1);
      assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    });
  });
}
