import { contactFieldsChanged, personFieldsChanged } from './client-contact.draft.js';
import type { ContactRecord, PersonRecord } from './client-contact.write-repository.js';
import { type EmailEntry, type PhoneEntry, sameList } from './contact.rules.js';

/**
 * What merging two people (API.md §5.3) does, decided from what was read: pure, no I/O, so the rules can be
 * tested on their own and the service only writes what the plan says.
 */

/** A custom attribute value of a role, as stored (its definition and its value). */
export interface AttributeEntry {
  definitionId: string;
  value: unknown;
}

/** One role with everything it holds. */
export interface RoleState {
  contact: ContactRecord;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  attributes: AttributeEntry[];
}

/** A target role after the merge: its new state, and what it absorbed. */
export interface SurvivingRole {
  before: RoleState;
  after: RoleState;
  /** Attribute values the source roles add (definitions the target role had no value for). */
  addedAttributes: AttributeEntry[];
  /** Source roles folded into it (empty for a target role at another client). */
  mergedFrom: string[];
  /** Which of its stored lists the merge rewrites. */
  emailsChanged: boolean;
  phonesChanged: boolean;
  /** Its own fields, lists or attributes changed (a change of the person comes on top). */
  roleChanged: boolean;
}

export interface MergePlan {
  person: PersonRecord;
  personChanged: boolean;
  /** Every role of the target, in the order given. */
  targetRoles: SurvivingRole[];
  /** Source roles that move to the target person as they are. */
  moved: ContactRecord[];
  /** Source roles folded into a target role, which are then erased. */
  erased: { contact: ContactRecord; into: string }[];
}

/** The target's fields win; the source fills what the target lacks (no avatar, no locations). */
export function mergePerson(target: PersonRecord, source: PersonRecord): PersonRecord {
  return {
    ...target,
    avatarUrl: target.avatarUrl ?? source.avatarUrl,
    locations: target.locations.length > 0 ? target.locations : source.locations,
  };
}

/**
 * Union of two lists, the target's entries first and in their order, then the source's that the target does
 * not hold (judged on `key`). The target's primary stays the only primary; a target with an empty list takes
 * the source's entries as they are. Where both hold an entry, the target's wins, its null purpose filled.
 */
function union<T extends { purpose: EmailEntry['purpose']; isPrimary: boolean }>(
  target: T[],
  source: T[],
  key: (entry: T) => string,
): T[] {
  if (target.length === 0) return source.map((e) => ({ ...e }));
  const result = target.map((e) => ({ ...e }));
  const byKey = new Map(result.map((e) => [key(e), e]));
  for (const entry of source) {
    const held = byKey.get(key(entry));
    if (held) {
      held.purpose ??= entry.purpose;
      continue;
    }
    const added = { ...entry, isPrimary: false };
    result.push(added);
    byKey.set(key(added), added);
  }
  return result;
}

/** Emails are the same address when equal ignoring case (as normalizeEmails judges duplicates). */
export function unionEmails(target: EmailEntry[], source: EmailEntry[]): EmailEntry[] {
  return union(target, source, (e) => e.email.toLowerCase());
}

/** Phone numbers are the same number when their E.164 forms are equal (as normalizePhones judges them). */
export function unionPhones(target: PhoneEntry[], source: PhoneEntry[]): PhoneEntry[] {
  return union(target, source, (p) => p.normalized);
}

/**
 * The role fields: the target's where set, the source's where the target's is null. Dates are filled one by
 * one, so a filled date could end the role before it starts; then the filled one is dropped (the target's
 * own date wins, as it would have without the source).
 */
export function mergeRoleFields(target: ContactRecord, source: ContactRecord): ContactRecord {
  let startDate = target.startDate ?? source.startDate;
  let endDate = target.endDate ?? source.endDate;
  if (startDate !== null && endDate !== null && endDate < startDate) {
    if (target.startDate === null) startDate = null;
    else endDate = null;
  }
  return {
    ...target,
    role: target.role ?? source.role,
    department: target.department ?? source.department,
    startDate,
    endDate,
    stageId: target.stageId ?? source.stageId,
    mainContactId: target.mainContactId ?? source.mainContactId,
  };
}

/** The source's attribute values for definitions the target has no value for. */
export function missingAttributes(target: AttributeEntry[], source: AttributeEntry[]): AttributeEntry[] {
  const held = new Set(target.map((a) => a.definitionId));
  return source.filter((a) => !held.has(a.definitionId));
}

/** One role absorbing another at the same client. */
export function combineRoles(target: RoleState, source: RoleState): { state: RoleState; added: AttributeEntry[] } {
  const added = missingAttributes(target.attributes, source.attributes);
  return {
    state: {
      contact: mergeRoleFields(target.contact, source.contact),
      emails: unionEmails(target.emails, source.emails),
      phones: unionPhones(target.phones, source.phones),
      attributes: [...target.attributes, ...added],
    },
    added,
  };
}

const sameEmail = (a: EmailEntry, b: EmailEntry) =>
  a.email === b.email && a.purpose === b.purpose && a.isPrimary === b.isPrimary;
const samePhone = (a: PhoneEntry, b: PhoneEntry) =>
  a.phoneNumber === b.phoneNumber && a.purpose === b.purpose && a.isPrimary === b.isPrimary;

/**
 * Pairs the roles and folds them. A non-archived source role at a client where the target has a non-archived
 * role is combined into the target's oldest one there (several source roles there fold into it in turn);
 * every other source role (archived ones, and those at clients the target has no live role at) moves as it
 * is. Archived roles are never combined: an archived role is a past record, and folding live data into it, or
 * its data into a live role, would change what was deliberately set aside. Roles are given oldest first.
 */
export function planMerge(
  target: { person: PersonRecord; roles: RoleState[] },
  source: { person: PersonRecord; roles: RoleState[] },
): MergePlan {
  const person = mergePerson(target.person, source.person);
  const surviving = target.roles.map(
    (role): SurvivingRole => ({
      before: role,
      after: role,
      addedAttributes: [],
      mergedFrom: [],
      emailsChanged: false,
      phonesChanged: false,
      roleChanged: false,
    }),
  );
  const moved: ContactRecord[] = [];
  const erased: MergePlan['erased'] = [];
  for (const role of source.roles) {
    const partner =
      role.contact.archivedAt === null
        ? surviving.find(
            (s) => s.before.contact.archivedAt === null && s.before.contact.clientId === role.contact.clientId,
          )
        : undefined;
    if (!partner) {
      moved.push(role.contact);
      continue;
    }
    const { state, added } = combineRoles(partner.after, role);
    partner.after = state;
    partner.addedAttributes.push(...added);
    partner.mergedFrom.push(role.contact.id);
    erased.push({ contact: role.contact, into: partner.before.contact.id });
  }
  for (const role of surviving) {
    role.emailsChanged = !sameList(role.before.emails, role.after.emails, sameEmail);
    role.phonesChanged = !sameList(role.before.phones, role.after.phones, samePhone);
    role.roleChanged =
      contactFieldsChanged(role.before.contact, role.after.contact) ||
      role.emailsChanged ||
      role.phonesChanged ||
      role.addedAttributes.length > 0;
  }
  return {
    person,
    personChanged: personFieldsChanged(target.person, person),
    targetRoles: surviving,
    moved,
    erased,
  };
}
