import { type BenchDialect, percentile, startBenchApp } from './in-process.js';
import { describeMachine } from './machine.js';

/**
 * What merging two people costs (API.md §5.3), through the whole app (`inject`, one request at a time, durable
 * commits as in production): a dry run, then the merge itself, for people holding 1, 5 and 20 roles each, half
 * of the source's at clients where the target has one (combined), half elsewhere (moved); every role has two
 * emails and two phone numbers. SQLite and, with TEST_POSTGRES_URL, PostgreSQL.
 * Usage: node --import tsx bench/merge.ts [pairs per size]
 */
const PAIRS = Number(process.argv[2] ?? 30);
const SIZES = [1, 5, 20];

async function run(dialect: BenchDialect): Promise<void> {
  const { app, apiKey, close } = await startBenchApp(dialect);
  const send = async (method: 'POST' | 'PATCH', url: string, body: unknown, expect: number) => {
    const res = await app.inject({ method, url, payload: body as object, headers: { 'x-api-key': apiKey } });
    if (res.statusCode !== expect) throw new Error(`${res.statusCode} ${res.body}`);
    return JSON.parse(res.body);
  };
  const clients: string[] = [];
  for (let i = 0; i < 2 * Math.max(...SIZES); i++) {
    clients.push((await send('POST', '/clients', { company: { name: `Bench ${i}` } }, 201)).id);
  }
  let n = 0;
  const person = async (roles: number, firstClient: number) => {
    let candidateId: string | undefined;
    for (let r = 0; r < roles; r++) {
      n++;
      const body = {
        ...(candidateId ? { candidateId } : { firstName: 'Bench', lastName: `Person ${n}` }),
        role: r % 2 === 0 ? null : 'Role',
        department: r % 2 === 0 ? 'Dept' : null,
        emails: [{ email: `p${n}@a.example` }, { email: `q${n}@b.example` }],
        phoneNumbers: [
          { phoneNumber: `+44 20 7946 ${String(n % 10000).padStart(4, '0')}` },
          { phoneNumber: `+1 212 555 ${String(n % 10000).padStart(4, '0')}` },
        ],
      };
      const made = await send('POST', `/clients/contacts/${clients[firstClient + r]}`, body, 201);
      candidateId = made.candidateId;
    }
    return candidateId as string;
  };
  for (const size of SIZES) {
    const times: Record<'dry run' | 'merge', number[]> = { 'dry run': [], merge: [] };
    for (let i = 0; i < PAIRS; i++) {
      const target = await person(size, 0);
      const source = await person(size, Math.floor(size / 2));
      const body = { targetCandidateId: target, sourceCandidateId: source };
      for (const kind of ['dry run', 'merge'] as const) {
        const start = process.hrtime.bigint();
        await send('POST', '/clients/contacts/_merge', { ...body, dryRun: kind === 'dry run' }, 200);
        times[kind].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    for (const [kind, list] of Object.entries(times)) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(
        `${dialect}: ${kind}, ${size} role(s) each: median ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
          `p95 ${percentile(sorted, 0.95).toFixed(1)} ms (${PAIRS} merges)`,
      );
    }
  }
  await close();
}

console.log(JSON.stringify(describeMachine()));
await run('sqlite');
if (process.env.TEST_POSTGRES_URL) await run('postgres');
