import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError, validationError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import type { DB } from '../../db/database.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Actor } from '../events/event.schemas.js';
import { recordChanges } from '../events/event.service.js';
import { BUILT_IN_DEFINITIONS, VIEW_TYPES } from './attribute.builtins.js';
import * as repo from './attribute.repository.js';
import {
  type AttributeDefinition,
  type AttributeEntity,
  type AttributeInput,
  type CheckedAttribute,
  type CreateDefinitionBody,
  OPTION_TYPES,
} from './attribute.schemas.js';
import { keyFromLabel } from './attribute-key.js';
import { normalizeValue } from './attribute-value.rules.js';

function toResponse(def: repo.StoredDefinition): AttributeDefinition {
  return {
    id: def.id,
    key: def.key,
    label: def.label,
    type: def.type,
    viewType: def.viewType,
    ...(def.options ? { options: def.options } : {}),
    builtIn: false,
  };
}

/** Built-in definitions first, then the tenant's custom ones in creation order. */
export async function listDefinitions(
  ctx: Context,
  tenantId: string,
  entity: AttributeEntity,
): Promise<AttributeDefinition[]> {
  const custom = await repo.listDefinitions(ctx.db.kysely, tenantId, entity);
  return [...BUILT_IN_DEFINITIONS[entity], ...custom.map(toResponse)];
}

/** `options` belong to select types only; every other type must leave them out. */
function assertOptionsFitType(body: CreateDefinitionBody): void {
  const wantsOptions = OPTION_TYPES.includes(body.type);
  if (wantsOptions && body.options === undefined) {
    throw validationError([{ code: 'REQUIRED', path: 'options', message: `is required for type ${body.type}` }]);
  }
  if (!wantsOptions && body.options !== undefined) {
    throw validationError([
      { code: 'UNRECOGNIZED_KEY', path: 'options', message: `is only allowed for select and multiSelect` },
    ]);
  }
}

/**
 * A new custom definition, placed after the existing ones. Its key (given, or derived from the label) may
 * not repeat another key of the entity, built-in or custom, ignoring case: 409 CONFLICT.
 */
export async function createDefinition(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  entity: AttributeEntity,
  body: CreateDefinitionBody,
): Promise<AttributeDefinition> {
  assertOptionsFitType(body);
  const key = body.key ?? keyFromLabel(body.label);
  const conflict = () => new AppError('CONFLICT', { details: { key } });
  try {
    return await ctx.db.transaction(async (trx) => {
      const existing = await repo.listDefinitions(trx, tenantId, entity);
      const taken = [...BUILT_IN_DEFINITIONS[entity], ...existing].map((d) => d.key.toLowerCase());
      if (taken.includes(key.toLowerCase())) throw conflict();
      const def: repo.StoredDefinition = {
        id: ctx.newId(),
        entity,
        key,
        label: body.label,
        type: body.type,
        viewType: VIEW_TYPES[body.type],
        options: body.options ?? null,
        position: existing.reduce((max, d) => Math.max(max, d.position + 1), 0),
        createdAt: ctx.now(),
      };
      await repo.insertDefinition(trx, tenantId, def);
      const created = toResponse(def);
      await recordChanges(ctx, trx, tenantId, actor, [
        { type: 'attribute.created', resource: { type: 'attribute', id: def.id }, object: created },
      ]);
      return created;
    });
  } catch (error) {
    // The same key created by a concurrent request.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/**
 * Validates against the tenant's custom definitions of that entity. Throws
 * ATTRIBUTE_DEFINITION_NOT_FOUND (details.attributeDefinitionId) for unknown, other-tenant, other-entity or
 * non-UUID ids, before looking at any value; then, in input order, INVALID_ATTRIBUTE_VALUE
 * (details.attributeDefinitionId, label) for a value that does not fit its type or a definition named twice.
 * Returns normalized values (`null` = clear). Runs on `db`, which may be a transaction.
 */
export async function checkAttributeInputs(
  db: Kysely<DB>,
  tenantId: string,
  entity: AttributeEntity,
  inputs: AttributeInput[],
): Promise<CheckedAttribute[]> {
  if (inputs.length === 0) return [];
  const ids = [...new Set(inputs.map((i) => i.attributeDefinitionId))];
  const found = await repo.findDefinitions(db, tenantId, entity, ids.filter(isUuid));
  const byId = new Map(found.map((d) => [d.id, d]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) {
    throw new AppError('ATTRIBUTE_DEFINITION_NOT_FOUND', { details: { attributeDefinitionId: missing } });
  }
  const seen = new Set<string>();
  return inputs.map(({ attributeDefinitionId, value }) => {
    const def = byId.get(attributeDefinitionId) as repo.StoredDefinition;
    const invalid = () =>
      new AppError('INVALID_ATTRIBUTE_VALUE', { details: { attributeDefinitionId, label: def.label } });
    if (seen.has(attributeDefinitionId)) throw invalid();
    seen.add(attributeDefinitionId);
    if (value === null) return { definitionId: attributeDefinitionId, value: null };
    const normalized = normalizeValue(def, value);
    if (!normalized) throw invalid();
    return { definitionId: attributeDefinitionId, value: normalized.value };
  });
}
