import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { setExportBatchSize } from '../../src/modules/client-contacts/client-contact.export.routes.js';
import { buildTestApp, type Client, dialects, expectedEnvelope, type TestApp } from '../harness.js';
import { allContacts, archiveContact, contactStages, makeClient, makeContact, makeUser } from './fixtures.js';

const EXPORT = '/clients/contacts/_export';

const FIXED_COLUMNS = [
  'id',
  'candidateId',
  'clientId',
  'clientName',
  'firstName',
  'lastName',
  'role',
  'department',
  'email',
  'email2',
  'email3',
  'phone',
  'phone2',
  'phone3',
  'stage',
  'owner',
  'startDate',
  'endDate',
  'active',
  'createdAt',
  'modifiedAt',
];

/** The NDJSON export's lines, parsed; asserts the answer's status and media type. */
async function exportNdjson(api: Client, query = ''): Promise<any[]> {
  const res = await api.request('GET', `${EXPORT}?${query}`);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.headers['content-type'], 'application/x-ndjson');
  if (res.text === '') return [];
  assert.ok(res.text.endsWith('\n'), 'every line ends with a newline');
  return res.text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** The CSV export as rows of cells (the header first). */
async function exportCsv(api: Client, query = ''): Promise<string[][]> {
  const res = await api.request('GET', `${EXPORT}?format=csv&${query}`);
  assert.equal(res.status, 200, res.text);
  assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
  assert.notEqual(res.text.charCodeAt(0), 0xfeff, 'no byte-order mark');
  return parse(res.text, { relax_column_count: false });
}

