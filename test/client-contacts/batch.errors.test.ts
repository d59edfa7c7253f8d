import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { requireIfMatch } from '../../src/modules/tenants/tenant.service.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { batch, eventCount, sendBatch, withoutRequestId } from './batch.fixtures.js';
import { allContacts, archiveContact, makeClient, makeContact, readContact } from './fixtures.js';

/**
 * POST /clients/contacts/_batch (API.md §5.2): what fails. A failing operation answers exactly what its single
 * endpoint answers (checked by sending that request too); a malformed batch runs nothing.
 */

type Single = { method: 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown; headers?: Record<string, string> };

/** Everything a tenant's reads show, to check that a refused request changed nothing. */
async function snapshot(api: Client) {
  return { contacts: await allContacts(api), events: await eventCount(api) };
}

for (const dialect of dialects()) {
  describe(`client contacts batch, errors [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    let held: any;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Errors Ltd');
      held = await makeContact(t.client, clientId, { firstName: 'Held', emails: [{ email: 'held@errors.example' }] });
    });
    after(async () => t.close());

    it('answers a failing operation with its single endpoint’s exact error, and the batch’s request id', async () => {
      const archived = await makeContact(t.client, clientId, { firstName: 'Gone' });
      await archiveContact(t.client, archived.id);
      const missing = uuidv7();
      const cases: { op: Record<string, unknown>; single: Single }[] = [
        {
          op: { op: 'create', clientId, body: { firstName: '', lastName: 5, nope: 1, emails: [{ email: 'x' }] } },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: { op: 'create', clientId, body: { role: 'No names' } },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: { op: 'create', clientId, body: { firstName: 'Nul\u0000', lastName: 'Char' } },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: { op: 'create', clientId: missing, body: { firstName: 'A', lastName: 'B' } },
          single: { method: 'POST', url: `/clients/contacts/${missing}` },
        },
        {
          op: { op: 'create', clientId: 'not-a-uuid', body: { firstName: 'A', lastName: 'B' } },
          single: { method: 'POST', url: '/clients/contacts/not-a-uuid' },
        },
        {
          op: {
            op: 'create',
            clientId,
            body: { firstName: 'Dup', lastName: 'Mail', emails: [{ email: 'HELD@errors.example' }] },
          },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: {
            op: 'create',
            clientId,
            body: {
              firstName: 'Two',
              lastName: 'Primaries',
              emails: [
                { email: 'a@e.example', isPrimary: true },
                { email: 'b@e.example', isPrimary: true },
              ],
            },
          },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: { op: 'create', clientId, body: { firstName: 'S', lastName: 'T', stageId: missing } },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: { op: 'create', clientId, body: { candidateId: missing } },
          single: { method: 'POST', url: `/clients/contacts/${clientId}` },
        },
        {
          op: {
            op: 'update',
            id: held.id,
            body: { emails: [{ email: 'bad' }], firstName: null, role: 'x'.repeat(256) },
          },
          single: { method: 'PATCH', url: `/clients/contacts/${held.id}` },
        },
        {
          op: { op: 'update', id: missing, body: { role: 'x' } },
          single: { method: 'PATCH', url: `/clients/contacts/${missing}` },
        },
        {
          op: { op: 'update', id: 'nope', body: { role: 'x' } },
          single: { method: 'PATCH', url: '/clients/contacts/nope' },
        },
        {
          op: { op: 'update', id: archived.id, body: { role: 'x' } },
          single: { method: 'PATCH', url: `/clients/contacts/${archived.id}` },
        },
        {
          op: { op: 'update', id: held.id, body: { role: 'Stale' }, ifMatch: 7 },
          single: { method: 'PATCH', url: `/clients/contacts/${held.id}`, headers: { 'if-match': '"7"' } },
        },
        {
          op: { op: 'update', id: held.id, body: { role: 'Odd' }, ifMatch: 'garbage' },
          single: { method: 'PATCH', url: `/clients/contacts/${held.id}`, headers: { 'if-match': 'garbage' } },
        },
        {
          op: { op: 'update', id: held.id, body: { startDate: '2024-01-01T00:00Z', endDate: '2023-01-01T00:00Z' } },
          single: { method: 'PATCH', url: `/clients/contacts/${held.id}` },
        },
        { op: { op: 'archive', id: missing }, single: { method: 'DELETE', url: `/clients/contacts/${missing}` } },
        {
          op: { op: 'archive', id: archived.id },
          single: { method: 'DELETE', url: `/clients/contacts/${archived.id}` },
        },
        {
          op: { op: 'archive', id: held.id, ifMatch: 'W/"9"' },
          single: { method: 'DELETE', url: `/clients/contacts/${held.id}`, headers: { 'if-match': 'W/"9"' } },
        },
      ];
      const before = await snapshot(t.client);
      const { results, requestId } = await batch(
        t.client,
        cases.map((c) => c.op),
        { 'x-request-id': 'batch-errors-1' },
      );
      assert.equal(requestId, 'batch-errors-1');
      assert.deepEqual(await snapshot(t.client), before);
      for (const [i, c] of cases.entries()) {
        const single = await t.client.request(c.single.method, c.single.url, c.op.body, c.single.headers);
        assert.ok(single.status >= 400, `${i}: ${single.text}`);
        const r = results[i];
        assert.equal(r.outcome, 'failed', `${i}`);
        assert.equal(r.status, single.status, `${i}: ${JSON.stringify(r.body)}`);
        assert.equal(r.body.requestId, 'batch-errors-1');
        assert.deepEqual(withoutRequestId(r.body), withoutRequestId(single.body), `${i}`);
      }
      assert.deepEqual(await snapshot(t.client), before);
    });

    it('refuses a malformed operation alone, naming its own fields and its body’s paths as the endpoint does', async () => {
      const op = (errors: [string, string][]) => errors;
      const cases: [unknown, [string, string][]][] = [
        ['create', op([['INVALID_TYPE', '']])],
        [null, op([['INVALID_TYPE', '']])],
        [{}, op([['REQUIRED', 'op']])],
        [{ op: 'delete', id: held.id }, op([['INVALID_ENUM_VALUE', 'op']])],
        [{ op: 'update', body: {} }, op([['REQUIRED', 'id']])],
        [{ op: 'create', body: { firstName: 'A', lastName: 'B' } }, op([['REQUIRED', 'clientId']])],
        [{ op: 'upsert', body: { firstName: 'A', lastName: 'B' } }, op([['REQUIRED', 'clientId']])],
        [{ op: 'create', clientId }, op([['REQUIRED', 'body']])],
        [{ op: 'update', id: held.id, body: 'role' }, op([['INVALID_TYPE', 'body']])],
        [{ op: 'update', id: held.id, body: [] }, op([['INVALID_TYPE', 'body']])],
        [{ op: 'archive', id: held.id, body: {} }, op([['UNRECOGNIZED_KEY', 'body']])],
        [{ op: 'update', id: 5, body: {} }, op([['INVALID_TYPE', 'id']])],
        [
          { op: 'upsert', clientId, body: { candidateId: held.candidateId, firstName: 'A', lastName: 'B' } },
          op([['UNRECOGNIZED_KEY', 'candidateId']]),
        ],
        [
          {
            op: 'update',
            id: held.id,
            body: { role: 5, emails: [{ email: 'a@b.example', purpose: 'home' }] },
            ifMatch: -1,
            extra: true,
          },
          op([
            ['UNRECOGNIZED_KEY', 'extra'],
            ['TOO_SMALL', 'ifMatch'],
            ['INVALID_TYPE', 'role'],
            ['INVALID_ENUM_VALUE', 'emails.0.purpose'],
          ]),
        ],
        [{ op: 'archive', id: held.id, ifMatch: true }, op([['INVALID_TYPE', 'ifMatch']])],
        [
          { op: 'update', id: 'x\u0000', body: { role: 'ok\u0000' } },
          op([
            ['INVALID_FORMAT', 'id'],
            ['INVALID_FORMAT', 'role'],
          ]),
        ],
      ];
      const before = await snapshot(t.client);
      const operations = [
        ...cases.map(([c]) => c),
        { op: 'update', id: held.id, body: { department: ' Still runs ' } },
      ];
      const { results } = await batch(t.client, operations);
      for (const [i, [, expected]] of cases.entries()) {
        const r = results[i];
        assert.equal(r.status, 400, `${i}`);
        assert.equal(r.outcome, 'failed');
        assert.equal(r.body.message, 'VALIDATION_ERROR');
        assert.deepEqual(
          r.body.errors.map((e: { code: string; path: string }) => [e.code, e.path]),
          expected,
          `${i}: ${JSON.stringify(r.body.errors)}`,
        );
      }
      // The well-formed one ran (trimmed, as every body is), and nothing else changed.
      const last = results[cases.length];
      assert.equal(last.outcome, 'updated');
      assert.equal(last.body.department, 'Still runs');
      const after = await snapshot(t.client);
      assert.deepEqual(
        after.contacts.filter((c) => c.id !== held.id),
        before.contacts.filter((c) => c.id !== held.id),
      );
      assert.equal(after.events, before.events + 1);
      held = last.body;
    });

    it('leaves the other operations applied when one fails', async () => {
      const a = await makeContact(t.client, clientId, { firstName: 'Ada' });
      const b = await makeContact(t.client, clientId, { firstName: 'Bea' });
      const { results } = await batch(t.client, [
        { op: 'update', id: a.id, body: { role: 'Applied' } },
        { op: 'update', id: b.id, body: { role: 'Refused', stageId: uuidv7() } },
        { op: 'archive', id: b.id },
      ]);
      assert.deepEqual(
        results.map((r) => [r.status, r.outcome]),
        [
          [200, 'updated'],
          [400, 'failed'],
          [204, 'archived'],
        ],
      );
      assert.equal(results[1].body.message, 'STAGE_NOT_FOUND');
      assert.equal((await readContact(t.client, a.id)).role, 'Applied');
      const archivedB = await readContact(t.client, b.id);
      assert.equal(archivedB.role, null);
      assert.notEqual(archivedB.archivedAt, null);
    });

    it('refuses a malformed batch as a whole with a plain 400 and runs none of it', async () => {
      const create = (i: number) => ({ op: 'create', clientId, body: { firstName: `Never${i}`, lastName: 'Made' } });
      const bodies: [string, unknown, string[]][] = [
        ['an array', [create(0)], ['INVALID_TYPE:']],
        ['a string', '"operations"', ['INVALID_TYPE:']],
        ['a number', '5', ['INVALID_TYPE:']],
        ['null', 'null', ['INVALID_TYPE:']],
        ['no operations', {}, ['REQUIRED:operations']],
        ['operations not an array', { operations: { 0: create(0) } }, ['INVALID_TYPE:operations']],
        ['no operation', { operations: [] }, ['TOO_SMALL:operations']],
        ['101 operations', { operations: Array.from({ length: 101 }, (_, i) => create(i)) }, ['TOO_BIG:operations']],
        ['an unknown key', { operations: [create(0)], atomic: true }, ['UNRECOGNIZED_KEY:atomic']],
      ];
      const before = await snapshot(t.client);
      for (const [name, body, errors] of bodies) {
        const res = await t.client.request('POST', '/clients/contacts/_batch', body);
        assert.equal(res.status, 400, `${name}: ${res.text}`);
        assert.deepEqual(
          { status: res.body.status, message: res.body.message },
          { status: 400, message: 'VALIDATION_ERROR' },
          name,
        );
        assert.deepEqual(
          res.body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`),
          errors,
          name,
        );
        assert.equal(res.body.results, undefined);
      }
      const broken = await t.client.request('POST', '/clients/contacts/_batch', '{"operations": [');
      assert.equal(broken.status, 400);
      assert.equal(broken.body.message, 'INVALID_JSON');
      const noBody = await t.client.request('POST', '/clients/contacts/_batch');
      assert.equal(noBody.status, 400);
      assert.deepEqual(
        noBody.body.errors.map((e: { path: string }) => e.path),
        ['operations'],
      );
      assert.deepEqual(await snapshot(t.client), before);
    });

    it('answers another tenant’s ids as missing, per operation, and leaves that tenant as it was', async () => {
      const owner = await t.newTenant('owner');
      const ownerClient = await makeClient(owner, 'Owner Ltd');
      const ownerContact = await makeContact(owner, ownerClient, {
        firstName: 'Own',
        emails: [{ email: 'own@owner.example' }],
      });
      const ownerBefore = await snapshot(owner);
      const { results } = await batch(t.client, [
        { op: 'update', id: ownerContact.id, body: { role: 'Taken' } },
        { op: 'update', id: ownerContact.id, body: {}, ifMatch: 1 },
        { op: 'archive', id: ownerContact.id },
        { op: 'create', clientId: ownerClient, body: { firstName: 'In', lastName: 'Truder' } },
        { op: 'create', clientId, body: { candidateId: ownerContact.candidateId } },
        { op: 'upsert', clientId: ownerClient, body: { role: 'x', emails: [{ email: 'own@owner.example' }] } },
        // The address belongs to a person of the other tenant only: here it is nobody's.
        {
          op: 'upsert',
          clientId,
          body: { firstName: 'Own', lastName: 'Twin', emails: [{ email: 'own@owner.example' }] },
        },
      ]);
      assert.deepEqual(
        results.map((r) => `${r.status} ${r.body?.message ?? r.outcome}`),
        [
          '404 CLIENT_CONTACT_NOT_FOUND',
          '404 CLIENT_CONTACT_NOT_FOUND',
          '404 CLIENT_CONTACT_NOT_FOUND',
          '404 CLIENT_NOT_FOUND',
          '404 CANDIDATE_NOT_FOUND',
          '404 CLIENT_NOT_FOUND',
          '201 created',
        ],
      );
      assert.notEqual(results[6].body.candidateId, ownerContact.candidateId);
      assert.deepEqual(await snapshot(owner), ownerBefore);
    });
  });

  describe(`client contacts batch where the tenant requires If-Match [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('refuses update and archive without ifMatch (428) as PATCH and DELETE would; create and upsert need none', async () => {
      const api = await t.newTenant('strict');
      await requireIfMatch(t.ctx, api.tenantId, true);
      const clientId = await makeClient(api, 'Strict Ltd');
      const contact = await makeContact(api, clientId, { firstName: 'Vera' });
      const { results } = await batch(api, [
        { op: 'update', id: contact.id, body: { role: 5 } },
        { op: 'archive', id: contact.id },
        { op: 'update', id: contact.id, body: { role: 'Versioned' }, ifMatch: contact.version },
        { op: 'create', clientId, body: { firstName: 'New', lastName: 'Role' } },
        {
          op: 'upsert',
          clientId,
          body: { firstName: 'Up', lastName: 'Sert', emails: [{ email: 'up@strict.example' }] },
        },
        { op: 'archive', id: contact.id, ifMatch: '*' },
      ]);
      assert.deepEqual(
        results.map((r) => [r.status, r.outcome]),
        [
          [428, 'failed'],
          [428, 'failed'],
          [200, 'updated'],
          [201, 'created'],
          [201, 'created'],
          [204, 'archived'],
        ],
      );
      const patch = await api.request('PATCH', `/clients/contacts/${contact.id}`, { role: 5 });
      assert.deepEqual(withoutRequestId(results[0].body), withoutRequestId(patch.body));
      const res = await sendBatch(api, [{ op: 'create', clientId, body: { firstName: 'Batch', lastName: 'Itself' } }]);
      assert.equal(res.status, 207, 'the batch request itself needs no If-Match');
    });
  });

  if (dialect === 'sqlite') {
    describe('client contacts batch while the database is unavailable [sqlite]', () => {
      let t: TestApp;
      before(async () => {
        t = await buildTestApp('sqlite');
      });
      after(async () => t.close());

      it('answers each operation 503 SERVICE_UNAVAILABLE, not the batch, and writes nothing', async () => {
        const clientId = await makeClient(t.client, 'Outage Ltd');
        const contact = await makeContact(t.client, clientId, { firstName: 'Olive' });
        const before = await snapshot(t.client);
        // Another process holds the file's write lock for longer than a write waits for it.
        const { rows } = await sql<{ file: string }>`pragma database_list`.execute(t.db.kysely);
        const other = new SQLite(rows[0].file);
        other.exec('begin immediate');
        try {
          const { results } = await batch(t.client, [
            { op: 'update', id: contact.id, body: { role: 'Blocked' } },
            { op: 'create', clientId, body: { firstName: 'Never', lastName: 'Made' } },
            { op: 'update', id: 'nope', body: {} },
          ]);
          assert.deepEqual(
            results.map((r) => [r.status, r.outcome, r.body.message]),
            [
              [503, 'failed', 'SERVICE_UNAVAILABLE'],
              [503, 'failed', 'SERVICE_UNAVAILABLE'],
              [503, 'failed', 'SERVICE_UNAVAILABLE'],
            ],
          );
        } finally {
          other.exec('rollback');
          other.close();
        }
        assert.deepEqual(await snapshot(t.client), before);
      });
    });
  }
}
