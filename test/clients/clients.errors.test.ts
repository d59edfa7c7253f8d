import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { assertError, fieldErrors, insertContact } from './fixtures.js';

const MISSING = '01936b1e-0000-7000-8000-000000000000';

for (const dialect of dialects()) {
  describe(`clients, refused requests [${dialect}]`, () => {
    let t: TestApp;
    let client: { id: string; version: number };
    let archivedId: string;
    let contactStageId: string;
    let tierId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      tierId = (
        await t.client.request('POST', '/clients/columns', { label: 'Tier', type: 'select', options: ['A', 'B'] })
      ).body.id;
      client = (
        await t.client.request('POST', '/clients', {
          company: { name: 'Target', domain: 'target.example' },
          customAttributes: [{ attributeDefinitionId: tierId, value: 'A' }],
        })
      ).body;
      const archived = await t.client.request('POST', '/clients', { company: { name: 'Archived' } });
      archivedId = archived.body.id;
      await t.client.request('DELETE', `/clients/${archivedId}`);
      contactStageId = (await t.client.request('GET', '/pipeline/client-contacts/stages')).body.stages[0].id;
    });
    after(async () => t.close());

    /** A refused write changes nothing: the client reads exactly as before. */
    async function unchanged() {
      const res = await t.client.request('GET', `/clients/${client.id}`);
      const { contacts: _contacts, ...shown } = res.body;
      assert.deepEqual(shown, client);
    }

    it('lists every problem of a bad create body', async () => {
      const res = await t.client.request('POST', '/clients', {
        company: { name: ' ', domain: 'has space', linkedinUrl: 'ftp://x', extra: 1 },
        status: 'hot',
        locations: [{ city: 'Oslo', planet: 'Earth', latitude: 91 }],
        stageId: 5,
      });
      assert.deepEqual(fieldErrors(res), [
        'INVALID_ENUM_VALUE:status',
        'INVALID_FORMAT:company.domain',
        'INVALID_FORMAT:company.linkedinUrl',
        'INVALID_TYPE:stageId',
        'TOO_BIG:locations.0.latitude',
        'TOO_SMALL:company.name',
        'UNRECOGNIZED_KEY:company.extra',
        'UNRECOGNIZED_KEY:locations.0.planet',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('POST', '/clients', {})), ['REQUIRED:company']);
      assert.deepEqual(fieldErrors(await t.client.request('POST', '/clients', { company: {} })), [
        'REQUIRED:company.name',
      ]);
    });

    it('refuses unknown fields and nulls where a PATCH does not allow them, changing nothing', async () => {
      const res = await t.client.request('PATCH', `/clients/${client.id}`, {
        name: 'Typo',
        status: null,
        company: { name: null, id: 'x' },
        locations: null,
      });
      assert.deepEqual(fieldErrors(res), [
        'INVALID_ENUM_VALUE:status',
        'INVALID_TYPE:company.name',
        'INVALID_TYPE:locations',
        'INVALID_TYPE:status',
        'UNRECOGNIZED_KEY:company.id',
        'UNRECOGNIZED_KEY:name',
      ]);
      await unchanged();
    });

    it('answers 404 CLIENT_NOT_FOUND for unknown, malformed and archived ids', async () => {
      for (const id of [MISSING, 'nope', archivedId]) {
        assertError(await t.client.request('GET', `/clients/${id}`), 404, 'CLIENT_NOT_FOUND');
        assertError(await t.client.request('PATCH', `/clients/${id}`, { status: 'lost' }), 404, 'CLIENT_NOT_FOUND');
        assertError(await t.client.request('DELETE', `/clients/${id}`), 404, 'CLIENT_NOT_FOUND');
      }
      // The archived one stayed as it was.
      const listed = await t.client.request('GET', '/clients?includeArchived=true&q=archived');
      assert.equal(listed.body.items[0].status, 'lead');
      assert.equal(listed.body.items[0].version, 2);
    });

    it('refuses a stage that is not in the clients pipeline with 400 STAGE_NOT_FOUND', async () => {
      for (const stageId of [contactStageId, MISSING, 'nope']) {
        const res = await t.client.request('POST', '/clients', { company: { name: 'Stageless' }, stageId });
        assertError(res, 400, 'STAGE_NOT_FOUND');
        assertError(
          await t.client.request('PATCH', `/clients/${client.id}`, { stageId, status: 'lost' }),
          400,
          'STAGE_NOT_FOUND',
        );
      }
      await unchanged();
      assert.deepEqual((await t.client.request('GET', '/clients?q=stageless&includeArchived=true')).body.items, []);
    });

    it('refuses bad custom attributes, naming the definition, changing nothing', async () => {
      const bad = await t.client.request('PATCH', `/clients/${client.id}`, {
        status: 'lost',
        customAttributes: [{ attributeDefinitionId: tierId, value: 'C' }],
      });
      assertError(bad, 400, 'INVALID_ATTRIBUTE_VALUE');
      assert.deepEqual(bad.body.details, { attributeDefinitionId: tierId, label: 'Tier' });

      const contactDef = (await t.client.request('POST', '/clients/contacts/columns', { label: 'Tier', type: 'text' }))
        .body;
      for (const id of [MISSING, 'tier', contactDef.id]) {
        const res = await t.client.request('PATCH', `/clients/${client.id}`, {
          customAttributes: [{ attributeDefinitionId: id, value: 'A' }],
        });
        assertError(res, 400, 'ATTRIBUTE_DEFINITION_NOT_FOUND');
        assert.deepEqual(res.body.details, { attributeDefinitionId: id });
      }
      assert.deepEqual(
        fieldErrors(
          await t.client.request('PATCH', `/clients/${client.id}`, {
            customAttributes: [{ attributeDefinitionId: tierId }],
          }),
        ),
        ['REQUIRED:customAttributes.0.value'],
      );
      await unchanged();
      const create = await t.client.request('POST', '/clients', {
        company: { name: 'Never made' },
        customAttributes: [{ attributeDefinitionId: tierId, value: ['A'] }],
      });
      assertError(create, 400, 'INVALID_ATTRIBUTE_VALUE');
      assert.deepEqual((await t.client.request('GET', '/clients?q=never')).body.items, []);
    });

    it('refuses a stale If-Match with 412 and the current version, changing nothing', async () => {
      for (const ifMatch of ['"2"', '0', 'W/"9"', '*x']) {
        const res = await t.client.request(
          'PATCH',
          `/clients/${client.id}`,
          { status: 'lost' },
          { 'if-match': ifMatch },
        );
        assertError(res, 412, 'PRECONDITION_FAILED');
        assert.deepEqual(res.body.details, { currentVersion: 1 });
      }
      const del = await t.client.request('DELETE', `/clients/${client.id}`, undefined, { 'if-match': '"3"' });
      assertError(del, 412, 'PRECONDITION_FAILED');
      await unchanged();
    });

    it('lets exactly one of several concurrent writes with the same If-Match win', async () => {
      const target = (await t.client.request('POST', '/clients', { company: { name: 'Contended' } })).body;
      const results = await Promise.all(
        // Every one a real change (status `lead` would be a no-op, which succeeds whatever the order).
        ['prospect', 'active', 'inactive', 'lost'].map((status) =>
          t.client.request('PATCH', `/clients/${target.id}`, { status }, { 'if-match': '"1"' }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 412, 412, 412]);
      for (const r of results.filter((x) => x.status === 412)) assert.deepEqual(r.body.details, { currentVersion: 2 });
      const winner = results.find((r) => r.status === 200);
      const after = await t.client.request('GET', `/clients/${target.id}`);
      assert.equal(after.body.version, 2);
      assert.equal(after.body.status, winner?.body.status);
    });

    it('checks in the documented order: body, then path, then references, then If-Match', async () => {
      // A bad body on a missing client: 400 before 404.
      assertError(await t.client.request('PATCH', `/clients/${MISSING}`, { status: 'hot' }), 400, 'VALIDATION_ERROR');
      // A missing client with a bad stage: 404 before the reference.
      assertError(
        await t.client.request('PATCH', `/clients/${MISSING}`, { stageId: MISSING }),
        404,
        'CLIENT_NOT_FOUND',
      );
      // A bad reference with a stale If-Match: 400 before 412.
      const res = await t.client.request('PATCH', `/clients/${client.id}`, { stageId: MISSING }, { 'if-match': '"9"' });
      assertError(res, 400, 'STAGE_NOT_FOUND');
      // A stale If-Match on a client with contacts: 412 before 409.
      const busy = (await t.client.request('POST', '/clients', { company: { name: 'Busy' } })).body;
      await insertContact(t.db.kysely, t.client.tenantId, { clientId: busy.id });
      assertError(
        await t.client.request('DELETE', `/clients/${busy.id}`, undefined, { 'if-match': '"5"' }),
        412,
        'PRECONDITION_FAILED',
      );
      assertError(await t.client.request('DELETE', `/clients/${busy.id}`), 409, 'CONFLICT');
    });

    it('refuses bad list parameters', async () => {
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?limit=0')), ['TOO_SMALL:limit']);
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?limit=201')), ['TOO_BIG:limit']);
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?limit=ten')), ['INVALID_TYPE:limit']);
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?modifiedSince=yesterday')), [
        'INVALID_FORMAT:modifiedSince',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?status=lead,hot')), [
        'INVALID_ENUM_VALUE:status',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('GET', '/clients?includeArchived=maybe')), [
        'INVALID_TYPE:includeArchived',
      ]);
      const many = Array.from({ length: 201 }, (_, i) => `s${i}`).join(',');
      assert.deepEqual(fieldErrors(await t.client.request('GET', `/clients?stageIds=${many}`)), ['TOO_BIG:stageIds']);
    });

    it('refuses a tampered cursor with 400 INVALID_CURSOR', async () => {
      await t.client.request('POST', '/clients', { company: { name: 'Second' } });
      const first = await t.client.request('GET', '/clients?limit=1');
      const cursor: string = first.body.pageInfo.nextCursor;
      assert.equal(typeof cursor, 'string');
      const [payload, sum] = cursor.split('.');
      const forged = Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000Z', MISSING])).toString('base64url');
      for (const bad of [
        'garbage',
        `${payload}.`,
        `${payload}x.${sum}`,
        `${forged}.${sum}`,
        `${payload}.${sum}.extra`,
        `${payload.slice(1)}.${sum}`,
      ]) {
        assertError(await t.client.request('GET', `/clients?cursor=${encodeURIComponent(bad)}`), 400, 'INVALID_CURSOR');
      }
      // Even when the filters alone would match nothing.
      assertError(await t.client.request('GET', '/clients?stageIds=nope&cursor=garbage'), 400, 'INVALID_CURSOR');
    });

    it('refuses a non-JSON body and a wrong content type', async () => {
      assertError(await t.client.request('POST', '/clients', '{"company":'), 400, 'INVALID_JSON');
      assertError(
        await t.client.request('POST', '/clients', 'company=x', {
          'content-type': 'application/x-www-form-urlencoded',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    describe('restore', () => {
      it('answers 404 CLIENT_NOT_FOUND for unknown, malformed and other tenants’ ids, archived or not', async () => {
        const other = await t.newTenant('other');
        const theirs = (await other.request('POST', '/clients', { company: { name: 'Theirs' } })).body;
        const theirsArchived = (await other.request('POST', '/clients', { company: { name: 'Theirs gone' } })).body;
        await other.request('DELETE', `/clients/${theirsArchived.id}`);
        for (const id of [MISSING, 'nope', theirs.id, theirsArchived.id]) {
          assertError(await t.client.request('POST', `/clients/${id}/restore`), 404, 'CLIENT_NOT_FOUND');
        }
        const left = (await other.request('GET', '/clients?includeArchived=true')).body.items;
        assert.deepEqual(
          left.map((c: { id: string; archivedAt: string | null; version: number }) => [
            c.id,
            c.archivedAt === null,
            c.version,
          ]),
          [
            [theirs.id, true, 1],
            [theirsArchived.id, false, 2],
          ],
        );
      });

      it('refuses a stale If-Match with 412 and the current version, leaving the client archived', async () => {
        for (const ifMatch of ['"1"', '3', 'W/"9"', 'nope']) {
          const res = await t.client.request('POST', `/clients/${archivedId}/restore`, undefined, {
            'if-match': ifMatch,
          });
          assertError(res, 412, 'PRECONDITION_FAILED');
          assert.deepEqual(res.body.details, { currentVersion: 2 });
        }
        assertError(await t.client.request('GET', `/clients/${archivedId}`), 404, 'CLIENT_NOT_FOUND');
        // Also on a client that is not archived: the precondition is checked before anything else.
        const res = await t.client.request('POST', `/clients/${client.id}/restore`, undefined, { 'if-match': '"7"' });
        assertError(res, 412, 'PRECONDITION_FAILED');
        assert.deepEqual(res.body.details, { currentVersion: client.version });
        await unchanged();
      });

      it('lets one of several concurrent restores with the same If-Match win; without it all succeed, once', async () => {
        const archive = async (name: string) => {
          const created = (await t.client.request('POST', '/clients', { company: { name } })).body;
          assert.equal((await t.client.request('DELETE', `/clients/${created.id}`)).status, 204);
          return created.id as string;
        };
        const restoreAll = (id: string, headers?: Record<string, string>) =>
          Promise.all(
            Array.from({ length: 6 }, () => t.client.request('POST', `/clients/${id}/restore`, undefined, headers)),
          );

        const contended = await archive('Contended restore');
        const replies = await restoreAll(contended, { 'if-match': '"2"' });
        assert.deepEqual(
          replies.map((r) => r.status).sort(),
          [200, 412, 412, 412, 412, 412],
          replies.map((r) => r.text).join('\n'),
        );
        for (const r of replies.filter((x) => x.status === 412))
          assert.deepEqual(r.body.details, { currentVersion: 3 });
        assert.equal((await t.client.request('GET', `/clients/${contended}`)).body.version, 3);

        const free = await archive('Free restore');
        const all = await restoreAll(free);
        assert.deepEqual(
          all.map((r) => r.status),
          Array(6).fill(200),
        );
        for (const r of all) {
          assert.equal(r.body.version, 3, 'the first restores; the rest find it restored and change nothing');
          assert.equal(r.body.archivedAt, null);
        }
        assert.equal((await t.client.request('GET', `/clients/${free}`)).body.version, 3);
      });

      it('needs an API key', async () => {
        const res = await t.app.inject({ method: 'POST', url: `/clients/${archivedId}/restore` });
        assert.equal(res.statusCode, 401);
        assert.equal(JSON.parse(res.body).message, 'INVALID_API_KEY');
      });
    });
  });
}
