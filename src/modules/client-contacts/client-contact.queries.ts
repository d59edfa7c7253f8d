import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { listParam } from '../../core/list-param.js';
import { type Page, toPage } from '../../db/keyset.js';
import { findUser } from '../users/user.repository.js';
import { listContactRows, personRoleIds } from './client-contact.list.js';
import { loadContacts } from './client-contact.read-model.js';
import * as repo from './client-contact.repository.js';
import type { ClientContact, ListContactsQuery, PersonView } from './client-contact.schemas.js';

/** GET /clients/contacts: keyset pages in (modifiedAt, id) order with every documented filter. */
export async function listContacts(
  ctx: Context,
  tenantId: string,
  query: ListContactsQuery,
): Promise<Page<ClientContact>> {
  const now = ctx.now();
  const clientIds = [
    ...(listParam(query.clientIds, 'clientIds') ?? []),
    ...(listParam(query.client_ids, 'client_ids') ?? []),
  ];
  const rows = await listContactRows(ctx.db.kysely, ctx.db.dialect, tenantId, query, {
    clientIds: clientIds.length > 0 ? clientIds : undefined,
    stageIds: listParam(query.stageIds, 'stageIds'),
    mainContactIds: listParam(query.mainContactIds, 'mainContactIds'),
    active: query.active,
    email: query.email?.trim().toLowerCase(),
    q: query.q?.trim().toLowerCase(),
    includeArchived: query.includeArchived ?? false,
    now,
  });
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
 * active role.
 */
export async function getPersonView(ctx: Context, tenantId: string, id: string): Promise<PersonView> {
  if (!isUuid(id)) throw new AppError('CANDIDATE_NOT_FOUND');
  const db = ctx.db.kysely;
  let person = await repo.findPerson(db, tenantId, id);
  if (!person) {
    const contact = await repo.findContact(db, tenantId, id);
    if (contact && contact.archivedAt === null) person = await repo.findPerson(db, tenantId, contact.personId);
  }
  if (!person) throw new AppError('CANDIDATE_NOT_FOUND');
  const roles = await loadContacts(db, tenantId, await personRoleIds(db, tenantId, person.id), ctx.now());
  if (roles.length === 0) throw new AppError('CANDIDATE_NOT_FOUND');

  const owner = roles
    .filter((r) => r.active)
    .reduce<ClientContact | undefined>(
      (best, r) => (!best || r.modifiedAt > best.modifiedAt ? r : best),
      undefined,
    )?.mainContact;
  const user = owner ? await findUser(db, tenantId, owner.id) : undefined;
  return {
    candidateId: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    avatarUrl: person.avatarUrl,
    locations: person.locations,
    mainContact: user
      ? {
          userId: user.userId,
          name: user.name,
          email: user.email,
          avatarUrl: user.avatarUrl,
          deactivatedAt: user.deactivatedAt,
        }
      : null,
    clientContacts: roles.map((r) => ({
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
