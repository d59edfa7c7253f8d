import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { canonicalDateTime } from '../../core/date-time.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import type { DB } from '../../db/database.js';
import type { CheckedAttribute } from '../attributes/attribute.schemas.js';
import { checkAttributeInputs } from '../attributes/attribute.service.js';
import { findStage } from '../stages/stage.repository.js';
import { findUser } from '../users/user.repository.js';
import type { UpdateContactBody } from './client-contact.schemas.js';
import * as repo from './client-contact.write-repository.js';
import {
  assertDateOrder,
  type EmailEntry,
  normalizeEmails,
  normalizePhones,
  type PhoneEntry,
} from './contact.rules.js';

/** What a write would store: the next role and person, and the lists and attributes the body replaces. */
export interface Draft {
  contact: repo.ContactRecord;
  person: repo.PersonRecord;
  /** The person as stored before this write, and whether the write makes it. */
  personBefore: repo.PersonRecord;
  personIsNew: boolean;
  emails?: EmailEntry[];
  phones?: PhoneEntry[];
  attributes?: CheckedAttribute[];
}

/** The person a write applies to: looked up as the first reference check (a create's `candidateId`). */
export type PersonSource = () => Promise<{ person: repo.PersonRecord; isNew: boolean }>;

/**
 * Applies a create or update body to the stored state, checking in the documented order (API.md §1.4):
 * rules within the body → references to other records (the person first) → `precondition` (If-Match) →
 * uniqueness against other people. Throws the first failure; reads only, so a refusal leaves nothing to undo.
 */
export async function draftChanges(
  ctx: Context,
  trx: Kysely<DB>,
  tenantId: string,
  current: { contact: repo.ContactRecord; person: PersonSource },
  body: UpdateContactBody,
  precondition: () => void = () => {},
): Promise<Draft> {
  // Rules within the body.
  const emails = body.emails && normalizeEmails(body.emails);
  const phones = body.phoneNumbers && normalizePhones(body.phoneNumbers);
  const startDate = body.startDate === undefined ? current.contact.startDate : canonicalDateTime(body.startDate);
  const endDate =
    body.endDate === undefined ? current.contact.endDate : body.endDate && canonicalDateTime(body.endDate);
  assertDateOrder(startDate, endDate);

  // References to other records.
  const { person, isNew: personIsNew } = await current.person();
  if (body.stageId !== undefined && body.stageId !== current.contact.stageId) {
    const stage = isUuid(body.stageId) && (await findStage(trx, tenantId, 'client-contacts', body.stageId));
    if (!stage) throw new AppError('STAGE_NOT_FOUND');
  }
  // Only null clears; any other string (even one empty after trimming) must name an active user.
  if (
    body.mainContactId !== undefined &&
    body.mainContactId !== null &&
    body.mainContactId !== current.contact.mainContactId
  ) {
    const user = isUuid(body.mainContactId) && (await findUser(trx, tenantId, body.mainContactId));
    if (!user) throw new AppError('MAIN_CONTACT_NOT_FOUND');
    if (user.deactivatedAt !== null) throw new AppError('MAIN_CONTACT_DEACTIVATED');
  }
  const attributes =
    body.customAttributes && (await checkAttributeInputs(trx, tenantId, 'clientContact', body.customAttributes));

  precondition();

  // Uniqueness against other people.
  if (emails && emails.length > 0) {
    const lower = emails.map((e) => e.email.toLowerCase());
    await repo.lockEmails(trx, ctx.db.dialect, tenantId, lower);
    const holders = await repo.findEmailHolders(trx, tenantId, lower, personIsNew ? null : person.id);
    if (holders.length > 0) {
      throw new AppError('EMAIL_ALREADY_IN_USE', {
        details: {
          duplicates: holders.map((h) => ({
            email: h.email,
            takenBy: { type: 'clientContact', id: h.contactId, candidateId: h.candidateId, name: h.name },
          })),
        },
      });
    }
  }

  return {
    contact: {
      ...current.contact,
      personId: person.id,
      role: body.role === undefined ? current.contact.role : body.role,
      department: body.department === undefined ? current.contact.department : body.department,
      startDate,
      endDate,
      stageId: body.stageId ?? current.contact.stageId,
      mainContactId: body.mainContactId === undefined ? current.contact.mainContactId : body.mainContactId,
    },
    person: {
      ...person,
      firstName: body.firstName ?? person.firstName,
      lastName: body.lastName ?? person.lastName,
      avatarUrl: body.avatarUrl === undefined ? person.avatarUrl : body.avatarUrl,
      locations: body.locations ?? person.locations,
    },
    personBefore: person,
    personIsNew,
    emails,
    phones,
    attributes,
  };
}

export function contactFieldsChanged(a: repo.ContactRecord, b: repo.ContactRecord): boolean {
  return (
    a.role !== b.role ||
    a.department !== b.department ||
    a.startDate !== b.startDate ||
    a.endDate !== b.endDate ||
    a.stageId !== b.stageId ||
    a.mainContactId !== b.mainContactId
  );
}

export function personFieldsChanged(a: repo.PersonRecord, b: repo.PersonRecord): boolean {
  return (
    a.firstName !== b.firstName ||
    a.lastName !== b.lastName ||
    a.avatarUrl !== b.avatarUrl ||
    JSON.stringify(a.locations) !== JSON.stringify(b.locations)
  );
}
