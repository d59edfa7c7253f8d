import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeClient, makeContact, readContact } from '../client-contacts/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { contactState, insertContact, tickingClock } from './fixtures.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

for (const dialect of dialects()) {
  describe(`clients [${dialect}]`, () => {
    let t: TestApp;
    let stages: { id: string; order: number; name: string; colorHex: string }[];
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: tickingClock() } });
      stages = (await t.client.request('GET', '/pipeline/clients/stages')).body.stages;
    });
    after(async () => t.close());

    it('creates a client with defaults: status lead, the first clients stage, no attributes', async () => {
      const res = await t.client.request('POST', '/clients', { company: { name: '  Acme  ' } });
      assert.equal(res.status, 201);
      assert.equal(res.headers.etag, '"1"');
      assert.equal(res.headers.location, `/clients/${res.body.id}`);
      assert.match(res.body.createdAt, ISO);
      assert.deepEqual(res.body, {
        id: res.body.id,
        company: {
          id: res.body.company.id,
          name: 'Acme',
          domain: null,
          description: null,
          industry: null,
          size: null,
          logoUrl: null,
          linkedinUrl: null,
        },
        status: 'lead',
        stage: stages[0],
        locations: [],
        customAttributes: [],
        createdAt: res.body.createdAt,
        modifiedAt: res.body.createdAt,
        archivedAt: null,
        version: 1,
      });
      assert.notEqual(res.body.company.id, res.body.id);
      const got = await t.client.request('GET', `/clients/${res.body.id}`);
      assert.equal(got.status, 200);
      assert.equal(got.headers.etag, '"1"');
      assert.deepEqual(got.body, { ...res.body, contacts: [] });
    });

    it('creates a client with every field, and no stage when stageId is null', async () => {
      const budget = await t.client.request('POST', '/clients/columns', { label: 'Budget', type: 'currency' });
      const body = {
        company: {
          name: 'Globex',
          domain: 'Globex.EXAMPLE',
          description: 'Makes things',
          industry: 'Manufacturing',
          size: '51-200',
          linkedinUrl: 'https://linkedin.example/company/globex',
          logoUrl: 'https://cdn.example/globex.png',
        },
        status: 'prospect',
        stageId: stages[2].id,
        locations: [{ type: 'office', city: 'Ghent', country: 'Belgium', latitude: 51.05, longitude: 3.72 }],
        customAttributes: [{ attributeDefinitionId: budget.body.id, value: { amount: 50000, currency: 'EUR' } }],
      };
      const res = await t.client.request('POST', '/clients', body);
      assert.equal(res.status, 201);
      assert.deepEqual(res.body.company, { id: res.body.company.id, ...body.company, domain: 'globex.example' });
      assert.equal(res.body.status, 'prospect');
      assert.deepEqual(res.body.stage, stages[2]);
      assert.deepEqual(res.body.locations, body.locations);
      assert.deepEqual(res.body.customAttributes, [
        {
          attributeDefinitionId: budget.body.id,
          label: 'Budget',
          type: 'currency',
          value: { amount: 50000, currency: 'EUR' },
        },
      ]);
      const got = await t.client.request('GET', `/clients/${res.body.id}`);
      assert.deepEqual(got.body, { ...res.body, contacts: [] });

      const none = await t.client.request('POST', '/clients', { company: { name: 'Initech' }, stageId: null });
      assert.equal(none.body.stage, null);
    });

    it('shows the non-archived contacts of a client with their primary email', async () => {
      const client = (await t.client.request('POST', '/clients', { company: { name: 'Contacts Inc' } })).body;
      const db = t.db.kysely;
      const zed = await insertContact(db, t.client.tenantId, {
        clientId: client.id,
        firstName: 'Zed',
        lastName: 'Adams',
        role: 'CTO',
        email: 'zed@contacts.example',
      });
      const ada = await insertContact(db, t.client.tenantId, {
        clientId: client.id,
        firstName: 'Ada',
        lastName: 'Byron',
        endDate: '2020-01-01T00:00:00.000Z',
      });
      await insertContact(db, t.client.tenantId, {
        clientId: client.id,
        lastName: 'Archived',
        archivedAt: '2024-01-01T00:00:00.000Z',
      });
      const res = await t.client.request('GET', `/clients/${client.id}`);
      assert.deepEqual(res.body.contacts, [
        {
          id: zed.id,
          candidateId: zed.personId,
          firstName: 'Zed',
          lastName: 'Adams',
          role: 'CTO',
          department: null,
          active: true,
          primaryEmail: 'zed@contacts.example',
        },
        {
          id: ada.id,
          candidateId: ada.personId,
          firstName: 'Ada',
          lastName: 'Byron',
          role: null,
          department: null,
          active: false,
          primaryEmail: null,
        },
      ]);
    });

    it('updates only the fields sent, clears with null, and bumps version and modifiedAt', async () => {
      const created = (
        await t.client.request('POST', '/clients', {
          company: { name: 'Umbrella', domain: 'umbrella.example', industry: 'Pharma', size: '1000+' },
          locations: [{ city: 'Raccoon City' }],
        })
      ).body;
      const res = await t.client.request(
        'PATCH',
        `/clients/${created.id}`,
        { status: 'active', stageId: stages[3].id, company: { name: 'Umbrella Corp', industry: null }, locations: [] },
        { 'if-match': '"1"' },
      );
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.version, 2);
      assert.ok(res.body.modifiedAt > created.modifiedAt);
      assert.equal(res.body.createdAt, created.createdAt);
      assert.deepEqual(res.body.company, { ...created.company, name: 'Umbrella Corp', industry: null });
      assert.equal(res.body.status, 'active');
      assert.deepEqual(res.body.stage, stages[3]);
      assert.deepEqual(res.body.locations, []);
      const got = await t.client.request('GET', `/clients/${created.id}`);
      assert.deepEqual(got.body, { ...res.body, contacts: [] });

      const cleared = await t.client.request('PATCH', `/clients/${created.id}`, {
        stageId: null,
        company: { domain: null },
      });
      assert.equal(cleared.body.stage, null);
      assert.equal(cleared.body.company.domain, null);
      assert.equal(cleared.body.version, 3);
    });

    it('leaves version and modifiedAt alone when a PATCH changes nothing', async () => {
      const created = (
        await t.client.request('POST', '/clients', {
          company: { name: 'Stable', domain: 'stable.example' },
          status: 'active',
          stageId: stages[1].id,
          locations: [{ city: 'Oslo', type: 'office' }],
        })
      ).body;
      for (const body of [
        {},
        { status: 'active' },
        { company: { name: 'Stable', domain: 'STABLE.example' } },
        { stageId: stages[1].id, locations: [{ type: 'office', city: 'Oslo' }] },
        { customAttributes: [] },
      ]) {
        const res = await t.client.request('PATCH', `/clients/${created.id}`, body);
        assert.equal(res.status, 200, JSON.stringify(body));
        assert.equal(res.headers.etag, '"1"');
        assert.deepEqual(res.body, created);
      }
      const noBody = await t.client.request('PATCH', `/clients/${created.id}`);
      assert.equal(noBody.status, 200);
      assert.equal(noBody.body.version, 1);
    });

    it('merges custom attributes per definition and clears one with null', async () => {
      const tier = (
        await t.client.request('POST', '/clients/columns', { label: 'Tier', type: 'select', options: ['A', 'B'] })
      ).body;
      const site = (await t.client.request('POST', '/clients/columns', { label: 'Careers page', type: 'url' })).body;
      const created = (
        await t.client.request('POST', '/clients', {
          company: { name: 'Hooli' },
          customAttributes: [{ attributeDefinitionId: tier.id, value: 'A' }],
        })
      ).body;
      const added = await t.client.request('PATCH', `/clients/${created.id}`, {
        customAttributes: [{ attributeDefinitionId: site.id, value: 'https://hooli.example/jobs' }],
      });
      assert.equal(added.body.version, 2);
      assert.deepEqual(
        added.body.customAttributes.map((a: { label: string; value: unknown }) => [a.label, a.value]),
        [
          ['Tier', 'A'],
          ['Careers page', 'https://hooli.example/jobs'],
        ],
      );
      const same = await t.client.request('PATCH', `/clients/${created.id}`, {
        customAttributes: [{ attributeDefinitionId: tier.id, value: 'A' }],
      });
      assert.equal(same.body.version, 2);
      const cleared = await t.client.request('PATCH', `/clients/${created.id}`, {
        customAttributes: [{ attributeDefinitionId: tier.id, value: null }],
      });
      assert.equal(cleared.body.version, 3);
      assert.deepEqual(
        cleared.body.customAttributes.map((a: { label: string }) => a.label),
        ['Careers page'],
      );
      assert.deepEqual(
        (await t.client.request('GET', `/clients/${created.id}`)).body.customAttributes,
        cleared.body.customAttributes,
      );
    });

    it('archives a client without contacts; it then reads as missing but lists with includeArchived', async () => {
      const created = (await t.client.request('POST', '/clients', { company: { name: 'Short-lived' } })).body;
      const res = await t.client.request('DELETE', `/clients/${created.id}`, undefined, { 'if-match': '"1"' });
      assert.equal(res.status, 204);
      assert.equal(res.text, '');
      assert.equal((await t.client.request('GET', `/clients/${created.id}`)).status, 404);
      const listed = await t.client.request('GET', '/clients?includeArchived=true&q=short-lived');
      assert.equal(listed.body.items.length, 1);
      assert.equal(listed.body.items[0].version, 2);
      assert.match(listed.body.items[0].archivedAt, ISO);
      assert.equal(listed.body.items[0].modifiedAt, listed.body.items[0].archivedAt);
      assert.deepEqual((await t.client.request('GET', '/clients?q=short-lived')).body.items, []);
    });

    it('archives a client with its active contacts only with cascade=true', async () => {
      const client = (await t.client.request('POST', '/clients', { company: { name: 'Cascade Ltd' } })).body;
      const db = t.db.kysely;
      const active = await insertContact(db, t.client.tenantId, { clientId: client.id });
      const gone = await insertContact(db, t.client.tenantId, {
        clientId: client.id,
        archivedAt: '2024-01-01T00:00:00.000Z',
      });

      const refused = await t.client.request('DELETE', `/clients/${client.id}`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.message, 'CONFLICT');
      assert.deepEqual(refused.body.details, { activeContacts: 1 });
      assert.equal((await t.client.request('GET', `/clients/${client.id}`)).body.version, 1);
      assert.equal((await contactState(db, active.id)).archived_at, null);

      const res = await t.client.request('DELETE', `/clients/${client.id}?cascade=true`);
      assert.equal(res.status, 204);
      assert.equal((await t.client.request('GET', `/clients/${client.id}`)).status, 404);
      const contact = await contactState(db, active.id);
      assert.equal(contact.version, 2);
      assert.match(contact.archived_at ?? '', ISO);
      assert.equal(contact.modified_at, contact.archived_at);
      const untouched = await contactState(db, gone.id);
      assert.equal(untouched.version, 1);
      assert.equal(untouched.archived_at, '2024-01-01T00:00:00.000Z');
    });

    it('restores an archived client: archivedAt null, version and modifiedAt move on, reads and lists again', async () => {
      const created = (
        await t.client.request('POST', '/clients', { company: { name: 'Comeback Co', domain: 'comeback.example' } })
      ).body;
      assert.equal((await t.client.request('DELETE', `/clients/${created.id}`)).status, 204);
      const archived = (await t.client.request('GET', '/clients?includeArchived=true&q=comeback')).body.items[0];
      assert.equal(archived.version, 2);

      const res = await t.client.request('POST', `/clients/${created.id}/restore`, undefined, { 'if-match': '"2"' });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.etag, '"3"');
      assert.match(res.body.modifiedAt, ISO);
      assert.ok(res.body.modifiedAt > archived.modifiedAt);
      assert.deepEqual(res.body, { ...created, archivedAt: null, modifiedAt: res.body.modifiedAt, version: 3 });

      const got = await t.client.request('GET', `/clients/${created.id}`);
      assert.equal(got.status, 200);
      assert.equal(got.headers.etag, '"3"');
      assert.deepEqual(got.body, { ...res.body, contacts: [] });
      assert.deepEqual((await t.client.request('GET', '/clients?q=comeback')).body.items, [res.body]);
    });

    it('answers a client that is not archived unchanged, without a new version', async () => {
      const created = (await t.client.request('POST', '/clients', { company: { name: 'Never Gone' } })).body;
      for (const headers of [undefined, { 'if-match': '"1"' }]) {
        const res = await t.client.request('POST', `/clients/${created.id}/restore`, undefined, headers);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers.etag, '"1"');
        assert.deepEqual(res.body, created);
      }
      const { contacts: _contacts, ...shown } = (await t.client.request('GET', `/clients/${created.id}`)).body;
      assert.deepEqual(shown, created);
    });

    it('keeps the contacts archived with the client archived; each can then be restored on its own', async () => {
      const client = await makeClient(t.client, 'Reopened Ltd');
      const first = await makeContact(t.client, client, { firstName: 'Ann', lastName: 'First' });
      const second = await makeContact(t.client, client, { firstName: 'Bo', lastName: 'Second' });
      assert.equal((await t.client.request('DELETE', `/clients/${client}?cascade=true`)).status, 204);
      // While the client is archived its contacts cannot come back.
      const early = await t.client.request('POST', `/clients/contacts/${first.id}/restore`);
      assert.equal(early.status, 409, early.text);
      assert.equal(early.body.message, 'CONFLICT');

      const restored = await t.client.request('POST', `/clients/${client}/restore`);
      assert.equal(restored.status, 200, restored.text);
      assert.equal(restored.body.archivedAt, null);
      assert.deepEqual((await t.client.request('GET', `/clients/${client}`)).body.contacts, []);
      for (const contact of [first, second]) {
        const state = await readContact(t.client, contact.id);
        assert.match(state.archivedAt, ISO, 'contacts stay archived when their client is restored');
        assert.equal(state.version, 2);
      }

      const back = await t.client.request('POST', `/clients/contacts/${first.id}/restore`, undefined, {
        'if-match': '"2"',
      });
      assert.equal(back.status, 200, back.text);
      assert.equal(back.body.archivedAt, null);
      assert.equal(back.body.version, 3);
      assert.equal(back.headers.etag, '"3"');
      const shown = (await t.client.request('GET', `/clients/${client}`)).body.contacts;
      assert.deepEqual(
        shown.map((c: { id: string }) => c.id),
        [first.id],
      );
      assert.match((await readContact(t.client, second.id)).archivedAt, ISO);
      const patched = await t.client.request('PATCH', `/clients/contacts/${first.id}`, { role: 'Back' });
      assert.equal(patched.status, 200, patched.text);
      assert.equal(patched.body.version, 4);
    });
  });
}
