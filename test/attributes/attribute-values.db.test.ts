import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import {
  applyAttributeValues,
  deleteAttributeValues,
  readAttributeValues,
} from '../../src/modules/attributes/attribute.repository.js';
import type { AttributeEntity } from '../../src/modules/attributes/attribute.schemas.js';
import { checkAttributeInputs, createDefinition } from '../../src/modules/attributes/attribute.service.js';
import { SYSTEM_ACTOR } from '../../src/modules/events/event.schemas.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { dialects, openTestDb, type TestDb } from '../harness.js';

/** Runs `work` and returns the AppError it throws. */
async function appError(work: () => Promise<unknown>): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${error}`);
    return error;
  }
  assert.fail('expected an error');
}

for (const dialect of dialects()) {
  describe(`custom attribute values on a real database [${dialect}]`, () => {
    let t: TestDb;
    let tenantId: string;
    let otherTenantId: string;
    const defs: Record<string, { id: string; label: string }> = {};

    before(async () => {
      t = await openTestDb(dialect);
      tenantId = (await createTenant(t.ctx, 'main')).tenantId;
      otherTenantId = (await createTenant(t.ctx, 'other')).tenantId;
      const make = async (
        name: string,
        entity: AttributeEntity,
        body: Parameters<typeof createDefinition>[4],
        tenant = tenantId,
      ) => {
        const def = await createDefinition(t.ctx, tenant, SYSTEM_ACTOR, entity, body);
        defs[name] = { id: def.id, label: def.label };
      };
      await make('text', 'clientContact', { label: 'Notes', type: 'text' });
      await make('number', 'clientContact', { label: 'Score', type: 'number' });
      await make('checkbox', 'clientContact', { label: 'Newsletter', type: 'checkbox' });
      await make('select', 'clientContact', { label: 'Seniority', type: 'select', options: ['Junior', 'Senior'] });
      await make('multiSelect', 'clientContact', {
        label: 'Skills',
        type: 'multiSelect',
        options: ['Go', 'TS', 'SQL'],
      });
      await make('date', 'clientContact', { label: 'Met on', type: 'date' });
      await make('currency', 'clientContact', { label: 'Budget', type: 'currency' });
      await make('url', 'clientContact', { label: 'Portfolio', type: 'url' });
      await make('clientText', 'client', { label: 'Notes', type: 'text' });
      await make('otherTenant', 'clientContact', { label: 'Theirs', type: 'text' }, otherTenantId);
    });
    after(async () => t.close());

    const check = (
      inputs: { attributeDefinitionId: string; value: unknown }[],
      entity: AttributeEntity = 'clientContact',
    ) => checkAttributeInputs(t.db.kysely, tenantId, entity, inputs);

    it('accepts a fitting value of every type and returns it normalized', async () => {
      const checked = await check([
        { attributeDefinitionId: defs.text.id, value: 'Met at a conference' },
        { attributeDefinitionId: defs.number.id, value: 7.5 },
        { attributeDefinitionId: defs.checkbox.id, value: false },
        { attributeDefinitionId: defs.select.id, value: 'Senior' },
        { attributeDefinitionId: defs.multiSelect.id, value: ['SQL', 'Go'] },
        { attributeDefinitionId: defs.date.id, value: '2024-05-01T09:30Z' },
        { attributeDefinitionId: defs.currency.id, value: { currency: 'GBP', amount: 12000 } },
        { attributeDefinitionId: defs.url.id, value: 'https://ada.example' },
      ]);
      assert.deepEqual(checked, [
        { definitionId: defs.text.id, value: 'Met at a conference' },
        { definitionId: defs.number.id, value: 7.5 },
        { definitionId: defs.checkbox.id, value: false },
        { definitionId: defs.select.id, value: 'Senior' },
        { definitionId: defs.multiSelect.id, value: ['SQL', 'Go'] },
        { definitionId: defs.date.id, value: '2024-05-01T09:30:00.000Z' },
        { definitionId: defs.currency.id, value: { amount: 12000, currency: 'GBP' } },
        { definitionId: defs.url.id, value: 'https://ada.example' },
      ]);
      assert.deepEqual(await check([{ attributeDefinitionId: defs.url.id, value: null }]), [
        { definitionId: defs.url.id, value: null },
      ]);
      assert.deepEqual(await check([]), []);
    });

    it('refuses a value that does not fit, naming the definition', async () => {
      const cases: [string, unknown][] = [
        ['text', 12],
        ['text', 'x'.repeat(10_001)],
        ['number', '12'],
        ['checkbox', 'yes'],
        ['select', 'Lead'],
        ['multiSelect', ['Go', 'Go']],
        ['multiSelect', 'Go'],
        ['date', '2023-02-29T00:00:00Z'],
        ['currency', { amount: 1, currency: 'XYZ' }],
        ['currency', { amount: 1 }],
        ['url', 'not a url'],
      ];
      for (const [name, value] of cases) {
        const error = await appError(() => check([{ attributeDefinitionId: defs[name].id, value }]));
        assert.equal(error.code, 'INVALID_ATTRIBUTE_VALUE', `${name} ${JSON.stringify(value)}`);
        assert.equal(error.status, 400);
        assert.deepEqual(error.options.details, { attributeDefinitionId: defs[name].id, label: defs[name].label });
      }
    });

    it('refuses the same definition twice in one list', async () => {
      const error = await appError(() =>
        check([
          { attributeDefinitionId: defs.number.id, value: 1 },
          { attributeDefinitionId: defs.number.id, value: null },
        ]),
      );
      assert.equal(error.code, 'INVALID_ATTRIBUTE_VALUE');
      assert.deepEqual(error.options.details, { attributeDefinitionId: defs.number.id, label: 'Score' });
    });

    it('refuses unknown, malformed, other-entity and other-tenant definitions, before any value', async () => {
      for (const id of [
        '01936b1e-0000-7000-8000-000000000000',
        'contactName',
        'role',
        defs.clientText.id,
        defs.otherTenant.id,
      ]) {
        const error = await appError(() =>
          check([
            { attributeDefinitionId: defs.text.id, value: 99 },
            { attributeDefinitionId: id, value: 'x' },
          ]),
        );
        assert.equal(error.code, 'ATTRIBUTE_DEFINITION_NOT_FOUND');
        assert.equal(error.status, 400);
        assert.deepEqual(error.options.details, { attributeDefinitionId: id });
      }
      // The client definition is fine for clients.
      assert.equal((await check([{ attributeDefinitionId: defs.clientText.id, value: 'ok' }], 'client')).length, 1);
    });

    it('merges values, reports real changes only, and reads many entities at once in definition order', async () => {
      const db = t.db.kysely;
      const a = t.ctx.newId();
      const b = t.ctx.newId();
      const empty = t.ctx.newId();
      const first = await check([
        { attributeDefinitionId: defs.url.id, value: 'https://a.example' },
        { attributeDefinitionId: defs.text.id, value: 'hello' },
        { attributeDefinitionId: defs.currency.id, value: { currency: 'EUR', amount: 5 } },
      ]);
      assert.equal(await applyAttributeValues(db, tenantId, a, first), true);
      assert.equal(await applyAttributeValues(db, tenantId, a, first), false, 'the same values again change nothing');
      // The same currency with its keys in another order is the same value.
      const reordered = await check([
        { attributeDefinitionId: defs.currency.id, value: { amount: 5, currency: 'EUR' } },
      ]);
      assert.equal(await applyAttributeValues(db, tenantId, a, reordered), false);
      assert.equal(await applyAttributeValues(db, tenantId, a, []), false);
      // Clearing a value that is not set is no change.
      assert.equal(await applyAttributeValues(db, tenantId, a, [{ definitionId: defs.number.id, value: null }]), false);

      await applyAttributeValues(
        db,
        tenantId,
        b,
        await check([{ attributeDefinitionId: defs.checkbox.id, value: true }]),
      );

      let values = await readAttributeValues(db, tenantId, [a, b, empty]);
      assert.deepEqual([...values.keys()], [a, b, empty]);
      assert.deepEqual(values.get(a), [
        { attributeDefinitionId: defs.text.id, label: 'Notes', type: 'text', value: 'hello' },
        {
          attributeDefinitionId: defs.currency.id,
          label: 'Budget',
          type: 'currency',
          value: { amount: 5, currency: 'EUR' },
        },
        { attributeDefinitionId: defs.url.id, label: 'Portfolio', type: 'url', value: 'https://a.example' },
      ]);
      assert.deepEqual(values.get(b), [
        { attributeDefinitionId: defs.checkbox.id, label: 'Newsletter', type: 'checkbox', value: true },
      ]);
      assert.deepEqual(values.get(empty), []);

      // Merge: one updated, one cleared, the rest kept.
      const merge = await check([
        { attributeDefinitionId: defs.text.id, value: 'changed' },
        { attributeDefinitionId: defs.url.id, value: null },
      ]);
      assert.equal(await applyAttributeValues(db, tenantId, a, merge), true);
      values = await readAttributeValues(db, tenantId, [a]);
      assert.deepEqual(
        values.get(a)?.map((v) => v.value),
        ['changed', { amount: 5, currency: 'EUR' }],
      );

      // Another tenant reads nothing of these entities.
      assert.deepEqual((await readAttributeValues(db, otherTenantId, [a])).get(a), []);
      assert.deepEqual(await readAttributeValues(db, tenantId, []), new Map());

      await deleteAttributeValues(db, tenantId, a);
      assert.deepEqual((await readAttributeValues(db, tenantId, [a, b])).get(a), []);
      assert.equal((await readAttributeValues(db, tenantId, [b])).get(b)?.length, 1);
    });

    it("works inside a caller's transaction and rolls back with it", async () => {
      const entity = t.ctx.newId();
      await assert.rejects(
        t.db.transaction(async (trx) => {
          const checked = await checkAttributeInputs(trx, tenantId, 'clientContact', [
            { attributeDefinitionId: defs.text.id, value: 'inside' },
          ]);
          await applyAttributeValues(trx, tenantId, entity, checked);
          assert.equal((await readAttributeValues(trx, tenantId, [entity])).get(entity)?.length, 1);
          throw new Error('abort');
        }),
        /abort/,
      );
      assert.deepEqual((await readAttributeValues(t.db.kysely, tenantId, [entity])).get(entity), []);
    });
  });
}
