import { type Insertable, type Kysely, sql } from 'kysely';
import { foldName } from '../../core/fold.js';
import type { Location } from '../../core/schemas.js';
import type { ClientContactsTable, DB, Dialect, PeopleTable } from '../../db/database.js';
import { prepared } from '../../db/prepared.js';
import { updateVersioned, type VersionedValues } from '../../db/versioned-update.js';
import { deletePhones } from './client-contact.lists-repository.js';

/**
 * The write repository of client contacts: the records a write reads and locks, and its writes of people
 * and roles. A contact's email and phone lists are in client-contact.lists-repository.ts (re-exported here).
 */
export * from './client-contact.lists-repository.js';

/** The stored state of one role, as the service reasons about it. */
export interface ContactRecord {
  id: string;
  personId: string;
  clientId: string;
  role: string | null;
  department: string | null;
  startDate: string | null;
  endDate: string | null;
  stageId: string | null;
  mainContactId: string | null;
  createdAt: string;
  modifiedAt: string;
  archivedAt: string | null;
  version: number;
}

export interface PersonRecord {
  id: string;
  firstName: string;
  lastName: string;
  avatarUrl: string | null;
  locations: Location[];
}

const contactById = prepared((db, _dialect, tenantId: string, id: string) =>
  db.selectFrom('client_contacts').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id),
);

const contactForUpdate = prepared((db, _dialect, tenantId: string, id: string) =>
  db.selectFrom('client_contacts').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate(),
);

type ContactRow = NonNullable<Awaited<ReturnType<typeof contactById.first>>>;

/** A client_contacts row (selectAll) as the record the write paths work on. */
export function toContact(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    personId: row.person_id,
    clientId: row.client_id,
    role: row.role,
    department: row.department,
    startDate: row.start_date,
    endDate: row.end_date,
    stageId: row.stage_id,
    mainContactId: row.main_contact_id,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    archivedAt: row.archived_at,
    version: row.version,
  };
}

/**
 * A role and its person, read for a write. PostgreSQL: row-locked until the transaction ends, in one fixed
 * order (person, then contact) so two writers never wait on each other in a cycle. The person comes first
 * because a change to the person also updates the person's other roles (bumpOtherRoles): with the person
 * lock held, no writer of another role of that person can be holding that role's row. A contact's person
 * changes only in a merge (see below); on PostgreSQL the person is locked through the role's unlocked
 * person_id (one statement), then the role. SQLite needs no locks: BEGIN IMMEDIATE serialises writers.
 */
export async function findContactForWrite(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  contactId: string,
): Promise<{ contact: ContactRecord; person: PersonRecord } | undefined> {
  if (dialect === 'sqlite') {
    const row = await contactById.first(db, tenantId, contactId);
    const person = row && (await personById.first(db, tenantId, row.person_id));
    return person && row && { contact: toContact(row), person: toPerson(person) };
  }
  const person = await personOfContactForUpdate.first(db, tenantId, contactId);
  const row = await contactForUpdate.first(db, tenantId, contactId);
  if (!row) return undefined;
  // A merge of two people (client-contact.merge.ts) moves roles to another person, under both people's
  // locks: one that committed while this waited for the old person has moved the role (and erased the old
  // person, which this then no longer finds). Read it again, now under its new person's lock.
  if (!person || row.person_id !== person.id) return findContactForWrite(db, dialect, tenantId, contactId);
  return { contact: toContact(row), person: toPerson(person) };
}

/**
 * PostgreSQL: serialises every transaction that claims one of these addresses, so two requests racing for
 * the same email see each other's result (one wins, the other gets 409). Sorted to avoid deadlocks; one
 * statement, which takes the locks in the order of the array.
 */
