import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { systemContext } from '../src/context.js';
import { connect } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { registerIdempotency } from '../src/http/idempotency.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';

/**
 * What `Idempotency-Key` costs (API.md §5.1). Part 1: the two hooks on a request without the header, alone
 * (what every other request pays). Part 2: creating a contact through the whole app (`inject`, one request at a
 * time, durable commits as in production) without a key, with a new key each time, and replaying one key;
 * on SQLite and, with TEST_POSTGRES_URL, PostgreSQL. Usage: node --import tsx bench/idempotency.ts [requests]
 */
const REQUESTS = Number(process.argv[2] ?? 1000);

function hookCost(): void {
  const hooks: Record<string, (...args: unknown[]) => void> = {};
  const fake = { addHook: (name: string, fn: (...args: unknown[]) => void) => (hooks[name] = fn) };
  registerIdempotency(fake as unknown as FastifyInstance, {} as never);
  const request = { method: 'POST', headers: { 'content-type': 'application/json' }, tenantId: 't' };
  const calls = 5_000_000;
  let done = 0;
  const next = () => done++;
  for (const name of ['preValidation', 'onSend']) {
    const hook = hooks[name];
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      if (name === 'onSend') hook(request, {}, '{}', next);
      else hook(request, {}, next);
    }
    const ns = Number(process.hrtime.bigint() - start) / calls;
    console.log(`${name} hook, request without the header: ${ns.toFixed(1)} ns per call`);
  }
  if (done !== 2 * calls) throw new Error('a hook did not call back');
}

async function openDb(dialect: 'sqlite' | 'postgres'): Promise<{ db: Database; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-bench-idem-'));
    const db = connect(`file:${join(dir, 'bench.db')}`);
    await migrateToLatest(db);
    return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = process.env.TEST_POSTGRES_URL as string;
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = connect(url, { schema, poolSize: 10 });
  await migrateToLatest(db);
  return {
    db,
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

async function endToEnd(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const { db, drop } = await openDb(dialect);
  const ctx = systemContext(db);
  const app = await buildApp({
    ctx,
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1e9, API_KEY_CACHE_TTL_MS: 60_000 },
  });
  await app.ready();
  const { apiKey } = await createTenant(ctx, 'bench');
  const send = async (url: string, body: unknown, key?: string) => {
    const headers: Record<string, string> = { 'x-api-key': apiKey, 'content-type': 'application/json' };
    if (key) headers['idempotency-key'] = key;
    const res = await app.inject({ method: 'POST', url, payload: JSON.stringify(body), headers });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  };
  const clientId = JSON.parse(
    (
      await app.inject({
        method: 'POST',
        url: '/clients',
        payload: { company: { name: 'Bench Co' } },
        headers: { 'x-api-key': apiKey },
      })
    ).body,
  ).id as string;
  const url = `/clients/contacts/${clientId}`;
  const body = (i: number) => ({ firstName: 'Bench', lastName: `Mark ${i}`, emails: [{ email: `b${i}@x.example` }] });
  await send(url, body(-1), 'replayed');
  let n = 0;
  const kinds = {
    'no key': () => send(url, body(n++)),
    'a new key each time': () => send(url, body(n), `key-${n++}`),
    'replay of one key': () => send(url, body(-1), 'replayed'),
  };
  // Elapsed time, and this process's CPU time (the server's own work, SQLite's included, without the neighbours'
  // on a shared machine; PostgreSQL's work is in its own processes).
  const times: Record<string, { wall: number[]; cpu: number[] }> = {};
  // Rounds of 100 of each kind, interleaved, so that drift on a shared machine touches all alike.
  for (let round = 0; round < REQUESTS / 100; round++) {
    for (const [kind, run] of Object.entries(kinds)) {
      const start = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for (let i = 0; i < 100; i++) await run();
      const used = process.cpuUsage(cpu);
      const entry = times[kind] ?? { wall: [], cpu: [] };
      entry.wall.push(Number(process.hrtime.bigint() - start) / 100 / 1000);
      entry.cpu.push((used.user + used.system) / 100);
      times[kind] = entry;
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)].toFixed(0);
  for (const [kind, { wall, cpu }] of Object.entries(times)) {
    console.log(
      `${dialect}: create a contact, ${kind}: median ${median(wall)} µs elapsed, ${median(cpu)} µs CPU per request ` +
        `(${REQUESTS} requests, rounds of 100)`,
    );
  }
  await app.close();
  await db.close();
  await drop();
}

hookCost();
await endToEnd('sqlite');
if (process.env.TEST_POSTGRES_URL) await endToEnd('postgres');
