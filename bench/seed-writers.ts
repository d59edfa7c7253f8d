import type { Kysely } from 'kysely';
import type { Database, DB } from '../src/db/database.js';
import { applyAttributeValues } from '../src/modules/attributes/attribute.repository.js';
import * as contacts from '../src/modules/client-contacts/client-contact.write-repository.js';
import { type ClientRecord, insertClient } from '../src/modules/clients/client.repository.js';
import { insertClientsBatch, insertContactsBatch } from './contacts-batch.js';
import type { SeedContact } from './seed-generator.js';

/**
 * `repository`: the API's own repository functions, one record at a time (what a POST writes, minus the
 * checks). `batch` (the default): the same rows as multi-row INSERTs (contacts-batch.ts); `seed --verify`
 * checks that both write identical rows. The repository path is far slower, and on SQLite it slows down as
 * the tenant grows (see bench/README.md), so it is there to check the batch path, not to seed large tenants.
 */
export type WriterName = 'repository' | 'batch';

async function writeThroughRepository(trx: Kysely<DB>, tenantId: string, batch: SeedContact[]): Promise<number> {
  let rows = 0;
  for (const c of batch) {
    if (c.personIsNew) {
      await contacts.insertPerson(trx, tenantId, c.person, c.contact.createdAt);
      rows++;
    }
    await contacts.insertContact(trx, tenantId, c.contact);
    if (c.emails.length > 0) await contacts.replaceEmails(trx, tenantId, c.contact, c.emails);
    if (c.phones.length > 0) await contacts.replacePhones(trx, tenantId, c.contact.id, c.phones);
    if (c.attributes.length > 0) await applyAttributeValues(trx, tenantId, c.contact.id, c.attributes);
    rows += 1 + c.emails.length + c.phones.length + c.attributes.length;
  }
  return rows;
}

/** Writes one batch in one transaction; returns the rows inserted. */
export function writeContacts(
  db: Database,
  writer: WriterName,
  tenantId: string,
  batch: SeedContact[],
): Promise<number> {
  return db.transaction((trx) =>
    writer === 'batch'
      ? insertContactsBatch(trx, db.dialect, tenantId, batch)
      : writeThroughRepository(trx, tenantId, batch),
  );
}

/** Writes one batch of clients (each with its company) in one transaction; returns the rows inserted. */
export function writeClients(
  db: Database,
  writer: WriterName,
  tenantId: string,
  batch: ClientRecord[],
): Promise<number> {
  return db.transaction(async (trx) => {
    if (writer === 'batch') return insertClientsBatch(trx, db.dialect, tenantId, batch);
    for (const client of batch) await insertClient(trx, tenantId, client);
    return batch.length * 2;
  });
}