export async function lockEmails(db: Kysely<DB>, dialect: Dialect, tenantId: string, emails: string[]): Promise<void> {
  if (dialect !== 'postgres' || emails.length === 0) return;
  const keys = [...new Set(emails)].sort().map((email) => `${tenantId}:${email}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(key, 0)) from unnest(${keys}::text[]) as key`.execute(db);
}

const PERSON_COLUMNS = ['id', 'first_name', 'last_name', 'avatar_url', 'locations'] as const;

const personSelect = (db: Kysely<DB>, tenantId: string, id: string) =>
  db.selectFrom('people').select(PERSON_COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', id);

const personById = prepared((db, _dialect, tenantId: string, id: string) => personSelect(db, tenantId, id));

const personForUpdate = prepared((db, _dialect, tenantId: string, id: string) =>
  personSelect(db, tenantId, id).forUpdate(),
);

/** PostgreSQL: the person of a role, row-locked (see findContactForWrite). */
const personOfContactForUpdate = prepared((db, _dialect, tenantId: string, contactId: string) =>
  db
    .selectFrom('people')
    .select(PERSON_COLUMNS)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', (eb) =>
      eb
        .selectFrom('client_contacts')
        .select('person_id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', contactId),
    )
    .forUpdate(),
);

function toPerson(row: NonNullable<Awaited<ReturnType<typeof personById.first>>>): PersonRecord {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    avatarUrl: row.avatar_url,
    locations: JSON.parse(row.locations),
  };
}

/** A person read for a write: on PostgreSQL row-locked until the transaction ends (see findContactForWrite). */
export async function findPersonForWrite(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  id: string,
): Promise<PersonRecord | undefined> {
  const row = await (dialect === 'postgres' ? personForUpdate : personById).first(db, tenantId, id);
  return row && toPerson(row);
}

function personColumns(person: PersonRecord) {
  return {
    first_name: person.firstName,
    last_name: person.lastName,
    first_name_lower: person.firstName.toLowerCase(),
    last_name_lower: person.lastName.toLowerCase(),
    full_name_lower: `${person.firstName} ${person.lastName}`.toLowerCase(),
    first_name_folded: foldName(person.firstName),
    last_name_folded: foldName(person.lastName),
    full_name_folded: foldName(`${person.firstName} ${person.lastName}`),
    avatar_url: person.avatarUrl,
    locations: JSON.stringify(person.locations),
  };
}

/** The stored row of a new person (also used by the benchmark's bulk loader, so both write the same rows). */
export function personRow(tenantId: string, person: PersonRecord, now: string): Insertable<PeopleTable> {
  return { id: person.id, tenant_id: tenantId, ...personColumns(person), created_at: now, modified_at: now };
}

export async function insertPerson(db: Kysely<DB>, tenantId: string, person: PersonRecord, now: string): Promise<void> {
  await db
    .insertInto('people')
    .values(personRow(tenantId, person, now))
    .execute();
}

