import type { Kysely } from 'kysely';
import type { DB, StagesTable } from '../../db/database.js';
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

export async function insertStages(db: Kysely<DB>, rows: StagesTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('stages').values(rows).execute();
}

export async function listStages(db: Kysely<DB>, tenantId: string, pipeline: Pipeline): Promise<Stage[]> {
  const rows = await db
    .selectFrom('stages')
    .select(['id', 'position', 'name', 'color_hex'])
    .where('tenant_id', '=', tenantId)
    .where('pipeline', '=', pipeline)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toStage);
}

export async function findStage(
  db: Kysely<DB>,
  tenantId: string,
  pipeline: Pipeline,
  id: string,
): Promise<(Stage & { version: number }) | undefined> {
  const row = await db
    .selectFrom('stages')
    .select(['id', 'position', 'name', 'color_hex', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('pipeline', '=', pipeline)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...toStage(row), version: row.version };
}
