import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import type { DB } from '../../db/database.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { readAttributeValues } from '../attributes/attribute.repository.js';
import { loadContacts } from '../client-contacts/client-contact.read-repository.js';
import { findClient } from '../clients/client.repository.js';
import { computeChanges } from '../events/event.changes.js';
import type { Actor } from '../events/event.schemas.js';
import { type Change, recordChanges } from '../events/event.service.js';
import { PIPELINES, type Pipeline } from './stage.defaults.js';
import { placeAt, positionChanges } from './stage.order.js';
import type { Stage } from './stage.repository.js';
import * as repo from './stage.repository.js';
import type { CreateStageBody, UpdateStageBody } from './stage.schemas.js';

type Expected = number | undefined | 'unmatchable';

/** stage.updated for each other stage a write moved (their order changed, and so did their version). */
function shiftedStages(current: readonly Stage[], moves: readonly { id: string; order: number }[]): Change[] {
  const byId = new Map(current.map((s) => [s.id, s]));
  return moves.flatMap(({ id, order }) => {
    const stage = byId.get(id);
    if (!stage) return [];
    return [
      {
        type: 'stage.updated' as const,
        resource: { type: 'stage' as const, id },
        object: { ...stage, order },
        changes: { order: { from: stage.order, to: order } },
      },
    ];
  });
}

/** A pipeline name from a path; any other value is a resource that does not exist. */
export function toPipeline(value: string): Pipeline {
  if (!(PIPELINES as readonly string[]).includes(value)) throw new AppError('NOT_FOUND');
  return value as Pipeline;
}

async function stageInPath(db: Kysely<DB>, tenantId: string, pipeline: Pipeline, id: string) {
  const stage = isUuid(id) ? await repo.findStage(db, tenantId, pipeline, id) : undefined;
  if (!stage) throw new AppError('STAGE_NOT_FOUND', { source: 'path' });
  return stage;
}

export async function listStages(ctx: Context, tenantId: string, pipeline: string): Promise<Stage[]> {
  return repo.listStages(ctx.db.kysely, tenantId, toPipeline(pipeline));
}

export async function createStage(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  pipelineName: string,
  body: CreateStageBody,
): Promise<Stage & { version: number }> {
  const pipeline = toPipeline(pipelineName);
  return ctx.db.transaction(async (trx) => {
    await repo.lockStages(trx, ctx.db.dialect, tenantId);
    const current = await repo.listStages(trx, tenantId, pipeline);
    const now = ctx.now();
    const id = ctx.newId();
    const wanted = placeAt(
      current.map((s) => s.id),
      id,
      body.order,
    );
    const moves = positionChanges(current, wanted);
    await repo.setStagePositions(trx, tenantId, moves, now);
    const order = wanted.indexOf(id);
    await repo.insertStages(trx, [
      {
        id,
        tenant_id: tenantId,
        pipeline,
        name: body.name,
        color_hex: body.colorHex.toUpperCase(),
        position: order,
        created_at: now,
        modified_at: now,
        version: 1,
      },
    ]);
    const created = { id, order, name: body.name, colorHex: body.colorHex.toUpperCase() };
    await recordChanges(ctx, trx, tenantId, actor, [
      { type: 'stage.created', resource: { type: 'stage', id }, object: created },
      ...shiftedStages(current, moves),
    ]);
    return { ...created, version: 1 };
  });
}

export async function updateStage(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  pipelineName: string,
  id: string,
  body: UpdateStageBody,
  expected: Expected,
): Promise<Stage & { version: number }> {
  const pipeline = toPipeline(pipelineName);
  return ctx.db.transaction(async (trx) => {
    // The tenant-wide stage lock stands in for versioned-update.ts's row lock: a move shifts other stages
    // too, so every stage write of the tenant queues behind it.
    await repo.lockStages(trx, ctx.db.dialect, tenantId);
    const stage = await stageInPath(trx, tenantId, pipeline, id);
    assertVersion(expected, stage.version);
    const current = await repo.listStages(trx, tenantId, pipeline);
    const wanted =
      body.order === undefined
        ? current.map((s) => s.id)
        : placeAt(
            current.map((s) => s.id),
            id,
            body.order,
          );
    const next = {
      ...stage,
      name: body.name ?? stage.name,
      colorHex: body.colorHex === undefined ? stage.colorHex : body.colorHex.toUpperCase(),
      order: wanted.indexOf(id),
    };
    const others = positionChanges(current, wanted).filter((c) => c.id !== id);
    const changed =
      next.name !== stage.name || next.colorHex !== stage.colorHex || next.order !== stage.order || others.length > 0;
    if (!changed) return stage;
    const now = ctx.now();
    await repo.setStagePositions(trx, tenantId, others, now);
    const { version: _version, ...fields } = next;
    const version = await repo.updateStage(trx, tenantId, { ...fields, modifiedAt: now }, stage.version);
    const { version: _before, ...was } = stage;
    const own: Change[] =
      fields.name !== was.name || fields.colorHex !== was.colorHex || fields.order !== was.order
        ? [
            {
              type: 'stage.updated',
              resource: { type: 'stage', id },
              object: fields,
              changes: computeChanges(was, fields),
            },
          ]
        : [];
    await recordChanges(ctx, trx, tenantId, actor, [...own, ...shiftedStages(current, others)]);
    return { ...fields, version };
  });
}

