import type { Kysely, Migration } from 'kysely';

/**
 * Webhook endpoints and their delivery log (API.md §4.3). An endpoint row is also its delivery queue:
 * `delivered_seq` is its position in the tenant's event log (the seq of the last event it was sent, or
 * that was not meant for it), and moves only after a 2xx, so deliveries survive restarts and kill -9.
 * A process claims an endpoint by setting `lease_owner` and `lease_expires_at`; a process that died
 * loses its claim when the lease runs out.
 */
export const webhooks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('webhook_endpoints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('types', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('previous_secret', 'text')
      .addColumn('previous_secret_expires_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('modified_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('delivered_seq', 'integer', (c) => c.notNull())
      .addColumn('failed_attempts', 'integer', (c) => c.notNull())
      .addColumn('failing_since', 'text')
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'text')
      .execute();
    await db.schema
      .createIndex('webhook_endpoints_sync')
      .on('webhook_endpoints')
      .columns(['tenant_id', 'modified_at', 'id'])
      .execute();
    // What the delivery workers of every process scan for: enabled endpoints whose next attempt is due.
    await db.schema
      .createIndex('webhook_endpoints_due')
      .on('webhook_endpoints')
      .columns(['enabled', 'next_attempt_at'])
      .execute();

    await db.schema
      .createTable('webhook_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text')
      .execute();
    await db.schema
      .createIndex('webhook_attempts_endpoint')
      .on('webhook_attempts')
      .columns(['tenant_id', 'endpoint_id', 'at', 'id'])
      .execute();
    // Pruning old attempts walks them by time.
    await db.schema.createIndex('webhook_attempts_at').on('webhook_attempts').column('at').execute();
  },
};