for (const dialect of dialects()) {
  describe(`client contacts export [${dialect}]`, () => {
    let t: TestApp;
    let acme: string;
    let globex: string;
    let ownerId: string;
    let stages: { id: string; name: string }[];
    const ids: Record<string, string> = {};

    before(async () => {
      t = await buildTestApp(dialect);
      // Small batches, so that every export here crosses batch boundaries.
      setExportBatchSize(t.ctx, 2);
      acme = await makeClient(t.client, 'Acme, "The" Company');
      globex = await makeClient(t.client, 'Globex');
      ownerId = await makeUser(t.client, 'Olive Owner');
      stages = await contactStages(t.client);
      ids.jane = (
        await makeContact(t.client, acme, {
          firstName: 'Jane',
          lastName: 'Smith, Jr.',
          role: 'Head of "Talent"',
          department: 'People\nand Culture',
          mainContactId: ownerId,
          stageId: stages[1].id,
          startDate: '2023-01-02T03:04:05Z',
          emails: [
            { email: 'jane.home@example.org' },
            { email: 'jane@acme.example', isPrimary: true },
            { email: 'js@third.example' },
            { email: 'js@fourth.example' },
          ],
          phoneNumbers: [
            { phoneNumber: '+1 555 0100' },
            { phoneNumber: '+1 555 0101', isPrimary: true },
            { phoneNumber: '+1 555 0102' },
            { phoneNumber: '+1 555 0103' },
          ],
        })
      ).id;
      ids.john = (await makeContact(t.client, acme, { firstName: 'John', lastName: 'Doe', role: 'CTO' })).id;
      ids.gina = (
        await makeContact(t.client, globex, {
          firstName: 'Gina',
          lastName: 'Global',
          emails: [{ email: 'gina@globex.example' }],
          endDate: '2020-01-01T00:00:00Z',
          startDate: '2019-01-01T00:00:00Z',
        })
      ).id;
      ids.gone = (await makeContact(t.client, globex, { firstName: 'Gone', lastName: 'Away' })).id;
      await archiveContact(t.client, ids.gone);
      ids.zed = (await makeContact(t.client, globex, { firstName: 'Zed', lastName: 'Last' })).id;
    });
    after(async () => t.close());

    it('sends one list item per NDJSON line, in list order, for the same filters', async () => {
      const queries = [
        '',
        'includeArchived=true',
        `clientIds=${acme}`,
        `client_ids=${globex}&includeArchived=true`,
        'active=false&includeArchived=true',
        'active=true',
        `stageIds=${stages[1].id}`,
        `mainContactIds=${ownerId}`,
        'q=ja',
        'q=jane%20sm',
        'email=JANE@ACME.EXAMPLE',
        `clientIds=${acme},${globex}&q=g`,
      ];
      for (const query of queries) {
        const listed = await allContacts(t.client, query);
        assert.deepEqual(await exportNdjson(t.client, query), listed, query);
      }
      const all = await exportNdjson(t.client, 'includeArchived=true');
      assert.equal(all.length, 5);
      const gone = all.find((c) => c.id === ids.gone);
      assert.ok(gone.archivedAt, 'an archived contact comes with archivedAt set');
      assert.deepEqual(
        (await exportNdjson(t.client)).map((c) => c.id),
        [ids.jane, ids.john, ids.gina, ids.zed],
      );
    });

    it('filters by modifiedSince and modifiedUntil, inclusive', async () => {
      const all = await exportNdjson(t.client);
      const since = all[1].modifiedAt;
      const until = all[2].modifiedAt;
      const between = await exportNdjson(t.client, `modifiedSince=${since}&modifiedUntil=${until}`);
      assert.deepEqual(
        between.map((c) => c.id),
        all.filter((c) => c.modifiedAt >= since && c.modifiedAt <= until).map((c) => c.id),
      );
      assert.ok(between.length >= 2);
    });

    it('answers an empty body when nothing matches, with either format', async () => {
      const none = `q=nobody-by-that-name`;
      assert.deepEqual(await exportNdjson(t.client, none), []);
      assert.deepEqual(await exportCsv(t.client, none), [FIXED_COLUMNS]);
    });

    it('writes the CSV columns of API.md §5.4, quoting commas, quotes and newlines', async () => {
      const rows = await exportCsv(t.client, `clientIds=${acme}`);
      assert.deepEqual(rows[0], FIXED_COLUMNS);
      assert.equal(rows.length, 3);
      const listed = await allContacts(t.client, `clientIds=${acme}`);
      const jane = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
      const listedJane = listed[0];
      assert.deepEqual(jane, {
        id: ids.jane,
        candidateId: listedJane.candidateId,
        clientId: acme,
        clientName: 'Acme, "The" Company',
        firstName: 'Jane',
        lastName: 'Smith, Jr.',
        role: 'Head of "Talent"',
        department: 'People\nand Culture',
        email: 'jane@acme.example',
        email2: 'jane.home@example.org',
        email3: 'js@third.example',
        phone: '+1 555 0101',
        phone2: '+1 555 0100',
        phone3: '+1 555 0102',
        stage: stages[1].name,
        owner: 'olive.owner@agency.example',
        startDate: '2023-01-02T03:04:05.000Z',
        endDate: '',
        active: 'true',
        createdAt: listedJane.createdAt,
        modifiedAt: listedJane.modifiedAt,
      });
      const john = Object.fromEntries(rows[0].map((name, i) => [name, rows[2][i]]));
      assert.equal(john.email, '');
      assert.equal(john.owner, '');
      assert.equal(john.role, 'CTO');
      assert.equal(john.stage, stages[0].name);
    });

    it('adds one CSV column per custom attribute key, values as the import reads them', async () => {
      const api = await t.newTenant('attributes');
      const client = await makeClient(api, 'Initech');
      const define = async (body: Record<string, unknown>) => {
        const res = await api.request('POST', '/clients/contacts/columns', body);
        assert.equal(res.status, 201, res.text);
        return res.body.id as string;
      };
      const notes = await define({ label: 'Notes', type: 'text' });
      const score = await define({ label: 'Score', type: 'number' });
      const vip = await define({ label: 'VIP', type: 'checkbox' });
      const skills = await define({ label: 'Skills', type: 'multiSelect', options: ['Go', 'T,S'] });
      const budget = await define({ label: 'Budget', type: 'currency' });
      await makeContact(api, client, {
        firstName: 'Ada',
        lastName: 'Attr',
        customAttributes: [
          { attributeDefinitionId: notes, value: 'line one\nline "two", three' },
          { attributeDefinitionId: score, value: 4.5 },
          { attributeDefinitionId: vip, value: false },
          { attributeDefinitionId: skills, value: ['Go', 'T,S'] },
          { attributeDefinitionId: budget, value: { amount: 1200, currency: 'EUR' } },
        ],
      });
      await makeContact(api, client, { firstName: 'Bo', lastName: 'Bare' });
      const rows = await exportCsv(api);
      assert.deepEqual(rows[0], [...FIXED_COLUMNS, 'notes', 'score', 'vip', 'skills', 'budget']);
      const attributes = (row: string[]) => row.slice(FIXED_COLUMNS.length);
      assert.deepEqual(attributes(rows[1]), [
        'line one\nline "two", three',
        '4.5',
        'false',
        '["Go","T,S"]',
        '{"amount":1200,"currency":"EUR"}',
      ]);
      assert.deepEqual(attributes(rows[2]), ['', '', '', '', '']);
    });

    it('keeps tenants apart', async () => {
      const other = await t.newTenant('other');
      assert.deepEqual(await exportNdjson(other), []);
      assert.deepEqual(await exportNdjson(other, `clientIds=${acme}&includeArchived=true`), []);
      assert.deepEqual(await exportCsv(other), [FIXED_COLUMNS]);
      const theirs = await makeContact(other, await makeClient(other, 'Theirs'));
      assert.deepEqual(
        (await exportNdjson(other)).map((c) => c.id),
        [theirs.id],
      );
      assert.ok(!(await exportNdjson(t.client, 'includeArchived=true')).some((c) => c.id === theirs.id));
    });

    it('refuses a bad format or filter with 400 VALIDATION_ERROR, and a missing key with 401', async () => {
      for (const query of ['format=xml', 'format=', 'active=maybe', 'modifiedSince=yesterday']) {
        const res = await t.client.request('GET', `${EXPORT}?${query}`);
        assert.equal(res.status, 400, query);
        assert.deepEqual(
          { ...res.body, requestId: undefined, errors: undefined },
          {
            ...expectedEnvelope(400, 'Bad Request', 'VALIDATION_ERROR'),
            requestId: undefined,
            errors: undefined,
          },
        );
      }
      const bad = await t.client.request('GET', `${EXPORT}?format=xml`);
      assert.deepEqual(
        bad.body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`),
        ['INVALID_ENUM_VALUE:format'],
      );
      const anonymous = await t.app.inject({ method: 'GET', url: EXPORT });
      assert.equal(anonymous.statusCode, 401);
    });

    it('is not taken for a contact id, and says what it sends', async () => {
      const res = await t.client.request('GET', `${EXPORT}?format=csv`);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="contacts.csv"');
      const byId = await t.client.request('GET', `/clients/contacts/${ids.jane}`);
      assert.equal(byId.status, 200);
      const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const operation = document.paths['/clients/contacts/_export'].get;
      assert.equal(operation.operationId, 'exportClientContacts');
      assert.deepEqual(Object.keys(operation.responses['200'].content).sort(), ['application/x-ndjson', 'text/csv']);
    });
  });
}
