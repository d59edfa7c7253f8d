import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdList, tenantBesideIdList } from '../../db/id-set.js';
import { dialectOf, prepared } from '../../db/prepared.js';
import { readAttributeValues } from '../attributes/attribute.repository.js';
import type { AttributeValue } from '../attributes/attribute.schemas.js';
import { joinedStage } from '../stages/stage.repository.js';
import type { ClientContact } from './client-contact.schemas.js';
import { isActive, type Purpose, primaryFirst } from './contact.rules.js';

/**
 * The read repository of client contacts: whole representations (loadContacts), a person's roles for the
 * person view, and one page of a list (listContactRows, built in client-contact.list-query.ts). Writes and
 * the reads a write locks are in client-contact.write-repository.ts.
 */
export { listContactRows } from './client-contact.list-query.js';

/** The role joined with its person, client, company, stage and owner; no condition yet. */
const contactFrom = (db: Kysely<DB>) =>
  db
    .selectFrom('client_contacts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .innerJoin('clients as cl', 'cl.id', 'c.client_id')
    .innerJoin('companies as co', 'co.id', 'cl.company_id')
    .leftJoin('stages as s', 's.id', 'c.stage_id')
    .leftJoin('users as u', 'u.id', 'c.main_contact_id')
    .select([
      'c.id',
      'c.person_id',
      'c.client_id',
      'c.role',
      'c.department',
      'c.start_date',
      'c.end_date',
      'c.created_at',
      'c.modified_at',
      'c.archived_at',
      'c.version',
      'p.first_name',
      'p.last_name',
      'p.avatar_url as person_avatar_url',
      'p.locations as person_locations',
      'cl.locations as client_locations',
      'co.id as company_id',
      'co.name as company_name',
      'co.logo_url as company_logo_url',
      'co.linkedin_url as company_linkedin_url',
      's.id as stage_id',
      's.position as stage_position',
      's.name as stage_name',
      's.color_hex as stage_color_hex',
      'u.id as user_id',
      'u.name as user_name',
      'u.avatar_url as user_avatar_url',
      'u.deactivated_at as user_deactivated_at',
      'u.email as user_email',
    ]);

/** The joined roles of a set of ids. */
export const contactSelect = (db: Kysely<DB>, dialect: Dialect, tenantId: string, ids: string[]) =>
  contactFrom(db)
    .where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId))
    .where(inIdList(dialect, 'c.id', ids));

const contactRows = prepared(contactSelect);

/**
 * PostgreSQL: the same rows with their emails, phones and attribute values as JSON arrays, so that a read
 * is one statement. Each statement is a network round trip there, and inside a
 * write's transaction the four reads would follow one another. SQLite has no round trips and answers the
 * four plain queries faster than it builds the JSON.
 */
const withDocuments = (query: ReturnType<typeof contactFrom>) =>
  query.select([
    sql<[string, string | null, number][]>`coalesce((
      select json_agg(json_build_array(e.email, e.purpose, e.is_primary) order by e.position)
      from contact_emails e where e.tenant_id = c.tenant_id and e.contact_id = c.id), '[]')`.as('emails'),
    sql<[string, string | null, number][]>`coalesce((
      select json_agg(json_build_array(ph.phone_number, ph.purpose, ph.is_primary) order by ph.position)
      from contact_phones ph where ph.tenant_id = c.tenant_id and ph.contact_id = c.id), '[]')`.as('phones'),
    sql<[string, string, string, string][]>`coalesce((
      select json_agg(json_build_array(v.definition_id, v.value, d.label, d.type) order by d.position, d.id)
      from attribute_values v join attribute_definitions d on d.id = v.definition_id
      where v.tenant_id = c.tenant_id and d.tenant_id = c.tenant_id and v.entity_id = c.id), '[]')`.as('attributes'),
  ]);

const contactDocuments = prepared((db, dialect, tenantId: string, ids: string[]) =>
  withDocuments(contactSelect(db, dialect, tenantId, ids)),
);

const emailRows = prepared((db, dialect, tenantId: string, ids: string[]) =>
  db
    .selectFrom('contact_emails')
    .select(['contact_id', 'email', 'purpose', 'is_primary'])
    .where('tenant_id', '=', tenantId)
    .where(inIdList(dialect, 'contact_id', ids))
    .orderBy('contact_id')
    .orderBy('position'),
);

