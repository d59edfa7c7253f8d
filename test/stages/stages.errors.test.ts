import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError, fieldErrors } from '../clients/fixtures.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';

const MISSING = '01936b1e-0000-7000-8000-000000000000';

for (const dialect of dialects()) {
  describe(`pipeline stages, refused requests [${dialect}]`, () => {
    let t: TestApp;
    let contactStages: { id: string; name: string }[];
    let clientStages: { id: string; name: string }[];
    before(async () => {
      t = await buildTestApp(dialect);
      contactStages = (await t.client.request('GET', '/pipeline/client-contacts/stages')).body.stages;
      clientStages = (await t.client.request('GET', '/pipeline/clients/stages')).body.stages;
    });
    after(async () => t.close());

    async function unchanged() {
      assert.deepEqual((await t.client.request('GET', '/pipeline/client-contacts/stages')).body.stages, contactStages);
      assert.deepEqual((await t.client.request('GET', '/pipeline/clients/stages')).body.stages, clientStages);
    }

    it('answers 404 NOT_FOUND for a pipeline that does not exist', async () => {
      const id = clientStages[0].id;
      for (const [method, url, body] of [
        ['GET', '/pipeline/deals/stages', undefined],
        ['GET', '/pipeline/Clients/stages', undefined],
        ['POST', '/pipeline/deals/stages', { name: 'X', colorHex: '#000000' }],
        ['PATCH', `/pipeline/deals/stages/${id}`, { name: 'X' }],
        ['DELETE', `/pipeline/deals/stages/${id}`, undefined],
      ] as const) {
        assertError(await t.client.request(method, url, body), 404, 'NOT_FOUND');
      }
      await unchanged();
    });

    it('answers 404 STAGE_NOT_FOUND for an unknown, malformed or other-pipeline stage id', async () => {
      for (const id of [MISSING, 'not-a-uuid', contactStages[0].id]) {
        assertError(
          await t.client.request('PATCH', `/pipeline/clients/stages/${id}`, { name: 'X' }),
          404,
          'STAGE_NOT_FOUND',
        );
        assertError(await t.client.request('DELETE', `/pipeline/clients/stages/${id}`), 404, 'STAGE_NOT_FOUND');
      }
      await unchanged();
    });

    it('lists every problem of a bad body', async () => {
      const res = await t.client.request('POST', '/pipeline/clients/stages', {
        name: '   ',
        colorHex: 'red',
        order: -1,
        extra: true,
      });
      assert.deepEqual(fieldErrors(res), [
        'INVALID_FORMAT:colorHex',
        'TOO_SMALL:name',
        'TOO_SMALL:order',
        'UNRECOGNIZED_KEY:extra',
      ]);
      assert.deepEqual(fieldErrors(await t.client.request('POST', '/pipeline/clients/stages', {})), [
        'REQUIRED:colorHex',
        'REQUIRED:name',
      ]);
      assert.deepEqual(
        fieldErrors(
          await t.client.request('PATCH', `/pipeline/clients/stages/${clientStages[0].id}`, {
            name: 'x'.repeat(256),
            colorHex: '#12345',
            order: 1.5,
          }),
        ),
        ['INVALID_FORMAT:colorHex', 'INVALID_TYPE:order', 'TOO_BIG:name'],
      );
      await unchanged();
    });

    it('checks the body before the path: a bad body on a missing stage is 400', async () => {
      const res = await t.client.request('PATCH', `/pipeline/clients/stages/${MISSING}`, { colorHex: 'blue' });
      assert.deepEqual(fieldErrors(res), ['INVALID_FORMAT:colorHex']);
    });

    it('refuses a stale If-Match with 412 and the current version, changing nothing', async () => {
      const id = clientStages[2].id;
      for (const ifMatch of ['"7"', '0', 'W/"2"', 'garbage']) {
        const res = await t.client.request(
          'PATCH',
          `/pipeline/clients/stages/${id}`,
          { order: 0 },
          { 'if-match': ifMatch },
        );
        assertError(res, 412, 'PRECONDITION_FAILED');
        assert.deepEqual(res.body.details, { currentVersion: 1 });
      }
      const del = await t.client.request('DELETE', `/pipeline/clients/stages/${id}`, undefined, { 'if-match': '"2"' });
      assertError(del, 412, 'PRECONDITION_FAILED');
      await unchanged();
      const ok = await t.client.request('PATCH', `/pipeline/clients/stages/${id}`, {}, { 'if-match': '1' });
      assert.equal(ok.status, 200);
    });

    it('refuses an unknown moveTo with 400 STAGE_NOT_FOUND, changing nothing', async () => {
      const [first, second] = clientStages;
      const client = await t.client.request('POST', '/clients', { company: { name: 'Busy' }, stageId: second.id });
      for (const moveTo of [MISSING, 'nope', contactStages[0].id, second.id, '']) {
        const res = await t.client.request('DELETE', `/pipeline/clients/stages/${second.id}?moveTo=${moveTo}`);
        assertError(res, 400, 'STAGE_NOT_FOUND');
      }
      // The path is checked first: a missing stage with a bad moveTo is 404.
      assertError(
        await t.client.request('DELETE', `/pipeline/clients/stages/${MISSING}?moveTo=${first.id}`),
        404,
        'STAGE_NOT_FOUND',
      );
      await unchanged();
      const after = await t.client.request('GET', `/clients/${client.body.id}`);
      assert.equal(after.body.stage.id, second.id);
      assert.equal(after.body.version, 1);
      assertError(await t.client.request('DELETE', `/pipeline/clients/stages/${second.id}`), 409, 'STAGE_IN_USE');
      await unchanged();
    });

    it('needs an API key', async () => {
      const res = await t.client.request('GET', '/pipeline/clients/stages', undefined, { 'x-api-key': 'ck_nope' });
      assertError(res, 401, 'INVALID_API_KEY');
    });
  });
}
