import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './database.js';
import { initial } from './migrations/001_initial.js';
import { contactEmailLookup } from './migrations/002_contact_email_lookup.js';
import { coveringSearchIndexes } from './migrations/003_covering_search_indexes.js';
import { peopleSearch } from './migrations/004_people_search.js';
import { clientSearch } from './migrations/005_client_search.js';
import { events } from './migrations/006_events.js';
import { webhooks } from './migrations/007_webhooks.js';
import { idempotencyKeys } from './migrations/008_idempotency_keys.js';

/** Migrations are listed in code (not read from a folder) so the compiled build and tsx run the same set. */
function provider(db: Database): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '001_initial': initial(db.dialect),
        '002_contact_email_lookup': contactEmailLookup,
        '003_covering_search_indexes': coveringSearchIndexes,
        '004_people_search': peopleSearch(db.dialect),
        '005_client_search': clientSearch(db.dialect),
        '006_events': events,
        '007_webhooks': webhooks,
        '008_idempotency_keys': idempotencyKeys,
      };
    },
  };
}

async function currentSchema(db: Database): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
  return rows[0].schema;
}

/** Applies every pending migration; throws with the failing migration's error. Returns the names applied. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: provider(db),
    // Without a schema, Kysely decides whether its bookkeeping tables exist by name in *any* schema, so a
    // database holding another schema's migrations (parallel test runs, several tenants of one server)
    // would skip creating them here and then fail. Name the connection's own schema.
    ...(db.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // A rebuilt index has no statistics on SQLite until the next refresh (up to an hour), and its planner
  // guesses badly without them. PostgreSQL keeps its table statistics across index changes.
  if (applied.length > 0 && db.dialect === 'sqlite') await db.analyze();
  return applied;
}
