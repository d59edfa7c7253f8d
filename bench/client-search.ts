import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { type Context, systemContext } from '../src/context.js';
import { connect } from '../src/db/connect.js';
import type { Database, DB, Dialect } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { App } from '../src/http/route-module.js';
import type { ClientRecord } from '../src/modules/clients/client.repository.js';
import type { ClientStatus } from '../src/modules/clients/client.schemas.js';
import { searchQuery } from '../src/modules/clients/client-search.repository.js';
import { searchPlan } from '../src/modules/clients/client-search.rules.js';
import type { SearchClientsBody } from '../src/modules/clients/client-search.schemas.js';
import {
  BITMAP_SCANS_ONLY,
  postgresMatches,
  postgresSelective,
  SELECTIVE_MATCHES,
  type SubstringCondition,
  sqliteSelective,
} from '../src/modules/clients/client-search.substrings.js';
import { listStages } from '../src/modules/stages/stage.repository.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { integer, list, parseOptions } from './cli-options.js';
import { insertClientsBatch } from './contacts-batch.js';
import { createBenchDatabase, postgresReachable } from './postgres-target.js';
import { CITIES, COMPANY_SECOND, COMPANY_SUFFIX, INDUSTRIES } from './seed-names.js';
import { Random } from './seed-random.js';

const USAGE = `Usage: node dist-bench/bench/client-search.js [options]   (or: node --import tsx bench/client-search.ts)

Times POST /clients/_search (through the app, app.inject) over one tenant of generated clients, on each database.
  --clients N       clients in the tenant (default 100000)
  --searches N      contains searches per group (default 50)
  --databases LIST  sqlite,postgres (default both; PostgreSQL at TEST_POSTGRES_URL, skipped when it does not answer)
  --seed N          PRNG seed (default 1)
  --explain         also print the query plans of a rare and a common substring`;

