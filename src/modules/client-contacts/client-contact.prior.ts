import type { Kysely } from 'kysely';
import type { DB } from '../../db/database.js';
import { readAttributeValues } from '../attributes/attribute.repository.js';
import type { AttributeValue } from '../attributes/attribute.schemas.js';
import { findStage } from '../stages/stage.repository.js';
import { findUser } from '../users/user.repository.js';
import type { ClientContact } from './client-contact.schemas.js';
import type { ContactRecord, PersonRecord } from './client-contact.write-repository.js';
import { type EmailEntry, isActive, type PhoneEntry, primaryFirst } from './contact.rules.js';

/** What a PATCH read before writing, from which the contact as it was can be told without reading it again. */
export interface PriorState {
  contact: ContactRecord;
  person: PersonRecord;
  /** The stored lists, when the body replaced them (read for the comparison anyway). */
  emails?: EmailEntry[];
  phones?: PhoneEntry[];
  /** The stored custom attribute values, when the body set some (read before they were written). */
  attributes?: AttributeValue[];
}

/** Reads a contact's attribute values before a write changes them (only needed when the body sets some). */
export async function priorAttributes(db: Kysely<DB>, tenantId: string, id: string): Promise<AttributeValue[]> {
  return (await readAttributeValues(db, tenantId, [id])).get(id) ?? [];
}

/**
 * The ClientContact as it was before a PATCH, for the event's `changes` (API.md §4.1): the representation
 * after the write with every field the write can change set back from what the write read before writing.
 * Reading the whole contact again before each write would add a full read (three queries on SQLite, a round
 * trip on PostgreSQL) to every PATCH; this reads only the stage or owner the write replaced, when it replaced
 * one. Fields a PATCH cannot change (ids, client, creation) are the same on both sides. A field added to the
 * representation that a PATCH can change must be set back here too, or its changes go unreported (the
 * events tests compare every PATCH's changes with a read made before it).
 */
export async function priorRepresentation(
  db: Kysely<DB>,
  tenantId: string,
  after: ClientContact,
  prior: PriorState,
  now: string,
): Promise<ClientContact> {
  const { contact, person } = prior;
  let stage = after.stage;
  if (contact.stageId !== after.stage?.id) {
    const found =
      contact.stageId === null ? undefined : await findStage(db, tenantId, 'client-contacts', contact.stageId);
    stage = found ? { id: found.id, order: found.order, name: found.name, colorHex: found.colorHex } : null;
  }
  let mainContact = after.mainContact;
  if (contact.mainContactId !== (after.mainContact?.id ?? null)) {
    const user = contact.mainContactId === null ? undefined : await findUser(db, tenantId, contact.mainContactId);
    mainContact = user
      ? { id: user.userId, name: user.name, avatarUrl: user.avatarUrl, deactivatedAt: user.deactivatedAt }
      : null;
  }
  return {
    ...after,
    firstName: person.firstName,
    lastName: person.lastName,
    avatarUrl: person.avatarUrl,
    locations: person.locations,
    role: contact.role,
    department: contact.department,
    emails: prior.emails
      ? primaryFirst(prior.emails.map(({ email, purpose, isPrimary }) => ({ email, purpose, isPrimary })))
      : after.emails,
    phoneNumbers: prior.phones
      ? primaryFirst(prior.phones.map(({ phoneNumber, purpose, isPrimary }) => ({ phoneNumber, purpose, isPrimary })))
      : after.phoneNumbers,
    startDate: contact.startDate,
    endDate: contact.endDate,
    active: isActive(contact, now),
    stage,
    mainContact,
    customAttributes: prior.attributes ?? after.customAttributes,
    modifiedAt: contact.modifiedAt,
    archivedAt: contact.archivedAt,
    version: contact.version,
  };
}
