import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { assertError, insertContact } from './fixtures.js';

for (const dialect of dialects()) {
  describe(`clients, stages and attributes stay within their tenant [${dialect}]`, () => {
    let t: TestApp;
    let mine: Client;
    let theirs: Client;
    let their: { client: any; stage: any; contactStage: any; definition: any; clientDefinition: any };
    let myClient: any;
    let myStages: any[];
    before(async () => {
      t = await buildTestApp(dialect);
      mine = await t.newTenant('mine');
      theirs = await t.newTenant('theirs');
      const stage = (await theirs.request('GET', '/pipeline/clients/stages')).body.stages[1];
      const contactStage = (await theirs.request('GET', '/pipeline/client-contacts/stages')).body.stages[0];
      const clientDefinition = (await theirs.request('POST', '/clients/columns', { label: 'Secret', type: 'text' }))
        .body;
      const definition = (await theirs.request('POST', '/clients/contacts/columns', { label: 'Secret', type: 'text' }))
        .body;
      const client = (
        await theirs.request('POST', '/clients', {
          company: { name: 'Their Client', domain: 'shared.example' },
          stageId: stage.id,
          customAttributes: [{ attributeDefinitionId: clientDefinition.id, value: 'hidden' }],
        })
      ).body;
      await insertContact(t.db.kysely, theirs.tenantId, { clientId: client.id, stageId: contactStage.id });
      their = { client, stage, contactStage, definition, clientDefinition };
      myClient = (await mine.request('POST', '/clients', { company: { name: 'My Client', domain: 'shared.example' } }))
        .body;
      myStages = (await mine.request('GET', '/pipeline/clients/stages')).body.stages;
    });
    after(async () => t.close());

    async function theirsUnchanged() {
      const res = await theirs.request('GET', `/clients/${their.client.id}`);
      assert.equal(res.status, 200);
      const { contacts, ...shown } = res.body;
      assert.deepEqual(shown, their.client);
      assert.equal(contacts.length, 1);
      const stages = (await theirs.request('GET', '/pipeline/clients/stages')).body.stages;
      assert.deepEqual(stages[1], their.stage);
      assert.equal(stages.length, 5);
    }

    it("answers 404 for another tenant's client, in every method", async () => {
      const id = their.client.id;
      assertError(await mine.request('GET', `/clients/${id}`), 404, 'CLIENT_NOT_FOUND');
      assertError(await mine.request('PATCH', `/clients/${id}`, { status: 'lost' }), 404, 'CLIENT_NOT_FOUND');
      assertError(await mine.request('DELETE', `/clients/${id}?cascade=true`), 404, 'CLIENT_NOT_FOUND');
      assertError(await mine.request('POST', `/clients/${id}/restore`), 404, 'CLIENT_NOT_FOUND');
      await theirsUnchanged();
    });

    it("answers 404 for another tenant's stage in a path, and 400 when a body or moveTo names it", async () => {
      for (const [pipeline, stage] of [
        ['clients', their.stage],
        ['client-contacts', their.contactStage],
      ]) {
        const url = `/pipeline/${pipeline}/stages/${stage.id}`;
        assertError(await mine.request('PATCH', url, { name: 'Mine now' }), 404, 'STAGE_NOT_FOUND');
        assertError(await mine.request('DELETE', url), 404, 'STAGE_NOT_FOUND');
      }
      assertError(
        await mine.request('POST', '/clients', { company: { name: 'X' }, stageId: their.stage.id }),
        400,
        'STAGE_NOT_FOUND',
      );
      assertError(
        await mine.request('PATCH', `/clients/${myClient.id}`, { stageId: their.stage.id }),
        400,
        'STAGE_NOT_FOUND',
      );
      assertError(
        await mine.request('DELETE', `/pipeline/clients/stages/${myStages[4].id}?moveTo=${their.stage.id}`),
        400,
        'STAGE_NOT_FOUND',
      );
      await theirsUnchanged();
    });

    it("refuses another tenant's attribute definitions", async () => {
      const res = await mine.request('PATCH', `/clients/${myClient.id}`, {
        customAttributes: [{ attributeDefinitionId: their.clientDefinition.id, value: 'x' }],
      });
      assertError(res, 400, 'ATTRIBUTE_DEFINITION_NOT_FOUND');
      assert.deepEqual(res.body.details, { attributeDefinitionId: their.clientDefinition.id });
      await theirsUnchanged();
    });

    it("never lists another tenant's records", async () => {
      const clients = await mine.request('GET', '/clients?includeArchived=true&limit=200');
      assert.deepEqual(
        clients.body.items.map((c: { id: string }) => c.id),
        [myClient.id],
      );
      for (const query of [`stageIds=${their.stage.id}`, 'q=shared', 'q=their', 'status=lead']) {
        const res = await mine.request('GET', `/clients?includeArchived=true&${query}`);
        assert.ok(
          res.body.items.every((c: { id: string }) => c.id !== their.client.id),
          query,
        );
      }
      for (const pipeline of ['clients', 'client-contacts']) {
        const stages = (await mine.request('GET', `/pipeline/${pipeline}/stages`)).body.stages;
        assert.ok(stages.every((s: { id: string }) => s.id !== their.stage.id && s.id !== their.contactStage.id));
      }
      for (const path of ['/clients/columns', '/clients/contacts/columns']) {
        const defs = (await mine.request('GET', path)).body.definitions;
        assert.ok(
          defs.every((d: { builtIn: boolean }) => d.builtIn),
          path,
        );
      }
      // A stage of mine with the same position as theirs is in use by nobody of mine: deleting works.
      assert.equal(
        (
          await mine.request(
            'DELETE',
            `/pipeline/client-contacts/stages/${(await mine.request('GET', '/pipeline/client-contacts/stages')).body.stages[0].id}`,
          )
        ).status,
        204,
      );
      await theirsUnchanged();
    });
  });
}
