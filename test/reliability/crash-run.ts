import SQLite from 'better-sqlite3';
import { type AckedVersions, checkDeliveries, startCrashReceiver, subscribe } from './crash-webhooks.js';
import { type Answer, allContacts, createTenantWithCli, httpClient, startServerProcess, stop } from './support.js';

/**
 * Crash durability (used by test/reliability/crash.slow.test.ts and scripts/crash-test.ts).
 *
 * Several async loops create contacts and PATCH them (role, department, emails) against the server as a
 * child process; at a random moment the server is killed with SIGKILL, restarted on the same database, and
 * every write it acknowledged (2xx) is checked against what it now shows:
 *
 * - Each PATCH carries values no other request uses, so every PATCH that lands changes the contact and
 *   raises its `version` by exactly one.
 * - For each contact, the acknowledged answer with the highest version is what the contact must show after
 *   the restart, unless writes to it were **in flight** at the kill: sent before the kill (the loops send
 *   nothing once the kill is decided) and never answered. Those may or may not have landed, so the stored
 *   version may exceed the acknowledged one by at most their number, and then every field must show either
 *   the acknowledged value or the value one of those in-flight writes set.
 * - A stored version lower than the acknowledged one, a missing contact, or different fields at the
 *   acknowledged version is a **lost** acknowledged write. A contact nobody was told about must be a create
 *   that was in flight, exactly as it was sent.
 *
 * After each check the observed state becomes the new baseline, and the next round runs on the same database.
 *
 * With `webhooks` (the default) a webhook of the server delivers every event to a receiver in this process,
 * through every kill: after each restart, every acknowledged write's event must arrive (at least once) with
 * the content acknowledged, and no event may describe a change that is not there (crash-webhooks.ts).
 */

interface EmailShown {
  email: string;
  purpose: 'work' | 'personal' | null;
  isPrimary: boolean;
}

/** The fields the workload sets, as the API shows them. */
interface Shown {
  firstName: string;
  lastName: string;
  role: string | null;
  department: string | null;
  emails: EmailShown[];
  version: number;
}

type Patch = Partial<Pick<Shown, 'role' | 'department' | 'emails'>>;
type Field = keyof Patch;
const FIELDS: Field[] = ['role', 'department', 'emails'];

interface Tracked {
  id: string;
  token: string;
  /** The acknowledged answer with the highest version (after a restart: the state then observed). */
  latest: Shown;
  /** Versions acknowledged this round (creates and PATCHes). */
  ackedVersions: number[];
  /** The contact as acknowledged at each of those versions. */
  ackedShown: Map<number, Shown>;
  /** PATCH bodies sent this round and never answered. */
  inFlight: Patch[];
}

export interface CrashOptions {
  /** A label for messages, e.g. `sqlite` or `postgres`. */
  label: string;
  /** DATABASE_URL for the server and the CLI. */
  databaseUrl: string;
  /** The SQLite file, to run `PRAGMA integrity_check` on after every kill. */
  sqlitePath?: string;
  kills: number;
  /** Concurrent request loops. */
  loops?: number;
  /** The kill comes uniformly at random this long after the load started (ms). */
  killAfterMs?: [number, number];
  /** Progress lines. */
  log?: (line: string) => void;
  /** Extra environment for the server (e.g. DATABASE_POOL_SIZE). */
  env?: Record<string, string>;
  /** Check webhook delivery through the kills too (default true). */
  webhooks?: boolean;
}

export interface CrashReport {
  label: string;
  kills: number;
  /** Kills after which every acknowledged write was found exactly as acknowledged. */
  survived: number;
  /** 2xx writes whose outcome was checked after a restart. */
  acknowledgedChecked: number;
  /** Acknowledged writes missing or different after the restart (must be 0). */
  lost: number;
  /** Writes in flight at a kill, and how many of them turned out to have landed. */
  inFlight: number;
  inFlightLanded: number;
  /** Answers other than 2xx during the load (none expected). */
  refused: number;
  /** Acknowledged writes whose event a webhook delivered after the restart, as acknowledged. */
  eventsDelivered: number;
  /** Events delivered more than once (allowed: at least once). */
  eventRepeats: number;
  /** Every problem found, for the assertion message. */
  problems: string[];
}

