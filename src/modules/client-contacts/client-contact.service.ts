import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import type { DB } from '../../db/database.js';
import { applyAttributeValues } from '../attributes/attribute.repository.js';
import { listStages } from '../stages/stage.repository.js';
import { contactFieldsChanged, type Draft, draftChanges, personFieldsChanged } from './client-contact.draft.js';
import { loadContacts } from './client-contact.read-model.js';
import * as repo from './client-contact.repository.js';
import type { ClientContact, CreateContactBody, UpdateContactBody } from './client-contact.schemas.js';
import { primaryFirst, sameList } from './contact.rules.js';

type Expected = number | undefined | 'unmatchable';

async function loadOne(ctx: Context, trx: Kysely<DB>, tenantId: string, id: string): Promise<ClientContact> {
  const [contact] = await loadContacts(trx, tenantId, [id], ctx.now());
  return contact;
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
  clientId: string,
  body: CreateContactBody,
): Promise<ClientContact> {
  return ctx.db.transaction(async (trx) => {
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
    if (draft.personIsNew) await repo.insertPerson(trx, tenantId, draft.person, now);
    else if (personFieldsChanged(draft.personBefore, draft.person)) {
      await repo.updatePerson(trx, tenantId, draft.person, now);
      await repo.bumpOtherRoles(trx, tenantId, draft.person.id, contactId, now);
    }
    await repo.insertContact(trx, tenantId, draft.contact);
    await writeLists(trx, tenantId, draft);
    return loadOne(ctx, trx, tenantId, contactId);
  });
}

async function writeLists(trx: Kysely<DB>, tenantId: string, draft: Draft): Promise<void> {
  if (draft.emails) await repo.replaceEmails(trx, tenantId, draft.contact, draft.emails);
  if (draft.phones) await repo.replacePhones(trx, tenantId, draft.contact.id, draft.phones);
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
  id: string,
  body: UpdateContactBody,
  expected: Expected,
): Promise<ClientContact> {
  return ctx.db.transaction(async (trx) => {
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
    const emailsChanged =
      draft.emails !== undefined &&
      !sameList(
        primaryFirst(draft.emails),
        primaryFirst(await repo.readEmails(trx, tenantId, id)),
        (a, b) => a.email === b.email && a.purpose === b.purpose && a.isPrimary === b.isPrimary,
      );
    const phonesChanged =
      draft.phones !== undefined &&
      !sameList(
        primaryFirst(draft.phones),
        primaryFirst(await repo.readPhones(trx, tenantId, id)),
        (a, b) => a.phoneNumber === b.phoneNumber && a.purpose === b.purpose && a.isPrimary === b.isPrimary,
      );
    const attributesChanged =
      draft.attributes !== undefined && (await applyAttributeValues(trx, tenantId, id, draft.attributes));
    const personChanged = personFieldsChanged(current.person, draft.person);
    const contactChanged = contactFieldsChanged(current.contact, draft.contact);
    if (!(emailsChanged || phonesChanged || attributesChanged || personChanged || contactChanged)) {
      return loadOne(ctx, trx, tenantId, id);
    }

    const now = ctx.now();
    if (emailsChanged) await repo.replaceEmails(trx, tenantId, current.contact, draft.emails ?? []);
    if (phonesChanged) await repo.replacePhones(trx, tenantId, id, draft.phones ?? []);
    if (personChanged) {
      await repo.updatePerson(trx, tenantId, draft.person, now);
      await repo.bumpOtherRoles(trx, tenantId, draft.person.id, id, now);
    }
    await repo.updateContact(trx, tenantId, {
      ...draft.contact,
      modifiedAt: now,
      version: current.contact.version + 1,
    });
    return loadOne(ctx, trx, tenantId, id);
  });
}

/** Soft delete (archive), or with `permanent` erase the role and, with its last role, the person. */
export async function deleteContact(
  ctx: Context,
  tenantId: string,
  id: string,
  options: { permanent: boolean; expected: Expected },
): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    const { contact } = await lockedContact(ctx, trx, tenantId, id, options.permanent);
    assertVersion(options.expected, contact.version);
    if (options.permanent) return repo.eraseContact(trx, tenantId, contact);
    const now = ctx.now();
    await repo.updateContact(trx, tenantId, {
      ...contact,
      archivedAt: now,
      modifiedAt: now,
      version: contact.version + 1,
    });
  });
}

/** Un-archives a role. Restoring one that is not archived changes nothing; its client must not be archived. */
export async function restoreContact(
  ctx: Context,
  tenantId: string,
  id: string,
  expected: Expected,
): Promise<ClientContact> {
  return ctx.db.transaction(async (trx) => {
    const { contact } = await lockedContact(ctx, trx, tenantId, id, true);
    assertVersion(expected, contact.version);
    if (contact.archivedAt === null) return loadOne(ctx, trx, tenantId, id);
    if (!(await repo.isActiveClient(trx, tenantId, contact.clientId))) {
      throw new AppError('CONFLICT', { details: { reason: 'CLIENT_ARCHIVED', clientId: contact.clientId } });
    }
    const now = ctx.now();
    await repo.updateContact(trx, tenantId, {
      ...contact,
      archivedAt: null,
      modifiedAt: now,
      version: contact.version + 1,
    });
    return loadOne(ctx, trx, tenantId, id);
  });
}