const phoneRows = prepared((db, dialect, tenantId: string, ids: string[]) =>
  db
    .selectFrom('contact_phones')
    .select(['contact_id', 'phone_number', 'purpose', 'is_primary'])
    // By primary key, whatever the statistics say (see phonesOf in the write repository).
    .where(tenantBesideIdList(dialect, 'tenant_id', tenantId))
    .where(inIdList(dialect, 'contact_id', ids))
    .orderBy('contact_id')
    .orderBy('position'),
);

/** Lists a write has just read or written, so the answer need not read them again (SQLite; see below). */
export interface KnownLists {
  emails?: ClientContact['emails'];
  phoneNumbers?: ClientContact['phoneNumbers'];
}

/**
 * Reads whole ClientContact representations for a set of ids in a fixed number of queries, whatever the
 * number of contacts: on SQLite four (the joined row, emails, phones, attribute values; fewer when `known`
 * gives lists of a single contact), on PostgreSQL one. Answers in the order of `ids`.
 */
export async function loadContacts(
  db: Kysely<DB>,
  tenantId: string,
  ids: string[],
  now: string,
  known: KnownLists = {},
): Promise<ClientContact[]> {
  return (await readContacts(db, tenantId, ids, now, known)).map((r) => r.contact);
}

/** One contact, as a write answers it. */
export async function loadContact(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  now: string,
  known: KnownLists = {},
): Promise<ClientContact> {
  const [contact] = await loadContacts(db, tenantId, [id], now, known);
  return contact;
}

/**
 * The person an id names: the person itself, or the person of a non-archived role with that id (two
 * scalar subqueries, so that a person's roles are found in the same statement).
 */
const personNamedBy = (eb: ExpressionBuilder<DB, keyof DB>, tenantId: string, id: string) =>
  eb.fn
    .coalesce(
      eb.selectFrom('people').select('id').where('tenant_id', '=', tenantId).where('id', '=', id),
      eb
        .selectFrom('client_contacts')
        .select('person_id')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('archived_at', 'is', null),
    )
    .$castTo<string>();

