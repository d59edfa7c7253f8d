import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../database.js';

/**
 * The whole base schema. Ids are UUIDv7 text; times are ISO text; booleans 0/1 integers (see database.ts).
 * Search columns hold lower-cased text and, on PostgreSQL, use the "C" collation so that a prefix can be
 * matched with a plain index range scan (`>= p AND < p || U+10FFFF`) on both databases.
 */
export function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const binaryText = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;

      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('require_if_match', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_keys_tenant').on('api_keys').columns(['tenant_id', 'created_at']).execute();
      await db.schema.createIndex('api_keys_prefix').on('api_keys').column('prefix').execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('avatar_url', 'text')
        .addColumn('deactivated_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_tenant_name').on('users').columns(['tenant_id', 'name', 'id']).execute();

      await db.schema
        .createTable('stages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('pipeline', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('color_hex', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('stages_tenant_pipeline')
        .on('stages')
        .columns(['tenant_id', 'pipeline', 'position'])
        .execute();

      await db.schema
        .createTable('companies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_lower', binaryText, (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('description', 'text')
        .addColumn('industry', 'text')
        .addColumn('size', 'text')
        .addColumn('logo_url', 'text')
        .addColumn('linkedin_url', 'text')
        .execute();
      await db.schema.createIndex('companies_tenant').on('companies').column('tenant_id').execute();

      await db.schema
        .createTable('clients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('stage_id', 'text', (c) => c.references('stages.id'))
        .addColumn('locations', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addColumn('archived_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clients_sync').on('clients').columns(['tenant_id', 'modified_at', 'id']).execute();
      await db.schema.createIndex('clients_stage').on('clients').columns(['tenant_id', 'stage_id']).execute();
      await db.schema.createIndex('clients_status').on('clients').columns(['tenant_id', 'status']).execute();
      await db.schema.createIndex('clients_company').on('clients').column('company_id').execute();

      await db.schema
        .createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('last_name', 'text', (c) => c.notNull())
        .addColumn('first_name_lower', binaryText, (c) => c.notNull())
        .addColumn('last_name_lower', binaryText, (c) => c.notNull())
        .addColumn('full_name_lower', binaryText, (c) => c.notNull())
        .addColumn('avatar_url', 'text')
        .addColumn('locations', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .execute();
      for (const column of ['first_name_lower', 'last_name_lower', 'full_name_lower']) {
        await db.schema.createIndex(`people_${column}`).on('people').columns(['tenant_id', column]).execute();
      }

      await db.schema
        .createTable('client_contacts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
        .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
        .addColumn('role', 'text')
        .addColumn('department', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('stage_id', 'text', (c) => c.references('stages.id'))
        .addColumn('main_contact_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('modified_at', 'text', (c) => c.notNull())
        .addColumn('archived_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('client_contacts_sync')
        .on('client_contacts')
        .columns(['tenant_id', 'modified_at', 'id'])
        .execute();
      for (const column of ['client_id', 'stage_id', 'main_contact_id']) {
        await db.schema
          .createIndex(`client_contacts_${column}`)
          .on('client_contacts')
          .columns(['tenant_id', column, 'modified_at', 'id'])
          .execute();
      }
      await db.schema.createIndex('client_contacts_person').on('client_contacts').column('person_id').execute();

      await db.schema
        .createTable('contact_emails')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull().references('client_contacts.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_lower', binaryText, (c) => c.notNull())
        .addColumn('purpose', 'text')
        .addColumn('is_primary', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_emails_pk', ['contact_id', 'position'])
        .execute();
      await db.schema
        .createIndex('contact_emails_lookup')
        .on('contact_emails')
        .columns(['tenant_id', 'email_lower'])
        .execute();

      await db.schema
        .createTable('contact_phones')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('contact_id', 'text', (c) => c.notNull().references('client_contacts.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('phone_number', 'text', (c) => c.notNull())
        .addColumn('normalized', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text')
        .addColumn('is_primary', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('contact_phones_pk', ['contact_id', 'position'])
        .execute();

      await db.schema
        .createTable('attribute_definitions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('view_type', 'text', (c) => c.notNull())
        .addColumn('options', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('attribute_definitions_key', ['tenant_id', 'entity', 'key'])
        .execute();

      await db.schema
        .createTable('attribute_values')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('definition_id', 'text', (c) =>
          c.notNull().references('attribute_definitions.id').onDelete('cascade'),
        )
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('attribute_values_pk', ['entity_id', 'definition_id'])
        .execute();
    },
  };
}
