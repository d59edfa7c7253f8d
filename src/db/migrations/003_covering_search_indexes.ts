import type { Kysely, Migration } from 'kysely';

/** Each index this migration widens: its name, table and new columns (the old ones, then what it now covers). */
const WIDENED: [name: string, table: string, columns: string[]][] = [
  // The list walk (paging, and a `q` search that matches many contacts) filters on archived_at and
  // probes the person without reading the contact's row.
  ['client_contacts_sync', 'client_contacts', ['tenant_id', 'modified_at', 'id', 'archived_at', 'person_id']],
  // A person's roles by id, without reading each role's row.
  ['client_contacts_person', 'client_contacts', ['person_id', 'id']],
  // Name and address prefix matches yield their person or contact from the index alone.
  ['people_full_name_lower', 'people', ['tenant_id', 'full_name_lower', 'id']],
  ['people_last_name_lower', 'people', ['tenant_id', 'last_name_lower', 'id']],
  ['contact_emails_lookup', 'contact_emails', ['tenant_id', 'email_lower', 'contact_id']],
  // The walk's address probe per contact reads the address from the index.
  ['contact_emails_contact', 'contact_emails', ['tenant_id', 'contact_id', 'position', 'email_lower']],
];

/**
 * Covering indexes for the contact search and list paths: each answers its lookup without a second
 * descent into the table per row, which at a million contacts on SQLite made reading the matches of a name
 * prefix and walking the list for a common prefix markedly faster (figures in bench/README.md).
 */
export const coveringSearchIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, table, columns] of WIDENED) {
      await db.schema.dropIndex(name).execute();
      await db.schema.createIndex(name).on(table).columns(columns).execute();
    }
  },
};