/** SQLite: the ids of the non-archived roles, oldest first, of the person an id names. */
const roleIdsOfPerson = prepared((db, _dialect, tenantId: string, id: string) =>
  db
    .selectFrom('client_contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('archived_at', 'is', null)
    .where('person_id', '=', (eb) => personNamedBy(eb as ExpressionBuilder<DB, keyof DB>, tenantId, id))
    .orderBy('created_at')
    .orderBy('id'),
);

/** PostgreSQL: those roles as documents (see contactDocuments), in one statement. */
const personDocuments = prepared((db, _dialect, tenantId: string, id: string) =>
  withDocuments(
    contactFrom(db)
      .where('c.tenant_id', '=', tenantId)
      .where('c.archived_at', 'is', null)
      .where('c.person_id', '=', (eb) => personNamedBy(eb as ExpressionBuilder<DB, keyof DB>, tenantId, id))
      .orderBy('c.created_at')
      .orderBy('c.id'),
  ),
);

export interface RoleWithOwnerEmail {
  contact: ClientContact;
  /** The email of the role's owner (mainContact), which the person view shows and a ClientContact does not. */
  ownerEmail: string | null;
}

/**
 * The non-archived roles, oldest first, of the person that `id` names (a person id or one of its roles'
 * ids); none when there is no such person. Every role carries the person's own fields.
 */
export async function loadPersonRoles(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  now: string,
): Promise<RoleWithOwnerEmail[]> {
  if (dialectOf(db) === 'postgres') {
    return withRepresentations(documentParts(await personDocuments.rows(db, tenantId, id)), now);
  }
  const roleIds = (await roleIdsOfPerson.rows(db, tenantId, id)).map((r) => r.id);
  return readContacts(db, tenantId, roleIds, now, {});
}

async function readContacts(
  db: Kysely<DB>,
  tenantId: string,
  ids: string[],
  now: string,
  known: KnownLists,
): Promise<RoleWithOwnerEmail[]> {
  if (ids.length === 0) return [];
  const parts =
    dialectOf(db) === 'postgres'
      ? documentParts(await contactDocuments.rows(db, tenantId, ids))
      : await readAsRows(db, tenantId, ids, ids.length === 1 ? known : {});
  const byId = new Map(withRepresentations(parts, now).map((role) => [role.contact.id, role]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The roles read, in the order read, each as its ClientContact representation with its owner's email. */
function withRepresentations(
  { rows, emailsOf, phonesOf, attributesOf }: ContactParts,
  now: string,
): RoleWithOwnerEmail[] {
  return rows.map((r) => {
    const contact: ClientContact = {
      id: r.id,
      candidateId: r.person_id,
      clientId: r.client_id,
      firstName: r.first_name,
      lastName: r.last_name,
      avatarUrl: r.person_avatar_url,
      locations: JSON.parse(r.person_locations),
      client: {
        id: r.client_id,
        company: {
          id: r.company_id,
          name: r.company_name,
          logoUrl: r.company_logo_url,
          linkedinUrl: r.company_linkedin_url,
        },
        locations: JSON.parse(r.client_locations),
      },
      role: r.role,
      department: r.department,
      emails: primaryFirst(emailsOf.get(r.id) ?? []),
      phoneNumbers: primaryFirst(phonesOf.get(r.id) ?? []),
      startDate: r.start_date,
      endDate: r.end_date,
      active: isActive({ archivedAt: r.archived_at, endDate: r.end_date }, now),
      stage: joinedStage(r),
      mainContact:
        r.user_id === null
          ? null
          : {
              id: r.user_id,
              name: r.user_name as string,
              avatarUrl: r.user_avatar_url,
              deactivatedAt: r.user_deactivated_at,
            },
      customAttributes: attributesOf.get(r.id) ?? [],
      createdAt: r.created_at,
      modifiedAt: r.modified_at,
      archivedAt: r.archived_at,
      version: r.version,
    };
    return { contact, ownerEmail: r.user_email };
  });
}

type ContactRow = Awaited<ReturnType<typeof contactRows.rows>>[number];

interface ContactParts {
  rows: ContactRow[];
  emailsOf: Map<string, ClientContact['emails']>;
  phonesOf: Map<string, ClientContact['phoneNumbers']>;
  attributesOf: Map<string, AttributeValue[]>;
}

const shownEmail = (email: string, purpose: string | null, isPrimary: number) => ({
  email,
  purpose: purpose as Purpose,
  isPrimary: isPrimary === 1,
});

const shownPhone = (phoneNumber: string, purpose: string | null, isPrimary: number) => ({
  phoneNumber,
  purpose: purpose as Purpose,
  isPrimary: isPrimary === 1,
});

/** SQLite: four plain queries, less the lists `known` gives (for a single contact). */
async function readAsRows(db: Kysely<DB>, tenantId: string, ids: string[], known: KnownLists): Promise<ContactParts> {
  const [rows, emails, phones, attributesOf] = await Promise.all([
    contactRows.rows(db, tenantId, ids),
    known.emails ? undefined : emailRows.rows(db, tenantId, ids),
    known.phoneNumbers ? undefined : phoneRows.rows(db, tenantId, ids),
    readAttributeValues(db, tenantId, ids),
  ]);
  return {
    rows,
    emailsOf: emails
      ? groupBy(
          emails,
          (e) => e.contact_id,
          (e) => shownEmail(e.email, e.purpose, e.is_primary),
        )
      : new Map([[ids[0], known.emails ?? []]]),
    phonesOf: phones
      ? groupBy(
          phones,
          (p) => p.contact_id,
          (p) => shownPhone(p.phone_number, p.purpose, p.is_primary),
        )
      : new Map([[ids[0], known.phoneNumbers ?? []]]),
    attributesOf,
  };
}

/** PostgreSQL: the parts of documents read in one statement (see contactDocuments). */
function documentParts(documents: Awaited<ReturnType<typeof contactDocuments.rows>>): ContactParts {
  const parts: ContactParts = { rows: documents, emailsOf: new Map(), phonesOf: new Map(), attributesOf: new Map() };
  for (const d of documents) {
    parts.emailsOf.set(
      d.id,
      d.emails.map((e) => shownEmail(...e)),
    );
    parts.phonesOf.set(
      d.id,
      d.phones.map((p) => shownPhone(...p)),
    );
    parts.attributesOf.set(
      d.id,
      d.attributes.map(([attributeDefinitionId, value, label, type]) => ({
        attributeDefinitionId,
        label,
        type,
        value: JSON.parse(value),
      })),
    );
  }
  return parts;
}

function groupBy<T, V>(items: T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}
