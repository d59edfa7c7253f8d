import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import type { DB } from '../../db/database.js';
import { applyAttributeValues } from '../attributes/attribute.repository.js';
import { computeChanges } from '../events/event.changes.js';
import { stripEventData } from '../events/event.repository.js';
import type { Actor, Changes } from '../events/event.schemas.js';
import { type Change, recordChanges } from '../events/event.service.js';
import { listStages } from '../stages/stage.repository.js';
import { contactFieldsChanged, type Draft, draftChanges, personFieldsChanged } from './client-contact.draft.js';
import { priorAttributes, priorRepresentation } from './client-contact.prior.js';
import { type KnownLists, loadContact, loadContacts } from './client-contact.read-repository.js';
import type { ClientContact, CreateContactBody, UpdateContactBody } from './client-contact.schemas.js';
import * as repo from './client-contact.write-repository.js';
import { type EmailEntry, type PhoneEntry, primaryFirst, sameList } from './contact.rules.js';

/**
 * The client-contact service: creates, PATCHes, archives, restores and erases roles, each in one
 * transaction with its events. The reads (list, person view) are in client-contact.reads.ts, re-exported.
 */
export { getPersonView, listContacts } from './client-contact.reads.js';

type Expected = number | undefined | 'unmatchable';

/** The lists as a representation shows them, from what a write read or wrote. */
function shownLists(emails: EmailEntry[] | undefined, phones: PhoneEntry[] | undefined): KnownLists {
  return {
    emails: emails?.map(({ email, purpose, isPrimary }) => ({ email, purpose, isPrimary })),
    phoneNumbers: phones?.map(({ phoneNumber, purpose, isPrimary }) => ({ phoneNumber, purpose, isPrimary })),
  };
}

/** Names the representation's person-level fields take (the person record's, less its id). */
function personChanges(before: repo.PersonRecord, after: repo.PersonRecord): Changes {
  return computeChanges(before, after, ['id']);
}

/**
 * client_contact.updated for every other role of a person whose fields a write changed (API.md §4.1): each
 * role shows the person, so each one's representation changed (and its version rose, see bumpOtherRoles).
 */
async function otherRolesChanged(
  trx: Kysely<DB>,
  tenantId: string,
  roleIds: string[],
  changes: Changes,
  now: string,
): Promise<Change[]> {
  const roles = await loadContacts(trx, tenantId, roleIds, now);
  return roles.map((role) => ({
    type: 'client_contact.updated',
    resource: { type: 'client_contact', id: role.id },
    object: role,
    changes,
  }));
}

/** The stored role with its person, locked for writing; archived roles are not found. */
async function lockedContact(ctx: Context, trx: Kysely<DB>, tenantId: string, id: string, includeArchived = false) {
  if (!isUuid(id)) throw new AppError('CLIENT_CONTACT_NOT_FOUND');
  const found = await repo.findContactForWrite(trx, ctx.db.dialect, tenantId, id);
  if (!found || (found.contact.archivedAt !== null && !includeArchived)) {
    throw new AppError('CLIENT_CONTACT_NOT_FOUND');
  }
  return found;
}

export async function createContact(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  clientId: string,
  body: CreateContactBody,
): Promise<ClientContact> {
  return ctx.db.transaction((trx) => createContactIn(ctx, trx, tenantId, actor, clientId, body));
}

