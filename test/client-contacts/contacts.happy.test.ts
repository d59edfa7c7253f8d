import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import {
  allContacts,
  archiveContact,
  contactStages,
  makeClient,
  makeContact,
  makeUser,
  readContact,
} from './fixtures.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const dialect of dialects()) {
  describe(`client contacts, happy paths [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Acme Ltd');
    });
    after(async () => t.close());

    it('creates a contact with defaults, Location and ETag', async () => {
      const res = await t.client.request('POST', `/clients/contacts/${clientId}`, {
        firstName: ' Jane ',
        lastName: 'Smith',
        role: 'Head of Talent',
        emails: [{ email: 'jane@Acme.EXAMPLE' }, { email: 'j.smith@home.example', purpose: 'personal' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', purpose: 'work' }],
        startDate: '2023-11-07T05:31Z',
      });
      assert.equal(res.status, 201, res.text);
      const c = res.body;
      assert.equal(res.headers.location, `/clients/contacts/${c.id}`);
      assert.equal(res.headers.etag, '"1"');
      const [firstStage] = await contactStages(t.client);
      assert.deepEqual(
        {
          firstName: c.firstName,
          lastName: c.lastName,
          role: c.role,
          department: c.department,
          clientId: c.clientId,
          client: c.client.company.name,
          emails: c.emails,
          phoneNumbers: c.phoneNumbers,
          startDate: c.startDate,
          endDate: c.endDate,
          active: c.active,
          stage: c.stage.id,
          mainContact: c.mainContact,
          customAttributes: c.customAttributes,
          archivedAt: c.archivedAt,
          version: c.version,
        },
        {
          firstName: 'Jane',
          lastName: 'Smith',
          role: 'Head of Talent',
          department: null,
          clientId,
          client: 'Acme Ltd',
          emails: [
            { email: 'jane@acme.example', purpose: null, isPrimary: true },
            { email: 'j.smith@home.example', purpose: 'personal', isPrimary: false },
          ],
          phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', purpose: 'work', isPrimary: true }],
          startDate: '2023-11-07T05:31:00.000Z',
          endDate: null,
          active: true,
          stage: firstStage.id,
          mainContact: null,
          customAttributes: [],
          archivedAt: null,
          version: 1,
        },
      );
      assert.match(c.createdAt, ISO);
      assert.equal(c.createdAt, c.modifiedAt);
    });

    it('updates with the exact body of Spott’s documentation and shows the primaries first', async () => {
      const contact = await makeContact(t.client, clientId, { firstName: 'Doc', lastName: 'Example' });
      const owner = await makeUser(t.client, 'Olive Owner');
      const [, second] = await contactStages(t.client);
      const res = await t.client.request('PATCH', `/clients/contacts/${contact.id}`, {
        role: 'CTO',
        department: 'Engineering',
        firstName: 'Docu',
        lastName: 'Mented',
        emails: [
          { email: 'other@example.com', isPrimary: false },
          { email: 'jsmith@example.com', isPrimary: true },
        ],
        phoneNumbers: [{ phoneNumber: '+1 (415) 555-0100', isPrimary: true }],
        mainContactId: owner,
        stageId: second.id,
        startDate: '2023-11-07T05:31:56Z',
        endDate: '2099-11-07T05:31:56Z',
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.etag, '"2"');
      assert.equal(res.body.version, 2);
      assert.deepEqual(res.body.emails, [
        { email: 'jsmith@example.com', purpose: null, isPrimary: true },
        { email: 'other@example.com', purpose: null, isPrimary: false },
      ]);
      assert.equal(res.body.mainContact.id, owner);
      assert.equal(res.body.mainContact.name, 'Olive Owner');
      assert.equal(res.body.stage.id, second.id);
      assert.equal(res.body.endDate, '2099-11-07T05:31:56.000Z');
      assert.deepEqual(await readContact(t.client, contact.id), res.body);
    });

    it('gives a person a second role, shares the person’s names, and shows both in the person view', async () => {
      const otherClient = await makeClient(t.client, 'Globex');
      const first = await makeContact(t.client, clientId, {
        firstName: 'Pat',
        lastName: 'Lee',
        emails: [{ email: 'pat@lee.example' }],
      });
      const second = await t.client.request('POST', `/clients/contacts/${otherClient}`, {
        candidateId: first.candidateId,
        role: 'Advisor',
        emails: [{ email: 'pat@lee.example' }],
      });
      assert.equal(second.status, 201, second.text);
      assert.equal(second.body.candidateId, first.candidateId);
      assert.equal(second.body.firstName, 'Pat');

      const renamed = await t.client.request('PATCH', `/clients/contacts/${first.id}`, { lastName: 'Lee-Park' });
      assert.equal(renamed.status, 200);
      const other = await readContact(t.client, second.body.id);
      assert.equal(other.lastName, 'Lee-Park');
      assert.equal(other.version, 2, 'a change to the person bumps each of its roles');

      for (const id of [first.candidateId, first.id, second.body.id]) {
        const view = await t.client.request('GET', `/clients/contacts/${id}`);
        assert.equal(view.status, 200, view.text);
        assert.equal(view.body.candidateId, first.candidateId);
        assert.equal(view.body.lastName, 'Lee-Park');
        assert.deepEqual(
          view.body.clientContacts.map((r: { company: { name: string } }) => r.company.name),
          ['Acme Ltd', 'Globex'],
        );
        assert.deepEqual(view.body.clientContacts[0].emailAddresses, [
          { purpose: null, email: 'pat@lee.example', isPrimary: true },
        ]);
      }
    });

    it('shows as the person’s owner the owner of their most recently changed active role, with the owner’s email', async () => {
      const otherClient = await makeClient(t.client, 'Initech');
      const olive = await makeUser(t.client, 'Olive Owner');
      const otto = await makeUser(t.client, 'Otto Owner');
      const first = await makeContact(t.client, clientId, { firstName: 'Kim', lastName: 'Ode', mainContactId: olive });
      await sleep(3); // modifiedAt has millisecond resolution: keep the roles' times apart
      const second = await makeContact(t.client, otherClient, {
        candidateId: first.candidateId,
        firstName: 'Kim',
        lastName: 'Ode',
        mainContactId: otto,
      });
      const ownerOf = async () =>
        (await t.client.request('GET', `/clients/contacts/${first.candidateId}`)).body.mainContact;
      const users = (await t.client.request('GET', '/users/_list')).body.users;
      const ottoSummary = users.find((u: { userId: string }) => u.userId === otto);
      assert.deepEqual(await ownerOf(), ottoSummary, 'the newer role is the most recently modified');
      await sleep(3);
      const touched = await t.client.request('PATCH', `/clients/contacts/${first.id}`, { role: 'Buyer' });
      assert.equal(touched.status, 200, touched.text);
      assert.deepEqual(
        await ownerOf(),
        users.find((u: { userId: string }) => u.userId === olive),
      );
      await archiveContact(t.client, first.id);
      assert.deepEqual(await ownerOf(), ottoSummary, 'an archived role owns nothing');
      assert.equal(second.candidateId, first.candidateId);
    });

    it('leaves version and modifiedAt alone when a PATCH changes nothing', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Same', emails: [{ email: 'same@x.example' }] });
      for (const body of [
        {},
        { firstName: 'Same', role: null, emails: [{ email: 'same@x.example', isPrimary: true }] },
      ]) {
        const res = await t.client.request('PATCH', `/clients/contacts/${c.id}`, body);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.body.version, 1);
        assert.equal(res.body.modifiedAt, c.modifiedAt);
      }
    });

    it('honours If-Match', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Iffy' });
      const stale = await t.client.request('PATCH', `/clients/contacts/${c.id}`, { role: 'A' }, { 'if-match': '"7"' });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.message, 'PRECONDITION_FAILED');
      assert.deepEqual(stale.body.details, { currentVersion: 1 });
      const ok = await t.client.request('PATCH', `/clients/contacts/${c.id}`, { role: 'A' }, { 'if-match': '"1"' });
      assert.equal(ok.status, 200);
      const bare = await t.client.request('PATCH', `/clients/contacts/${c.id}`, { role: 'B' }, { 'if-match': '2' });
      assert.equal(bare.status, 200);
      assert.equal(bare.body.version, 3);
    });

    it('archives, lists archived only on request, restores and erases', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Archie', emails: [{ email: 'archie@x.example' }] });
      assert.equal((await t.client.request('DELETE', `/clients/contacts/${c.id}`)).status, 204);
      const hidden = await allContacts(t.client, 'includeArchived=false');
      assert.equal(
        hidden.find((x) => x.id === c.id),
        undefined,
      );
      const archived = await readContact(t.client, c.id);
      assert.match(archived.archivedAt, ISO);
      assert.equal(archived.active, false);
      assert.equal(archived.version, 2);
      const patch = await t.client.request('PATCH', `/clients/contacts/${c.id}`, { role: 'x' });
      assert.equal(patch.status, 404);
      assert.equal(patch.body.message, 'CLIENT_CONTACT_NOT_FOUND');

      const restored = await t.client.request('POST', `/clients/contacts/${c.id}/restore`);
      assert.equal(restored.status, 200, restored.text);
      assert.equal(restored.body.archivedAt, null);
      assert.equal(restored.body.version, 3);

      const erased = await t.client.request('DELETE', `/clients/contacts/${c.id}?permanent=true`);
      assert.equal(erased.status, 204);
      assert.equal(await readContact(t.client, c.id), undefined);
      assert.equal((await t.client.request('GET', `/clients/contacts/${c.candidateId}`)).status, 404);
      // The address is free again once its holder is erased.
      await makeContact(t.client, clientId, { firstName: 'Next', emails: [{ email: 'archie@x.example' }] });
    });

    it('filters the list by client, stage, owner, active, email and name or email prefix', async () => {
      const api = await t.newTenant('filters');
      const acme = await makeClient(api, 'Acme');
      const globex = await makeClient(api, 'Globex');
      const owner = await makeUser(api, 'Fil Owner');
      const [, stage2] = await contactStages(api);
      const ann = await makeContact(api, acme, {
        firstName: 'Ann',
        lastName: 'Archer',
        emails: [{ email: 'ann@acme.example' }],
        mainContactId: owner,
      });
      const bob = await makeContact(api, globex, {
        firstName: 'Bob',
        lastName: 'Baker',
        emails: [{ email: 'bob@globex.example' }, { email: 'Ann.Alias@Mail.example' }],
        stageId: stage2.id,
      });
      const cat = await makeContact(api, globex, {
        firstName: 'Cat',
        lastName: 'Cole',
        startDate: '2020-01-01T00:00:00Z',
        endDate: '2021-01-01T00:00:00Z',
      });
      const ids = async (query: string) =>
        (await allContacts(api, query)).map((c) => c.firstName).sort((a: string, b: string) => a.localeCompare(b));
      assert.deepEqual(await ids(`clientIds=${acme}`), ['Ann']);
      assert.deepEqual(await ids(`client_ids=${acme},${globex}`), ['Ann', 'Bob', 'Cat']);
      assert.deepEqual(await ids(`clientIds=${acme}&clientIds=${globex}`), ['Ann', 'Bob', 'Cat']);
      assert.deepEqual(await ids(`stageIds=${stage2.id}`), ['Bob']);
      assert.deepEqual(await ids(`mainContactIds=${owner}`), ['Ann']);
      assert.deepEqual(await ids('active=true'), ['Ann', 'Bob']);
      assert.deepEqual(await ids('active=false'), ['Cat']);
      assert.deepEqual(await ids('email=ANN.alias@mail.EXAMPLE'), ['Bob']);
      assert.deepEqual(await ids('q=an'), ['Ann', 'Bob']);
      assert.deepEqual(await ids('q=ann%20ar'), ['Ann']);
      assert.deepEqual(await ids('q=BAK'), ['Bob']);
      assert.deepEqual(await ids('q=zzz'), []);
      assert.deepEqual(await ids(`clientIds=not-a-uuid`), []);
      void ann;
      void bob;
      void cat;
    });

    it('pages in modifiedAt order with limit and a cursor, and honours modifiedSince', async () => {
      const api = await t.newTenant('paging');
      const acme = await makeClient(api, 'Pager');
      const made: { id: string; modifiedAt: string }[] = [];
      for (let i = 0; i < 7; i++) made.push(await makeContact(api, acme, { firstName: `P${i}` }));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const res = await api.request('GET', `/clients/contacts?limit=3${suffix}`);
        assert.equal(res.status, 200);
        assert.ok(res.body.items.length <= 3);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.pageInfo.nextCursor;
        assert.equal(res.body.pageInfo.hasNextPage, cursor !== null);
        pages++;
      } while (cursor);
      assert.equal(pages, 3);
      assert.deepEqual(
        seen,
        made.map((c) => c.id),
      );
      const since = await api.request(
        'GET',
        `/clients/contacts?modifiedSince=${encodeURIComponent(made[5].modifiedAt)}&limit=200`,
      );
      assert.ok(since.body.items.every((c: { modifiedAt: string }) => c.modifiedAt >= made[5].modifiedAt));
      assert.ok(since.body.items.some((c: { id: string }) => c.id === made[6].id));
      const tampered = await api.request('GET', '/clients/contacts?cursor=abc.def');
      assert.equal(tampered.status, 400);
      assert.equal(tampered.body.message, 'INVALID_CURSOR');
    });
  });
}
