import type { Kysely, Migration } from 'kysely';

/**
 * Idempotency keys (API.md §5.1): one row per (tenant, key), shared by every process on the database.
 * `fingerprint` is a hash of the request (method, path with query, canonical body), never the request itself.
 * While the first request runs, `status` is null and `lease_token` / `lease_expires_at` say who runs it and
 * until when: a process that died mid-request loses its claim when the lease runs out, and a retry takes the
 * key over. Once answered, the row keeps the answer (status, a few headers, body) until 24 h after
 * `created_at`; `(created_at)` serves the pruner.
 */
export const idempotencyKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
      .addColumn('idempotency_key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('lease_token', 'text', (c) => c.notNull())
      .addColumn('lease_expires_at', 'text')
      .addColumn('status', 'integer')
      .addColumn('headers', 'text')
      .addColumn('body', 'text')
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'idempotency_key'])
      .execute();
    await db.schema.createIndex('idempotency_keys_created_at').on('idempotency_keys').column('created_at').execute();
  },
};
