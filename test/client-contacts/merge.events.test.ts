import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { feedFollower, readFeed, summary } from '../events/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { makeClient, makeContact, readContact } from './fixtures.js';
import { addRole, mergeOk } from './merge.fixtures.js';

for (const dialect of dialects()) {
  describe(`merge events [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('records updated for each surviving changed role and erased for each absorbed one; a dry run records none', async () => {
      const acme = await makeClient(t.client, 'Acme');
      const globex = await makeClient(t.client, 'Globex');
      const initech = await makeClient(t.client, 'Initech');
      const target = await makeContact(t.client, acme, { emails: [{ email: 'tia@acme.example' }] });
      const untouched = await addRole(t.client, initech, target.candidateId);
      const absorbed = await makeContact(t.client, acme, {
        firstName: 'Abe',
        department: 'Sales',
        emails: [{ email: 'abe@acme.example' }],
      });
      const moved = await addRole(t.client, globex, absorbed.candidateId, { role: 'Advisor' });
      const next = await feedFollower(t.client);

      await mergeOk(t.client, target.candidateId, absorbed.candidateId, true);
      assert.deepEqual(await next(), [], 'a dry run records nothing');

      const answer = await mergeOk(t.client, target.candidateId, absorbed.candidateId);
      const events = await next();
      assert.deepEqual(summary(events), [
        `client_contact.updated ${target.id}`,
        `client_contact.updated ${moved.id}`,
        `client_contact.erased ${absorbed.id}`,
      ]);
      assert.ok(!summary(events).some((s) => s.endsWith(untouched.id)), 'a role that did not change records nothing');
      for (const event of events.slice(0, 2)) {
        // The object is the role as a later read shows it; the changes are the answer's for that role.
        assert.deepEqual(event.data?.object, await readContact(t.client, event.resource.id));
        const change = answer.changes.find((c: { id: string }) => c.id === event.resource.id);
        assert.deepEqual(event.data?.changes, change.changes);
      }
      assert.deepEqual(events[0].data?.changes.department, { from: null, to: 'Sales' });
      assert.deepEqual(events[0].data?.changes.emails, {
        from: [{ email: 'tia@acme.example', purpose: null, isPrimary: true }],
        to: [
          { email: 'tia@acme.example', purpose: null, isPrimary: true },
          { email: 'abe@acme.example', purpose: null, isPrimary: false },
        ],
      });
      assert.deepEqual(events[1].data?.changes.candidateId, { from: absorbed.candidateId, to: target.candidateId });
      assert.deepEqual(events[2].data, { object: null, changes: {} });
    });

    it('keeps the absorbed role’s earlier events whole: a merge is not an erasure request', async () => {
      const acme = await makeClient(t.client, 'Acme Keep');
      const target = await makeContact(t.client, acme);
      const absorbed = await makeContact(t.client, acme, { firstName: 'Kim', emails: [{ email: 'kim@acme.example' }] });
      await t.client.request('PATCH', `/clients/contacts/${absorbed.id}`, { role: 'Buyer' });
      await mergeOk(t.client, target.candidateId, absorbed.candidateId);

      const { events } = await readFeed(t.client, undefined, `resourceId=${absorbed.id}`);
      assert.deepEqual(
        events.map((e) => e.type),
        ['client_contact.created', 'client_contact.updated', 'client_contact.erased'],
      );
      assert.equal(events[0].data?.object.emails[0].email, 'kim@acme.example');
      assert.deepEqual(events[1].data?.changes.role, { from: null, to: 'Buyer' });
      const history = await t.client.request('GET', `/clients/contacts/${absorbed.id}/history`);
      assert.equal(history.status, 200, history.text);
      assert.deepEqual(
        history.body.items.map((h: { type: string }) => h.type),
        ['client_contact.erased', 'client_contact.updated', 'client_contact.created'],
      );
      assert.deepEqual(history.body.items[1].changes.role, { from: null, to: 'Buyer' });

      // An erasure, by contrast, strips them (API.md §4.1).
      const erased = await makeContact(t.client, acme, { firstName: 'Eve', emails: [{ email: 'eve@acme.example' }] });
      await t.client.request('DELETE', `/clients/contacts/${erased.id}?permanent=true`);
      const stripped = await readFeed(t.client, undefined, `resourceId=${erased.id}`);
      assert.equal(stripped.events[0].data, null);
    });
  });
}
