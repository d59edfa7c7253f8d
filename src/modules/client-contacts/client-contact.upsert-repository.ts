import type { Kysely } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { tenantBesideIdList } from '../../db/id-set.js';
import { dialectOf } from '../../db/prepared.js';

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
  const rows = await rolesAtClientQuery(db, dialectOf(db), tenantId, personId, clientId).execute();
  return rows.map((r) => ({ id: r.id, archived: r.archived_at !== null }));
}

/** The query behind rolesAtClient, unexecuted (tests compile it to read its plan). */
export function rolesAtClientQuery(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  personId: string,
  clientId: string,
) {
  return (
    db
      .selectFrom('client_contacts')
      .select(['id', 'archived_at'])
      // Through the person's index (a few roles), never the (tenant_id, client_id) one (a client's every
      // contact), which SQLite picks before it has statistics (see tenantBesideIdList).
      .where(tenantBesideIdList(dialect, 'tenant_id', tenantId))
      .where('person_id', '=', personId)
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .orderBy('id')
  );
}
