import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import type { DB } from '../../db/database.js';
import { applyAttributeValues, readAttributeValues } from '../attributes/attribute.repository.js';
import { computeChanges } from '../events/event.changes.js';
import type { Actor } from '../events/event.schemas.js';
import { type Change, recordChanges } from '../events/event.service.js';
import type { MergeChange, MergePeopleBody } from './client-contact.merge.schemas.js';
import { type MergePlan, planMerge, type RoleState } from './client-contact.merge-plan.js';
import * as mergeRepo from './client-contact.merge-repository.js';
import { loadContacts } from './client-contact.read-repository.js';
import type { ClientContact, PersonView } from './client-contact.schemas.js';
import { getPersonView } from './client-contact.service.js';
import * as repo from './client-contact.write-repository.js';

export interface MergeResult {
  person: PersonView;
  changes: MergeChange[];
}

/** Thrown from a dry run's transaction once its answer is known, so that everything it wrote is rolled back. */
class DryRunFinished {
  constructor(readonly result: MergeResult) {}
}

/**
 * POST /clients/contacts/_merge (API.md §5.3): folds the source person into the target in one transaction
 * and answers the target's person view with the list of roles it changed. A dry run runs the very same
 * merge and rolls it back, so its answer is exactly what the merge would answer, and nothing of it (no
 * version, no event, so no webhook delivery) is ever committed.
 */
