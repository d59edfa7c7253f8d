import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CliProcess } from '../server/child-process.js';
import {
  type Answer,
  createScratchDatabase,
  createTenantWithCli,
  type HttpClient,
  httpClient,
  postgresUrl,
  type ScratchDatabase,
  startServerProcess,
  stop,
  waitUntil,
} from './support.js';
import { TcpProxy } from './tcp-proxy.js';

/**
 * The database going away under load (README "Database trouble is 503, not 500"; API.md §1.4, §3).
 * PostgreSQL is reached through a TCP proxy in this process, which is then cut (connections closed, port
 * refused) or turned into a black hole (nothing passes, nothing is closed). While it is down, every answer
 * must be 503 SERVICE_UNAVAILABLE in the error envelope within a bound, /ready must say 503 within ~2 s,
 * and the process must stay up; once the proxy is back, the server must recover by itself.
 */

const TIMEOUT_MS = 1000;
/** No request may take longer than this while the database is down: a query, then its rollback, timing out. */
const REQUEST_BOUND_MS = 2 * TIMEOUT_MS + 1000;
/** /ready gives up on the database after 2 s (READY_TIMEOUT_MS); some slack for a loaded machine. */
const READY_BOUND_MS = 2000 + 1000;
/** How soon after the proxy is back the service must answer normally again. */
const RECOVERY_BOUND_MS = 2 * TIMEOUT_MS + 3000;
/** "Recovered" means this many requests in a row answered 2xx. */
const STABLE_RUN = 30;

interface Sample {
  op: string;
  start: number;
  end: number;
  status: number | 'error';
  answer?: Answer;
  error?: string;
}

function isEnvelope503(answer: Answer): boolean {
  const b = answer.body;
  return (
    answer.status === 503 &&
    b?.status === 503 &&
    b?.statusCode === 503 &&
    b?.error === 'Service Unavailable' &&
    b?.message === 'SERVICE_UNAVAILABLE' &&
    typeof b?.requestId === 'string' &&
    b.requestId === answer.headers['x-request-id'] &&
    Object.keys(b).length === 5
  );
}

