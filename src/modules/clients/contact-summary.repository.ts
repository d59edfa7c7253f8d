import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';
import type { ContactSummary } from './client.schemas.js';

/**
 * Reads client contacts straight from their tables for the client view, so the clients module does not
 * depend on the client-contacts module (which depends on clients).
 */

/** A client's non-archived contacts by last name, first name, id; `now` decides who is still active. */
export async function listContactSummaries(
  db: Kysely<DB>,
  tenantId: string,
  clientId: string,
  now: string,
): Promise<ContactSummary[]> {
  const rows = await db
    .selectFrom('client_contacts as cc')
    .innerJoin('people as p', 'p.id', 'cc.person_id')
    .leftJoin('contact_emails as e', (join) => join.onRef('e.contact_id', '=', 'cc.id').on('e.is_primary', '=', 1))
    .select([
      'cc.id',
      'cc.person_id',
      'p.first_name',
      'p.last_name',
      'cc.role',
      'cc.department',
      'cc.end_date',
      'e.email',
    ])
    .where('cc.tenant_id', '=', tenantId)
    .where('cc.client_id', '=', clientId)
    .where('cc.archived_at', 'is', null)
    .orderBy('p.last_name_lower')
    .orderBy('p.first_name_lower')
    .orderBy('cc.id')
    .execute();
  const seen = new Set<string>();
  const out: ContactSummary[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    out.push({
      id: row.id,
      candidateId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      role: row.role,
      department: row.department,
      active: row.end_date === null || row.end_date > now,
      primaryEmail: row.email ?? null,
    });
  }
  return out;
}

export async function countActiveContacts(db: Kysely<DB>, tenantId: string, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('client_contacts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids of a client's non-archived contacts (those a cascade archive changes). */
export async function activeContactIds(db: Kysely<DB>, tenantId: string, clientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('client_contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Archives a client's remaining contacts; each one changed, so its version rises. */
export async function archiveContactsOfClient(
  db: Kysely<DB>,
  tenantId: string,
  clientId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('client_contacts')
    .set((eb) => ({ archived_at: now, modified_at: now, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('client_id', '=', clientId)
    .where('archived_at', 'is', null)
    .execute();
}