/** The records of a pipeline as their own writes answer them: ClientContacts, or Clients. */
async function recordsAsShown(trx: Kysely<DB>, tenantId: string, pipeline: Pipeline, ids: string[], now: string) {
  if (pipeline === 'client-contacts') return loadContacts(trx, tenantId, ids, now);
  const values = await readAttributeValues(trx, tenantId, ids);
  const clients = await Promise.all(ids.map((id) => findClient(trx, tenantId, id, { includeArchived: true })));
  return clients.flatMap((c) => (c ? [{ ...c, customAttributes: values.get(c.id) ?? [] }] : []));
}

/**
 * Moves a stage's records into another (each one's version rises) and says so for each: client_contact.updated
 * or client.updated, with the stage they left and the one they joined.
 */
async function moveRecords(
  trx: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  from: string,
  to: string,
  now: string,
): Promise<Change[]> {
  const ids = await repo.stageRecordIds(trx, tenantId, pipeline, from);
  const before = await recordsAsShown(trx, tenantId, pipeline, ids, now);
  await repo.moveStageRecords(trx, tenantId, pipeline, from, to, now);
  const after = await recordsAsShown(trx, tenantId, pipeline, ids, now);
  const type = pipeline === 'client-contacts' ? 'client_contact' : 'client';
  return after.map((record, i) => ({
    type: `${type}.updated`,
    resource: { type, id: record.id },
    object: record,
    changes: computeChanges(before[i], record),
  }));
}

/**
 * Deletes a stage. Records still in it (archived ones too) refuse the delete with 409 STAGE_IN_USE unless
 * `moveTo` names another stage of the same pipeline, which then takes them over first.
 */
export async function deleteStage(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  pipelineName: string,
  id: string,
  moveTo: string | undefined,
  expected: Expected,
): Promise<void> {
  const pipeline = toPipeline(pipelineName);
  try {
    await ctx.db.transaction(async (trx) => {
      await repo.lockStages(trx, ctx.db.dialect, tenantId);
      const stage = await stageInPath(trx, tenantId, pipeline, id);
      if (moveTo !== undefined) {
        const target =
          moveTo !== id && isUuid(moveTo) ? await repo.findStage(trx, tenantId, pipeline, moveTo) : undefined;
        if (!target) throw new AppError('STAGE_NOT_FOUND', { details: { moveTo } });
      }
      assertVersion(expected, stage.version);
      const now = ctx.now();
      let moved: Change[] = [];
      if (moveTo !== undefined) moved = await moveRecords(trx, tenantId, pipeline, id, moveTo, now);
      else if ((await repo.countStageRecords(trx, tenantId, pipeline, id)) > 0) throw new AppError('STAGE_IN_USE');
      const current = await repo.listStages(trx, tenantId, pipeline);
      await repo.deleteStage(trx, tenantId, id);
      const rest = current.filter((s) => s.id !== id);
      const moves = positionChanges(
        rest,
        rest.map((s) => s.id),
      );
      await repo.setStagePositions(trx, tenantId, moves, now);
      await recordChanges(ctx, trx, tenantId, actor, [
        ...moved,
        { type: 'stage.deleted', resource: { type: 'stage', id }, object: null },
        ...shiftedStages(rest, moves),
      ]);
    });
  } catch (error) {
    // A record written into this stage by a concurrent transaction after the check above.
    if (isForeignKeyViolation(error)) throw new AppError('STAGE_IN_USE');
    throw error;
  }
}
