import type { Insertable, Kysely } from 'kysely';
import type { DB, Dialect } from '../src/db/database.js';
import {
  contactRow,
  emailRows,
  personRow,
  phoneRows,
} from '../src/modules/client-contacts/client-contact.write-repository.js';
import { type ClientRecord, clientRows } from '../src/modules/clients/client.repository.js';
import { insertRows } from './batch-insert.js';
import type { SeedContact } from './seed-generator.js';

/**
 * The seed's fast path: the same rows the repositories' insertClient, insertPerson / insertContact /
 * replaceEmails / replacePhones / applyAttributeValues write (built by the repositories' own row functions),
 * as a few multi-row INSERTs per batch instead of several statements per record. `seed --verify` compares
 * both paths row for row.
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
    if (personIsNew) people.push(personRow(tenantId, person, contact.createdAt));
    contacts.push(contactRow(tenantId, contact));
    emails.push(...emailRows(tenantId, contact, e));
    phones.push(...phoneRows(tenantId, contact.id, p));
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
  const rows = batch.map((record) => clientRows(tenantId, record));
  await insertRows(
    db,
    dialect,
    'companies',
    rows.map((r) => r.company),
  );
  await insertRows(
    db,
    dialect,
    'clients',
    rows.map((r) => r.client),
  );
  return rows.length * 2;
}
