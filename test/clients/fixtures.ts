import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../src/db/database.js';
import type { Reply } from '../harness.js';

/** Asserts the documented error envelope (API.md §1.4): status, reason phrase, code and a request id. */
export function assertError(res: Reply, status: number, message: string): void {
  assert.equal(res.status, status, `expected ${status} ${message}, got ${res.status} ${res.text}`);
  assert.equal(res.body.status, status);
  assert.equal(res.body.statusCode, status);
  assert.equal(typeof res.body.error, 'string');
  assert.notEqual(res.body.error, '');
  assert.equal(res.body.message, message);
  assert.equal(typeof res.body.requestId, 'string');
  assert.equal(res.headers['x-request-id'], res.body.requestId);
}

/** `code:path` of every field error, sorted, for comparing VALIDATION_ERROR answers. */
export function fieldErrors(res: Reply): string[] {
  assertError(res, 400, 'VALIDATION_ERROR');
  return res.body.errors.map((e: { code: string; path: string }) => `${e.code}:${e.path}`).sort();
}

export interface ContactRow {
  clientId: string;
  firstName?: string;
  lastName?: string;
  role?: string | null;
  stageId?: string | null;
  archivedAt?: string | null;
  endDate?: string | null;
  /** Primary email; also stores a second, non-primary one to prove only the primary is shown. */
  email?: string;
}

/**
 * Writes a client contact (person, role, emails) straight into the tables, so that the clients and stages
 * tests do not depend on the client-contacts endpoints.
 */
export async function insertContact(
  db: Kysely<DB>,
  tenantId: string,
  row: ContactRow,
): Promise<{ id: string; personId: string }> {
  const now = new Date().toISOString();
  const personId = uuidv7();
  const id = uuidv7();
  const firstName = row.firstName ?? 'Ada';
  const lastName = row.lastName ?? 'Lovelace';
  await db
    .insertInto('people')
    .values({
      id: personId,
      tenant_id: tenantId,
      first_name: firstName,
      last_name: lastName,
      first_name_lower: firstName.toLowerCase(),
      last_name_lower: lastName.toLowerCase(),
      full_name_lower: `${firstName} ${lastName}`.toLowerCase(),
      avatar_url: null,
      locations: '[]',
      created_at: now,
      modified_at: now,
    })
    .execute();
  await db
    .insertInto('client_contacts')
    .values({
      id,
      tenant_id: tenantId,
      person_id: personId,
      client_id: row.clientId,
      role: row.role ?? null,
      department: null,
      start_date: null,
      end_date: row.endDate ?? null,
      stage_id: row.stageId ?? null,
      main_contact_id: null,
      created_at: now,
      modified_at: now,
      archived_at: row.archivedAt ?? null,
      version: 1,
    })
    .execute();
  if (row.email) {
    const emails = [
      { email: `other.${row.email}`, primary: 0 },
      { email: row.email, primary: 1 },
    ];
    await db
      .insertInto('contact_emails')
      .values(
        emails.map((e, position) => ({
          tenant_id: tenantId,
          contact_id: id,
          person_id: personId,
          position,
          email: e.email,
          email_lower: e.email.toLowerCase(),
          purpose: null,
          is_primary: e.primary,
        })),
      )
      .execute();
  }
  return { id, personId };
}

/** A contact row's version, modification time and state, read straight from the table. */
export async function contactState(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('client_contacts')
    .select(['version', 'modified_at', 'archived_at', 'stage_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A clock for the test context: each reading is one second after the last, so every write has its own modifiedAt. */
export function tickingClock(start = '2025-01-01T00:00:00.000Z'): () => string {
  let at = Date.parse(start);
  return () => {
    at += 1000;
    return new Date(at).toISOString();
  };
}
