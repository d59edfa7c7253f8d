import type { Kysely, Migration } from 'kysely';

/**
 * Reading a contact's emails (`tenant_id = ? AND contact_id IN (…)`) and replacing them went through the
 * (tenant_id, email_lower) index on SQLite, which without statistics it prefers: a scan of every address of
 * the tenant, growing with the tenant. This index answers those lookups directly on both databases.
 */
export const contactEmailLookup: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('contact_emails_contact')
      .on('contact_emails')
      .columns(['tenant_id', 'contact_id', 'position'])
      .execute();
  },
};
