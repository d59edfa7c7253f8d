import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { listParam } from '../../core/list-param.js';
import { type Page, toPage } from '../../db/keyset.js';
import type { ContactFilters } from './client-contact.list-query.js';
import { listContactRows, loadContacts, loadPersonRoles } from './client-contact.read-repository.js';
import type { ClientContact, ListContactsQuery, PersonView } from './client-contact.schemas.js';

/** The client-contact reads: a page of the list, and the person view. */

/** The list's filters as its query string gives them (the export reads the same ones). */
export function contactFilters(
  query: Pick<
    ListContactsQuery,
    'clientIds' | 'client_ids' | 'stageIds' | 'mainContactIds' | 'active' | 'email' | 'q' | 'includeArchived'
  >,
  now: string,
): ContactFilters {
  const clientIds = [
    ...(listParam(query.clientIds, 'clientIds') ?? []),
    ...(listParam(query.client_ids, 'client_ids') ?? []),
  ];
  return {
    clientIds: clientIds.length > 0 ? clientIds : undefined,
    stageIds: listParam(query.stageIds, 'stageIds'),
    mainContactIds: listParam(query.mainContactIds, 'mainContactIds'),
    active: query.active,
    email: query.email?.trim().toLowerCase(),
    q: query.q?.trim().toLowerCase(),
    includeArchived: query.includeArchived ?? false,
    now,
  };
}

/** GET /clients/contacts: keyset pages in (modifiedAt, id) order with every documented filter. */
export async function listContacts(
  ctx: Context,
  tenantId: string,
  query: ListContactsQuery,
): Promise<Page<ClientContact>> {
  const now = ctx.now();
  const rows = await listContactRows(ctx.db.kysely, ctx.db.dialect, tenantId, query, contactFilters(query, now));
  const page = toPage(rows, query.limit, (r) => r);
  const items = await loadContacts(
    ctx.db.kysely,
    tenantId,
    page.items.map((r) => r.id),
    now,
  );
  return { items, pageInfo: page.pageInfo };
}

/**
 * GET /clients/contacts/{id}: the person with their non-archived roles. The id may be the person's
 * (Spott's candidateId) or one of its roles'. `mainContact` is the owner of the most recently modified
 * active role. The person's fields and the owner come with the roles: no second read.
 */
export async function getPersonView(ctx: Context, tenantId: string, id: string): Promise<PersonView> {
  if (!isUuid(id)) throw new AppError('CANDIDATE_NOT_FOUND');
  const roles = await loadPersonRoles(ctx.db.kysely, tenantId, id, ctx.now());
  if (roles.length === 0) throw new AppError('CANDIDATE_NOT_FOUND');
  const person = roles[0].contact;
  const owning = roles
    .filter((r) => r.contact.active)
    .reduce<(typeof roles)[number] | undefined>(
      (best, r) => (!best || r.contact.modifiedAt > best.contact.modifiedAt ? r : best),
      undefined,
    );
  const owner = owning?.contact.mainContact;
  return {
    candidateId: person.candidateId,
    firstName: person.firstName,
    lastName: person.lastName,
    avatarUrl: person.avatarUrl,
    locations: person.locations,
    mainContact: owner
      ? {
          userId: owner.id,
          name: owner.name,
          email: owning.ownerEmail as string,
          avatarUrl: owner.avatarUrl,
          deactivatedAt: owner.deactivatedAt,
        }
      : null,
    clientContacts: roles.map(({ contact: r }) => ({
      id: r.id,
      company: { id: r.client.company.id, name: r.client.company.name, logoUrl: r.client.company.logoUrl },
      role: r.role,
      department: r.department,
      startDate: r.startDate,
      endDate: r.endDate,
      active: r.active,
      emailAddresses: r.emails.map((e) => ({ purpose: e.purpose, email: e.email, isPrimary: e.isPrimary })),
      phoneNumbers: r.phoneNumbers,
      stage: r.stage,
      customAttributes: r.customAttributes,
      modifiedAt: r.modifiedAt,
      version: r.version,
    })),
  };
}
