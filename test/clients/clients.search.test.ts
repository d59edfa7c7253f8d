import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { archiveContact, clientPipelineStages, makeContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { fieldErrors, tickingClock } from './fixtures.js';

/** POST /clients/_search (API.md §2.3): every filter, the order, paging, and every malformed filter named. */

type Filter = { type: string; operator: string; path: string; value: unknown };
const text = (operator: string, field: string, value: unknown): Filter => ({
  type: 'text',
  operator,
  path: `client.company.${field}`,
  value,
});
const select = (operator: string, field: string, value: unknown): Filter => ({
  type: 'entitySelect',
  operator,
  path: `client.${field}`,
  value,
});
const date = (operator: string, field: string, value: unknown): Filter => ({
  type: 'date',
  operator,
  path: `client.${field}`,
  value,
});

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const NOT_A_UUID = 'not-a-uuid';
const UNKNOWN_UUID = '01900000-0000-7000-8000-000000000000';

for (const dialect of dialects()) {
  describe(`clients search [${dialect}]`, () => {
    let t: TestApp;
    let other: Client;
    let stages: { id: string; order: number; name: string; colorHex: string }[];
    /** Client ids by a short name. */
    const ids: Record<string, string> = {};
    const created: Record<string, string> = {};
    let contacts: { robotics: string; zeta: string; archived: string; other: string };
    let otherStage: string;

    async function makeClient(key: string, company: Record<string, unknown>, stageId?: string | null) {
      const res = await t.client.request('POST', '/clients', {
        company,
        ...(stageId === undefined ? {} : { stageId }),
      });
      assert.equal(res.status, 201, res.text);
      ids[key] = res.body.id;
      created[key] = res.body.createdAt;
      return res.body;
    }

    /** The names a search answers, in order; asserts a 200. */
    async function names(filters: Filter[], paging: Record<string, unknown> = {}, api: Client = t.client) {
      const res = await api.request('POST', '/clients/_search', { filters, ...paging });
      assert.equal(res.status, 200, res.text);
      return res.body.items.map((item: { name: string }) => item.name);
    }

    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: tickingClock() } });
      other = await t.newTenant('other');
      stages = (await t.client.request('GET', '/pipeline/clients/stages')).body.stages;
      await makeClient(
        'robotics',
        { name: 'Acme Robotics', domain: 'acme.example', description: 'Industrial ROBOTS and arms' },
        stages[0].id,
      );
      await makeClient('labs', { name: 'acme labs', domain: 'acmelabs.example' }, stages[1].id);
      await makeClient('LABS', { name: 'ACME LABS' }, stages[1].id);
      await makeClient('beta', { name: 'Beta Logistics', description: '' }, null);
      await makeClient(
        'zeta',
        { name: 'Zeta Foods', domain: 'zeta.example', description: 'Food, 100% organic_stuff, "quoted" \\ slash' },
        stages[0].id,
      );
      await makeClient(
        'emile',
        {
          name: 'Émile Café',
          domain: 'cafe.example',
          description: 'Crème brûlée',
          logoUrl: 'https://logo.example/e.png',
        },
        stages[2].id,
      );
      await makeClient(
        'gone',
        { name: 'Acme Gone', domain: 'gone.example', description: 'acme, archived' },
        stages[0].id,
      );
      contacts = {
        robotics: (await makeContact(t.client, ids.robotics)).id,
        zeta: (await makeContact(t.client, ids.zeta)).id,
        archived: (await makeContact(t.client, ids.labs)).id,
        other: '',
      };
      await archiveContact(t.client, contacts.archived);
      const gone = await t.client.request('DELETE', `/clients/${ids.gone}?cascade=true`);
      assert.equal(gone.status, 204, gone.text);

      otherStage = (await clientPipelineStages(other))[0].id;
      const theirs = await other.request('POST', '/clients', {
        company: { name: 'Acme Elsewhere', domain: 'acme.example', description: 'Industrial robots' },
        stageId: otherStage,
      });
      assert.equal(theirs.status, 201, theirs.text);
      contacts.other = (await makeContact(other, theirs.body.id)).id;
    });
    after(async () => t.close());

    const ALL = ['acme labs', 'ACME LABS', 'Acme Robotics', 'Beta Logistics', 'Zeta Foods', 'Émile Café'];

    it('lists every non-archived client by lower-cased name (code-point order), then id, without filters', async () => {
      const res = await t.client.request('POST', '/clients/_search', { filters: [] });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(
        res.body.items.map((i: { name: string }) => i.name),
        ALL,
      );
      // Equal lower-cased names go by id: the earlier client (a smaller UUIDv7) first.
      assert.deepEqual(
        res.body.items.slice(0, 2).map((i: { id: string }) => i.id),
        [ids.labs, ids.LABS],
      );
      assert.ok(ids.labs < ids.LABS);
      assert.deepEqual(res.body.pagination, { hasNextPage: false });
      const emile = res.body.items[5];
      assert.deepEqual(emile, {
        id: ids.emile,
        name: 'Émile Café',
        domain: 'cafe.example',
        logoUrl: 'https://logo.example/e.png',
        stage: stages[2],
        createdAt: created.emile,
        modifiedAt: created.emile,
      });
      assert.match(emile.createdAt, ISO);
      assert.equal(res.body.items[3].stage, null);
    });

    it('text contains: a case-insensitive substring of name, domain or description', async () => {
      assert.deepEqual(await names([text('contains', 'name', 'ROBOT')]), ['Acme Robotics']);
      assert.deepEqual(await names([text('contains', 'name', 'me')]), ['acme labs', 'ACME LABS', 'Acme Robotics']);
      assert.deepEqual(await names([text('contains', 'name', 'me l')]), ['acme labs', 'ACME LABS']);
      assert.deepEqual(await names([text('contains', 'domain', 'ACME')]), ['acme labs', 'Acme Robotics']);
      assert.deepEqual(await names([text('contains', 'description', 'robots AND')]), ['Acme Robotics']);
      // Negative twins: nothing holds these.
      assert.deepEqual(await names([text('contains', 'name', 'robotz')]), []);
      assert.deepEqual(await names([text('contains', 'domain', 'robot')]), []);
      assert.deepEqual(await names([text('contains', 'description', 'labs')]), []);
    });

    it('text contains folds case beyond ASCII', async () => {
      assert.deepEqual(await names([text('contains', 'name', 'ÉMILE CAF')]), ['Émile Café']);
      assert.deepEqual(await names([text('contains', 'description', 'CRÈME BRÛ')]), ['Émile Café']);
      assert.deepEqual(await names([text('contains', 'name', 'emile')]), [], 'accents are not folded away');
    });

    it('text contains takes LIKE wildcards, quotes and backslashes literally', async () => {
      assert.deepEqual(await names([text('contains', 'description', '100%')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('contains', 'description', '%')]), ['Zeta Foods']);
      // As LIKE patterns these would match "organic" and "100%".
      assert.deepEqual(await names([text('contains', 'description', 'o_g')]), []);
      assert.deepEqual(await names([text('contains', 'description', '1%0')]), []);
      assert.deepEqual(await names([text('startsWith', 'description', '%')]), []);
      assert.deepEqual(await names([text('contains', 'description', 'organic_stuff')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('contains', 'description', '"quoted"')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('contains', 'description', '\\ slash')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('contains', 'description', 'quoted \\')]), []);
    });

    it('text values are trimmed like every string', async () => {
      assert.deepEqual(await names([text('contains', 'name', '  robot  ')]), ['Acme Robotics']);
      assert.deepEqual(await names([text('equals', 'name', ' zeta foods ')]), ['Zeta Foods']);
    });

    it('text equals: the whole field, case-insensitive', async () => {
      assert.deepEqual(await names([text('equals', 'name', 'ACME labs')]), ['acme labs', 'ACME LABS']);
      assert.deepEqual(await names([text('equals', 'domain', 'ZETA.example')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('equals', 'description', 'crème BRÛLÉE')]), ['Émile Café']);
      assert.deepEqual(await names([text('equals', 'name', 'Acme')]), []);
      assert.deepEqual(await names([text('equals', 'domain', 'zeta')]), []);
    });

    it('text startsWith: a case-insensitive prefix', async () => {
      assert.deepEqual(await names([text('startsWith', 'name', 'ACME')]), ['acme labs', 'ACME LABS', 'Acme Robotics']);
      assert.deepEqual(await names([text('startsWith', 'domain', 'acmel')]), ['acme labs']);
      assert.deepEqual(await names([text('startsWith', 'description', 'food, 1')]), ['Zeta Foods']);
      assert.deepEqual(await names([text('startsWith', 'name', 'robotics')]), [], 'inside, not at the start');
      assert.deepEqual(await names([text('startsWith', 'domain', 'example')]), []);
      assert.deepEqual(await names([text('startsWith', 'name', 'é')]), ['Émile Café']);
    });

    it('text notEquals: everything equals leaves out, clients without the field included', async () => {
      assert.deepEqual(await names([text('notEquals', 'name', 'acme LABS')]), [
        'Acme Robotics',
        'Beta Logistics',
        'Zeta Foods',
        'Émile Café',
      ]);
      assert.deepEqual(await names([text('notEquals', 'domain', 'ACME.example')]), [
        'acme labs',
        'ACME LABS',
        'Beta Logistics',
        'Zeta Foods',
        'Émile Café',
      ]);
      assert.deepEqual(await names([text('notEquals', 'description', 'nothing like it')]), ALL);
      // Its twin: equals and notEquals split the clients between them.
      for (const [field, value] of [
        ['name', 'acme labs'],
        ['domain', 'cafe.example'],
        ['description', 'Crème brûlée'],
        ['domain', ''],
      ]) {
        const equal = await names([text('equals', field, value)]);
        const notEqual = await names([text('notEquals', field, value)]);
        assert.deepEqual([...equal, ...notEqual].sort(), [...ALL].sort(), `${field} ${value}`);
        assert.ok(equal.every((name: string) => !notEqual.includes(name)));
      }
    });

    it('text: a field that is not set counts as the empty text', async () => {
      assert.deepEqual(await names([text('equals', 'domain', '')]), ['ACME LABS', 'Beta Logistics']);
      assert.deepEqual(await names([text('notEquals', 'domain', '')]), [
        'acme labs',
        'Acme Robotics',
        'Zeta Foods',
        'Émile Café',
      ]);
      // Beta's description was sent as "", the labs' never: the same to a search.
      assert.deepEqual(await names([text('equals', 'description', '')]), ['acme labs', 'ACME LABS', 'Beta Logistics']);
      assert.deepEqual(await names([text('contains', 'description', '')]), ALL);
      assert.deepEqual(await names([text('startsWith', 'domain', '   ')]), ALL);
      assert.deepEqual(await names([text('contains', 'domain', 'a')]), [
        'acme labs',
        'Acme Robotics',
        'Zeta Foods',
        'Émile Café',
      ]);
    });

    it('entitySelect client.stage: in and notIn (clients without a stage are never in, always notIn)', async () => {
      assert.deepEqual(await names([select('in', 'stage', [stages[0].id])]), ['Acme Robotics', 'Zeta Foods']);
      assert.deepEqual(await names([select('in', 'stage', [stages[1].id, stages[2].id, stages[1].id])]), [
        'acme labs',
        'ACME LABS',
        'Émile Café',
      ]);
      assert.deepEqual(await names([select('notIn', 'stage', [stages[0].id])]), [
        'acme labs',
        'ACME LABS',
        'Beta Logistics',
        'Émile Café',
      ]);
      assert.deepEqual(await names([select('notIn', 'stage', [stages[0].id, stages[1].id, stages[2].id])]), [
        'Beta Logistics',
      ]);
      assert.deepEqual(await names([select('in', 'stage', [stages[3].id])]), [], 'a stage nobody is in');
    });

    it('entitySelect: empty, unknown and malformed ids match nothing', async () => {
      for (const value of [[], [UNKNOWN_UUID], [NOT_A_UUID], ['']]) {
        for (const field of ['stage', 'contacts']) {
          assert.deepEqual(await names([select('in', field, value)]), [], `${field} in ${JSON.stringify(value)}`);
          assert.deepEqual(
            await names([select('notIn', field, value)]),
            ALL,
            `${field} notIn ${JSON.stringify(value)}`,
          );
        }
      }
      assert.deepEqual(await names([select('in', 'stage', [NOT_A_UUID, stages[2].id])]), ['Émile Café']);
    });

    it('entitySelect client.contacts: clients that have one of them (in) or none of them (notIn)', async () => {
      assert.deepEqual(await names([select('in', 'contacts', [contacts.robotics])]), ['Acme Robotics']);
      assert.deepEqual(await names([select('in', 'contacts', [contacts.zeta, contacts.robotics])]), [
        'Acme Robotics',
        'Zeta Foods',
      ]);
      assert.deepEqual(await names([select('notIn', 'contacts', [contacts.robotics])]), [
        'acme labs',
        'ACME LABS',
        'Beta Logistics',
        'Zeta Foods',
        'Émile Café',
      ]);
      // A client id is not a contact id.
      assert.deepEqual(await names([select('in', 'contacts', [ids.robotics])]), []);
    });

    it('entitySelect client.contacts: an archived contact counts as gone', async () => {
      assert.deepEqual(await names([select('in', 'contacts', [contacts.archived])]), []);
      assert.deepEqual(await names([select('notIn', 'contacts', [contacts.archived])]), ALL);
    });

    it('date: strictly before or after createdAt or modifiedAt', async () => {
      const at = created.beta;
      assert.deepEqual(await names([date('before', 'createdAt', at)]), ['acme labs', 'ACME LABS', 'Acme Robotics']);
      assert.deepEqual(await names([date('after', 'createdAt', at)]), ['Zeta Foods', 'Émile Café']);
      assert.deepEqual(await names([date('after', 'createdAt', at), date('before', 'createdAt', created.emile)]), [
        'Zeta Foods',
      ]);
      // Inputs in any form the pattern allows: no seconds, a longer fraction.
      assert.deepEqual(await names([date('before', 'createdAt', '2000-01-01T00:00Z')]), []);
      assert.deepEqual(await names([date('after', 'createdAt', '2000-01-01T00:00:00.1234Z')]), ALL);
      assert.deepEqual(await names([date('after', 'createdAt', '2999-12-31T23:59:59Z')]), []);
      // modifiedAt moves on an update; createdAt does not.
      const patched = await t.client.request('PATCH', `/clients/${ids.labs}`, { status: 'active' });
      assert.equal(patched.status, 200, patched.text);
      const since = created.emile;
      assert.deepEqual(await names([date('after', 'modifiedAt', since)]), ['acme labs']);
      assert.deepEqual(await names([date('before', 'modifiedAt', patched.body.modifiedAt)]), [
        'ACME LABS',
        'Acme Robotics',
        'Beta Logistics',
        'Zeta Foods',
        'Émile Café',
      ]);
      assert.deepEqual(await names([date('after', 'createdAt', since)]), []);
    });

    it('every filter must hold (AND)', async () => {
      assert.deepEqual(await names([text('contains', 'name', 'acme'), select('in', 'stage', [stages[1].id])]), [
        'acme labs',
        'ACME LABS',
      ]);
      assert.deepEqual(
        await names([
          text('contains', 'name', 'acme'),
          select('in', 'stage', [stages[1].id]),
          text('notEquals', 'domain', ''),
        ]),
        ['acme labs'],
      );
      assert.deepEqual(
        await names([text('contains', 'name', 'acme'), select('notIn', 'contacts', [contacts.robotics])]),
        ['acme labs', 'ACME LABS'],
      );
      assert.deepEqual(await names([text('contains', 'name', 'acme'), text('contains', 'name', 'zeta')]), []);
      assert.deepEqual(
        await names([text('contains', 'description', 'o'), date('after', 'createdAt', created.robotics)]),
        ['Zeta Foods'],
      );
    });

    it('leaves archived clients out, whatever matches them', async () => {
      for (const filter of [
        text('contains', 'name', 'gone'),
        text('equals', 'domain', 'gone.example'),
        text('contains', 'description', 'archived'),
      ]) {
        assert.deepEqual(await names([filter]), [], JSON.stringify(filter));
      }
      const restored = await t.client.request('POST', `/clients/${ids.gone}/restore`);
      assert.equal(restored.status, 200, restored.text);
      assert.deepEqual(await names([text('contains', 'name', 'gone')]), ['Acme Gone']);
      const gone = await t.client.request('DELETE', `/clients/${ids.gone}`);
      assert.equal(gone.status, 204, gone.text);
      assert.deepEqual(await names([text('contains', 'name', 'gone')]), []);
    });

    it('finds a client by what it holds now, after its company changed', async () => {
      const renamed = await t.client.request('PATCH', `/clients/${ids.beta}`, {
        company: { name: 'Beta Freight', domain: 'BETA.example', description: 'Moves pallets' },
      });
      assert.equal(renamed.status, 200, renamed.text);
      assert.deepEqual(await names([text('contains', 'name', 'logistics')]), []);
      assert.deepEqual(await names([text('contains', 'name', 'freight')]), ['Beta Freight']);
      assert.deepEqual(await names([text('equals', 'domain', 'beta.example')]), ['Beta Freight']);
      assert.deepEqual(await names([text('contains', 'description', 'pallet')]), ['Beta Freight']);
      const cleared = await t.client.request('PATCH', `/clients/${ids.beta}`, {
        company: { name: 'Beta Logistics', domain: null, description: '' },
      });
      assert.equal(cleared.status, 200, cleared.text);
      assert.deepEqual(await names([text('contains', 'description', 'pallet')]), []);
      assert.deepEqual(await names([text('contains', 'name', 'freight')]), []);
      assert.deepEqual(await names([text('contains', 'name', 'logistics')]), ['Beta Logistics']);
    });

    describe('paging', () => {
      it('walks every page with pageSize 1; the last says there is no next page', async () => {
        const seen: string[] = [];
        for (let page = 0; page < ALL.length; page++) {
          const res = await t.client.request('POST', '/clients/_search', { filters: [], page, pageSize: 1 });
          assert.equal(res.status, 200, res.text);
          assert.equal(res.body.items.length, 1);
          assert.equal(res.body.pagination.hasNextPage, page < ALL.length - 1, `page ${page}`);
          seen.push(res.body.items[0].name);
        }
        assert.deepEqual(seen, ALL);
      });

      it('answers an empty page, with no next page, past the end', async () => {
        for (const [page, pageSize] of [
          [ALL.length, 1],
          [1, ALL.length],
          [3, 5],
          [1_000_000, 100],
        ]) {
          const res = await t.client.request('POST', '/clients/_search', { filters: [], page, pageSize });
          assert.equal(res.status, 200, res.text);
          assert.deepEqual(res.body, { items: [], pagination: { hasNextPage: false } }, `page ${page} of ${pageSize}`);
        }
      });

      it('fits a last page exactly, or leaves a remainder on it', async () => {
        const exact = await t.client.request('POST', '/clients/_search', { filters: [], pageSize: ALL.length });
        assert.equal(exact.body.items.length, ALL.length);
        assert.equal(exact.body.pagination.hasNextPage, false);
        const first = await t.client.request('POST', '/clients/_search', { filters: [], pageSize: 4 });
        assert.deepEqual(
          first.body.items.map((i: { name: string }) => i.name),
          ALL.slice(0, 4),
        );
        assert.equal(first.body.pagination.hasNextPage, true);
        const last = await t.client.request('POST', '/clients/_search', { filters: [], page: 1, pageSize: 4 });
        assert.deepEqual(
          last.body.items.map((i: { name: string }) => i.name),
          ALL.slice(4),
        );
        assert.equal(last.body.pagination.hasNextPage, false);
      });

      it('takes pageSize 100 and pages a filtered result too', async () => {
        assert.deepEqual(await names([], { pageSize: 100 }), ALL);
        const filtered = [text('contains', 'name', 'acme')];
        assert.deepEqual(await names(filtered, { page: 1, pageSize: 2 }), ['Acme Robotics']);
        const res = await t.client.request('POST', '/clients/_search', { filters: filtered, pageSize: 2 });
        assert.equal(res.body.pagination.hasNextPage, true);
      });

      it('pages 20 clients at a time by default, from page 0', async () => {
        const many = await t.newTenant('many');
        for (let i = 0; i < 21; i++) {
          const res = await many.request('POST', '/clients', {
            company: { name: `Client ${String(i).padStart(2, '0')}` },
          });
          assert.equal(res.status, 201, res.text);
        }
        const first = await many.request('POST', '/clients/_search', { filters: [] });
        assert.equal(first.body.items.length, 20);
        assert.equal(first.body.items[0].name, 'Client 00');
        assert.equal(first.body.pagination.hasNextPage, true);
        const second = await many.request('POST', '/clients/_search', { filters: [], page: 1 });
        assert.deepEqual(
          second.body.items.map((i: { name: string }) => i.name),
          ['Client 20'],
        );
        assert.equal(second.body.pagination.hasNextPage, false);
      });
    });

    describe('tenant isolation', () => {
      it("never shows another tenant's clients", async () => {
        assert.ok(!(await names([])).includes('Acme Elsewhere'));
        assert.deepEqual(await names([text('equals', 'domain', 'acme.example')]), ['Acme Robotics']);
        assert.deepEqual(await names([text('contains', 'description', 'industrial robots')]), ['Acme Robotics']);
        assert.deepEqual(await names([], {}, other), ['Acme Elsewhere']);
      });

      it("matches nothing with another tenant's stage or contact ids", async () => {
        assert.deepEqual(await names([select('in', 'stage', [otherStage])]), []);
        assert.deepEqual(await names([select('notIn', 'stage', [otherStage])]), ALL);
        assert.deepEqual(await names([select('in', 'contacts', [contacts.other])]), []);
        assert.deepEqual(await names([select('notIn', 'contacts', [contacts.other])]), ALL);
        // And the other way round.
        assert.deepEqual(await names([select('in', 'contacts', [contacts.robotics])], {}, other), []);
        assert.deepEqual(await names([select('in', 'stage', [stages[0].id])], {}, other), []);
      });
    });

    it('is its own route: /clients/_search is not a client id', async () => {
      const get = await t.client.request('GET', '/clients/_search');
      assert.equal(get.status, 404);
      assert.equal(get.body.message, 'CLIENT_NOT_FOUND');
      const restore = await t.client.request('POST', '/clients/_search/restore');
      assert.equal(restore.status, 404);
      assert.equal(restore.body.message, 'CLIENT_NOT_FOUND');
      const search = await t.client.request('POST', '/clients/_search', { filters: [] });
      assert.equal(search.status, 200);
      const noKey = await t.app.inject({ method: 'POST', url: '/clients/_search', payload: { filters: [] } });
      assert.equal(noKey.statusCode, 401);
    });

    describe('malformed bodies', () => {
      const valid = text('contains', 'name', 'acme');
      async function errorsFor(body: unknown) {
        return fieldErrors(await t.client.request('POST', '/clients/_search', body));
      }
      const cases: [string, unknown, string[]][] = [
        ['an unknown type', { ...valid, type: 'number' }, ['INVALID_ENUM_VALUE:filters.0.type']],
        [
          'a type that is not a string',
          { ...valid, type: 1 },
          ['INVALID_ENUM_VALUE:filters.0.type', 'INVALID_TYPE:filters.0.type'],
        ],
        ['an unknown operator', { ...valid, operator: 'like' }, ['INVALID_ENUM_VALUE:filters.0.operator']],
        ['another type’s operator', { ...valid, operator: 'in' }, ['INVALID_ENUM_VALUE:filters.0.operator']],
        ['an unknown path', { ...valid, path: 'client.company.industry' }, ['INVALID_ENUM_VALUE:filters.0.path']],
        ['another type’s path', select('in', 'company.name', []), ['INVALID_ENUM_VALUE:filters.0.path']],
        ['a date path on text', { ...valid, path: 'client.createdAt' }, ['INVALID_ENUM_VALUE:filters.0.path']],
        ['a number as text', text('contains', 'name', 5), ['INVALID_TYPE:filters.0.value']],
        ['a list as text', text('equals', 'name', ['a']), ['INVALID_TYPE:filters.0.value']],
        ['null as text', text('equals', 'domain', null), ['INVALID_TYPE:filters.0.value']],
        ['text over 10,000 characters', text('contains', 'name', 'x'.repeat(10_001)), ['TOO_BIG:filters.0.value']],
        ['a string as ids', select('in', 'stage', 'abc'), ['INVALID_TYPE:filters.0.value']],
        ['a number among ids', select('in', 'contacts', ['a', 2]), ['INVALID_TYPE:filters.0.value.1']],
        ['over 200 ids', select('notIn', 'stage', Array(201).fill(UNKNOWN_UUID)), ['TOO_BIG:filters.0.value']],
        ['an impossible date', date('before', 'createdAt', '2023-02-29T00:00:00Z'), ['INVALID_FORMAT:filters.0.value']],
        ['a date without Z', date('after', 'modifiedAt', '2024-01-01T00:00:00'), ['INVALID_FORMAT:filters.0.value']],
        ['a date without time', date('after', 'modifiedAt', '2024-01-01'), ['INVALID_FORMAT:filters.0.value']],
        ['a number as date', date('after', 'createdAt', 1_700_000_000), ['INVALID_TYPE:filters.0.value']],
        [
          'an unknown date operator',
          date('on', 'createdAt', '2024-01-01T00:00:00Z'),
          ['INVALID_ENUM_VALUE:filters.0.operator'],
        ],
        [
          'a missing type',
          { operator: 'contains', path: 'client.company.name', value: 'x' },
          ['REQUIRED:filters.0.type'],
        ],
        [
          'a missing operator',
          { type: 'text', path: 'client.company.name', value: 'x' },
          ['REQUIRED:filters.0.operator'],
        ],
        [
          'a missing path',
          { type: 'date', operator: 'after', value: '2024-01-01T00:00Z' },
          ['REQUIRED:filters.0.path'],
        ],
        [
          'a missing value',
          { type: 'entitySelect', operator: 'in', path: 'client.stage' },
          ['REQUIRED:filters.0.value'],
        ],
        ['an extra key', { ...valid, caseSensitive: true }, ['UNRECOGNIZED_KEY:filters.0.caseSensitive']],
        ['a filter that is a string', 'name contains acme', ['INVALID_TYPE:filters.0']],
        ['a filter that is null', null, ['INVALID_TYPE:filters.0']],
        ['a filter that is a list', [valid], ['INVALID_TYPE:filters.0']],
      ];
      for (const [name, filter, expected] of cases) {
        it(`names ${name}`, async () => {
          assert.deepEqual(await errorsFor({ filters: [filter] }), expected);
          // The same filter after a valid one is named by its own place.
          const later = expected.map((e) => e.replace('filters.0', 'filters.1'));
          assert.deepEqual(await errorsFor({ filters: [valid, filter] }), later.sort());
        });
      }

      it('names the allowed operators and paths of the filter’s own type', async () => {
        const res = await t.client.request('POST', '/clients/_search', {
          filters: [select('contains', 'company.name', [])],
        });
        assert.equal(res.status, 400);
        const byPath = Object.fromEntries(res.body.errors.map((e: { path: string }) => [e.path, e]));
        assert.deepEqual(byPath['filters.0.operator'], {
          code: 'INVALID_ENUM_VALUE',
          path: 'filters.0.operator',
          message: 'must be one of in, notIn for type entitySelect',
          received: 'contains',
        });
        assert.equal(
          byPath['filters.0.path'].message,
          'must be one of client.stage, client.contacts for type entitySelect',
        );
      });

      it('lists every problem of several malformed filters at once, and of the body', async () => {
        const res = await t.client.request('POST', '/clients/_search', {
          filters: [
            { type: 'text', operator: 'in', path: 'client.stage', value: 'x', extra: 1 },
            valid,
            { type: 'bogus', operator: 'contains', path: 'nowhere', value: 5 },
            date('before', 'createdAt', '2020-13-01T00:00:00Z'),
            { operator: 'notIn' },
            select('notIn', 'contacts', [1]),
          ],
          page: -1,
          pageSize: 101,
          sort: 'name',
        });
        assert.deepEqual(fieldErrors(res), [
          'INVALID_ENUM_VALUE:filters.0.operator',
          'INVALID_ENUM_VALUE:filters.0.path',
          'INVALID_ENUM_VALUE:filters.2.path',
          'INVALID_ENUM_VALUE:filters.2.type',
          'INVALID_FORMAT:filters.3.value',
          'INVALID_TYPE:filters.2.value',
          'INVALID_TYPE:filters.5.value.0',
          'REQUIRED:filters.4.path',
          'REQUIRED:filters.4.type',
          'REQUIRED:filters.4.value',
          'TOO_BIG:pageSize',
          'TOO_SMALL:page',
          'UNRECOGNIZED_KEY:filters.0.extra',
          'UNRECOGNIZED_KEY:sort',
        ]);
      });

      for (const [name, body, expected] of [
        ['no body', undefined, ['REQUIRED:filters']],
        ['no filters', { page: 0 }, ['REQUIRED:filters']],
        ['filters that are not a list', { filters: { type: 'text' } }, ['INVALID_TYPE:filters']],
        ['over 50 filters', { filters: Array(51).fill(valid) }, ['TOO_BIG:filters']],
        ['a fractional page', { filters: [], page: 1.5 }, ['INVALID_TYPE:page']],
        ['a page as text', { filters: [], page: '1' }, ['INVALID_TYPE:page']],
        ['pageSize 0', { filters: [], pageSize: 0 }, ['TOO_SMALL:pageSize']],
        ['pageSize 101', { filters: [], pageSize: 101 }, ['TOO_BIG:pageSize']],
      ] as [string, unknown, string[]][]) {
        it(`names ${name}`, async () => {
          assert.deepEqual(await errorsFor(body), expected);
        });
      }
    });

    it('is documented: the filter shape by type, with enums, in the OpenAPI document', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const op = doc.paths['/clients/_search'].post;
      assert.ok(op.summary);
      assert.match(op.description, /notEquals/);
      const body = op.requestBody.content['application/json'].schema;
      assert.deepEqual(body.required, ['filters']);
      // Members may be inline or named components, as the document chooses.
      const resolve = (schema: any) =>
        schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
      const filter = resolve(body.properties.filters.items);
      assert.equal(filter.discriminator.propertyName, 'type');
      const members = filter.oneOf.map(resolve);
      const shapes = Object.fromEntries(
        members.map((s: any) => [
          s.properties.type.enum?.[0] ?? s.properties.type.const,
          {
            operator: s.properties.operator.enum,
            path: s.properties.path.enum,
            value: resolve(s.properties.value).type,
          },
        ]),
      );
      assert.deepEqual(shapes, {
        text: {
          operator: ['contains', 'equals', 'startsWith', 'notEquals'],
          path: ['client.company.name', 'client.company.domain', 'client.company.description'],
          value: 'string',
        },
        entitySelect: { operator: ['in', 'notIn'], path: ['client.stage', 'client.contacts'], value: 'array' },
        date: { operator: ['before', 'after'], path: ['client.createdAt', 'client.modifiedAt'], value: 'string' },
      });
      for (const shape of members) {
        assert.equal(shape.additionalProperties, false);
        assert.deepEqual([...shape.required].sort(), ['operator', 'path', 'type', 'value']);
      }
      const item = resolve(resolve(op.responses['200'].content['application/json'].schema).properties.items.items);
      assert.deepEqual(Object.keys(item.properties).sort(), [
        'createdAt',
        'domain',
        'id',
        'logoUrl',
        'modifiedAt',
        'name',
        'stage',
      ]);
    });
  });
}