export async function mergePeople(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  body: MergePeopleBody,
): Promise<MergeResult> {
  try {
    return await ctx.db.transaction(async (trx) => {
      const result = await mergeIn(ctx, trx, tenantId, actor, body.targetCandidateId, body.sourceCandidateId);
      if (body.dryRun) throw new DryRunFinished(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunFinished) return error.result;
    throw error;
  }
}

/**
 * The people, locked in id order (a fixed order, so two merges of overlapping people never wait on each other
 * in a cycle). Checks in the order of API.md §1.4: the people named (404, like a path's resource), then the
 * rule within the body (400 MERGE_SAME_PERSON). A person whose every role is archived is not found, as for
 * the person view: what cannot be read cannot be merged.
 */
async function lockPeople(ctx: Context, trx: Kysely<DB>, tenantId: string, targetId: string, sourceId: string) {
  if (!isUuid(targetId) || !isUuid(sourceId)) throw new AppError('CANDIDATE_NOT_FOUND');
  const people = new Map<string, repo.PersonRecord>();
  for (const id of [...new Set([targetId, sourceId])].sort()) {
    const person = await repo.findPersonForWrite(trx, ctx.db.dialect, tenantId, id);
    if (!person || !(await mergeRepo.hasLiveRole(trx, tenantId, id))) throw new AppError('CANDIDATE_NOT_FOUND');
    people.set(id, person);
  }
  if (targetId === sourceId) throw new AppError('MERGE_SAME_PERSON');
  return { target: people.get(targetId) as repo.PersonRecord, source: people.get(sourceId) as repo.PersonRecord };
}

async function readRoles(ctx: Context, trx: Kysely<DB>, tenantId: string, personIds: string[]) {
  const contacts = await mergeRepo.lockRolesOf(trx, ctx.db.dialect, tenantId, personIds);
  const roleIds = contacts.map((c) => c.id);
  const lists = await mergeRepo.readRoleLists(trx, ctx.db.dialect, tenantId, roleIds);
  const attributes = await readAttributeValues(trx, tenantId, roleIds);
  return contacts.map(
    (contact): RoleState => ({
      contact,
      emails: lists.emails.get(contact.id) ?? [],
      phones: lists.phones.get(contact.id) ?? [],
      attributes: (attributes.get(contact.id) ?? []).map((a) => ({
        definitionId: a.attributeDefinitionId,
        value: a.value,
      })),
    }),
  );
}

/** Writes what the plan says; answers the ids of the surviving roles that changed (their version rose). */
async function applyPlan(
  trx: Kysely<DB>,
  tenantId: string,
  plan: MergePlan,
  source: repo.PersonRecord,
  now: string,
): Promise<Set<string>> {
  const changed = new Set<string>();
  if (plan.personChanged) await repo.updatePerson(trx, tenantId, plan.person, now);
  for (const role of plan.targetRoles) {
    if (!role.roleChanged && !plan.personChanged) continue;
    const { before, after } = role;
    if (role.emailsChanged) await repo.replaceEmails(trx, tenantId, after.contact, after.emails);
    if (role.phonesChanged) await repo.replacePhones(trx, tenantId, after.contact.id, after.phones);
    await applyAttributeValues(trx, tenantId, after.contact.id, role.addedAttributes);
    await repo.updateContact(trx, tenantId, before.contact, { ...after.contact, modifiedAt: now });
    changed.add(after.contact.id);
  }
  for (const contact of plan.moved) {
    await mergeRepo.moveRole(trx, tenantId, contact, plan.person.id, now);
    changed.add(contact.id);
  }
  // The absorbed roles go with everything hanging off them; their data lives on in the roles that absorbed it.
  for (const { contact } of plan.erased) await repo.eraseContact(trx, tenantId, contact);
  await mergeRepo.deletePerson(trx, tenantId, source.id);
  return changed;
}

const ids = (roles: RoleState[]) => roles.map((r) => r.contact.id);

async function mergeIn(
  ctx: Context,
  trx: Kysely<DB>,
  tenantId: string,
  actor: Actor,
  targetId: string,
  sourceId: string,
): Promise<MergeResult> {
  const people = await lockPeople(ctx, trx, tenantId, targetId, sourceId);
  const roles = await readRoles(ctx, trx, tenantId, [targetId, sourceId]);
  const now = ctx.now();
  // Every role as it was shown before, for the changes the merge reports (and records).
  const shown = await loadContacts(trx, tenantId, ids(roles), now);
  const before = new Map(shown.map((c) => [c.id, c]));
  const plan = planMerge(
    { person: people.target, roles: roles.filter((r) => r.contact.personId === targetId) },
    { person: people.source, roles: roles.filter((r) => r.contact.personId === sourceId) },
  );
  const changedIds = await applyPlan(trx, tenantId, plan, people.source, now);

  // Surviving roles oldest first (the order they were read in), then the erased ones.
  const survivors = ids(roles).filter((id) => changedIds.has(id));
  const after = await loadContacts(trx, tenantId, survivors, now);
  const mergedFrom = new Map(plan.targetRoles.map((r) => [r.before.contact.id, r.mergedFrom]));
  const movedIds = new Set(plan.moved.map((c) => c.id));
  const changes: MergeChange[] = [];
  const events: Change[] = [];
  for (const contact of after) {
    const fieldChanges = computeChanges(before.get(contact.id) as ClientContact, contact);
    const from = mergedFrom.get(contact.id) ?? [];
    const action = movedIds.has(contact.id) ? 'moved' : from.length > 0 ? 'combined' : 'updated';
    changes.push({ id: contact.id, action, mergedInto: null, mergedFrom: from, changes: fieldChanges });
    events.push({
      type: 'client_contact.updated',
      resource: { type: 'client_contact', id: contact.id },
      object: contact,
      changes: fieldChanges,
    });
  }
  for (const { contact, into } of plan.erased) {
    changes.push({ id: contact.id, action: 'erased', mergedInto: into, mergedFrom: [], changes: {} });
    events.push({ type: 'client_contact.erased', resource: { type: 'client_contact', id: contact.id }, object: null });
  }
  // Unlike an erasure request, a merge keeps the absorbed roles' earlier events whole: the person's data is
  // not removed but lives on in the target, so there is nothing to strip (docs/decisions.md).
  // The person view as this transaction sees it, at the merge's time: getPersonView reads through the context's
  // database, so it gets one whose queries run in this transaction (a dry run's view is read before its rollback).
  const inTransaction: Context = { ...ctx, db: { ...ctx.db, kysely: trx }, now: () => now };
  const person = await getPersonView(inTransaction, tenantId, targetId);
  await recordChanges(ctx, trx, tenantId, actor, events);
  return { person, changes };
}
