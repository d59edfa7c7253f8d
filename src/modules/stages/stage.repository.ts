import type { Kysely } from 'kysely';
import type { DB, Dialect, StagesTable } from '../../db/database.js';
import { prepared } from '../../db/prepared.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { Pipeline } from './stage.defaults.js';

export interface Stage {
  id: string;
  order: number;
  name: string;
  colorHex: string;
}

export function toStage(row: Pick<StagesTable, 'id' | 'position' | 'name' | 'color_hex'>): Stage {
  return { id: row.id, order: row.position, name: row.name, colorHex: row.color_hex };
}

/** The stage a record shows, from the `stage_*` columns of a left join (all null when it has none). */
export function joinedStage(row: {
  stage_id: string | null;
  stage_position: number | string | null;
  stage_name: string | null;
  stage_color_hex: string | null;
}): Stage | null {
  if (row.stage_id === null) return null;
  return {
    id: row.stage_id,
    order: Number(row.stage_position),
    name: row.stage_name as string,
    colorHex: row.stage_color_hex as string,
  };
}

export async function insertStages(db: Kysely<DB>, rows: StagesTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('stages').values(rows).execute();
}

const stagesOf = prepared((db, _dialect, tenantId: string, pipeline: Pipeline) =>
  db
    .selectFrom('stages')
    .select(['id', 'position', 'name', 'color_hex'])
    .where('tenant_id', '=', tenantId)
    .where('pipeline', '=', pipeline)
    .orderBy('position')
    .orderBy('id'),
);

export async function listStages(db: Kysely<DB>, tenantId: string, pipeline: Pipeline): Promise<Stage[]> {
  const rows = await stagesOf.rows(db, tenantId, pipeline);
  return rows.map(toStage);
}

const stageById = prepared((db, _dialect, tenantId: string, pipeline: Pipeline, id: string) =>
  db
    .selectFrom('stages')
    .select(['id', 'position', 'name', 'color_hex', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('pipeline', '=', pipeline)
    .where('id', '=', id),
);

export async function findStage(
  db: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  id: string,
): Promise<(Stage & { version: number }) | undefined> {
  const row = await stageById.first(db, tenantId, pipeline, id);
  return row && { ...toStage(row), version: row.version };
}

/** The table whose rows sit in a pipeline's stages. */
const RECORDS = { 'client-contacts': 'client_contacts', clients: 'clients' } as const;

/**
 * Serialises stage writes of one tenant on PostgreSQL by locking the tenant row (SQLite already holds the
 * write lock from BEGIN IMMEDIATE). Without it two concurrent appends could read the same count and both
 * take the last position. `for no key update` so that inserts elsewhere (whose foreign keys take a key-share
 * lock on the tenant row) never wait on it. Call first inside the transaction.
 */
export async function lockStages(db: Kysely<DB>, dialect: Dialect, tenantId: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await db.selectFrom('tenants').select('id').where('id', '=', tenantId).forNoKeyUpdate().execute();
}

/**
 * Writes a stage changed from version `fromVersion`; answers the new version. A stage that has moved on
 * since is refused with 412 (see versioned-update.ts).
 */
export async function updateStage(
  db: Kysely<DB>,
  tenantId: string,
  stage: Stage & { modifiedAt: string },
  fromVersion: number,
): Promise<number> {
  return updateVersioned(
    db,
    'stages',
    { tenantId, id: stage.id, fromVersion, notFound: 'STAGE_NOT_FOUND' },
    { name: stage.name, color_hex: stage.colorHex, position: stage.order, modified_at: stage.modifiedAt },
  );
}

/** Moves stages to new positions; each moved stage changed, so its version rises. */
export async function setStagePositions(
  db: Kysely<DB>,
  tenantId: string,
  moves: { id: string; order: number }[],
  now: string,
): Promise<void> {
  for (const move of moves) {
    await db
      .updateTable('stages')
      .set((eb) => ({ position: move.order, version: eb('version', '+', 1), modified_at: now }))
      .where('tenant_id', '=', tenantId)
      .where('id', '=', move.id)
      .execute();
  }
}

export async function deleteStage(db: Kysely<DB>, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('stages').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** How many records (archived ones too: they still point at the stage) sit in a stage. */
export async function countStageRecords(
  db: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  stageId: string,
): Promise<number> {
  const row = await db
    .selectFrom(RECORDS[pipeline])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('stage_id', '=', stageId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids of the records (archived ones too) in a stage: those a delete with `moveTo` moves. */
export async function stageRecordIds(
  db: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  stageId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom(RECORDS[pipeline])
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('stage_id', '=', stageId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Puts every record of one stage into another; each moved record changed, so its version rises. */
export async function moveStageRecords(
  db: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  fromId: string,
  toId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable(RECORDS[pipeline])
    .set((eb) => ({ stage_id: toId, version: eb('version', '+', 1), modified_at: now }))
    .where('tenant_id', '=', tenantId)
    .where('stage_id', '=', fromId)
    .execute();
}
