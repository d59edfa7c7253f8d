import type { Context } from '../../context.js';
import { AppError, type FieldError, validationError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import type { Actor } from '../events/event.schemas.js';
import type { ClientContact, UpdateContactBody } from './client-contact.schemas.js';
import { createContactIn, updateContactIn } from './client-contact.service.js';
import { rolesAtClient } from './client-contact.upsert-repository.js';
import * as repo from './client-contact.write-repository.js';

/** The body of an upsert: a PATCH body, since it may update; names are then required only to make a person. */
export type UpsertContactBody = UpdateContactBody;

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  contact: ClientContact;
  outcome: UpsertOutcome;
}

/**
 * Upsert at a client, matched on email (API.md §5.2), in one transaction:
 * - an email of the body held by a person with a non-archived role at the client: that role is updated with
 *   PATCH semantics (`unchanged` when nothing changes: no version bump, no event);
 * - held by a person with no role there: a new role for that person (a create with `candidateId`);
 * - held by nobody (or no emails at all): a new person and role;
 * - held by two or more persons: 409 EMAIL_ALREADY_IN_USE listing them all;
 * - held by a person whose only roles at the client are archived: 409 CONFLICT
 *   (`details.reason: CLIENT_CONTACT_ARCHIVED`, `details.id`): archiving was deliberate, so an upsert does not
 *   undo it silently; restore the role, then upsert again.
 * The addresses are locked before the final match (PostgreSQL; SQLite serialises writers), so two upserts of
 * one new address never make two people: the second waits, then finds the first's person. Only when that final
 * match finds a person the first look did not is a person locked after the addresses; a deadlock with a write
 * of that person is then broken by PostgreSQL and the transaction run again, which then finds them first.
 */
export async function upsertContact(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  clientId: string,
  body: UpsertContactBody,
): Promise<UpsertResult> {
  return ctx.db.transaction(async (trx) => {
    if (!isUuid(clientId) || !(await repo.isActiveClient(trx, tenantId, clientId))) {
      throw new AppError('CLIENT_NOT_FOUND');
    }
    const emails = [...new Set((body.emails ?? []).map((e) => e.email.toLowerCase()))];
    // Locks in the order every write of a person takes them (the person, then the addresses; see
    // findContactForWrite and draftChanges), or an upsert and a PATCH of one person would deadlock: the
    // person a first look finds, then the addresses, then the match again, now final.
    const seen = personsOf(await repo.findEmailHolders(trx, tenantId, emails, null));
    if (seen.length === 1) await repo.findPersonForWrite(trx, ctx.db.dialect, tenantId, seen[0]);
    await repo.lockEmails(trx, ctx.db.dialect, tenantId, emails);
    const holders = await repo.findEmailHolders(trx, tenantId, emails, null);
    const persons = personsOf(holders);

    if (persons.length > 1) {
      // The create refuses it with every holder in `details.duplicates`, after the same checks, in the same
      // order, as any write (a rule broken within the body still answers first).
      await createContactIn(ctx, trx, tenantId, actor, clientId, body);
      throw new Error('a create with addresses of other people was not refused');
    }
    if (persons.length === 0) {
      const missing = (['firstName', 'lastName'] as const).filter((name) => body[name] === undefined);
      if (missing.length > 0) {
        // What a create without names answers.
        throw validationError(missing.map((path): FieldError => ({ code: 'REQUIRED', path, message: 'is required' })));
      }
      return { contact: await createContactIn(ctx, trx, tenantId, actor, clientId, body), outcome: 'created' };
    }

    const [candidateId] = persons;
    const roles = await rolesAtClient(trx, tenantId, candidateId, clientId);
    const live = roles.filter((r) => !r.archived);
    if (live.length === 0 && roles.length > 0) {
      throw new AppError('CONFLICT', { details: { reason: 'CLIENT_CONTACT_ARCHIVED', id: roles[0].id } });
    }
    if (live.length === 0) {
      const contact = await createContactIn(ctx, trx, tenantId, actor, clientId, { ...body, candidateId });
      return { contact, outcome: 'created' };
    }
    // A person rarely holds two roles at one client; then the one holding a matched address, else the oldest.
    const holding = new Set(holders.map((h) => h.contactId));
    const role = live.find((r) => holding.has(r.id)) ?? live[0];
    const { contact, changed } = await updateContactIn(ctx, trx, tenantId, actor, role.id, body, undefined);
    return { contact, outcome: changed ? 'updated' : 'unchanged' };
  });
}

const personsOf = (holders: repo.EmailHolder[]) => [...new Set(holders.map((h) => h.candidateId))];
