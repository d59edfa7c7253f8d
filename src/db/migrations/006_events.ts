import type { Kysely, Migration } from 'kysely';

/**
 * The event log (API.md §4.1): every write appends its events here in its own transaction (an outbox), and
 * history, `GET /events` and webhook deliveries all read it. `seq` is the event's position in its tenant's
 * log, allotted from `event_sequences` at append time (src/modules/events/event.repository.ts says why that
 * makes the feed safe to poll); `id` is the event's public UUIDv7. `data` is JSON `{ object, changes }`, or
 * null once an erasure stripped it. `(occurred_at)` serves the retention pruner.
 */
export const events: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('events')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_type', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('data', 'text')
      .addPrimaryKeyConstraint('events_pk', ['tenant_id', 'seq'])
      .execute();
    await db.schema.createIndex('events_resource').on('events').columns(['tenant_id', 'resource_id', 'seq']).execute();
    await db.schema.createIndex('events_occurred_at').on('events').column('occurred_at').execute();

    // One row per tenant that has ever recorded an event: the last seq given out, and the highest seq the
    // retention pruner has deleted (a cursor below it may have missed events: 410 CURSOR_EXPIRED).
    await db.schema
      .createTable('event_sequences')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('last_seq', 'integer', (c) => c.notNull())
      .addColumn('pruned_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
