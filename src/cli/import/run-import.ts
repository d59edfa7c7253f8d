import type { Clientele } from '@clientele/sdk';
import {
  type BatchResult,
  batchKey,
  describeFailure,
  type Outcome,
  outcomeOf,
  type UpsertOperation,
} from './batch-results.js';
import { type ClientRef, type ClientResolver, type ClientSource, clientRefOf, isProblem } from './clients.js';
import type { ColumnMap } from './columns.js';
import type { CsvRecord } from './csv-rows.js';
import type { ErrorsFile, RowFailure } from './errors-file.js';
import { BATCH_SIZE, CONCURRENCY } from './limits.js';
import type { Progress } from './progress.js';
import { type Lookups, rowToContact, type UpsertBody } from './row-to-contact.js';

/** How long to wait, and how often, while the server still runs an earlier send of the same batch (409). */
const IN_USE_WAIT_MS = 1000;
const IN_USE_TRIES = 60;
/** How often, and after how long a first pause, operations answered 503 within a batch are sent again. */
const UNAVAILABLE_TRIES = 5;
const UNAVAILABLE_WAIT_MS = 1000;

export type Counts = Record<Outcome, number>;

export interface ImportWork {
  api: Clientele;
  records: AsyncIterator<CsvRecord>;
  map: ColumnMap;
  source: ClientSource;
  lookups: Lookups;
  clients: ClientResolver;
  errors: ErrorsFile;
  progress: Progress;
  dryRun: boolean;
  batchSize?: number;
  concurrency?: number;
}

interface Row {
  line: number;
  ref: ClientRef;
  body: UpsertBody;
}

/** A run of consecutive rows: the ones to send, and the ones already refused locally. */
interface Chunk {
  rows: Row[];
  failures: RowFailure[];
  size: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads every data record, turns it into an upsert or a failure, and sends the upserts in batches, a few at
 * once. Results are taken in file order (the oldest batch first), so the errors file lists lines in order
 * and no more than `concurrency` batches are ever held in memory.
 */
export async function importRows(work: ImportWork): Promise<Counts> {
  const batchSize = work.batchSize ?? BATCH_SIZE;
  const concurrency = work.concurrency ?? CONCURRENCY;
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, archived: 0, failed: 0 };
  const inFlight: Promise<{ chunk: Chunk; failures: RowFailure[]; outcomes: Outcome[] }>[] = [];

  const settleOldest = async () => {
    const { chunk, failures, outcomes } = await (inFlight.shift() as (typeof inFlight)[number]);
    for (const outcome of outcomes) counts[outcome]++;
    counts.failed += failures.length;
    work.errors.write(failures.sort((a, b) => a.line - b.line));
    work.progress.add(chunk.size);
  };
  const dispatch = async (chunk: Chunk) => {
    const running = runChunk(work, chunk).then((done) => ({ chunk, ...done }));
    // Awaited in turn below; until then a failure must not count as unhandled (which ends the process).
    running.catch(() => {});
    inFlight.push(running);
    if (inFlight.length >= concurrency) await settleOldest();
  };

  let chunk: Chunk = { rows: [], failures: [], size: 0 };
  for (let next = await work.records.next(); !next.done; next = await work.records.next()) {
    const { line, cells } = next.value;
    chunk.size++;
    const converted = rowToContact(cells, work.map, work.lookups);
    const ref = clientRefOf(cells, work.source);
    const problems = [...(isProblem(ref) ? [ref] : []), ...(converted.problems ?? [])];
    if (problems.length > 0 || isProblem(ref) || !converted.body) {
      // One line per row: the first problem's code, every problem in the message.
      chunk.failures.push({ line, code: problems[0].code, message: problems.map((p) => p.message).join('; ') });
    } else {
      chunk.rows.push({ line, ref, body: converted.body });
    }
    // A long run of refused rows is passed on too, so their failures are not all held until a batch fills.
    if (chunk.rows.length >= batchSize || chunk.size >= batchSize * 10) {
      await dispatch(chunk);
      chunk = { rows: [], failures: [], size: 0 };
    }
  }
  if (chunk.size > 0) await dispatch(chunk);
  while (inFlight.length > 0) await settleOldest();
  return counts;
}

/** Resolves a chunk's clients, then sends its batch (or, in a dry run, counts what would be sent). */
async function runChunk(work: ImportWork, chunk: Chunk): Promise<{ failures: RowFailure[]; outcomes: Outcome[] }> {
  const failures = [...chunk.failures];
  const sendable: Row[] = [];
  const operations: UpsertOperation[] = [];
  for (const row of chunk.rows) {
    const resolved = await work.clients.resolve(row.ref);
    if ('problem' in resolved) {
      failures.push({ line: row.line, ...resolved.problem });
      continue;
    }
    sendable.push(row);
    operations.push({ op: 'upsert', clientId: resolved.id, body: row.body });
  }
  if (operations.length === 0) return { failures, outcomes: [] };
  if (work.dryRun) return { failures, outcomes: [] };

  const outcomes: Outcome[] = [];
  let pending = sendable.map((row, i) => ({ row, operation: operations[i] }));
  for (let attempt = 1; pending.length > 0; attempt++) {
    const results = await sendBatch(
      work.api,
      pending.map((p) => p.operation),
    );
    const again: typeof pending = [];
    for (const result of results) {
      const sent = pending[result.index];
      if (!sent) continue;
      const outcome = outcomeOf(result);
      if (result.status === 503 && attempt < UNAVAILABLE_TRIES) again.push(sent);
      else if (outcome === 'failed') failures.push({ line: sent.row.line, ...describeFailure(result) });
      else outcomes.push(outcome);
    }
    // The server could not write these just now (503 inside the 207: the database busy or away); they are
    // sent again as a batch of their own, whose key is derived from them, after a growing pause.
    if (again.length > 0) await sleep(UNAVAILABLE_WAIT_MS * attempt);
    pending = again;
  }
  return { failures, outcomes };
}

/**
 * POST /clients/contacts/_batch with a key derived from the operations. While an earlier send of the same
 * batch is still running on the server (a re-run started right after a kill, or two identical batches in
 * one file), the server answers 409 IDEMPOTENCY_KEY_IN_USE; the batch is sent again after a moment and
 * then gets that send's answer.
 */
async function sendBatch(api: Clientele, operations: UpsertOperation[]): Promise<BatchResult[]> {
  const idempotencyKey = batchKey(operations);
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await api.contacts.batch(operations, { idempotencyKey });
      return answer.results as BatchResult[];
    } catch (error) {
      const { code } = error as { code?: string };
      if (code !== 'IDEMPOTENCY_KEY_IN_USE' || attempt >= IN_USE_TRIES) throw error;
      await sleep(IN_USE_WAIT_MS);
    }
  }
}