const shown = (c: any): Shown => ({
  firstName: c.firstName,
  lastName: c.lastName,
  role: c.role,
  department: c.department,
  emails: c.emails.map((e: EmailShown) => ({ email: e.email, purpose: e.purpose, isPrimary: e.isPrimary })),
  version: c.version,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function runCrashScenario(options: CrashOptions): Promise<CrashReport> {
  const { label, databaseUrl, kills, loops = 6, killAfterMs = [150, 1500], log = () => {} } = options;
  const webhooks = options.webhooks ?? true;
  const env = {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'info',
    // The receiver listens on loopback in this process.
    // A short lease, so that the endpoint a killed server had claimed is taken over quickly after the restart.
    ...(webhooks ? { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_MS: '50', WEBHOOK_LEASE_MS: '2000' } : {}),
    ...options.env,
  };
  const report: CrashReport = {
    label,
    kills: 0,
    survived: 0,
    acknowledgedChecked: 0,
    lost: 0,
    inFlight: 0,
    inFlightLanded: 0,
    refused: 0,
    eventsDelivered: 0,
    eventRepeats: 0,
    problems: [],
  };

  const apiKey = await createTenantWithCli(env, `crash-${label}`);
  const contacts = new Map<string, Tracked>();
  let seq = 0;

  const receiver = webhooks ? await startCrashReceiver() : undefined;
  let { server, url } = await startServerProcess(env);
  try {
    let api = httpClient(url, apiKey);
    if (receiver) await subscribe(api, receiver);
    const made = await api.send('POST', '/clients', { body: { company: { name: `Crash ${label}` } } });
    if (made.status !== 201) throw new Error(`POST /clients: ${made.status} ${JSON.stringify(made.body)}`);
    const clientId: string = made.body.id;

    for (let round = 1; round <= kills; round++) {
      /** Creates sent this round and never answered, by the token in their firstName. */
      const createsInFlight = new Map<string, Record<string, unknown>>();
      let stopped = false;
      let acked = 0;

      const emailsFor = (token: string, n: number): EmailShown[] =>
        Array.from({ length: n }, (_, j) => ({
          email: `${token}.${seq}.${j}@crash.example`,
          purpose: j === 1 ? 'work' : null,
          isPrimary: j === 0,
        }));

      const create = async () => {
        const token = `p${++seq}`;
        const body = { firstName: token, lastName: 'Crash', role: `role-${seq}`, emails: emailsFor(token, 1) };
        createsInFlight.set(token, body);
        const answer = await api.send('POST', `/clients/contacts/${clientId}`, { body }).catch(() => undefined);
        if (!answer) return; // no answer: in flight at the kill
        createsInFlight.delete(token);
        if (answer.status !== 201) {
          report.refused++;
          report.problems.push(`[${label}] create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
          return;
        }
        acked++;
        contacts.set(answer.body.id, {
          id: answer.body.id,
          token,
          latest: shown(answer.body),
          ackedVersions: [answer.body.version],
          ackedShown: new Map([[answer.body.version, shown(answer.body)]]),
          inFlight: [],
        });
      };

      const patch = async (c: Tracked) => {
        const n = ++seq;
        const body: Patch = {};
        // A random non-empty subset of the fields, each with a value never used before.
        const chosen = FIELDS.filter(() => Math.random() < 0.5);
        if (chosen.length === 0) chosen.push(FIELDS[n % FIELDS.length]);
        for (const field of chosen) {
          if (field === 'role') body.role = `role-${n}`;
          if (field === 'department') body.department = `dept-${n}`;
          if (field === 'emails') body.emails = emailsFor(c.token, 1 + (n % 3));
        }
        c.inFlight.push(body);
        const answer: Answer | undefined = await api
          .send('PATCH', `/clients/contacts/${c.id}`, { body })
          .catch(() => undefined);
        if (!answer) return;
        c.inFlight.splice(c.inFlight.indexOf(body), 1);
        if (answer.status !== 200) {
          report.refused++;
          report.problems.push(`[${label}] PATCH answered ${answer.status}: ${JSON.stringify(answer.body)}`);
          return;
        }
        acked++;
        c.ackedVersions.push(answer.body.version);
        c.ackedShown.set(answer.body.version, shown(answer.body));
        if (answer.body.version > c.latest.version) c.latest = shown(answer.body);
      };

      const loop = async () => {
        while (!stopped) {
          const known = [...contacts.values()];
          if (known.length < 8 || Math.random() < 0.25) await create();
          else await patch(known[Math.floor(Math.random() * known.length)]);
        }
      };

      const running = Array.from({ length: loops }, loop);
      const delay = killAfterMs[0] + Math.random() * (killAfterMs[1] - killAfterMs[0]);
      await new Promise((resolve) => setTimeout(resolve, delay));
      // From here on no loop sends anything: whatever is unanswered was sent before the kill.
      stopped = true;
      server.child.kill('SIGKILL');
      await server.exitCode();
      await Promise.all(running);
      api.close();
      report.kills++;

      const inFlightPatches = [...contacts.values()].reduce((n, c) => n + c.inFlight.length, 0);
      const inFlight = inFlightPatches + createsInFlight.size;
      report.inFlight += inFlight;

      if (options.sqlitePath) {
        // The file as the crash left it (WAL included) must open and pass SQLite's own check.
        const native = new SQLite(options.sqlitePath);
        try {
          const result = native.pragma('integrity_check', { simple: true });
          if (result !== 'ok') report.problems.push(`[${label}] kill ${round}: integrity_check says ${result}`);
        } finally {
          native.close();
        }
      }

      ({ server, url } = await startServerProcess(env));
      api = httpClient(url, apiKey);
      const ready = await api.send('GET', '/ready');
      if (ready.status !== 200) report.problems.push(`[${label}] kill ${round}: /ready answered ${ready.status}`);

      const stored = await allContacts(api);
      const before = report.problems.length;
      /** This round's acknowledged versions, and every contact's version now, for the webhook check. */
      const ackedVersions: AckedVersions[] = [];
      let landed = 0;
      let lostThisRound = 0;

      for (const c of contacts.values()) {
        const now = stored.get(c.id);
        stored.delete(c.id);
        ackedVersions.push({ id: c.id, versions: c.ackedShown, storedVersion: now?.version });
        c.ackedShown = new Map();
        const lostVersions = (version: number) => c.ackedVersions.filter((v) => v > version).length;
        if (!now) {
          lostThisRound += Math.max(1, c.ackedVersions.length);
          report.problems.push(`[${label}] kill ${round}: contact ${c.id} (${c.token}) is gone`);
          report.acknowledgedChecked += c.ackedVersions.length;
          contacts.delete(c.id);
          continue;
        }
        const after = shown(now);
        const extra = after.version - c.latest.version;
        if (extra < 0) {
          lostThisRound += lostVersions(after.version);
          report.problems.push(
            `[${label}] kill ${round}: ${c.id} is at version ${after.version}, but ${c.latest.version} was acknowledged`,
          );
        } else if (extra === 0) {
          if (!same(after, c.latest)) {
            lostThisRound++;
            report.problems.push(
              `[${label}] kill ${round}: ${c.id} at acknowledged version ${after.version} shows ${JSON.stringify(after)}, ` +
                `acknowledged ${JSON.stringify(c.latest)}`,
            );
          }
        } else if (extra > c.inFlight.length) {
          report.problems.push(
            `[${label}] kill ${round}: ${c.id} is ${extra} versions past the acknowledged ${c.latest.version}, ` +
              `with only ${c.inFlight.length} writes in flight`,
          );
        } else {
          landed += extra;
          const unexplained = FIELDS.filter(
            (field) =>
              !same(after[field], c.latest[field]) &&
              !c.inFlight.some((p) => p[field] !== undefined && same(p[field], after[field])),
          );
          const last = c.inFlight.some((p) => FIELDS.every((f) => p[f] === undefined || same(p[f], after[f])));
          if (unexplained.length > 0 || !last || after.firstName !== c.latest.firstName) {
            report.problems.push(
              `[${label}] kill ${round}: ${c.id} shows ${JSON.stringify(after)}, which neither the acknowledged ` +
                `${JSON.stringify(c.latest)} nor the in-flight ${JSON.stringify(c.inFlight)} explain`,
            );
          }
        }
        report.acknowledgedChecked += c.ackedVersions.length;
        c.latest = after;
        c.ackedVersions = [];
        c.inFlight = [];
      }

      // Whatever is left was never acknowledged: it must be a create that was in flight, exactly as sent.
      for (const [id, now] of stored) {
        const sent = createsInFlight.get(now.firstName);
        const after = shown(now);
        const expected = sent && {
          firstName: sent.firstName,
          lastName: sent.lastName,
          role: sent.role,
          department: null,
          emails: sent.emails,
          version: 1,
        };
        if (!expected || !same(after, expected)) {
          report.problems.push(`[${label}] kill ${round}: unexpected contact ${id}: ${JSON.stringify(after)}`);
          continue;
        }
        landed++;
        createsInFlight.delete(now.firstName);
        contacts.set(id, {
          id,
          token: now.firstName,
          latest: after,
          ackedVersions: [],
          ackedShown: new Map(),
          inFlight: [],
        });
        ackedVersions.push({ id, versions: new Map(), storedVersion: after.version });
      }

      if (receiver) {
        const check = await checkDeliveries(receiver, ackedVersions, shown, 30_000);
        report.eventsDelivered += check.delivered;
        report.eventRepeats = receiver.repeats;
        for (const problem of check.problems) report.problems.push(`[${label}] kill ${round}: ${problem}`);
      }

      report.inFlightLanded += landed;
      report.lost += lostThisRound;
      if (report.problems.length === before) report.survived++;
      log(
        `[${label}] kill ${round}/${kills} after ${Math.round(delay)} ms: ${acked} writes acknowledged, ` +
          `${inFlight} in flight (${landed} landed), ${lostThisRound} lost, ${contacts.size} contacts` +
          (receiver ? `, ${receiver.events.size} events delivered (${receiver.repeats} repeats)` : ''),
      );
    }

    api.close();
  } finally {
    await stop(server);
    await receiver?.close();
  }

  if (options.sqlitePath) {
    const native = new SQLite(options.sqlitePath);
    try {
      const result = native.pragma('integrity_check', { simple: true });
      if (result !== 'ok') report.problems.push(`[${label}] final integrity_check says ${result}`);
    } finally {
      native.close();
    }
  }
  return report;
}

export function summary(r: CrashReport): string {
  return (
    `${r.label}: kills survived ${r.survived}/${r.kills}, acknowledged writes checked ${r.acknowledgedChecked}, ` +
    `lost ${r.lost}; in flight at the kills ${r.inFlight} (${r.inFlightLanded} landed); non-2xx ${r.refused}; ` +
    `their events delivered by webhook ${r.eventsDelivered} (${r.eventRepeats} repeats)`
  );
}
