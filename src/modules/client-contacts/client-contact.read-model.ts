import { type Kysely, sql } from 'kysely';
import type { DB, Dialect } from '../../db/database.js';
import { inIdList, tenantBesideIdList } from '../../db/id-set.js';
import { dialectOf, prepared } from '../../db/prepared.js';
import { readAttributeValues } from '../attributes/attribute.repository.js';
import type { AttributeValue } from '../attributes/attribute.schemas.js';
import type { ClientContact } from './client-contact.schemas.js';
import { isActive, type Purpose, primaryFirst } from './contact.rules.js';

/** The role joined with its person, client, company, stage and owner. */
export const contactSelect = (db: Kysely<DB>, dialect: Dialect, tenantId: string, ids: string[]) =>
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
    ])
    .where(tenantBesideIdList(dialect, 'c.tenant_id', tenantId))
    .where(inIdList(dialect, 'c.id', ids));

const contactRows = prepared(contactSelect);

/**
 * PostgreSQL: the same rows with their emails, phones and attribute values as JSON arrays, so that a read
 * is one statement. Each statement is a network round trip there, and inside a
 * write's transaction the four reads would follow one another. SQLite has no round trips and answers the
 * four plain queries faster than it builds the JSON.
 */
const contactDocuments = prepared((db, dialect, tenantId: string, ids: string[]) =>
  contactSelect(db, dialect, tenantId, ids).select([
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
  ]),
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
    .where('tenant_id', '=', tenantId)
    .where(inIdList(dialect, 'contact_id', ids))
    .orderBy('contact_id')
    .orderBy('position'),
);

/**
 * Reads whole ClientContact representations for a set of ids in a fixed number of queries, whatever the
 * number of contacts: on SQLite four (the joined row, emails, phones, attribute values), on PostgreSQL one.
 * Answers in the order of `ids`.
 */
export async function loadContacts(
  db: Kysely<DB>,
  tenantId: string,
  ids: string[],
  now: string,
): Promise<ClientContact[]> {
  if (ids.length === 0) return [];
  const { rows, emailsOf, phonesOf, attributesOf } =
    dialectOf(db) === 'postgres' ? await readAsDocuments(db, tenantId, ids) : await readAsRows(db, tenantId, ids);

  const byId = new Map(
    rows.map((r) => {
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
        stage:
          r.stage_id === null
            ? null
            : {
                id: r.stage_id,
                order: Number(r.stage_position),
                name: r.stage_name as string,
                colorHex: r.stage_color_hex as string,
              },
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
      return [r.id, contact] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
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

/** SQLite: four plain queries. */
async function readAsRows(db: Kysely<DB>, tenantId: string, ids: string[]): Promise<ContactParts> {
  const [rows, emails, phones, attributesOf] = await Promise.all([
    contactRows.rows(db, tenantId, ids),
    emailRows.rows(db, tenantId, ids),
    phoneRows.rows(db, tenantId, ids),
    readAttributeValues(db, tenantId, ids),
  ]);
  return {
    rows,
    emailsOf: groupBy(
      emails,
      (e) => e.contact_id,
      (e) => shownEmail(e.email, e.purpose, e.is_primary),
    ),
    phonesOf: groupBy(
      phones,
      (p) => p.contact_id,
      (p) => shownPhone(p.phone_number, p.purpose, p.is_primary),
    ),
    attributesOf,
  };
}

/** PostgreSQL: one statement (see contactDocuments). */
async function readAsDocuments(db: Kysely<DB>, tenantId: string, ids: string[]): Promise<ContactParts> {
  const documents = await contactDocuments.rows(db, tenantId, ids);
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
