import type { Insertable, Kysely } from 'kysely';
import { phoneDigits } from '../../core/fold.js';
import type { ContactEmailsTable, ContactPhonesTable, DB, Dialect } from '../../db/database.js';
import { inIdList, tenantBesideIdList } from '../../db/id-set.js';
import { prepared } from '../../db/prepared.js';
import type { EmailEntry, PhoneEntry, Purpose } from './contact.rules.js';

/**
 * A contact's email and phone lists as the write paths read and replace them, and the email-uniqueness
 * look-up (who else holds an address). Reads of whole representations are in client-contact.read-repository.ts.
 */

const emailsOf = prepared((db, _dialect, tenantId: string, contactId: string) =>
  db
    .selectFrom('contact_emails')
    .select(['email', 'purpose', 'is_primary'])
    .where('tenant_id', '=', tenantId)
    .where('contact_id', '=', contactId)
    .orderBy('position'),
);

/*
 * contact_phones is reached by its primary key (contact_id, position). Its only (tenant_id, …) index is the
 * search one, which SQLite, before it has statistics (a new file filling up), takes for the selective way
 * in and then reads every phone of the tenant per statement: 34 ms per write at 65,000 phones. The tenant
 * stays a condition, just not an index key (see tenantBesideIdList).
 */
export const phonesOfQuery = (db: Kysely<DB>, dialect: Dialect, tenantId: string, contactId: string) =>
  db
    .selectFrom('contact_phones')
    .select(['phone_number', 'normalized', 'purpose', 'is_primary'])
    .where(tenantBesideIdList(dialect, 'tenant_id', tenantId))
    .where('contact_id', '=', contactId)
    .orderBy('position');
const phonesOf = prepared(phonesOfQuery);

export async function readEmails(db: Kysely<DB>, tenantId: string, contactId: string): Promise<EmailEntry[]> {
  const rows = await emailsOf.rows(db, tenantId, contactId);
  return rows.map((r) => ({ email: r.email, purpose: r.purpose as Purpose, isPrimary: r.is_primary === 1 }));
}

export async function readPhones(db: Kysely<DB>, tenantId: string, contactId: string): Promise<PhoneEntry[]> {
  const rows = await phonesOf.rows(db, tenantId, contactId);
  return rows.map((r) => ({
    phoneNumber: r.phone_number,
    normalized: r.normalized,
    purpose: r.purpose as Purpose,
    isPrimary: r.is_primary === 1,
  }));
}

const emailsDelete = prepared((db, _dialect, tenantId: string, contactId: string) =>
  db.deleteFrom('contact_emails').where('tenant_id', '=', tenantId).where('contact_id', '=', contactId),
);

/** The query behind replacing or erasing a contact's phones, unexecuted (tests compile it to read its plan). */
export const phonesDeleteQuery = (db: Kysely<DB>, dialect: Dialect, tenantId: string, contactId: string) =>
  db
    .deleteFrom('contact_phones')
    .where(tenantBesideIdList(dialect, 'tenant_id', tenantId))
    .where('contact_id', '=', contactId);
const phonesDelete = prepared(phonesDeleteQuery);

export async function replaceEmails(
  db: Kysely<DB>,
  tenantId: string,
  contact: { id: string; personId: string },
  emails: EmailEntry[],
): Promise<void> {
  await emailsDelete.run(db, tenantId, contact.id);
  await insertEmails(db, tenantId, contact, emails);
}

/** The email rows of a contact that has none yet (a new one, or after emailsDelete). */
export async function insertEmails(
  db: Kysely<DB>,
  tenantId: string,
  contact: { id: string; personId: string },
  emails: EmailEntry[],
): Promise<void> {
  if (emails.length === 0) return;
  await db
    .insertInto('contact_emails')
    .values(emailRows(tenantId, contact, emails))
    .execute();
}

export function emailRows(
  tenantId: string,
  contact: { id: string; personId: string },
  emails: EmailEntry[],
): Insertable<ContactEmailsTable>[] {
  return emails.map((e, position) => ({
    tenant_id: tenantId,
    contact_id: contact.id,
    person_id: contact.personId,
    position,
    email: e.email,
    email_lower: e.email.toLowerCase(),
    purpose: e.purpose,
    is_primary: e.isPrimary ? 1 : 0,
  }));
}

export async function replacePhones(
  db: Kysely<DB>,
  tenantId: string,
  contactId: string,
  phones: PhoneEntry[],
): Promise<void> {
  await phonesDelete.run(db, tenantId, contactId);
  await insertPhones(db, tenantId, contactId, phones);
}

/** The phone rows of a contact that has none yet (a new one, or after phonesDelete). */
export async function insertPhones(db: Kysely<DB>, tenantId: string, contactId: string, phones: PhoneEntry[]) {
  if (phones.length === 0) return;
  await db
    .insertInto('contact_phones')
    .values(phoneRows(tenantId, contactId, phones))
    .execute();
}

export function phoneRows(tenantId: string, contactId: string, phones: PhoneEntry[]): Insertable<ContactPhonesTable>[] {
  return phones.map((p, position) => ({
    tenant_id: tenantId,
    contact_id: contactId,
    position,
    phone_number: p.phoneNumber,
    normalized: p.normalized,
    digits: phoneDigits(p.phoneNumber),
    purpose: p.purpose,
    is_primary: p.isPrimary ? 1 : 0,
  }));
}

export interface EmailHolder {
  email: string;
  contactId: string;
  candidateId: string;
  name: string;
}

const emailHolders = prepared((db, dialect, tenantId: string, emailsLower: string[], exceptPersonId: string) =>
  db
    .selectFrom('contact_emails as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .select(['e.email', 'e.contact_id', 'e.person_id', 'p.first_name', 'p.last_name'])
    .where('e.tenant_id', '=', tenantId)
    .where(inIdList(dialect, 'e.email_lower', emailsLower))
    .where('e.person_id', '!=', exceptPersonId)
    .orderBy('e.email_lower')
    .orderBy('e.contact_id'),
);

/** Contacts of other people (archived ones included) that hold any of these lower-cased addresses. */
export async function findEmailHolders(
  db: Kysely<DB>,
  tenantId: string,
  emailsLower: string[],
  exceptPersonId: string | null,
): Promise<EmailHolder[]> {
  if (emailsLower.length === 0) return [];
  // No person has the empty id, so '' excludes nobody.
  const rows = await emailHolders.rows(db, tenantId, emailsLower, exceptPersonId ?? '');
  return rows.map((r) => ({
    email: r.email,
    contactId: r.contact_id,
    candidateId: r.person_id,
    name: `${r.first_name} ${r.last_name}`,
  }));
}

/** Every phone row of a contact (replacing its list, or erasing it). */
export async function deletePhones(db: Kysely<DB>, tenantId: string, contactId: string): Promise<void> {
  await phonesDelete.run(db, tenantId, contactId);
}
