import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClienteleError } from '../../sdk/src/index.js';
import { dialects } from '../harness.js';
import { all, type SdkServer, startServer } from './support.js';

/** Every method of every group, against a real server on each database. */
for (const dialect of dialects()) {
  describe(`SDK groups against a server [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
    });
    after(async () => s.close());

    it('clients: create, get, update, archive, restore, list, listPage, search', async () => {
      const { api } = s;
      const made = await api.clients.create({ company: { name: 'Northwind Groups', domain: 'northwind.example' } });
      assert.equal(made.company.name, 'Northwind Groups');
      assert.equal(made.status, 'lead');
      assert.equal(made.version, 1);

      const got = await api.clients.get(made.id);
      assert.equal(got.id, made.id);
      assert.deepEqual(got.contacts, []);

      const updated = await api.clients.update(made.id, { status: 'active' }, { ifMatch: made.version });
      assert.equal(updated.status, 'active');
      assert.equal(updated.version, 2);

      assert.equal(await api.clients.archive(made.id, { ifMatch: updated.version }), undefined);
      await assert.rejects(api.clients.get(made.id), { status: 404, code: 'CLIENT_NOT_FOUND' });
      const restored = await api.clients.restore(made.id);
      assert.equal(restored.archivedAt, null);

      const page = await api.clients.listPage({ q: 'northwind groups', limit: 10 });
      assert.deepEqual(
        page.items.map((c) => c.id),
        [made.id],
      );
      assert.deepEqual(page.pageInfo, { nextCursor: null, hasNextPage: false });
      const listed = await all(api.clients.list({ q: 'northwind groups' }));
      assert.deepEqual(
        listed.map((c) => c.id),
        [made.id],
      );

      const found = await api.clients.search({
        filters: [{ type: 'text', operator: 'equals', path: 'client.company.name', value: 'northwind groups' }],
      });
      assert.deepEqual(
        found.items.map((c) => c.id),
        [made.id],
      );
      assert.equal(found.pagination.hasNextPage, false);
    });

    it('clients.archive with cascade archives its contacts too', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Cascade Ltd' } });
      const contact = await api.contacts.create(client.id, { firstName: 'Cas', lastName: 'Cade' });
      await assert.rejects(api.clients.archive(client.id), { status: 409, code: 'CONFLICT' });
      await api.clients.archive(client.id, { cascade: true });
      const archived = await all(api.contacts.list({ clientIds: [client.id], includeArchived: true }));
      assert.deepEqual(
        archived.map((c) => [c.id, c.archivedAt !== null]),
        [[contact.id, true]],
      );
    });

    it('contacts: create, get (person view), update, archive, restore, erase, list, listPage', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Contoso' } });
      const contact = await api.contacts.create(client.id, {
        firstName: 'Jane',
        lastName: 'Smith',
        emails: [{ email: 'jane.sdk@contoso.example' }],
      });
      assert.equal(contact.clientId, client.id);
      assert.equal(contact.emails[0].isPrimary, true);
      assert.equal(contact.version, 1);

      const person = await api.contacts.get(contact.candidateId);
      assert.equal(person.candidateId, contact.candidateId);
      assert.deepEqual(
        person.clientContacts.map((c) => c.id),
        [contact.id],
      );
      assert.equal((await api.contacts.get(contact.id)).candidateId, contact.candidateId, 'by contact id too');

      const updated = await api.contacts.update(contact.id, { role: 'CTO' }, { ifMatch: contact.version });
      assert.equal(updated.role, 'CTO');
      assert.equal(updated.version, 2);

      await api.contacts.archive(contact.id);
      await assert.rejects(api.contacts.update(contact.id, { role: 'x' }), {
        status: 404,
        code: 'CLIENT_CONTACT_NOT_FOUND',
      });
      const restored = await api.contacts.restore(contact.id);
      assert.equal(restored.archivedAt, null);

      const page = await api.contacts.listPage({ email: 'JANE.SDK@contoso.example' });
      assert.deepEqual(
        page.items.map((c) => c.id),
        [contact.id],
      );
      const listed = await all(api.contacts.list({ q: 'jan', clientIds: [client.id] }));
      assert.deepEqual(
        listed.map((c) => c.id),
        [contact.id],
      );

      await api.contacts.erase(contact.id);
      await assert.rejects(api.contacts.get(contact.candidateId), { status: 404 });
      const after = await all(api.contacts.list({ clientIds: [client.id], includeArchived: true }));
      assert.deepEqual(after, [], 'erased, not archived');
    });

    it('users: list, create, update', async () => {
      const { api } = s;
      const user = await api.users.create({ name: 'Dana Recruiter', email: 'dana.sdk@agency.example' });
      assert.equal(user.name, 'Dana Recruiter');
      assert.ok((await api.users.list()).some((u) => u.userId === user.userId));

      const deactivated = await api.users.update(user.userId, { deactivated: true }, { ifMatch: user.version });
      assert.notEqual(deactivated.deactivatedAt, null);
      assert.ok(!(await api.users.list()).some((u) => u.userId === user.userId));
      assert.ok((await api.users.list({ includeDeactivated: true })).some((u) => u.userId === user.userId));
    });

    it('stages: list, create, update, delete', async () => {
      const { api } = s;
      const before = await api.stages.list('client-contacts');
      assert.ok(before.length > 0);
      const stage = await api.stages.create('client-contacts', { name: 'Shortlist', colorHex: '#112233' });
      assert.equal(stage.order, before.length);
      const renamed = await api.stages.update('client-contacts', stage.id, { name: 'Short list', order: 0 });
      assert.equal(renamed.name, 'Short list');
      assert.equal((await api.stages.list('client-contacts'))[0].id, stage.id);

      const client = await api.clients.create({ company: { name: 'Staged' } });
      const contact = await api.contacts.create(client.id, { firstName: 'In', lastName: 'Stage', stageId: stage.id });
      await assert.rejects(api.stages.delete('client-contacts', stage.id), { status: 409, code: 'STAGE_IN_USE' });
      await api.stages.delete('client-contacts', stage.id, { moveTo: before[0].id });
      assert.deepEqual(
        (await api.stages.list('client-contacts')).map((st) => st.id),
        before.map((st) => st.id),
      );
      const [moved] = await all(api.contacts.list({ clientIds: [client.id] }));
      assert.equal(moved.id, contact.id);
      assert.equal(moved.stage?.id, before[0].id);
      assert.ok((await api.stages.list('clients')).length > 0);
    });

    it('attributes: list and create, for client contacts and clients', async () => {
      const { api } = s;
      for (const entity of ['clientContact', 'client'] as const) {
        const defined = await api.attributes.create(entity, { label: 'Annual budget', type: 'currency' });
        assert.equal(defined.key, 'annualBudget');
        assert.equal(defined.builtIn, false);
        const definitions = await api.attributes.list(entity);
        assert.equal(definitions[0].builtIn, true, 'built-in definitions first');
        assert.equal(definitions.at(-1)?.id, defined.id);
      }
    });

    it('people.search finds a person by name, email and phone', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Searchable' } });
      const contact = await api.contacts.create(client.id, {
        firstName: 'Zebediah',
        lastName: 'Quill',
        emails: [{ email: 'zeb.quill@searchable.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0123' }],
      });
      for (const query of ['zebed', 'zeb.quill@', '7946 0123']) {
        const hits = await api.people.search(query, { limit: 5 });
        assert.deepEqual(
          hits.map((h) => h.id),
          [contact.candidateId],
          query,
        );
      }
    });

    it('lists every page lazily: list fetches a page only when the loop needs it', async () => {
      const { api } = s;
      const client = await api.clients.create({ company: { name: 'Paged' } });
      const made: string[] = [];
      for (let i = 0; i < 7; i++) {
        made.push((await api.contacts.create(client.id, { firstName: `Page${i}`, lastName: 'Walker' })).id);
      }
      const first = await api.contacts.listPage({ clientIds: [client.id], limit: 3 });
      assert.equal(first.items.length, 3);
      assert.equal(first.pageInfo.hasNextPage, true);
      const second = await api.contacts.listPage({
        clientIds: [client.id],
        limit: 3,
        cursor: first.pageInfo.nextCursor ?? undefined,
      });
      assert.deepEqual(
        [...first.items, ...second.items].map((c) => c.id),
        made.slice(0, 6),
      );

      let requests = 0;
      const counting = s.sdk({
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      });
      const items = counting.contacts.list({ clientIds: [client.id], limit: 3 });
      assert.equal(requests, 0, 'nothing is fetched before the loop starts');
      const seen: string[] = [];
      for await (const contact of items) {
        seen.push(contact.id);
        if (seen.length === 3) assert.equal(requests, 1, 'one page while the first is being used');
      }
      assert.deepEqual(seen, made);
      assert.equal(requests, 3, 'three pages of 3, 3 and 1');
      assert.deepEqual(
        (await all(items)).map((c) => c.id),
        made,
        'a second loop starts again',
      );
    });

    it('throws ClienteleError for an unknown key', async () => {
      const stranger = s.sdk({ apiKey: 'ck_unknownunknownunknownunknownunknown' });
      const error = await stranger.users.list().catch((e: unknown) => e);
      assert.ok(error instanceof ClienteleError);
      assert.equal(error.status, 401);
      assert.equal(error.code, 'INVALID_API_KEY');
    });
  });
}
