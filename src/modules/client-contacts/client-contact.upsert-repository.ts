import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';

export interface RoleAtClient {
  id: string;
  archived: boolean;
}

/** A person's roles at one client, archived ones included, oldest first. */
export async function rolesAtClient(
  db: Kysely<DB>,
  tenantId: string,
  personId: string,
  clientId: string,
): Promise<RoleAtClient[]> {
  const rows = await db
    .selectFrom('client_contacts')
    .select(['id', 'archived_at'])
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('client_id', '=', clientId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, archived: r.archived_at !== null }));
}