/** A proxy in this process forwarding to the database of `url`, already listening. */
async function proxyTo(url: string): Promise<TcpProxy & { url: string }> {
  const target = new URL(url);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  const { port } = await proxy.start();
  const viaProxy = new URL(url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(port);
  return Object.assign(proxy, { url: viaProxy.toString() });
}

/** The server as a child process, reaching its (already migrated) database only through `proxy`. */
function startBehind(proxy: { url: string }) {
  return startServerProcess({
    DATABASE_URL: proxy.url,
    DATABASE_TIMEOUT_MS: String(TIMEOUT_MS),
    MIGRATE_ON_START: 'false',
    // debug: the server logs each request's arrival ("incoming request"), which the shutdown check waits for.
    LOG_LEVEL: 'debug',
  });
}

describe('PostgreSQL outage: 503 while it lasts, recovery after', () => {
  let adminUrl: string | undefined;
  let skipReason = '';
  let scratch: ScratchDatabase | undefined;
  let apiKey: string;

  before(async () => {
    const found = await postgresUrl();
    adminUrl = found.url;
    skipReason = found.reason;
    if (!adminUrl) return;
    scratch = await createScratchDatabase(adminUrl, 'clientele_outage');
    apiKey = await createTenantWithCli({ DATABASE_URL: scratch.url }, 'outage');
  });
  after(async () => {
    await scratch?.drop();
  });

  for (const kind of ['cut', 'black hole'] as const) {
    it(`${kind}: 503 in the envelope within ${REQUEST_BOUND_MS} ms, /ready 503, the process stays up, recovery by itself`, {
      timeout: 45_000,
    }, async (t) => {
      if (!scratch) return t.skip(`PostgreSQL not available: ${skipReason}`);
      const proxy = await proxyTo(scratch.url);
      let server: CliProcess | undefined;
      let api: HttpClient | undefined;
      let probe: HttpClient | undefined;
      // The load loops stop when the test ends, passed or failed: a loop left running would keep this file's
      // process alive for good.
      let stopped = false;
      let loops: Promise<void>[] = [];
      try {
        const started = await startBehind(proxy);
        server = started.server;
        api = httpClient(started.url, apiKey);
        probe = httpClient(started.url, apiKey, 4);
        const client = api;

        const made = await client.send('POST', '/clients', { body: { company: { name: `Outage ${kind}` } } });
        assert.equal(made.status, 201, JSON.stringify(made.body));
        const clientId: string = made.body.id;
        const contactIds: string[] = [];
        for (let i = 0; i < 4; i++) {
          const c = await client.send('POST', `/clients/contacts/${clientId}`, {
            body: { firstName: `Out${i}`, lastName: 'Age' },
          });
          assert.equal(c.status, 201, JSON.stringify(c.body));
          contactIds.push(c.body.id);
        }

        // A light load: three loops, each a read, a PATCH and a create in turn.
        const samples: Sample[] = [];
        let n = 0;
        const ops: [string, () => Promise<Answer>][] = [
          ['list', () => client.send('GET', '/clients/contacts?limit=5', { timeoutMs: 20_000 })],
          [
            'patch',
            () =>
              client.send('PATCH', `/clients/contacts/${contactIds[n % contactIds.length]}`, {
                body: { role: `role-${++n}` },
                timeoutMs: 20_000,
              }),
          ],
          [
            'create',
            () =>
              client.send('POST', `/clients/contacts/${clientId}`, {
                body: { firstName: `New${++n}`, lastName: 'Load' },
                timeoutMs: 20_000,
              }),
          ],
        ];
        const loop = async (offset: number) => {
          for (let i = offset; !stopped; i++) {
            const [op, run] = ops[i % ops.length];
            const start = performance.now();
            const sample: Sample = { op, start, end: start, status: 'error' };
            try {
              sample.answer = await run();
              sample.status = sample.answer.status;
            } catch (error) {
              sample.error = (error as Error).message;
            }
            sample.end = performance.now();
            samples.push(sample);
            // Light load: a short pause between requests (not a timing assertion).
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        };
        loops = [0, 1, 2].map(loop);

        const since = (from: number) => samples.filter((s) => s.start >= from);
        await waitUntil(
          'the load to run normally',
          async () => since(0).filter((s) => s.status === 200 || s.status === 201).length >= 15,
          10_000,
        );
        const before = samples.filter((s) => s.status !== 200 && s.status !== 201);
        assert.deepEqual(
          before.map((s) => `${s.op} ${s.status} ${s.error ?? ''}`),
          [],
          'all well before the outage',
        );

        // The outage.
        const downAt = performance.now();
        if (kind === 'cut') await proxy.cut();
        else proxy.blackHole();

        // /ready, polled: how soon does it say 503, and does every answer come within its bound?
        const readyTimes: number[] = [];
        let ready503At: number | undefined;
        const readyProbe = async () => {
          const start = performance.now();
          const r = await probe!.send('GET', '/ready', { timeoutMs: 20_000 });
          readyTimes.push(performance.now() - start);
          if (r.status === 503) {
            assert.ok(isEnvelope503(r), `/ready 503 in the envelope: ${JSON.stringify(r.body)}`);
            ready503At ??= performance.now();
            return true;
          }
          return false;
        };
        await waitUntil('/ready to answer 503', readyProbe, READY_BOUND_MS + 2000, 100);
        // Enough of the load to have met the outage: several 503s, from every kind of request.
        await waitUntil(
          'the load to get 503s from reads and writes',
          async () => {
            const got = since(downAt).filter((s) => s.status === 503);
            return got.length >= 6 && ['list', 'patch', 'create'].every((op) => got.some((s) => s.op === op));
          },
          15_000,
        );
        const health = await probe.send('GET', '/health');
        assert.equal(health.status, 200, 'the process is up and says so');
        assert.equal(server.child.exitCode, null);
        assert.equal(server.child.signalCode, null);

        // The outage is over.
        const upAt = performance.now();
        await proxy.restore();
        let firstOkAt: number | undefined;
        const stableAt =
          upAt +
          (await waitUntil(
            `${STABLE_RUN} requests in a row to succeed`,
            async () => {
              const after = since(upAt);
              const ok = after.findIndex((s) => s.status === 200 || s.status === 201);
              if (ok >= 0) firstOkAt ??= after[ok].end;
              let run = 0;
              for (const s of after) run = s.status === 200 || s.status === 201 ? run + 1 : 0;
              return run >= STABLE_RUN;
            },
            30_000,
          ));
        await waitUntil('/ready to answer 200', async () => (await probe!.send('GET', '/ready')).status === 200, 5000);
        stopped = true;
        await Promise.all(loops);

        // What the load saw during the outage (requests started after the cut and before the restore).
        const during = samples.filter((s) => s.start >= downAt && s.start < upAt);
        const first503 = during.filter((s) => s.status === 503).sort((a, b) => a.end - b.end)[0];
        const slowest = Math.max(
          ...samples.filter((s) => s.end >= downAt && s.start < upAt).map((s) => s.end - s.start),
        );
        const recovery = (firstOkAt ?? stableAt) - upAt;
        t.diagnostic(
          `${kind}: first 503 ${Math.round(first503.end - downAt)} ms after the outage began; /ready 503 after ` +
            `${Math.round((ready503At as number) - downAt)} ms (slowest /ready answer ${Math.round(Math.max(...readyTimes))} ms); ` +
            `slowest request during the outage ${Math.round(slowest)} ms; ${during.length} requests during it, ` +
            `${during.filter((s) => s.status === 503).length} answered 503`,
        );
        t.diagnostic(
          `${kind}: recovery — first success ${Math.round(recovery)} ms after the proxy was back, ` +
            `${STABLE_RUN} successes in a row after ${Math.round(stableAt - upAt)} ms`,
        );

        // Every request that overlapped the outage answered within the bound: 2xx (it finished before the
        // database went) or 503 in the envelope; none hung, none was dropped, none was a 500.
        for (const s of samples.filter((x) => x.end >= downAt && x.start < upAt)) {
          assert.ok(s.end - s.start <= REQUEST_BOUND_MS, `${s.op} took ${Math.round(s.end - s.start)} ms`);
          assert.notEqual(s.status, 'error', `${s.op}: ${s.error}`);
          if (s.status !== 200 && s.status !== 201) {
            assert.ok(isEnvelope503(s.answer as Answer), `${s.op}: ${s.status} ${JSON.stringify(s.answer?.body)}`);
          }
        }
        for (const ms of readyTimes) assert.ok(ms <= READY_BOUND_MS, `/ready took ${Math.round(ms)} ms`);
        assert.ok((ready503At as number) - downAt <= READY_BOUND_MS + 500, '/ready said 503 within ~2 s');
        assert.ok(
          recovery <= RECOVERY_BOUND_MS,
          `recovered within ${RECOVERY_BOUND_MS} ms (took ${Math.round(recovery)})`,
        );
        assert.ok(
          stableAt - upAt <= RECOVERY_BOUND_MS + 2000,
          `steady again within ${RECOVERY_BOUND_MS + 2000} ms (took ${Math.round(stableAt - upAt)})`,
        );
        // No 5xx but 503 at any time, and no request failed at the connection level.
        const odd = samples.filter((s) => s.status === 'error' || (s.status >= 500 && s.status !== 503));
        assert.deepEqual(
          odd.map((s) => `${s.op} ${s.status} ${s.error ?? ''}`),
          [],
        );
        assert.equal(server.child.exitCode, null, 'still running');
      } finally {
        stopped = true;
        await Promise.all(loops);
        api?.close();
        probe?.close();
        if (server) await stop(server);
        await proxy.close();
      }
    });
  }

  it('black hole: SIGTERM while the database does not answer: in-flight requests get 503, exit 0 in bounded time', {
    timeout: 30_000,
  }, async (t) => {
    if (!scratch) return t.skip(`PostgreSQL not available: ${skipReason}`);
    const proxy = await proxyTo(scratch.url);
    let server: CliProcess | undefined;
    let api: HttpClient | undefined;
    try {
      const started = await startBehind(proxy);
      server = started.server;
      api = httpClient(started.url, apiKey);
      const client = api;
      // Every pool connection in use once, so the black hole freezes them all.
      const warm = await Promise.all(Array.from({ length: 6 }, () => client.send('GET', '/clients/contacts?limit=5')));
      assert.deepEqual(
        warm.map((a) => a.status),
        warm.map(() => 200),
      );
      proxy.blackHole();
      const inFlight = Array.from({ length: 4 }, (_, i) =>
        client.send(i % 2 ? 'GET' : 'POST', i % 2 ? '/clients/contacts?limit=5' : '/clients', {
          body: i % 2 ? undefined : { company: { name: `Stuck ${i}` } },
          timeoutMs: 20_000,
        }),
      );
      // The requests have reached their handlers (and are waiting on the database) before the signal.
      await server.waitFor(/("incoming request"[\s\S]*){10}/);
      const signalAt = performance.now();
      server.child.kill('SIGTERM');
      const answers = await Promise.all(inFlight);
      const code = await server.exitCode();
      const exitMs = performance.now() - signalAt;
      t.diagnostic(
        `exit code ${code} after ${Math.round(exitMs)} ms; in-flight answers ${answers.map((a) => a.status)}`,
      );
      for (const a of answers) assert.ok(isEnvelope503(a), `${a.status} ${JSON.stringify(a.body)}`);
      assert.equal(code, 0);
      assert.ok(exitMs <= REQUEST_BOUND_MS + 2000, `exited within ${REQUEST_BOUND_MS + 2000} ms`);
    } finally {
      api?.close();
      if (server) await stop(server);
      await proxy.close();
    }
  });
});
