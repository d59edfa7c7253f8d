import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_STAGES } from '../../src/modules/stages/stage.defaults.js';
import { contactState, insertContact, tickingClock } from '../clients/fixtures.js';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';

type StageOut = { id: string; order: number; name: string; colorHex: string };

async function stages(client: Client, pipeline: string): Promise<StageOut[]> {
  const res = await client.request('GET', `/pipeline/${pipeline}/stages`);
  assert.equal(res.status, 200);
  return res.body.stages;
}

const names = (list: StageOut[]) => list.map((s) => s.name);
const orders = (list: StageOut[]) => list.map((s) => s.order);

for (const dialect of dialects()) {
  describe(`pipeline stages [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: tickingClock() } });
    });
    after(async () => t.close());

    it('gives a new tenant the default stages of both pipelines, in order', async () => {
      const tenant = await t.newTenant('fresh');
      for (const pipeline of ['client-contacts', 'clients'] as const) {
        const list = await stages(tenant, pipeline);
        assert.deepEqual(
          list.map(({ name, colorHex }) => ({ name, colorHex })),
          DEFAULT_STAGES[pipeline],
        );
        assert.deepEqual(orders(list), [0, 1, 2, 3, 4]);
        for (const stage of list) {
          assert.match(stage.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
          assert.match(stage.colorHex, /^#[0-9A-F]{6}$/);
          assert.deepEqual(Object.keys(stage).sort(), ['colorHex', 'id', 'name', 'order']);
        }
      }
    });

    it('appends a stage without order, inserts one with order and keeps orders contiguous', async () => {
      const tenant = await t.newTenant();
      const appended = await tenant.request('POST', '/pipeline/clients/stages', {
        name: ' Dormant ',
        colorHex: '#abcdef',
      });
      assert.equal(appended.status, 201);
      assert.equal(appended.headers.etag, '"1"');
      assert.deepEqual(appended.body, { id: appended.body.id, order: 5, name: 'Dormant', colorHex: '#ABCDEF' });

      const inserted = await tenant.request('POST', '/pipeline/clients/stages', {
        name: 'Qualified',
        colorHex: '#0EA5E9',
        order: 1,
      });
      assert.equal(inserted.status, 201);
      assert.equal(inserted.body.order, 1);

      const first = await tenant.request('POST', '/pipeline/clients/stages', {
        name: 'Cold',
        colorHex: '#000000',
        order: 0,
      });
      assert.equal(first.body.order, 0);
      const past = await tenant.request('POST', '/pipeline/clients/stages', {
        name: 'Last',
        colorHex: '#FFFFFF',
        order: 99,
      });
      assert.equal(past.body.order, 8);

      const list = await stages(tenant, 'clients');
      assert.deepEqual(names(list), [
        'Cold',
        'Lead',
        'Qualified',
        'Prospect',
        'Negotiation',
        'Client',
        'Lost',
        'Dormant',
        'Last',
      ]);
      assert.deepEqual(orders(list), [0, 1, 2, 3, 4, 5, 6, 7, 8]);
      // The other pipeline is untouched.
      assert.deepEqual(orders(await stages(tenant, 'client-contacts')), [0, 1, 2, 3, 4]);
    });

    it('renames, recolours and moves a stage, bumping its version once per change', async () => {
      const tenant = await t.newTenant();
      const [newStage, , engaged] = await stages(tenant, 'client-contacts');

      const renamed = await tenant.request('PATCH', `/pipeline/client-contacts/stages/${engaged.id}`, {
        name: 'Warm',
        colorHex: '#112233',
      });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.headers.etag, '"2"');
      assert.deepEqual(renamed.body, { id: engaged.id, order: 2, name: 'Warm', colorHex: '#112233' });

      const moved = await tenant.request(
        'PATCH',
        `/pipeline/client-contacts/stages/${engaged.id}`,
        { order: 0 },
        {
          'if-match': '"2"',
        },
      );
      assert.equal(moved.status, 200);
      assert.equal(moved.headers.etag, '"3"');
      assert.equal(moved.body.order, 0);
      let list = await stages(tenant, 'client-contacts');
      assert.deepEqual(names(list), ['Warm', 'New', 'Contacted', 'Champion', 'Not interested']);
      assert.deepEqual(orders(list), [0, 1, 2, 3, 4]);

      // Moving down, past the end: last.
      const down = await tenant.request('PATCH', `/pipeline/client-contacts/stages/${newStage.id}`, { order: 50 });
      assert.equal(down.body.order, 4);
      list = await stages(tenant, 'client-contacts');
      assert.deepEqual(names(list), ['Warm', 'Contacted', 'Champion', 'Not interested', 'New']);
      assert.deepEqual(orders(list), [0, 1, 2, 3, 4]);
    });

    it('leaves the version alone when a PATCH changes nothing', async () => {
      const tenant = await t.newTenant();
      const [lead] = await stages(tenant, 'clients');
      for (const body of [
        {},
        { name: lead.name, colorHex: lead.colorHex, order: 0 },
        { colorHex: lead.colorHex.toLowerCase() },
      ]) {
        const res = await tenant.request('PATCH', `/pipeline/clients/stages/${lead.id}`, body);
        assert.equal(res.status, 200);
        assert.equal(res.headers.etag, '"1"');
        assert.deepEqual(res.body, lead);
      }
    });

    it('deletes an unused stage and closes the gap', async () => {
      const tenant = await t.newTenant();
      const list = await stages(tenant, 'clients');
      const res = await tenant.request('DELETE', `/pipeline/clients/stages/${list[1].id}`);
      assert.equal(res.status, 204);
      assert.equal(res.text, '');
      const after = await stages(tenant, 'clients');
      assert.deepEqual(names(after), ['Lead', 'Negotiation', 'Client', 'Lost']);
      assert.deepEqual(orders(after), [0, 1, 2, 3]);
    });

    it('refuses to delete a clients stage in use (archived clients count) until moveTo moves them', async () => {
      const tenant = await t.newTenant();
      const [lead, prospect] = await stages(tenant, 'clients');
      const live = await tenant.request('POST', '/clients', { company: { name: 'Live' }, stageId: prospect.id });
      const archived = await tenant.request('POST', '/clients', { company: { name: 'Gone' }, stageId: prospect.id });
      assert.equal((await tenant.request('DELETE', `/clients/${archived.body.id}`)).status, 204);

      // Only the live one in use: still refused because the archived one counts.
      const refused = await tenant.request('DELETE', `/pipeline/clients/stages/${prospect.id}`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.message, 'STAGE_IN_USE');
      assert.equal((await stages(tenant, 'clients')).length, 5);

      const moved = await tenant.request('DELETE', `/pipeline/clients/stages/${prospect.id}?moveTo=${lead.id}`);
      assert.equal(moved.status, 204);
      const after = await stages(tenant, 'clients');
      assert.deepEqual(names(after), ['Lead', 'Negotiation', 'Client', 'Lost']);
      assert.deepEqual(orders(after), [0, 1, 2, 3]);

      const client = await tenant.request('GET', `/clients/${live.body.id}`);
      assert.equal(client.body.stage.id, lead.id);
      assert.equal(client.body.version, 2);
      assert.ok(client.body.modifiedAt > live.body.modifiedAt);
      const listed = await tenant.request('GET', `/clients?includeArchived=true&stageIds=${lead.id}`);
      assert.deepEqual(
        listed.body.items.map((c: { id: string }) => c.id).sort(),
        [live.body.id, archived.body.id].sort(),
      );
      const gone = listed.body.items.find((c: { id: string }) => c.id === archived.body.id);
      assert.equal(gone.version, 3);
    });

    it('refuses to delete a client-contacts stage in use, and moves contacts with moveTo', async () => {
      const tenant = await t.newTenant();
      const [first, second, third] = await stages(tenant, 'client-contacts');
      const client = await tenant.request('POST', '/clients', { company: { name: 'Acme' } });
      const active = await insertContact(t.db.kysely, tenant.tenantId, {
        clientId: client.body.id,
        stageId: second.id,
      });
      const archived = await insertContact(t.db.kysely, tenant.tenantId, {
        clientId: client.body.id,
        stageId: second.id,
        archivedAt: '2024-01-01T00:00:00.000Z',
      });
      const other = await insertContact(t.db.kysely, tenant.tenantId, { clientId: client.body.id, stageId: third.id });

      const refused = await tenant.request('DELETE', `/pipeline/client-contacts/stages/${second.id}`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.message, 'STAGE_IN_USE');
      assert.equal((await contactState(t.db.kysely, active.id)).stage_id, second.id);

      const moved = await tenant.request('DELETE', `/pipeline/client-contacts/stages/${second.id}?moveTo=${first.id}`);
      assert.equal(moved.status, 204);
      for (const id of [active.id, archived.id]) {
        const state = await contactState(t.db.kysely, id);
        assert.equal(state.stage_id, first.id);
        assert.equal(state.version, 2);
      }
      const untouched = await contactState(t.db.kysely, other.id);
      assert.equal(untouched.stage_id, third.id);
      assert.equal(untouched.version, 1);
      assert.deepEqual(orders(await stages(tenant, 'client-contacts')), [0, 1, 2, 3]);
    });

    it('keeps orders unique and contiguous under concurrent writes', async () => {
      const tenant = await t.newTenant();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          tenant.request('POST', '/pipeline/clients/stages', {
            name: `Parallel ${i}`,
            colorHex: '#123456',
            ...(i % 2 ? { order: 0 } : {}),
          }),
        ),
      );
      assert.deepEqual(
        results.map((r) => r.status),
        Array(8).fill(201),
      );
      const [lead] = await stages(tenant, 'clients');
      await Promise.all([
        tenant.request('PATCH', `/pipeline/clients/stages/${lead.id}`, { order: 12 }),
        tenant.request('DELETE', `/pipeline/clients/stages/${results[0].body.id}`),
        tenant.request('PATCH', `/pipeline/clients/stages/${results[1].body.id}`, { order: 3 }),
      ]);
      const list = await stages(tenant, 'clients');
      assert.equal(list.length, 12);
      assert.deepEqual(
        orders(list),
        list.map((_, i) => i),
      );
    });

    it('deletes with a moveTo even when nothing is in the stage', async () => {
      const tenant = await t.newTenant();
      const [first, second] = await stages(tenant, 'clients');
      const res = await tenant.request('DELETE', `/pipeline/clients/stages/${second.id}?moveTo=${first.id}`);
      assert.equal(res.status, 204);
      assert.equal((await stages(tenant, 'clients')).length, 4);
    });
  });
}
