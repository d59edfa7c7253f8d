import type { Kysely, Selectable } from 'kysely';
import type { AttributeDefinitionsTable, DB } from '../../db/database.js';
import { inIdList } from '../../db/id-set.js';
import { prepared } from '../../db/prepared.js';
import type { AttributeEntity, AttributeValue, CheckedAttribute } from './attribute.schemas.js';

/** A custom definition as stored. */
export interface StoredDefinition {
  id: string;
  entity: AttributeEntity;
  key: string;
  label: string;
  type: string;
  viewType: string;
  options: string[] | null;
  position: number;
  createdAt: string;
}

function toDefinition(row: Selectable<AttributeDefinitionsTable>): StoredDefinition {
  return {
    id: row.id,
    entity: row.entity as AttributeEntity,
    key: row.key,
    label: row.label,
    type: row.type,
    viewType: row.view_type,
    options: row.options === null ? null : (JSON.parse(row.options) as string[]),
    position: row.position,
    createdAt: row.created_at,
  };
}

/** A tenant's custom definitions of one entity, in creation order. */
export async function listDefinitions(
  db: Kysely<DB>,
  tenantId: string,
  entity: AttributeEntity,
): Promise<StoredDefinition[]> {
  const rows = await db
    .selectFrom('attribute_definitions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity', '=', entity)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toDefinition);
}

/** The definitions among `ids` that exist for this tenant and entity (ids must be UUIDs). */
export async function findDefinitions(
  db: Kysely<DB>,
  tenantId: string,
  entity: AttributeEntity,
  ids: string[],
): Promise<StoredDefinition[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('attribute_definitions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity', '=', entity)
    .where('id', 'in', ids)
    .execute();
  return rows.map(toDefinition);
}

export async function insertDefinition(db: Kysely<DB>, tenantId: string, def: StoredDefinition): Promise<void> {
  await db
    .insertInto('attribute_definitions')
    .values({
      id: def.id,
      tenant_id: tenantId,
      entity: def.entity,
      key: def.key,
      label: def.label,
      type: def.type,
      view_type: def.viewType,
      options: def.options === null ? null : JSON.stringify(def.options),
      position: def.position,
      created_at: def.createdAt,
    })
    .execute();
}

const valuesOf = prepared((db, dialect, tenantId: string, entityIds: string[]) =>
  db
    .selectFrom('attribute_values as v')
    .innerJoin('attribute_definitions as d', 'd.id', 'v.definition_id')
    .select(['v.entity_id', 'v.definition_id', 'v.value', 'd.label', 'd.type'])
    .where('v.tenant_id', '=', tenantId)
    .where('d.tenant_id', '=', tenantId)
    .where(inIdList(dialect, 'v.entity_id', entityIds))
    .orderBy('v.entity_id')
    .orderBy('d.position')
    .orderBy('d.id'),
);

/** Values of many entities at once (one query), each list ordered by definition position. */
export async function readAttributeValues(
  db: Kysely<DB>,
  tenantId: string,
  entityIds: string[],
): Promise<Map<string, AttributeValue[]>> {
  const result = new Map<string, AttributeValue[]>(entityIds.map((id) => [id, []]));
  if (entityIds.length === 0) return result;
  for (const row of await valuesOf.rows(db, tenantId, entityIds)) {
    result.get(row.entity_id)?.push({
      attributeDefinitionId: row.definition_id,
      label: row.label,
      type: row.type,
      value: JSON.parse(row.value),
    });
  }
  return result;
}

/**
 * Merges per definition: a value upserts, null deletes. Returns true when anything stored actually changed
 * (the same value again, or clearing one that is not set, is no change). Values are compared as their
 * JSON text, which is why checked values arrive normalized.
 */
export async function applyAttributeValues(
  db: Kysely<DB>,
  tenantId: string,
  entityId: string,
  checked: CheckedAttribute[],
): Promise<boolean> {
  if (checked.length === 0) return false;
  const existing = await db
    .selectFrom('attribute_values')
    .select(['definition_id', 'value'])
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', entityId)
    .where(
      'definition_id',
      'in',
      checked.map((c) => c.definitionId),
    )
    .execute();
  const stored = new Map(existing.map((r) => [r.definition_id, r.value]));
  let changed = false;
  for (const { definitionId, value } of checked) {
    const before = stored.get(definitionId);
    if (value === null || value === undefined) {
      if (before === undefined) continue;
      await db
        .deleteFrom('attribute_values')
        .where('tenant_id', '=', tenantId)
        .where('entity_id', '=', entityId)
        .where('definition_id', '=', definitionId)
        .execute();
      stored.delete(definitionId);
    } else {
      const text = JSON.stringify(value);
      if (before === text) continue;
      await db
        .insertInto('attribute_values')
        .values({ tenant_id: tenantId, entity_id: entityId, definition_id: definitionId, value: text })
        .onConflict((oc) => oc.columns(['entity_id', 'definition_id']).doUpdateSet({ value: text }))
        .execute();
      stored.set(definitionId, text);
    }
    changed = true;
  }
  return changed;
}

export async function deleteAttributeValues(db: Kysely<DB>, tenantId: string, entityId: string): Promise<void> {
  await db.deleteFrom('attribute_values').where('tenant_id', '=', tenantId).where('entity_id', '=', entityId).execute();
}
