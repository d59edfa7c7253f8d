import { type BenchDialect, percentile, startBenchApp } from './in-process.js';
import { describeMachine } from './machine.js';

/**
 * What POST /clients/contacts/_batch (API.md §5.2) costs against the single endpoints, through the whole app
 * (`inject`, one request at a time, durable commits as in production): 100 contacts made as 100 POSTs or one
 * batch of 100 creates; 100 PATCHes or one batch of 100 updates; and one batch of 100 upserts whose addresses
 * are new (created), then the same again (unchanged), then with a new role (updated). Every contact has two
 * emails and a phone number. Reported as milliseconds per contact, median and p95 over the rounds.
 * SQLite and, with TEST_POSTGRES_URL, PostgreSQL.
 * Usage: node --import tsx bench/contact-batch.ts [rounds]
 */
const ROUNDS = Number(process.argv[2] ?? 10);
const SIZE = 100;

async function run(dialect: BenchDialect): Promise<void> {
  const { app, apiKey, close } = await startBenchApp(dialect);
  const send = async (method: 'POST' | 'PATCH', url: string, body: unknown, expect: number) => {
    const res = await app.inject({ method, url, payload: body as object, headers: { 'x-api-key': apiKey } });
    if (res.statusCode !== expect) throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}`);
    return JSON.parse(res.body);
  };
  const clientId = (await send('POST', '/clients', { company: { name: 'Bench Ltd' } }, 201)).id as string;
  let n = 0;
  const contactBody = () => {
    n++;
    return {
      firstName: 'Bench',
      lastName: `Person ${n}`,
      emails: [{ email: `p${n}@a.example` }, { email: `q${n}@b.example` }],
      phoneNumbers: [{ phoneNumber: `+44 20 7946 ${String(n % 10000).padStart(4, '0')}` }],
    };
  };
  const batch = async (operations: unknown[], outcome: string) => {
    const answer = await send('POST', '/clients/contacts/_batch', { operations }, 207);
    const wrong = answer.results.find((r: { outcome: string }) => r.outcome !== outcome);
    if (wrong) throw new Error(JSON.stringify(wrong));
    return answer.results.map((r: { body: { id: string } }) => r.body.id) as string[];
  };

  const times: Record<string, number[]> = {};
  const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = process.hrtime.bigint();
    const result = await work();
    times[name] = [...(times[name] ?? []), Number(process.hrtime.bigint() - start) / 1e6 / SIZE];
    return result;
  };
  for (let round = 0; round < ROUNDS; round++) {
    const singles = await time('create: 100 POSTs', async () => {
      const ids: string[] = [];
      for (let i = 0; i < SIZE; i++)
        ids.push((await send('POST', `/clients/contacts/${clientId}`, contactBody(), 201)).id);
      return ids;
    });
    const batched = await time('create: 1 batch', () =>
      batch(
        Array.from({ length: SIZE }, () => ({ op: 'create', clientId, body: contactBody() })),
        'created',
      ),
    );
    await time('update: 100 PATCHes', async () => {
      for (const id of singles) await send('PATCH', `/clients/contacts/${id}`, { role: `Role ${round}` }, 200);
    });
    await time('update: 1 batch', () =>
      batch(
        batched.map((id) => ({ op: 'update', id, body: { role: `Role ${round}` } })),
        'updated',
      ),
    );
    const upserts = Array.from({ length: SIZE }, () => contactBody());
    const upsert = (extra: object) => upserts.map((body) => ({ op: 'upsert', clientId, body: { ...body, ...extra } }));
    await time('upsert: 1 batch, new', () => batch(upsert({}), 'created'));
    await time('upsert: 1 batch, unchanged', () => batch(upsert({}), 'unchanged'));
    await time('upsert: 1 batch, updated', () => batch(upsert({ role: `Role ${round}` }), 'updated'));
  }
  for (const [name, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${dialect}: ${name}: median ${percentile(sorted, 0.5).toFixed(2)} ms per contact, ` +
        `p95 ${percentile(sorted, 0.95).toFixed(2)} ms (${ROUNDS} rounds of ${SIZE})`,
    );
  }
  await close();
}

console.log(JSON.stringify(describeMachine()));
await run('sqlite');
if (process.env.TEST_POSTGRES_URL) await run('postgres');
