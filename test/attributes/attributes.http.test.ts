import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError, fieldErrors } from '../clients/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

const CONTACTS = '/clients/contacts/columns';
const CLIENTS = '/clients/columns';

const CONTACT_BUILT_INS = [
  'contactName',
  'role',
  'department',
  'emails',
  'phoneNumbers',
  'stage',
  'mainContact',
  'startDate',
  'endDate',
];
const CLIENT_BUILT_INS = ['clientName', 'domain', 'status', 'stage', 'locations', 'industry', 'size'];

for (const dialect of dialects()) {
  describe(`custom attribute definitions [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('lists only the built-in definitions for a new tenant', async () => {
      const tenant = await t.newTenant();
      for (const [path, keys] of [
        [CONTACTS, CONTACT_BUILT_INS],
        [CLIENTS, CLIENT_BUILT_INS],
      ] as const) {
        const res = await tenant.request('GET', path);
        assert.equal(res.status, 200);
        assert.deepEqual(
          res.body.definitions.map((d: { key: string }) => d.key),
          keys,
        );
        for (const d of res.body.definitions) {
          assert.equal(d.builtIn, true);
          assert.equal(d.id, d.key);
          assert.equal(typeof d.label, 'string');
          assert.equal(typeof d.viewType, 'string');
        }
      }
      const status = (await tenant.request('GET', CLIENTS)).body.definitions.find(
        (d: { key: string }) => d.key === 'status',
      );
      assert.deepEqual(status.options, ['lead', 'prospect', 'active', 'inactive', 'lost']);
    });

    it('creates one definition of every type, with its view type, listed after the built-ins in creation order', async () => {
      const tenant = await t.newTenant();
      const bodies = [
        { label: 'Notes', type: 'text', viewType: 'textField' },
        { label: 'Score', type: 'number', viewType: 'numberField' },
        { label: 'Newsletter', type: 'checkbox', viewType: 'checkbox' },
        { label: 'Seniority', type: 'select', options: ['Junior', 'Senior'], viewType: 'dropdown' },
        { label: 'Skills', type: 'multiSelect', options: ['Go', 'TS'], viewType: 'multiDropdown' },
        { label: 'Met on', type: 'date', viewType: 'datePicker' },
        { label: 'Budget', type: 'currency', viewType: 'currencyField', key: 'budgetEur' },
        { label: 'Portfolio', type: 'url', viewType: 'link' },
      ];
      const made = [];
      for (const { viewType, ...body } of bodies) {
        const res = await tenant.request('POST', CONTACTS, body);
        assert.equal(res.status, 201, res.text);
        assert.match(res.body.id, /^[0-9a-f-]{36}$/);
        assert.deepEqual(res.body, {
          id: res.body.id,
          key: body.key ?? res.body.key,
          label: body.label,
          type: body.type,
          viewType,
          ...(body.options ? { options: body.options } : {}),
          builtIn: false,
        });
        made.push(res.body);
      }
      assert.deepEqual(
        made.map((d) => d.key),
        ['notes', 'score', 'newsletter', 'seniority', 'skills', 'metOn', 'budgetEur', 'portfolio'],
      );
      const list = await tenant.request('GET', CONTACTS);
      assert.deepEqual(
        list.body.definitions.slice(0, CONTACT_BUILT_INS.length).map((d: { key: string }) => d.key),
        CONTACT_BUILT_INS,
      );
      assert.deepEqual(list.body.definitions.slice(CONTACT_BUILT_INS.length), made);
      // Contact definitions are not client definitions.
      assert.equal((await tenant.request('GET', CLIENTS)).body.definitions.length, CLIENT_BUILT_INS.length);
    });

    it('trims labels and options', async () => {
      const tenant = await t.newTenant();
      const res = await tenant.request('POST', CLIENTS, { label: '  Tier ', type: 'select', options: [' A ', 'B'] });
      assert.equal(res.status, 201);
      assert.equal(res.body.label, 'Tier');
      assert.equal(res.body.key, 'tier');
      assert.deepEqual(res.body.options, ['A', 'B']);
    });

    it('refuses options on the wrong types and missing options on select types', async () => {
      const tenant = await t.newTenant();
      for (const type of ['select', 'multiSelect']) {
        assert.deepEqual(fieldErrors(await tenant.request('POST', CONTACTS, { label: 'X', type })), [
          'REQUIRED:options',
        ]);
        assert.deepEqual(fieldErrors(await tenant.request('POST', CONTACTS, { label: 'X', type, options: [] })), [
          'TOO_SMALL:options',
        ]);
      }
      assert.deepEqual(
        fieldErrors(await tenant.request('POST', CONTACTS, { label: 'X', type: 'text', options: ['a'] })),
        ['UNRECOGNIZED_KEY:options'],
      );
      assert.deepEqual(
        fieldErrors(await tenant.request('POST', CONTACTS, { label: 'X', type: 'select', options: ['a', ' a'] })),
        ['INVALID_FORMAT:options'],
      );
      assert.deepEqual((await tenant.request('GET', CONTACTS)).body.definitions.length, CONTACT_BUILT_INS.length);
    });

    it('lists every problem of a bad body', async () => {
      const res = await t.client.request('POST', CONTACTS, { label: '', type: 'color', key: 'Bad key', extra: 1 });
      assert.deepEqual(fieldErrors(res), [
        'INVALID_ENUM_VALUE:type',
        'INVALID_FORMAT:key',
        'TOO_SMALL:label',
        'UNRECOGNIZED_KEY:extra',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('POST', CLIENTS, {})), ['REQUIRED:label', 'REQUIRED:type']);
    });

    it('refuses a key already taken by a built-in or a custom definition of the same entity (409 CONFLICT)', async () => {
      const tenant = await t.newTenant();
      const first = await tenant.request('POST', CONTACTS, { label: 'Seniority level', type: 'text' });
      assert.equal(first.body.key, 'seniorityLevel');
      for (const body of [
        { label: 'Seniority level', type: 'number' },
        { label: 'Other', type: 'number', key: 'seniorityLevel' },
        { label: 'Other', type: 'number', key: 'senioritylevel' },
        { label: 'Role', type: 'text' },
        { label: 'Other', type: 'text', key: 'contactName' },
      ]) {
        const res = await tenant.request('POST', CONTACTS, body);
        assertError(res, 409, 'CONFLICT');
      }
      assert.equal((await tenant.request('GET', CONTACTS)).body.definitions.length, CONTACT_BUILT_INS.length + 1);
      // The same key is free for the other entity, and for another tenant.
      assert.equal((await tenant.request('POST', CLIENTS, { label: 'Seniority level', type: 'text' })).status, 201);
      assert.equal((await tenant.request('POST', CLIENTS, { label: 'Role', type: 'text' })).status, 201);
      assertError(await tenant.request('POST', CLIENTS, { label: 'Status', type: 'text' }), 409, 'CONFLICT');
      const other = await t.newTenant();
      assert.equal((await other.request('POST', CONTACTS, { label: 'Seniority level', type: 'text' })).status, 201);
    });

    it("never shows another tenant's definitions", async () => {
      const mine = await t.newTenant();
      const theirs = await t.newTenant();
      const labels = async (tenant: typeof mine, path: string) => {
        const res = await tenant.request('GET', path);
        assert.equal(res.status, 200, res.text);
        return res.body.definitions.map((d: { label: string }) => d.label);
      };
      for (const path of [CONTACTS, CLIENTS]) {
        const mineBefore = await labels(mine, path);
        const made = await theirs.request('POST', path, { label: 'Secret', type: 'text' });
        assert.equal(made.status, 201, made.text);
        assert.ok((await labels(theirs, path)).includes('Secret'), `${path}: the other tenant has its definition`);
        assert.deepEqual(await labels(mine, path), mineBefore, `${path}: this tenant's list is as it was`);
        assert.ok(!mineBefore.includes('Secret'));
      }
    });

    it('needs an API key', async () => {
      for (const [method, path] of [
        ['GET', CONTACTS],
        ['POST', CLIENTS],
      ] as const) {
        const res = await t.client.request(method, path, { label: 'X', type: 'text' }, { 'x-api-key': '' });
        assertError(res, 401, 'INVALID_API_KEY');
      }
    });
  });
}
