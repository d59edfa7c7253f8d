import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isDatabaseUnavailable } from '../../db/errors.js';
import type { Actor } from '../events/event.schemas.js';
import type { ClientContact, CreateContactBody, UpdateContactBody } from './client-contact.schemas.js';
import { createContact, deleteContact, updateContactIn } from './client-contact.service.js';
import { type UpsertContactBody, upsertContact } from './client-contact.upsert.js';

type Expected = number | undefined | 'unmatchable';

/** One operation of POST /clients/contacts/_batch (API.md §5.2), checked as its single endpoint checks it. */
export type BatchOperation =
  | { op: 'create'; clientId: string; body: CreateContactBody }
  | { op: 'update'; id: string; body: UpdateContactBody; expected: Expected }
  | { op: 'upsert'; clientId: string; body: UpsertContactBody }
  | { op: 'archive'; id: string; expected: Expected };

export type BatchOutcome = 'created' | 'updated' | 'unchanged' | 'archived' | 'failed';

export type BatchItemResult =
  | { outcome: 'created' | 'updated' | 'unchanged'; contact: ClientContact }
  | { outcome: 'archived'; contact: null }
  /** `cause`: what an INTERNAL_ERROR hides from the caller, for the log. */
  | { outcome: 'failed'; error: AppError; cause?: unknown };

/**
 * Runs the operations one after another, in the given order, each in its own transaction through the very
 * service function its single endpoint calls: one failing leaves the others applied. An operation that was
 * already refused (malformed) is passed in as its error. Once the database is unavailable, the operations
 * left are not tried (each would wait for its own timeout): they fail with SERVICE_UNAVAILABLE too.
 */
export async function runBatch(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  operations: (BatchOperation | AppError)[],
): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = [];
  let unavailable = false;
  for (const operation of operations) {
    if (operation instanceof AppError) {
      results.push({ outcome: 'failed', error: operation });
      continue;
    }
    if (unavailable) {
      results.push({ outcome: 'failed', error: new AppError('SERVICE_UNAVAILABLE') });
      continue;
    }
    try {
      results.push(await runOne(ctx, tenantId, actor, operation));
    } catch (error) {
      if (error instanceof AppError) results.push({ outcome: 'failed', error });
      else if (isDatabaseUnavailable(error)) {
        unavailable = true;
        results.push({ outcome: 'failed', error: new AppError('SERVICE_UNAVAILABLE') });
      } else results.push({ outcome: 'failed', error: new AppError('INTERNAL_ERROR'), cause: error });
    }
  }
  return results;
}

async function runOne(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  operation: BatchOperation,
): Promise<BatchItemResult> {
  switch (operation.op) {
    case 'create':
      return {
        outcome: 'created',
        contact: await createContact(ctx, tenantId, actor, operation.clientId, operation.body),
      };
    case 'update': {
      const { contact, changed } = await ctx.db.transaction((trx) =>
        updateContactIn(ctx, trx, tenantId, actor, operation.id, operation.body, operation.expected),
      );
      return { outcome: changed ? 'updated' : 'unchanged', contact };
    }
    case 'upsert':
      return upsertContact(ctx, tenantId, actor, operation.clientId, operation.body);
    case 'archive':
      await deleteContact(ctx, tenantId, actor, operation.id, { permanent: false, expected: operation.expected });
      return { outcome: 'archived', contact: null };
  }
}
