import { createHash } from 'node:crypto';
import type { RowProblem, UpsertBody } from './row-to-contact.js';

/** One upsert of a batch (API.md §5.2). */
export interface UpsertOperation {
  op: 'upsert';
  clientId: string;
  body: UpsertBody;
}

/** One entry of a batch's 207 answer: the contact, or the error envelope, and what the operation did. */
export interface BatchResult {
  index: number;
  status: number;
  body: unknown;
  outcome?: string;
}

/** What each operation of a batch did, counted for the summary. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'archived' | 'failed';

/**
 * The Idempotency-Key of a batch, derived from its content: a run that was killed and is started again
 * sends the same batches with the same keys, so the server replays the ones that finished (API.md §5.1)
 * and runs only the rest.
 */
export function batchKey(operations: UpsertOperation[]): string {
  return `import-${createHash('sha256').update(JSON.stringify(operations)).digest('hex')}`;
}

/** What an entry did: its `outcome`, else (from a server that does not send one) told from its status. */
export function outcomeOf(result: BatchResult): Outcome {
  if (result.status >= 400) return 'failed';
  switch (result.outcome) {
    case 'created':
    case 'updated':
    case 'unchanged':
    case 'archived':
      return result.outcome;
    default:
      return result.status === 201 ? 'created' : 'updated';
  }
}

interface Envelope {
  message?: unknown;
  errors?: { path?: string; code?: string; message?: string }[];
  details?: {
    duplicates?: { email?: string; takenBy?: { name?: string; id?: string } }[];
    reason?: string;
    id?: string;
  };
}

/** A failed entry's error envelope as an errors-file row: its code, and a message naming the fields. */
export function describeFailure(result: BatchResult): RowProblem {
  const body = (result.body ?? {}) as Envelope;
  const code = typeof body.message === 'string' ? body.message : `HTTP_${result.status}`;
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const message = body.errors.map((e) => `${fieldPath(e.path)}: ${e.code ?? ''} ${e.message ?? ''}`.trim());
    return { code, message: message.join('; ') };
  }
  const duplicates = body.details?.duplicates;
  if (Array.isArray(duplicates) && duplicates.length > 0) {
    const taken = duplicates.map(
      (d) => `${d.email} is held by ${d.takenBy?.name ?? 'another person'} (${d.takenBy?.id})`,
    );
    return { code, message: taken.join('; ') };
  }
  if (body.details?.reason === 'CLIENT_CONTACT_ARCHIVED') {
    return { code, message: `the person's role at this client (${body.details.id}) is archived: restore it first` };
  }
  return { code, message: `the server refused the row (${result.status} ${code})` };
}

/** `body.emails.0.email` (a batch entry's paths may be relative to the operation) → `emails.0.email`. */
function fieldPath(path: string | undefined): string {
  return (path ?? '').replace(/^(operations\.\d+\.)?body\./, '') || '(row)';
}
