import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CliProcess } from '../server/child-process.js';
import {
  type Answer,
  allContacts,
  createScratchDatabase,
  createTenantWithCli,
  type HttpClient,
  httpClient,
  postgresUrl,
  startServerProcess,
  stop,
  waitUntil,
} from './support.js';

/**
 * SIGTERM under a steady load of mixed reads and writes over keep-alive connections (README "Command
 * line": stop accepting, let requests in flight finish, exit 0; at most 10 s). test/server/server.test.ts
 * covers one held request; this is the same promise under load:
 *
 * - every answer the load got is not a 5xx;
 * - every request the server began (its "incoming request" log line at debug, by x-request-id) was answered; the
 *   only requests allowed to fail are ones the server never began (sent after it stopped accepting, or on a
 *   keep-alive connection it closed while idle), which a client retries;
 * - requests in flight when the signal arrived completed normally;
 * - the process exits 0 within the grace period.
 */

/** README: shutdown waits at most 10 s for requests in flight; then some slack for a loaded machine. */
const EXIT_BOUND_MS = 10_000 + 2_000;
const LOOPS = 8;

interface Sent {
  id: string;
  op: string;
  afterSignal: boolean;
  answer?: Answer;
  /** When the answer arrived, and whether the signal had been sent by then. */
  answeredAfterSignal?: boolean;
  error?: string;
}

