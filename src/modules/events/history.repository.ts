import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';

/**
 * Whether a record exists in the tenant, archived or not: the history of a record is readable as long as
 * the record is (and, once erased, as long as its events are: see history.service.ts). Read straight from
 * the records' tables so the events module depends on no other module.
 */
export async function recordExists(
  db: Kysely<DB>,
  tenantId: string,
  table: 'client_contacts' | 'clients',
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
