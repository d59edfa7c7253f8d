import type { Insertable, Kysely } from 'kysely';
import type { DB, Dialect } from '../src/db/database.js';
import type { ClientRecord } from '../src/modules/clients/client.repository.js';
import { insertRows } from './batch-insert.js';
import type { SeedContact } from './seed-generator.js';

/**
 * The seed's fast path: the same rows the repositories' insertClient, insertPerson / insertContact /
 * replaceEmails / replacePhones / applyAttributeValues write, as a few multi-row INSERTs per batch instead of
 * several statements per record. The column mapping repeats the repositories' (their personColumns,
 * contactColumns, companyColumns and clientColumns are not exported); `Insertable<…>` makes a new required
 * column a type error here, and `seed --verify` compares both paths row for row.
 */

/** Writes a batch of generated contacts; returns the number of rows inserted. Run inside a transaction. */
export async function insertContactsBatch(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  batch: SeedContact[],
): Promise<number> {
  const people: Insertable<DB['people']>[] = [];
  const contacts: Insertable<DB['client_contacts']>[] = [];
  const emails: Insertable<DB['contact_emails']>[] = [];
  const phones: Insertable<DB['contact_phones']>[] = [];
  const values: Insertable<DB['attribute_values']>[] = [];

  for (const { contact, person, personIsNew, emails: e, phones: p, attributes } of batch) {
    if (personIsNew) {
      people.push({
        id: person.id,
        tenant_id: tenantId,
        first_name: person.firstName,
        last_name: person.lastName,
        first_name_lower: person.firstName.toLowerCase(),
        last_name_lower: person.lastName.toLowerCase(),
        full_name_lower: `${person.firstName} ${person.lastName}`.toLowerCase(),
        avatar_url: person.avatarUrl,
        locations: JSON.stringify(person.locations),
        created_at: contact.createdAt,
        modified_at: contact.createdAt,
      });
    }
    contacts.push({
      id: contact.id,
      tenant_id: tenantId,
      person_id: contact.personId,
      client_id: contact.clientId,
      created_at: contact.createdAt,
      role: contact.role,
      department: contact.department,
      start_date: contact.startDate,
      end_date: contact.endDate,
      stage_id: contact.stageId,
      main_contact_id: contact.mainContactId,
      modified_at: contact.modifiedAt,
      archived_at: contact.archivedAt,
      version: contact.version,
    });
    e.forEach((entry, position) => {
      emails.push({
        tenant_id: tenantId,
        contact_id: contact.id,
        person_id: contact.personId,
        position,
        email: entry.email,
        email_lower: entry.email.toLowerCase(),
        purpose: entry.purpose,
        is_primary: entry.isPrimary ? 1 : 0,
      });
    });
    p.forEach((entry, position) => {
      phones.push({
        tenant_id: tenantId,
        contact_id: contact.id,
        position,
        phone_number: entry.phoneNumber,
        normalized: entry.normalized,
        purpose: entry.purpose,
        is_primary: entry.isPrimary ? 1 : 0,
      });
    });
    for (const a of attributes) {
      values.push({
        tenant_id: tenantId,
        entity_id: contact.id,
        definition_id: a.definitionId,
        value: JSON.stringify(a.value),
      });
    }
  }

  // Parents before children: the foreign keys are checked per statement.
  await insertRows(db, dialect, 'people', people);
  await insertRows(db, dialect, 'client_contacts', contacts);
  await insertRows(db, dialect, 'contact_emails', emails);
  await insertRows(db, dialect, 'contact_phones', phones);
  await insertRows(db, dialect, 'attribute_values', values);
  return people.length + contacts.length + emails.length + phones.length + values.length;
}

/** Writes a batch of clients with their companies; returns the number of rows inserted. */
export async function insertClientsBatch(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  batch: ClientRecord[],
): Promise<number> {
  const companies: Insertable<DB['companies']>[] = batch.map(({ company }) => ({
    id: company.id,
    tenant_id: tenantId,
    name: company.name,
    name_lower: company.name.toLowerCase(),
    domain: company.domain,
    description: company.description,
    industry: company.industry,
    size: company.size,
    logo_url: company.logoUrl,
    linkedin_url: company.linkedinUrl,
  }));
  const clients: Insertable<DB['clients']>[] = batch.map((record) => ({
    id: record.id,
    tenant_id: tenantId,
    company_id: record.company.id,
    created_at: record.createdAt,
    status: record.status,
    stage_id: record.stage?.id ?? null,
    locations: JSON.stringify(record.locations),
    modified_at: record.modifiedAt,
    archived_at: record.archivedAt,
    version: record.version,
  }));
  await insertRows(db, dialect, 'companies', companies);
  await insertRows(db, dialect, 'clients', clients);
  return companies.length + clients.length;
}