async function shutdownUnderLoad(t: { diagnostic(message: string): void }, databaseUrl: string) {
  // At debug the server logs each request's arrival too ("incoming request"), which the checks below need.
  const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'debug' };
  const apiKey = await createTenantWithCli(env, 'shutdown');
  let server: CliProcess | undefined;
  let api: HttpClient | undefined;
  try {
    const started = await startServerProcess(env);
    server = started.server;
    const client = httpClient(started.url, apiKey, LOOPS);
    api = client;

    const made = await client.send('POST', '/clients', { body: { company: { name: 'Shutdown Ltd' } } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const clientId: string = made.body.id;
    const contactIds: string[] = [];
    for (let i = 0; i < LOOPS; i++) {
      const c = await client.send('POST', `/clients/contacts/${clientId}`, {
        body: { firstName: `Stop${i}`, lastName: 'Load', emails: [{ email: `stop${i}@shutdown.example` }] },
      });
      assert.equal(c.status, 201, JSON.stringify(c.body));
      contactIds.push(c.body.id);
    }

    const sent: Sent[] = [];
    let signalled = false;
    let n = 0;
    // Each loop reads and PATCHes a contact of its own.
    const ops: [string, (loop: number) => [string, string, unknown?]][] = [
      ['list', () => ['GET', '/clients/contacts?limit=20']],
      ['person', (loop) => ['GET', `/clients/contacts/${contactIds[loop]}`]],
      ['patch', (loop) => ['PATCH', `/clients/contacts/${contactIds[loop]}`, { role: `r${n}` }]],
      ['create', () => ['POST', `/clients/contacts/${clientId}`, { firstName: `New${n}`, lastName: 'Load' }]],
      ['client', () => ['GET', `/clients/${clientId}`]],
    ];
    const loop = async (offset: number) => {
      for (let i = offset; ; i++) {
        const [op, build] = ops[i % ops.length];
        const id = `shutdown-${++n}`;
        const [method, path, body] = build(offset);
        const record: Sent = { id, op, afterSignal: signalled };
        sent.push(record);
        try {
          record.answer = await client.send(method, path, { body, headers: { 'x-request-id': id }, timeoutMs: 30_000 });
          record.answeredAfterSignal = signalled;
        } catch (error) {
          // Refused or closed before an answer: this loop's client would retry elsewhere; it stops.
          record.error = (error as Error).message;
          return;
        }
      }
    };
    const loops = Array.from({ length: LOOPS }, (_, i) => loop(i));
    await waitUntil('a steady load', async () => sent.filter((s) => s.answer?.status === 200).length >= 100, 20_000);

    const signalAt = performance.now();
    signalled = true;
    server.child.kill('SIGTERM');
    const code = await server.exitCode();
    const exitMs = performance.now() - signalAt;
    await Promise.all(loops);

    // What the server says it began and finished, by request id, and where the signal fell among them.
    const began = new Set<string>();
    const beganAfterSignal = new Set<string>();
    const finished = new Map<string, number>();
    const inFlightAtSignal: string[] = [];
    let signalSeen = false;
    for (const line of server.stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line);
      if (/shutting down/.test(entry.msg)) signalSeen = true;
      if (typeof entry.reqId !== 'string' || !entry.reqId.startsWith('shutdown-')) continue;
      if (entry.msg === 'incoming request') began.add(entry.reqId);
      if (entry.msg === 'request completed') {
        finished.set(entry.reqId, entry.res?.statusCode);
        // Begun before the signal, finished after it.
        if (signalSeen && !beganAfterSignal.has(entry.reqId)) inFlightAtSignal.push(entry.reqId);
      }
      if (entry.msg === 'incoming request' && signalSeen) beganAfterSignal.add(entry.reqId);
    }
    assert.ok(signalSeen, 'the server logged the signal');

    const answered = sent.filter((s) => s.answer);
    const failed = sent.filter((s) => s.error);
    const fiveHundreds = answered.filter((s) => (s.answer?.status ?? 0) >= 500);
    // In flight at the signal, as the load saw it: sent before it, not answered by then.
    const inFlight = sent.filter((s) => !s.afterSignal && (s.error || s.answeredAfterSignal));
    const inFlightAnswered = inFlight.filter((s) => s.answer);
    const sentAfter = sent.filter((s) => s.afterSignal);
    t.diagnostic(
      `${answered.length} requests answered, ${fiveHundreds.length} 5xx; at SIGTERM ${inFlight.length} in flight ` +
        `(${inFlightAnswered.length} answered, ${inFlight.length - inFlightAnswered.length} never begun by the server; ` +
        `${inFlightAtSignal.length} were mid-handler and completed); after it ${sentAfter.length} sent on open connections ` +
        `(${sentAfter.filter((s) => s.answer).length} answered); failures: ${[...new Set(failed.map((s) => s.error))].join('; ') || 'none'}; ` +
        `exit code ${code} after ${Math.round(exitMs)} ms`,
    );

    assert.deepEqual(
      fiveHundreds.map((s) => `${s.op} ${s.answer?.status} ${JSON.stringify(s.answer?.body)}`),
      [],
      'no 5xx answers',
    );
    const statuses = new Set(answered.map((s) => s.answer?.status));
    assert.deepEqual(
      [...statuses].filter((s) => s !== 200 && s !== 201),
      [],
      'every answer a success',
    );
    // Every request the server began was answered, in full, with what the server logged.
    for (const id of began) {
      const record = sent.find((s) => s.id === id);
      assert.ok(record?.answer, `${id} was begun by the server but got no answer (${record?.error})`);
      assert.equal(finished.get(id), record.answer.status, `${id}: logged and received status agree`);
    }
    for (const record of failed) assert.ok(!began.has(record.id), `${record.id} failed after the server began it`);
    assert.ok(inFlightAnswered.length > 0, 'requests in flight at the signal were answered');
    assert.equal(code, 0, `exit code 0\n${server.stderr}`);
    assert.ok(exitMs <= EXIT_BOUND_MS, `exited within ${EXIT_BOUND_MS} ms (took ${Math.round(exitMs)})`);

    // What the load was told was written is there after a restart.
    const again = await startServerProcess(env);
    server = again.server;
    const check = httpClient(again.url, apiKey);
    try {
      const acked = answered.filter((s) => s.op === 'create' && s.answer?.status === 201).map((s) => s.answer?.body.id);
      const stored = await allContacts(check);
      for (const id of acked) assert.ok(stored.has(id), `acknowledged contact ${id} is there`);
    } finally {
      check.close();
    }
  } finally {
    api?.close();
    if (server) await stop(server);
  }
}

describe('graceful shutdown under load', () => {
  it('SQLite: SIGTERM mid-load answers everything it began, no 5xx, exits 0', { timeout: 60_000 }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-shutdown-'));
    try {
      await shutdownUnderLoad(t, `file:${join(dir, 'shutdown.db')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: SIGTERM mid-load answers everything it began, no 5xx, exits 0', { timeout: 60_000 }, async (t) => {
    const { url, reason } = await postgresUrl();
    if (!url) return t.skip(`PostgreSQL not available: ${reason}`);
    const scratch = await createScratchDatabase(url, 'clientele_shutdown');
    try {
      await shutdownUnderLoad(t, scratch.url);
    } finally {
      await scratch.drop();
    }
  });
});