const values = parseOptions(
  {
    clients: { type: 'string' },
    searches: { type: 'string' },
    databases: { type: 'string' },
    seed: { type: 'string' },
    explain: { type: 'boolean' },
  },
  USAGE,
);
const CLIENTS = integer(values.clients, 'clients', 100_000, 100, 2_000_000);
const SEARCHES = integer(values.searches, 'searches', 50, 1, 10_000);
const SEED = integer(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
/** Runs of each single search (the groups of many searches run each once). */
const SINGLE_RUNS = 20;
const DATABASES = list<Dialect>(values.databases, 'databases', ['sqlite', 'postgres'], ['sqlite', 'postgres']);

/** Company names: a made-up word (so that most substrings are rare, as real names are), a trade, a suffix. */
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'st', 'qu', 'x'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ae', 'io'];

function word(rng: Random): string {
  let w = '';
  for (let i = 2 + rng.int(2); i > 0; i--) w += rng.pick(ONSETS) + rng.pick(VOWELS);
  if (rng.chance(0.5)) w += rng.pick(['n', 'x', 's', 'r', 'l']);
  return w[0].toUpperCase() + w.slice(1);
}

function generateClients(rng: Random, count: number, stages: ClientRecord['stage'][], now: number): ClientRecord[] {
  const statuses: ClientStatus[] = ['lead', 'prospect', 'active', 'inactive', 'lost'];
  const out: ClientRecord[] = [];
  for (let k = 0; k < count; k++) {
    const first = word(rng);
    const trade = rng.pick(COMPANY_SECOND);
    const created = now - rng.int(5 * 365 * 86_400_000);
    const modified = created + rng.int(now - created);
    const city = rng.pick(CITIES).city;
    out.push({
      id: rng.uuid(created),
      company: {
        id: rng.uuid(created),
        name: `${first} ${trade}${rng.pick(COMPANY_SUFFIX)}`,
        domain: rng.chance(0.9) ? `${first.toLowerCase()}-${k.toString(36)}.example` : null,
        description: rng.chance(0.5)
          ? `${trade} company based in ${city}, working in ${rng.pick(INDUSTRIES).toLowerCase()} since ${1950 + rng.int(70)}.`
          : null,
        industry: rng.pick(INDUSTRIES),
        size: null,
        logoUrl: rng.chance(0.5) ? `https://logos.example/${k}.png` : null,
        linkedinUrl: null,
      },
      status: rng.pick(statuses),
      stage: rng.chance(0.9) ? rng.pick(stages) : null,
      locations: [],
      createdAt: new Date(created).toISOString(),
      modifiedAt: new Date(modified).toISOString(),
      archivedAt: rng.chance(0.02) ? new Date(modified).toISOString() : null,
      version: 1,
    });
  }
  return out;
}

/** A piece of `text` of 3–6 characters at a random place: what someone who half remembers a name types. */
function piece(rng: Random, text: string): string {
  const length = Math.min(text.length, 3 + rng.int(4));
  const start = rng.int(text.length - length + 1);
  return text.slice(start, start + length);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const ms = (n: number) => n.toFixed(1);

interface Target {
  db: Database;
  drop: () => Promise<void>;
}

async function openTarget(dialect: Dialect): Promise<Target> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-client-search-'));
    const db = connect(`file:${join(dir, 'bench.db')}`);
    return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const target = await createBenchDatabase();
  const db = connect(target.url, { poolSize: 4, timeoutMs: 600_000 });
  return { db, drop: target.drop };
}

async function seed(
  db: Database,
  ctx: Context,
): Promise<{ apiKey: string; tenantId: string; clients: ClientRecord[] }> {
  const { tenantId, apiKey } = await createTenant(ctx, 'client search bench');
  const stages = await listStages(db.kysely, tenantId, 'clients');
  const clients = generateClients(new Random(SEED), CLIENTS, stages, Date.parse('2026-01-01T00:00:00Z'));
  const started = performance.now();
  for (let i = 0; i < clients.length; i += 5000) {
    await db.transaction((trx) => insertClientsBatch(trx, db.dialect, tenantId, clients.slice(i, i + 5000)));
  }
  // As a running server would have them (PostgreSQL's autovacuum; SQLite's hourly refresh, or at start).
  await db.analyze();
  process.stderr.write(`${db.dialect}: seeded ${CLIENTS} clients in ${ms((performance.now() - started) / 1000)} s\n`);
  return { apiKey, tenantId, clients };
}

interface Timing {
  ms: number;
  items: number;
  hasNextPage: boolean;
}

async function timeSearch(app: App, apiKey: string, body: SearchClientsBody): Promise<Timing> {
  const started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/clients/_search',
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
  const elapsed = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(`search answered ${res.statusCode}: ${res.body}`);
  const answer = JSON.parse(res.body);
  return { ms: elapsed, items: answer.items.length, hasNextPage: answer.pagination.hasNextPage };
}

const text = (operator: string, path: string, value: string): SearchClientsBody => ({
  filters: [{ type: 'text', operator, path, value } as SearchClientsBody['filters'][number]],
});

interface Row {
  label: string;
  searches: number;
  runs: number;
  sorted: number[];
  /** Median and largest number of clients the searches match (all pages). */
  matches: [number, number];
  timed: { body: SearchClientsBody; ms: number }[];
}

/** Every body `repeat` times, one after another; the timings of all runs together. */
async function group(
  label: string,
  app: App,
  apiKey: string,
  bodies: SearchClientsBody[],
  count: (body: SearchClientsBody) => number,
  repeat = 1,
): Promise<Row> {
  const timed: { body: SearchClientsBody; ms: number }[] = [];
  for (const body of bodies) {
    for (let i = 0; i < repeat; i++) timed.push({ body, ms: (await timeSearch(app, apiKey, body)).ms });
  }
  const counts = bodies.map(count).sort((a, b) => a - b);
  return {
    label,
    searches: bodies.length,
    runs: timed.length,
    sorted: timed.map((t) => t.ms).sort((a, b) => a - b),
    matches: [percentile(counts, 0.5), counts[counts.length - 1]],
    timed,
  };
}

const tableRow = (r: Row) =>
  `| ${r.label} | ${r.searches} × ${r.runs / r.searches} | ${ms(percentile(r.sorted, 0.5))} | ` +
  `${ms(percentile(r.sorted, 0.95))} | ${ms(r.sorted[r.sorted.length - 1])} | ${r.matches[0]} (${r.matches[1]}) |`;

/** The plans of the queries a search runs, as the repository runs them (searchClients). */
async function explain(db: Database, tenantId: string, body: SearchClientsBody): Promise<string> {
  const plan = searchPlan(body);
  if (db.dialect === 'sqlite') {
    const trigram = await sqliteSelective(db.kysely, plan.conditions, SELECTIVE_MATCHES);
    if (trigram === 'none') return '(no trigram match: answered empty without a page query)';
    const compiled = searchQuery(db.kysely, 'sqlite', tenantId, plan, { trigram }).compile();
    const result = await db.kysely.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
    );
    const path = trigram.length > 0 ? 'few matches: from the trigram index' : 'many matches: walk of the name order';
    return `${path}\n${result.rows.map((r) => r.detail).join('\n')}`;
  }
  const analyze = async (trx: Kysely<DB>, compiled: { sql: string; parameters: readonly unknown[] }) => {
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain (analyze, costs off, timing off) ${compiled.sql}`, [...compiled.parameters]),
    );
    return result.rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  const lookup = await db.kysely.transaction().execute(async (trx) => {
    await BITMAP_SCANS_ONLY.execute(trx);
    const c = plan.conditions[0] as SubstringCondition;
    return analyze(trx, postgresMatches(tenantId, c, SELECTIVE_MATCHES).compile(trx));
  });
  const page = await db.kysely.transaction().execute(async (trx) => {
    const companyIds = await postgresSelective(trx, tenantId, plan.conditions, SELECTIVE_MATCHES);
    if (companyIds === 'none') return '(no match: answered empty without a page query)';
    await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
    const path = companyIds ? 'few matches: from the trigram index' : 'many matches: walk of the name order';
    return `${path}\n${await analyze(trx, searchQuery(trx, 'postgres', tenantId, plan, { companyIds }).compile())}`;
  });
  return `lookup (at most ${SELECTIVE_MATCHES + 1} matches):\n${lookup}\npage: ${page}`;
}

async function run(dialect: Dialect): Promise<void> {
  const target = await openTarget(dialect);
  const { db } = target;
  try {
    await migrateToLatest(db);
    const ctx = systemContext(db);
    const { apiKey, tenantId, clients } = await seed(db, ctx);
    const app = await buildApp({
      ctx,
      config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 100_000_000, API_KEY_CACHE_TTL_MS: 60_000 },
    });
    await app.ready();
    const rng = new Random(SEED + 1);
    const live = clients.filter((c) => c.archivedAt === null);
    const any = () => live[rng.int(live.length)];
    const names = Array.from({ length: SEARCHES }, () =>
      text('contains', 'client.company.name', piece(rng, any().company.name)),
    );
    const withField = (field: 'domain' | 'description') => {
      for (;;) {
        const value = any().company[field];
        if (value !== null) return value;
      }
    };
    const domains = Array.from({ length: SEARCHES }, () =>
      text('contains', 'client.company.domain', piece(rng, withField('domain'))),
    );
    const descriptions = Array.from({ length: SEARCHES }, () =>
      text('contains', 'client.company.description', piece(rng, withField('description'))),
    );
    const someone = live.find((c) => c.company.domain !== null) ?? any();
    const count = (body: SearchClientsBody) => {
      const f = body.filters[0];
      if (!f) return live.length;
      if (f.type !== 'text') return Number.NaN;
      const field =
        f.path === 'client.company.name' ? 'name' : f.path === 'client.company.domain' ? 'domain' : 'description';
      const want = f.value.trim().toLowerCase();
      return live.filter((c) => {
        const have = (c.company[field] ?? '').toLowerCase();
        if (f.operator === 'contains') return have.includes(want);
        if (f.operator === 'startsWith') return have.startsWith(want);
        if (f.operator === 'equals') return have === want;
        return have !== want;
      }).length;
    };
    // Warm-up: the first requests compile schemas and fill caches.
    for (const body of names.slice(0, 5)) await timeSearch(app, apiKey, body);

    const load = os.loadavg()[0];
    const rows = [
      await group('`contains` on name: 3–6 characters of a name', app, apiKey, names, count),
      await group('`contains` on domain', app, apiKey, domains, count),
      await group('`contains` on description', app, apiKey, descriptions, count),
      await group(
        '`contains` on name: 2 characters',
        app,
        apiKey,
        names
          .slice(0, 10)
          .map((b) => text('contains', 'client.company.name', (b.filters[0].value as string).slice(0, 2))),
        count,
      ),
      await group(
        '`startsWith` on name: first 4 characters',
        app,
        apiKey,
        [text('startsWith', 'client.company.name', someone.company.name.slice(0, 4))],
        count,
        SINGLE_RUNS,
      ),
      await group(
        '`equals` on name (upper-cased)',
        app,
        apiKey,
        [text('equals', 'client.company.name', someone.company.name.toUpperCase())],
        count,
        SINGLE_RUNS,
      ),
      await group(
        '`equals` on domain',
        app,
        apiKey,
        [text('equals', 'client.company.domain', someone.company.domain ?? '')],
        count,
        SINGLE_RUNS,
      ),
      await group('no filter, page 0', app, apiKey, [{ filters: [] }], count, SINGLE_RUNS),
      await group('no filter, page 100', app, apiKey, [{ filters: [], page: 100 }], count, SINGLE_RUNS),
    ];
    process.stdout.write(
      `\n### ${dialect}, ${CLIENTS.toLocaleString('en')} clients (load average ${load.toFixed(1)} → ` +
        `${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)\n\n` +
        '| search | searches × runs | p50 ms | p95 ms | max ms | matches: median (max) |\n' +
        '| --- | --- | --- | --- | --- | --- |\n' +
        `${rows.map(tableRow).join('\n')}\n`,
    );
    if (values.explain) {
      const byTime = [...rows[0].timed].sort((a, b) => a.ms - b.ms);
      for (const [label, { body, ms: took }] of [
        ['median', byTime[Math.floor(byTime.length / 2)]],
        ['slowest', byTime[byTime.length - 1]],
      ] as const) {
        process.stdout.write(
          `\n${label} name search ${JSON.stringify(body.filters[0].value)} (${ms(took)} ms, ${count(body)} matches):\n` +
            `${await explain(db, tenantId, body)}\n`,
        );
      }
    }
    await app.close();
  } finally {
    await db.close();
    await target.drop();
  }
}

for (const dialect of DATABASES) {
  if (dialect === 'postgres' && !(await postgresReachable())) {
    process.stderr.write('postgres: skipped, no server answers\n');
    continue;
  }
  await run(dialect);
}