export async function updatePerson(db: Kysely<DB>, tenantId: string, person: PersonRecord, now: string): Promise<void> {
  await db
    .updateTable('people')
    .set({ ...personColumns(person), modified_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', person.id)
    .execute();
}

/**
 * Every other role of a person shows the person's fields, so a change to the person changes them too.
 * Answers their ids (archived ones included), whose events the write then records.
 */
export async function bumpOtherRoles(
  db: Kysely<DB>,
  tenantId: string,
  personId: string,
  exceptContactId: string,
  now: string,
): Promise<string[]> {
  const rows = await db
    .updateTable('client_contacts')
    .set((eb) => ({ version: eb('version', '+', 1), modified_at: now }))
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('id', '!=', exceptContactId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id).sort();
}

export function contactRow(tenantId: string, contact: ContactRecord): Insertable<ClientContactsTable> {
  return {
    id: contact.id,
    tenant_id: tenantId,
    person_id: contact.personId,
    client_id: contact.clientId,
    created_at: contact.createdAt,
    role: contact.role,
    department: contact.department,
    start_date: contact.startDate,
    end_date: contact.endDate,
    stage_id: contact.stageId,
    main_contact_id: contact.mainContactId,
    modified_at: contact.modifiedAt,
    archived_at: contact.archivedAt,
    version: contact.version,
  };
}

export async function insertContact(db: Kysely<DB>, tenantId: string, contact: ContactRecord): Promise<void> {
  await db.insertInto('client_contacts').values(contactRow(tenantId, contact)).execute();
}

/** A role's own columns a write may change, each with its field in a ContactRecord. */
const OWN_COLUMNS = {
  role: 'role',
  department: 'department',
  start_date: 'startDate',
  end_date: 'endDate',
  stage_id: 'stageId',
  main_contact_id: 'mainContactId',
  archived_at: 'archivedAt',
} as const satisfies Record<string, keyof ContactRecord>;

/**
 * Writes a role's own fields as one versioned update (src/db/versioned-update.ts): it applies only to the
 * version `before` has and sets the next, so a stale write is refused (412), never applied. It sets
 * `modified_at` and only the columns whose value changes: SQLite checks the foreign key of every column
 * named in SET, changed or not (an update naming them all cost three times one naming what changed; figures in
 * bench/README.md).
 */
export async function updateContact(
  db: Kysely<DB>,
  tenantId: string,
  before: ContactRecord,
  after: ContactRecord,
): Promise<void> {
  const values: Record<string, string | null> = { modified_at: after.modifiedAt };
  for (const [column, field] of Object.entries(OWN_COLUMNS)) {
    if (after[field] !== before[field]) values[column] = after[field];
  }
  await updateVersioned(
    db,
    'client_contacts',
    { tenantId, id: after.id, fromVersion: before.version, notFound: 'CLIENT_CONTACT_NOT_FOUND' },
    values as VersionedValues<'client_contacts'>,
  );
}

export async function countRoles(db: Kysely<DB>, tenantId: string, personId: string): Promise<number> {
  const row = await db
    .selectFrom('client_contacts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Right to erasure: the role with everything hanging off it, and the person when no role remains. */
export async function eraseContact(db: Kysely<DB>, tenantId: string, contact: ContactRecord): Promise<void> {
  await db
    .deleteFrom('attribute_values')
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', contact.id)
    .execute();
  await db
    .deleteFrom('contact_emails')
    .where('tenant_id', '=', tenantId)
    .where('contact_id', '=', contact.id)
    .execute();
  await deletePhones(db, tenantId, contact.id);
  // Answers kept for keyed retries (API.md §5.1) that show the role lose their body, as its events lose their
  // data: a retry of such a request still gets its status and runs nothing again, but no personal data. A
  // contact id is a UUID, so it holds no LIKE wildcard.
  await db
    .updateTable('idempotency_keys')
    .set({ body: 'null' })
    .where('tenant_id', '=', tenantId)
    .where('body', 'like', `%${contact.id}%`)
    .execute();
  await db.deleteFrom('client_contacts').where('tenant_id', '=', tenantId).where('id', '=', contact.id).execute();
  if ((await countRoles(db, tenantId, contact.personId)) === 0) {
    await db.deleteFrom('people').where('tenant_id', '=', tenantId).where('id', '=', contact.personId).execute();
  }
}

/**
 * A client that exists in the tenant and is not archived. On PostgreSQL the row is share-locked until the
 * transaction ends, so a concurrent archive of that client (which takes `for no key update`) waits for
 * this write instead of archiving a client that is just gaining a contact.
 */
export async function isActiveClient(db: Kysely<DB>, tenantId: string, clientId: string): Promise<boolean> {
  return (await activeClient.first(db, tenantId, clientId)) !== undefined;
}

const activeClient = prepared((db, dialect, tenantId: string, clientId: string) => {
  const query = db
    .selectFrom('clients')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', clientId)
    .where('archived_at', 'is', null);
  return dialect === 'postgres' ? query.forShare() : query;
});
