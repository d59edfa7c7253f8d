import type { FastifyInstance } from 'fastify';
import { registerIdempotency } from '../src/http/idempotency.js';

import { type BenchDialect, startBenchApp } from './in-process.js';

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

async function endToEnd(dialect: BenchDialect): Promise<void> {
  const { app, apiKey, close } = await startBenchApp(dialect);
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
  await close();
}

hookCost();
await endToEnd('sqlite');
if (process.env.TEST_POSTGRES_URL) await endToEnd('postgres');