/** createContact's work inside a caller's transaction (the batch's upsert matches and creates in one). */
export async function createContactIn(
  ctx: Context,
  trx: Kysely<DB>,
  tenantId: string,
  actor: Actor,
  clientId: string,
  body: CreateContactBody,
): Promise<ClientContact> {
  if (!isUuid(clientId) || !(await repo.isActiveClient(trx, tenantId, clientId))) {
    throw new AppError('CLIENT_NOT_FOUND');
  }
  const now = ctx.now();
  const { candidateId, ...fields } = body;
  const contactId = ctx.newId();
  const base: repo.ContactRecord = {
    id: contactId,
    personId: '',
    clientId,
    role: null,
    department: null,
    startDate: null,
    endDate: null,
    stageId: (await listStages(trx, tenantId, 'client-contacts'))[0]?.id ?? null,
    mainContactId: null,
    createdAt: now,
    modifiedAt: now,
    archivedAt: null,
    version: 1,
  };
  const person = async () => {
    if (candidateId === undefined) {
      const fresh = { id: ctx.newId(), firstName: '', lastName: '', avatarUrl: null, locations: [] };
      return { person: fresh, isNew: true };
    }
    const existing = isUuid(candidateId)
      ? await repo.findPersonForWrite(trx, ctx.db.dialect, tenantId, candidateId)
      : undefined;
    if (!existing) throw new AppError('CANDIDATE_NOT_FOUND');
    return { person: existing, isNew: false };
  };
  const draft = await draftChanges(ctx, trx, tenantId, { contact: base, person }, fields);
  let otherRoles: string[] = [];
  if (draft.personIsNew) await repo.insertPerson(trx, tenantId, draft.person, now);
  else if (personFieldsChanged(draft.personBefore, draft.person)) {
    await repo.updatePerson(trx, tenantId, draft.person, now);
    otherRoles = await repo.bumpOtherRoles(trx, tenantId, draft.person.id, contactId, now);
  }
  await repo.insertContact(trx, tenantId, draft.contact);
  await insertLists(trx, tenantId, draft);
  const created = await loadContact(
    trx,
    tenantId,
    contactId,
    ctx.now(),
    shownLists(draft.emails ?? [], draft.phones ?? []),
  );
  await recordChanges(ctx, trx, tenantId, actor, [
    { type: 'client_contact.created', resource: { type: 'client_contact', id: contactId }, object: created },
    ...(await otherRolesChanged(trx, tenantId, otherRoles, personChanges(draft.personBefore, draft.person), now)),
  ]);
  return created;
}

/** The lists of a contact just inserted (it has none to replace). */
async function insertLists(trx: Kysely<DB>, tenantId: string, draft: Draft): Promise<void> {
  if (draft.emails) await repo.insertEmails(trx, tenantId, draft.contact, draft.emails);
  if (draft.phones) await repo.insertPhones(trx, tenantId, draft.contact.id, draft.phones);
  if (draft.attributes) await applyAttributeValues(trx, tenantId, draft.contact.id, draft.attributes);
}

/**
 * PATCH: only the fields present change; one transaction; a body that changes nothing leaves `version`
 * and `modifiedAt` as they were. A change to the person (names, avatar, locations) shows on, and so
 * bumps, every role of that person.
 */
export async function updateContact(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  body: UpdateContactBody,
  expected: Expected,
): Promise<ClientContact> {
  return ctx.db.transaction(
    async (trx) => (await updateContactIn(ctx, trx, tenantId, actor, id, body, expected)).contact,
  );
}

