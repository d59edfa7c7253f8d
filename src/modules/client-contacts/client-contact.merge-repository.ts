import type { Kysely } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdSet, tenantBesideIdList } from '../../db/id-set.js';
import { updateVersioned } from '../../db/versioned-update.js';
import { type ContactRecord, toContact } from './client-contact.write-repository.js';
import type { EmailEntry, PhoneEntry, Purpose } from './contact.rules.js';

/** The reads and writes only a merge of two people (API.md §5.3) needs; the rest is the write repository's. */

/** Whether the person has a role that is not archived (what makes the person visible, and mergeable). */
export async function hasLiveRole(db: Kysely<DB>, tenantId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('client_contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('archived_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Every role of these people, archived ones included, oldest first. PostgreSQL: row-locked until the
 * transaction ends, taken in id order after the people's rows (the order every contact write locks in:
 * person, then contact), so a writer that changes a role without its person (a stage moving its records,
 * a client's cascade archive) waits for the merge instead of being overwritten or failing it.
 */
export async function lockRolesOf(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  personIds: string[],
): Promise<ContactRecord[]> {
  const query = db
    .selectFrom('client_contacts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('person_id', 'in', personIds)
    .orderBy('id');
  const rows = await (dialect === 'postgres' ? query.forUpdate() : query).execute();
  return rows
    .map(toContact)
    .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
}

/** The stored emails and phone numbers of many roles (two queries), each list in its stored order. */
export async function readRoleLists(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  contactIds: string[],
): Promise<{ emails: Map<string, EmailEntry[]>; phones: Map<string, PhoneEntry[]> }> {
  const emails = new Map<string, EmailEntry[]>(contactIds.map((id) => [id, []]));
  const phones = new Map<string, PhoneEntry[]>(contactIds.map((id) => [id, []]));
  if (contactIds.length === 0) return { emails, phones };
  const emailRows = await db
    .selectFrom('contact_emails')
    .select(['contact_id', 'email', 'purpose', 'is_primary'])
    .where('tenant_id', '=', tenantId)
    .where(inIdSet(dialect, 'contact_id', contactIds))
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  for (const r of emailRows) {
    emails.get(r.contact_id)?.push({ email: r.email, purpose: r.purpose as Purpose, isPrimary: r.is_primary === 1 });
  }
  const phoneRows = await db
    .selectFrom('contact_phones')
    .select(['contact_id', 'phone_number', 'normalized', 'purpose', 'is_primary'])
    .where(tenantBesideIdList(dialect, 'tenant_id', tenantId))
    .where(inIdSet(dialect, 'contact_id', contactIds))
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  for (const r of phoneRows) {
    phones.get(r.contact_id)?.push({
      phoneNumber: r.phone_number,
      normalized: r.normalized,
      purpose: r.purpose as Purpose,
      isPrimary: r.is_primary === 1,
    });
  }
  return { emails, phones };
}

/**
 * Hands a role to another person as one versioned update (version + 1, new modifiedAt), its addresses with
 * it: email ownership is judged on the address rows' person, so they must name the new holder.
 */
export async function moveRole(
  db: Kysely<DB>,
  tenantId: string,
  contact: ContactRecord,
  personId: string,
  now: string,
): Promise<void> {
  await updateVersioned(
    db,
    'client_contacts',
    { tenantId, id: contact.id, fromVersion: contact.version, notFound: 'CLIENT_CONTACT_NOT_FOUND' },
    { person_id: personId, modified_at: now },
  );
  await db
    .updateTable('contact_emails')
    .set({ person_id: personId })
    .where('tenant_id', '=', tenantId)
    .where('contact_id', '=', contact.id)
    .execute();
}

/** Removes a person row (a no-op when it is already gone). */
export async function deletePerson(db: Kysely<DB>, tenantId: string, personId: string): Promise<void> {
  await db.deleteFrom('people').where('tenant_id', '=', tenantId).where('id', '=', personId).execute();
}
