import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { listKeys } from '../../src/modules/tenants/tenant.service.js';
import { contactStages, makeClient, makeContact, makeUser, readContact } from '../client-contacts/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { type FeedEvent, feedFollower, summary } from './fixtures.js';

for (const dialect of dialects()) {
  describe(`events recorded by writes [${dialect}]`, () => {
    let t: TestApp;
    let keyId: string;
    let next: () => Promise<FeedEvent[]>;
    before(async () => {
      t = await buildTestApp(dialect);
      [{ id: keyId }] = await listKeys(t.ctx, t.client.tenantId);
    });
    after(async () => t.close());
    beforeEach(async () => {
      next = await feedFollower(t.client);
    });

    it('users: created and updated with the User as written and the changed fields; a no-op records nothing', async () => {
      const created = await t.client.request('POST', '/users', { name: 'Dana', email: 'dana@agency.example' });
      const id = created.body.userId;
      const updated = await t.client.request('PATCH', `/users/${id}`, { name: 'Dana R.', deactivated: true });
      assert.equal((await t.client.request('PATCH', `/users/${id}`, { name: 'Dana R.' })).status, 200);
      const events = await next();
      assert.deepEqual(summary(events), [`user.created ${id}`, `user.updated ${id}`]);
      const [c, u] = events;
      assert.deepEqual(c.actor, { type: 'apiKey', id: keyId });
      assert.deepEqual(c.resource, { type: 'user', id });
      assert.deepEqual(c.data, { object: created.body, changes: {} });
      assert.deepEqual(u.data, {
        object: updated.body,
        changes: {
          name: { from: 'Dana', to: 'Dana R.' },
          deactivatedAt: { from: null, to: updated.body.deactivatedAt },
        },
      });
      assert.match(c.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      assert.match(c.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('stages: created, moved (with the stages it shifted) and deleted', async () => {
      const before = (await t.client.request('GET', '/pipeline/clients/stages')).body.stages;
      const created = await t.client.request('POST', '/pipeline/clients/stages', {
        name: 'First',
        colorHex: '#aabbcc',
        order: 0,
      });
      assert.equal(created.status, 201);
      const id = created.body.id;
      const events = await next();
      assert.deepEqual(summary(events), [
        `stage.created ${id}`,
        ...before.map((s: { id: string }) => `stage.updated ${s.id}`),
      ]);
      assert.deepEqual(events[0].data, { object: created.body, changes: {} });
      assert.deepEqual(events[1].data, {
        object: { ...before[0], order: 1 },
        changes: { order: { from: 0, to: 1 } },
      });

      const renamed = await t.client.request('PATCH', `/pipeline/clients/stages/${id}`, { name: 'Renamed' });
      const [rename] = await next();
      assert.deepEqual(rename.data, { object: renamed.body, changes: { name: { from: 'First', to: 'Renamed' } } });

      assert.equal((await t.client.request('DELETE', `/pipeline/clients/stages/${id}`)).status, 204);
      const deleted = await next();
      assert.deepEqual(summary(deleted), [
        `stage.deleted ${id}`,
        ...before.map((s: { id: string }) => `stage.updated ${s.id}`),
      ]);
      assert.deepEqual(deleted[0].data, { object: null, changes: {} });
    });

    it('stages: a delete that moves records records an update for each record moved', async () => {
      const stages = (await t.client.request('GET', '/pipeline/client-contacts/stages')).body.stages;
      const doomed = await t.client.request('POST', '/pipeline/client-contacts/stages', {
        name: 'Doomed',
        colorHex: '#112233',
      });
      const clientId = await makeClient(t.client, 'Movers');
      const kept = await makeContact(t.client, clientId, { stageId: doomed.body.id });
      const archived = await makeContact(t.client, clientId, { stageId: doomed.body.id, firstName: 'Arch' });
      await t.client.request('DELETE', `/clients/contacts/${archived.id}`);
      const bystander = await makeContact(t.client, clientId, { firstName: 'By' });
      await next();
      const moveTo = stages[1];
      const res = await t.client.request(
        'DELETE',
        `/pipeline/client-contacts/stages/${doomed.body.id}?moveTo=${moveTo.id}`,
      );
      assert.equal(res.status, 204, res.text);
      const events = await next();
      assert.deepEqual(
        summary(events).sort(),
        [
          `client_contact.updated ${archived.id}`,
          `client_contact.updated ${kept.id}`,
          `stage.deleted ${doomed.body.id}`,
        ].sort(),
      );
      const moved = events.find((e) => e.resource.id === kept.id);
      assert.deepEqual(moved?.data?.changes, { stage: { from: doomed.body, to: moveTo } });
      assert.equal(moved?.data?.object.version, kept.version + 1);
      assert.ok(!summary(events).some((line) => line.endsWith(bystander.id)));
    });

    it('attributes: created with the definition', async () => {
      const res = await t.client.request('POST', '/clients/contacts/columns', { label: 'Score', type: 'number' });
      assert.equal(res.status, 201, res.text);
      const [e] = await next();
      assert.equal(e.type, 'attribute.created');
      assert.deepEqual(e.resource, { type: 'attribute', id: res.body.id });
      assert.deepEqual(e.data, { object: res.body, changes: {} });
    });

    it('clients: created, updated, archived with its contacts (cascade) and restored', async () => {
      const created = await t.client.request('POST', '/clients', { company: { name: 'Acme' } });
      const id = created.body.id;
      const updated = await t.client.request('PATCH', `/clients/${id}`, {
        status: 'active',
        company: { domain: 'acme.example' },
      });
      const contact = await makeContact(t.client, id);
      await next();
      assert.equal((await t.client.request('DELETE', `/clients/${id}?cascade=true`)).status, 204);
      const restored = await t.client.request('POST', `/clients/${id}/restore`);
      assert.equal(restored.status, 200);
      const events = await next();
      assert.deepEqual(summary(events), [
        `client_contact.archived ${contact.id}`,
        `client.archived ${id}`,
        `client.restored ${id}`,
      ]);
      const [contactArchived, archived, restoredEvent] = events;
      assert.equal(contactArchived.data?.object.archivedAt, archived.data?.object.archivedAt);
      assert.deepEqual(contactArchived.data?.changes, {
        archivedAt: { from: null, to: contactArchived.data?.object.archivedAt },
        active: { from: true, to: false },
      });
      assert.equal(contactArchived.data?.object.version, contact.version + 1);
      assert.deepEqual(Object.keys(archived.data?.changes ?? {}), ['archivedAt']);
      assert.deepEqual(restoredEvent.data, {
        object: restored.body,
        changes: { archivedAt: { from: archived.data?.object.archivedAt, to: null } },
      });
      // The earlier two, read again from the start of this client's events.
      const history = await t.client.request('GET', `/clients/${id}/history`);
      assert.deepEqual(
        history.body.items.map((h: { type: string }) => h.type),
        ['client.restored', 'client.archived', 'client.updated', 'client.created'],
      );
      assert.deepEqual(history.body.items[2].changes, {
        status: { from: 'lead', to: 'active' },
        company: { from: created.body.company, to: updated.body.company },
      });
    });

    it('client contacts: created, updated, archived, restored and erased, each with the contact as written', async () => {
      const clientId = await makeClient(t.client, 'Globex');
      const created = await makeContact(t.client, clientId, { emails: [{ email: 'jane@globex.example' }] });
      const id = created.id;
      const patched = await t.client.request('PATCH', `/clients/contacts/${id}`, {
        role: 'CTO',
        emails: [{ email: 'jane.smith@globex.example', isPrimary: true }, { email: 'jane@globex.example' }],
      });
      assert.equal((await t.client.request('DELETE', `/clients/contacts/${id}`)).status, 204);
      const restored = await t.client.request('POST', `/clients/contacts/${id}/restore`);
      const events = await next();
      assert.deepEqual(summary(events), [
        `client.created ${clientId}`,
        `client_contact.created ${id}`,
        `client_contact.updated ${id}`,
        `client_contact.archived ${id}`,
        `client_contact.restored ${id}`,
      ]);
      const [, c, u, a, r] = events;
      assert.deepEqual(c.data, { object: created, changes: {} });
      assert.deepEqual(u.data, {
        object: patched.body,
        changes: {
          role: { from: null, to: 'CTO' },
          emails: { from: created.emails, to: patched.body.emails },
        },
      });
      assert.ok(a.data?.object.archivedAt <= a.occurredAt);
      assert.deepEqual(Object.keys(a.data?.changes ?? {}).sort(), ['active', 'archivedAt']);
      assert.deepEqual(r.data?.object, restored.body);

      assert.equal((await t.client.request('DELETE', `/clients/contacts/${id}?permanent=true`)).status, 204);
      const [erased] = await next();
      assert.equal(erased.type, 'client_contact.erased');
      assert.deepEqual(erased.resource, { type: 'client_contact', id });
      assert.deepEqual(erased.data, { object: null, changes: {} });
      assert.deepEqual(erased.actor, { type: 'apiKey', id: keyId });
    });

    it('a PATCH’s changes hold exactly the fields that differ from the contact as read before it', async () => {
      const clientId = await makeClient(t.client, 'Wayne');
      const [owner, other] = [await makeUser(t.client, 'Olga Owner'), await makeUser(t.client, 'Otto Other')];
      const stages = await contactStages(t.client);
      const score = await t.client.request('POST', '/clients/contacts/columns', { label: 'Fit', type: 'number' });
      const contact = await makeContact(t.client, clientId, {
        mainContactId: owner,
        phoneNumbers: [{ phoneNumber: '+1 555 0100' }],
        customAttributes: [{ attributeDefinitionId: score.body.id, value: 1 }],
      });
      const bodies = [
        { stageId: stages[2].id, mainContactId: other },
        { customAttributes: [{ attributeDefinitionId: score.body.id, value: 5 }], endDate: '2001-01-01T00:00:00Z' },
        { mainContactId: null, phoneNumbers: [], lastName: 'Wayne', avatarUrl: 'https://img.example/b.png' },
        { locations: [{ city: 'Gotham' }], startDate: '2000-01-01T00:00:00Z', department: 'R&D' },
      ];
      for (const body of bodies) {
        const before = await readContact(t.client, contact.id);
        await next();
        const res = await t.client.request('PATCH', `/clients/contacts/${contact.id}`, body);
        assert.equal(res.status, 200, res.text);
        const [event] = await next();
        const differing = Object.keys(res.body).filter(
          (k) => k !== 'version' && k !== 'modifiedAt' && !isDeepStrictEqual(before[k], res.body[k]),
        );
        assert.deepEqual(Object.keys(event.data?.changes ?? {}).sort(), differing.sort(), JSON.stringify(body));
        for (const k of differing) assert.deepEqual(event.data?.changes[k], { from: before[k], to: res.body[k] });
      }
    });

    it('a change to the person through one role records an update for every role of that person', async () => {
      const [a, b] = [await makeClient(t.client, 'Initech'), await makeClient(t.client, 'Umbrella')];
      const first = await makeContact(t.client, a, { firstName: 'Ann', lastName: 'Lee' });
      const second = await makeContact(t.client, b, {
        candidateId: first.candidateId,
        firstName: 'Ann',
        lastName: 'Lee',
        role: 'Advisor',
      });
      await t.client.request('DELETE', `/clients/contacts/${second.id}`);
      await next();
      const patched = await t.client.request('PATCH', `/clients/contacts/${first.id}`, {
        firstName: 'Anne',
        role: 'CEO',
      });
      const events = await next();
      assert.deepEqual(
        summary(events).sort(),
        [`client_contact.updated ${first.id}`, `client_contact.updated ${second.id}`].sort(),
      );
      const own = events.find((e) => e.resource.id === first.id);
      const other = events.find((e) => e.resource.id === second.id);
      assert.deepEqual(own?.data, {
        object: patched.body,
        changes: { firstName: { from: 'Ann', to: 'Anne' }, role: { from: null, to: 'CEO' } },
      });
      // The other role (archived, still the person's) shows the new name, at its new version.
      assert.deepEqual(other?.data?.changes, { firstName: { from: 'Ann', to: 'Anne' } });
      assert.equal(other?.data?.object.firstName, 'Anne');
      assert.equal(other?.data?.object.role, 'Advisor');
      assert.equal(other?.data?.object.version, second.version + 2);
    });

    it('records nothing for a no-op or a refused write (400, 404, 409, 412)', async () => {
      const clientId = await makeClient(t.client, 'Hooli');
      const contact = await makeContact(t.client, clientId, { role: 'VP', emails: [{ email: 'gavin@hooli.example' }] });
      const taken = await makeContact(t.client, clientId, { emails: [{ email: 'taken@hooli.example' }] });
      await next();
      const url = `/clients/contacts/${contact.id}`;
      const attempts: [number, unknown, Record<string, string>?][] = [
        [200, {}],
        [200, { role: 'VP', emails: [{ email: 'gavin@hooli.example' }] }],
        [400, { role: 5 }],
        [400, { startDate: '2025-01-02T00:00:00Z', endDate: '2025-01-01T00:00:00Z' }],
        [409, { firstName: 'Gavin', emails: [{ email: 'taken@hooli.example' }] }],
        [412, { role: 'CEO' }, { 'if-match': '"99"' }],
      ];
      for (const [status, body, headers] of attempts) {
        const res = await t.client.request('PATCH', url, body, headers);
        assert.equal(res.status, status, res.text);
      }
      assert.equal((await t.client.request('PATCH', `/clients/contacts/${taken.id}x`, { role: 'x' })).status, 404);
      assert.equal((await t.client.request('POST', `/clients/${clientId}/restore`)).status, 200);
      assert.equal((await t.client.request('POST', `/clients/contacts/${contact.id}/restore`)).status, 200);
      assert.equal((await t.client.request('DELETE', `/clients/${clientId}`)).status, 409);
      assert.equal((await t.client.request('PATCH', `/clients/${clientId}`, { status: 'lead' })).status, 200);
      assert.deepEqual(summary(await next()), []);
    });
  });
}
