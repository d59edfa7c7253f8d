import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contactStages, makeClient, makeContact, makeUser } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';

/**
 * Two tenants. The other tenant ("owner") has one of everything; the caller ("intruder") tries every
 * endpoint with the owner's ids. Each attempt must answer as if the record did not exist, lists must
 * never show it, and afterwards the owner's data must be exactly as before.
 */
interface Ids {
  userId: string;
  clientId: string;
  contactId: string;
  candidateId: string;
  email: string;
  contactStageId: string;
  clientStageId: string;
  contactAttributeId: string;
  clientAttributeId: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Attempt {
  name: string;
  method: Method;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  status: number;
  message: string;
}

const attempts: Attempt[] = [
  {
    name: 'update a user',
    method: 'PATCH',
    path: (i) => `/users/${i.userId}`,
    body: () => ({ name: 'x' }),
    status: 404,
    message: 'USER_NOT_FOUND',
  },
  {
    name: 'rename a contact stage',
    method: 'PATCH',
    path: (i) => `/pipeline/client-contacts/stages/${i.contactStageId}`,
    body: () => ({ name: 'x' }),
    status: 404,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'delete a contact stage',
    method: 'DELETE',
    path: (i) => `/pipeline/client-contacts/stages/${i.contactStageId}`,
    status: 404,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'rename a client stage',
    method: 'PATCH',
    path: (i) => `/pipeline/clients/stages/${i.clientStageId}`,
    body: () => ({ name: 'x' }),
    status: 404,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'get a client',
    method: 'GET',
    path: (i) => `/clients/${i.clientId}`,
    status: 404,
    message: 'CLIENT_NOT_FOUND',
  },
  {
    name: 'update a client',
    method: 'PATCH',
    path: (i) => `/clients/${i.clientId}`,
    body: () => ({ status: 'lost' }),
    status: 404,
    message: 'CLIENT_NOT_FOUND',
  },
  {
    name: 'archive a client',
    method: 'DELETE',
    path: (i) => `/clients/${i.clientId}?cascade=true`,
    status: 404,
    message: 'CLIENT_NOT_FOUND',
  },
  {
    name: 'restore a client',
    method: 'POST',
    path: (i) => `/clients/${i.clientId}/restore`,
    status: 404,
    message: 'CLIENT_NOT_FOUND',
  },
  {
    name: 'create a contact at a client',
    method: 'POST',
    path: (i) => `/clients/contacts/${i.clientId}`,
    body: () => ({ firstName: 'a', lastName: 'b' }),
    status: 404,
    message: 'CLIENT_NOT_FOUND',
  },
  {
    name: 'get a person by candidate id',
    method: 'GET',
    path: (i) => `/clients/contacts/${i.candidateId}`,
    status: 404,
    message: 'CANDIDATE_NOT_FOUND',
  },
  {
    name: 'get a person by contact id',
    method: 'GET',
    path: (i) => `/clients/contacts/${i.contactId}`,
    status: 404,
    message: 'CANDIDATE_NOT_FOUND',
  },
  {
    name: 'update a contact',
    method: 'PATCH',
    path: (i) => `/clients/contacts/${i.contactId}`,
    body: () => ({ role: 'x' }),
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'update a contact with an empty body',
    method: 'PATCH',
    path: (i) => `/clients/contacts/${i.contactId}`,
    body: () => ({}),
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'archive a contact',
    method: 'DELETE',
    path: (i) => `/clients/contacts/${i.contactId}`,
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'erase a contact',
    method: 'DELETE',
    path: (i) => `/clients/contacts/${i.contactId}?permanent=true`,
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
  {
    name: 'restore a contact',
    method: 'POST',
    path: (i) => `/clients/contacts/${i.contactId}/restore`,
    status: 404,
    message: 'CLIENT_CONTACT_NOT_FOUND',
  },
];

/** Attempts that reference the owner's records from the intruder's own ones. */
const references: Attempt[] = [
  {
    name: 'new role for the owner’s person',
    method: 'POST',
    path: () => '',
    body: (i) => ({ candidateId: i.candidateId }),
    status: 404,
    message: 'CANDIDATE_NOT_FOUND',
  },
  {
    name: 'owner’s contact stage',
    method: 'PATCH',
    path: () => '',
    body: (i) => ({ stageId: i.contactStageId }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
  {
    name: 'owner’s user as main contact',
    method: 'PATCH',
    path: () => '',
    body: (i) => ({ mainContactId: i.userId }),
    status: 400,
    message: 'MAIN_CONTACT_NOT_FOUND',
  },
  {
    name: 'owner’s attribute definition',
    method: 'PATCH',
    path: () => '',
    body: (i) => ({ customAttributes: [{ attributeDefinitionId: i.contactAttributeId, value: 'x' }] }),
    status: 400,
    message: 'ATTRIBUTE_DEFINITION_NOT_FOUND',
  },
  {
    name: 'owner’s client stage on a client',
    method: 'PATCH',
    path: () => '',
    body: (i) => ({ stageId: i.clientStageId }),
    status: 400,
    message: 'STAGE_NOT_FOUND',
  },
];

/** The body of a client search (POST /clients/_search) with one filter. */
const clientSearch = (type: string, operator: string, path: string, value: unknown) => ({
  filters: [{ type, operator, path, value }],
  pageSize: 100,
});

/** Lists and searches, each with a check that none of the owner's records shows. Reads are GETs unless a body is given (POST). */
const lists: {
  name: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  items: (body: any) => unknown[];
}[] = [
  { name: 'users', path: () => '/users/_list?includeDeactivated=true', items: (b) => b.users },
  { name: 'users (GET /users)', path: () => '/users?includeDeactivated=true', items: (b) => b.users },
  { name: 'contact stages', path: () => '/pipeline/client-contacts/stages', items: (b) => b.stages },
  { name: 'client stages', path: () => '/pipeline/clients/stages', items: (b) => b.stages },
  { name: 'clients', path: () => '/clients?includeArchived=true&limit=200', items: (b) => b.items },
  { name: 'clients by name', path: () => '/clients?q=Owner', items: (b) => b.items },
  { name: 'clients by owner stage', path: (i) => `/clients?stageIds=${i.clientStageId}`, items: (b) => b.items },
  { name: 'contacts', path: () => '/clients/contacts?includeArchived=true&limit=200', items: (b) => b.items },
  {
    name: 'contacts by email',
    path: (i) => `/clients/contacts?email=${encodeURIComponent(i.email)}`,
    items: (b) => b.items,
  },
  { name: 'contacts by name prefix', path: () => '/clients/contacts?q=own', items: (b) => b.items },
  { name: 'contacts by owner client', path: (i) => `/clients/contacts?clientIds=${i.clientId}`, items: (b) => b.items },
  {
    name: 'contacts by owner stage',
    path: (i) => `/clients/contacts?stageIds=${i.contactStageId}`,
    items: (b) => b.items,
  },
  {
    name: 'contacts by owner user',
    path: (i) => `/clients/contacts?mainContactIds=${i.userId}`,
    items: (b) => b.items,
  },
  { name: 'people search by name', path: () => '/search/people?query=ow&limit=100', items: (b) => b.items },
  {
    name: 'people search by email',
    path: (i) => `/search/people?query=${encodeURIComponent(i.email)}`,
    items: (b) => b.items,
  },
  { name: 'contact columns', path: () => '/clients/contacts/columns', items: (b) => b.definitions },
  { name: 'client columns', path: () => '/clients/columns', items: (b) => b.definitions },
  {
    name: 'client search',
    path: () => '/clients/_search',
    body: () => ({ filters: [], pageSize: 100 }),
    items: (b) => b.items,
  },
  {
    name: 'client search by name',
    path: () => '/clients/_search',
    body: () => clientSearch('text', 'contains', 'client.company.name', 'Owner'),
    items: (b) => b.items,
  },
  {
    name: 'client search by owner stage',
    path: () => '/clients/_search',
    body: (i) => clientSearch('entitySelect', 'in', 'client.stage', [i.clientStageId]),
    items: (b) => b.items,
  },
  {
    name: 'client search by owner contact',
    path: () => '/clients/_search',
    body: (i) => clientSearch('entitySelect', 'in', 'client.contacts', [i.contactId]),
    items: (b) => b.items,
  },
];

async function snapshot(owner: Client, ids: Ids) {
  const reads = await Promise.all([
    owner.request('GET', '/users/_list?includeDeactivated=true'),
    owner.request('GET', '/pipeline/client-contacts/stages'),
    owner.request('GET', '/pipeline/clients/stages'),
    owner.request('GET', `/clients/${ids.clientId}`),
    owner.request('GET', `/clients/contacts/${ids.candidateId}`),
    owner.request('GET', '/clients/contacts?includeArchived=true&limit=200'),
    owner.request('GET', '/clients/contacts/columns'),
  ]);
  return reads.map((r) => r.text);
}

for (const dialect of dialects()) {
  describe(`tenant isolation [${dialect}]`, () => {
    let t: TestApp;
    let owner: Client;
    let intruder: Client;
    let ids: Ids;
    let intruderContactId: string;
    let intruderClientId: string;
    let before_: string[];

    before(async () => {
      t = await buildTestApp(dialect);
      owner = t.client;
      intruder = await t.newTenant('intruder');
      const userId = await makeUser(owner, 'Owner User');
      const clientId = await makeClient(owner, 'Owner Corp');
      const contactStageId = (await contactStages(owner))[1].id;
      const clientStageId = (await owner.request('GET', '/pipeline/clients/stages')).body.stages[1].id;
      await owner.request('PATCH', `/clients/${clientId}`, { stageId: clientStageId });
      const contactAttr = await owner.request('POST', '/clients/contacts/columns', {
        label: 'Owner note',
        type: 'text',
      });
      assert.equal(contactAttr.status, 201, contactAttr.text);
      const clientAttr = await owner.request('POST', '/clients/columns', { label: 'Owner tier', type: 'text' });
      assert.equal(clientAttr.status, 201, clientAttr.text);
      const contact = await makeContact(owner, clientId, {
        firstName: 'Owen',
        lastName: 'Owner',
        emails: [{ email: 'owen@owner.example' }],
        mainContactId: userId,
        stageId: contactStageId,
        customAttributes: [{ attributeDefinitionId: contactAttr.body.id, value: 'secret' }],
      });
      ids = {
        userId,
        clientId,
        contactId: contact.id,
        candidateId: contact.candidateId,
        email: 'owen@owner.example',
        contactStageId,
        clientStageId,
        contactAttributeId: contactAttr.body.id,
        clientAttributeId: clientAttr.body.id,
      };
      intruderClientId = await makeClient(intruder, 'Intruder Inc');
      intruderContactId = (await makeContact(intruder, intruderClientId, { firstName: 'Ivy', lastName: 'Intruder' }))
        .id;
      before_ = await snapshot(owner, ids);
    });
    after(async () => t.close());

    for (const attempt of attempts) {
      it(`cannot ${attempt.name}`, async () => {
        const res = await intruder.request(attempt.method, attempt.path(ids), attempt.body?.(ids));
        assert.equal(res.status, attempt.status, res.text);
        assert.equal(res.body.message, attempt.message);
      });
    }

    for (const attempt of references) {
      it(`cannot refer to the ${attempt.name}`, async () => {
        const path = attempt.name.includes('on a client')
          ? `/clients/${intruderClientId}`
          : attempt.method === 'POST'
            ? `/clients/contacts/${intruderClientId}`
            : `/clients/contacts/${intruderContactId}`;
        const res = await intruder.request(attempt.method, path, attempt.body?.(ids));
        assert.equal(res.status, attempt.status, res.text);
        assert.equal(res.body.message, attempt.message);
      });
    }

    for (const list of lists) {
      it(`never lists the other tenant’s records: ${list.name}`, async () => {
        const res = list.body
          ? await intruder.request('POST', list.path(ids), list.body(ids))
          : await intruder.request('GET', list.path(ids));
        assert.equal(res.status, 200, res.text);
        const text = JSON.stringify(list.items(res.body));
        for (const value of Object.values(ids)) assert.ok(!text.includes(value), `${list.name} shows ${value}`);
        assert.ok(!text.includes('Owner'), `${list.name} shows the owner's names`);
      });
    }

    it('cannot merge the other tenant’s people, in either direction', async () => {
      const own = (await intruder.request('GET', `/clients/contacts/${intruderContactId}`)).body.candidateId;
      for (const body of [
        { targetCandidateId: own, sourceCandidateId: ids.candidateId },
        { targetCandidateId: ids.candidateId, sourceCandidateId: own },
        { targetCandidateId: own, sourceCandidateId: ids.candidateId, dryRun: true },
      ]) {
        const res = await intruder.request('POST', '/clients/contacts/_merge', body);
        assert.equal(res.status, 404, res.text);
        assert.equal(res.body.message, 'CANDIDATE_NOT_FOUND');
      }
    });

    it('exports none of the other tenant’s contacts, in either format', async () => {
      for (const format of ['ndjson', 'csv']) {
        const res = await intruder.request('GET', `/clients/contacts/_export?format=${format}&includeArchived=true`);
        assert.equal(res.status, 200, res.text);
        assert.ok(res.text.includes('Intruder'), `${format}: the intruder's own contact is there`);
        for (const value of Object.values(ids)) assert.ok(!res.text.includes(value), `${format} shows ${value}`);
        assert.ok(!res.text.includes('Owner'), `${format} shows the owner's names`);
      }
    });

    it('lets each tenant use the same email address', async () => {
      const res = await intruder.request('POST', `/clients/contacts/${intruderClientId}`, {
        firstName: 'Same',
        lastName: 'Address',
        emails: [{ email: ids.email }],
      });
      assert.equal(res.status, 201, res.text);
    });

    it('cannot reach the other tenant’s records through a batch, nor match its people by email', async () => {
      const res = await intruder.request('POST', '/clients/contacts/_batch', {
        operations: [
          { op: 'update', id: ids.contactId, body: { role: 'x' } },
          { op: 'archive', id: ids.contactId },
          { op: 'create', clientId: ids.clientId, body: { firstName: 'A', lastName: 'B' } },
          { op: 'upsert', clientId: ids.clientId, body: { firstName: 'A', lastName: 'B' } },
          { op: 'create', clientId: intruderClientId, body: { candidateId: ids.candidateId } },
          // The owner's address: an upsert matches only the caller's own people (here the one made just above).
          {
            op: 'upsert',
            clientId: intruderClientId,
            body: { firstName: 'Same', lastName: 'Address', role: 'Mine', emails: [{ email: ids.email }] },
          },
        ],
      });
      assert.equal(res.status, 207, res.text);
      assert.deepEqual(
        res.body.results.map((r: any) => `${r.status} ${r.body?.message ?? r.outcome}`),
        [
          '404 CLIENT_CONTACT_NOT_FOUND',
          '404 CLIENT_CONTACT_NOT_FOUND',
          '404 CLIENT_NOT_FOUND',
          '404 CLIENT_NOT_FOUND',
          '404 CANDIDATE_NOT_FOUND',
          '200 updated',
        ],
      );
      assert.notEqual(res.body.results[5].body.candidateId, ids.candidateId);
      assert.equal(res.body.results[5].body.clientId, intruderClientId);
    });

    it('leaves the other tenant’s data exactly as it was', async () => {
      assert.deepEqual(await snapshot(owner, ids), before_);
    });
  });
}