/** updateContact's work inside a caller's transaction; `changed` is false when nothing was written (§1.6). */
export async function updateContactIn(
  ctx: Context,
  trx: Kysely<DB>,
  tenantId: string,
  actor: Actor,
  id: string,
  body: UpdateContactBody,
  expected: Expected,
): Promise<{ contact: ClientContact; changed: boolean }> {
  const current = await lockedContact(ctx, trx, tenantId, id);
  const draft = await draftChanges(
    ctx,
    trx,
    tenantId,
    { contact: current.contact, person: async () => ({ person: current.person, isNew: false }) },
    body,
    () => assertVersion(expected, current.contact.version),
  );
  // Lists are compared as shown (primary first): re-sending what a read showed changes nothing (§1.6).
  // A list the body sends is read once, here; the answer is then built from it or from the draft.
  const storedEmails = draft.emails && (await repo.readEmails(trx, tenantId, id));
  const storedPhones = draft.phones && (await repo.readPhones(trx, tenantId, id));
  const emailsChanged =
    draft.emails !== undefined &&
    !sameList(
      primaryFirst(draft.emails),
      primaryFirst(storedEmails ?? []),
      (a, b) => a.email === b.email && a.purpose === b.purpose && a.isPrimary === b.isPrimary,
    );
  const phonesChanged =
    draft.phones !== undefined &&
    !sameList(
      primaryFirst(draft.phones),
      primaryFirst(storedPhones ?? []),
      (a, b) => a.phoneNumber === b.phoneNumber && a.purpose === b.purpose && a.isPrimary === b.isPrimary,
    );
  const answerLists = shownLists(
    emailsChanged ? draft.emails : storedEmails,
    phonesChanged ? draft.phones : storedPhones,
  );
  // The values as they were, for the event's changes (see client-contact.prior.ts).
  const storedAttributes = draft.attributes && (await priorAttributes(trx, tenantId, id));
  const attributesChanged =
    draft.attributes !== undefined && (await applyAttributeValues(trx, tenantId, id, draft.attributes));
  const personChanged = personFieldsChanged(current.person, draft.person);
  const contactChanged = contactFieldsChanged(current.contact, draft.contact);
  if (!(emailsChanged || phonesChanged || attributesChanged || personChanged || contactChanged)) {
    return { contact: await loadContact(trx, tenantId, id, ctx.now(), answerLists), changed: false };
  }

  const now = ctx.now();
  let otherRoles: string[] = [];
  if (emailsChanged) await repo.replaceEmails(trx, tenantId, current.contact, draft.emails ?? []);
  if (phonesChanged) await repo.replacePhones(trx, tenantId, id, draft.phones ?? []);
  if (personChanged) {
    await repo.updatePerson(trx, tenantId, draft.person, now);
    otherRoles = await repo.bumpOtherRoles(trx, tenantId, draft.person.id, id, now);
  }
  await repo.updateContact(trx, tenantId, current.contact, { ...draft.contact, modifiedAt: now });
  const shownAt = ctx.now();
  const updated = await loadContact(trx, tenantId, id, shownAt, answerLists);
  const prior = { ...current, emails: storedEmails, phones: storedPhones, attributes: storedAttributes };
  const before = await priorRepresentation(trx, tenantId, updated, prior, shownAt);
  await recordChanges(ctx, trx, tenantId, actor, [
    {
      type: 'client_contact.updated',
      resource: { type: 'client_contact', id },
      object: updated,
      changes: computeChanges(before, updated),
    },
    ...(await otherRolesChanged(trx, tenantId, otherRoles, personChanges(current.person, draft.person), now)),
  ]);
  return { contact: updated, changed: true };
}

/** Soft delete (archive), or with `permanent` erase the role and, with its last role, the person. */
export async function deleteContact(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  options: { permanent: boolean; expected: Expected },
): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    const { contact } = await lockedContact(ctx, trx, tenantId, id, options.permanent);
    assertVersion(options.expected, contact.version);
    const resource = { type: 'client_contact', id } as const;
    if (options.permanent) {
      // Right to erasure (API.md §4.1): the role's earlier events keep their place but lose their data.
      await repo.eraseContact(trx, tenantId, contact);
      await stripEventData(trx, tenantId, id);
      await recordChanges(ctx, trx, tenantId, actor, [{ type: 'client_contact.erased', resource, object: null }]);
      return;
    }
    const now = ctx.now();
    const before = await loadContact(trx, tenantId, id, now);
    await repo.updateContact(trx, tenantId, contact, { ...contact, archivedAt: now, modifiedAt: now });
    const archived = await loadContact(trx, tenantId, id, now);
    await recordChanges(ctx, trx, tenantId, actor, [
      { type: 'client_contact.archived', resource, object: archived, changes: computeChanges(before, archived) },
    ]);
  });
}

/** Un-archives a role. Restoring one that is not archived changes nothing; its client must not be archived. */
export async function restoreContact(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  expected: Expected,
): Promise<ClientContact> {
  return ctx.db.transaction(async (trx) => {
    const { contact } = await lockedContact(ctx, trx, tenantId, id, true);
    assertVersion(expected, contact.version);
    if (contact.archivedAt === null) return loadContact(trx, tenantId, id, ctx.now());
    if (!(await repo.isActiveClient(trx, tenantId, contact.clientId))) {
      throw new AppError('CONFLICT', { details: { reason: 'CLIENT_ARCHIVED', clientId: contact.clientId } });
    }
    const now = ctx.now();
    const before = await loadContact(trx, tenantId, id, now);
    await repo.updateContact(trx, tenantId, contact, { ...contact, archivedAt: null, modifiedAt: now });
    const restored = await loadContact(trx, tenantId, id, ctx.now());
    await recordChanges(ctx, trx, tenantId, actor, [
      {
        type: 'client_contact.restored',
        resource: { type: 'client_contact', id },
        object: restored,
        changes: computeChanges(before, restored),
      },
    ]);
    return restored;
  });
}
