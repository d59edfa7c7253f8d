import fc from 'fast-check';
import type { Dialect } from '../../../src/db/database.js';
import { compared } from './invariants.js';
import { count, type EndpointStats, emptyStats, endpointSeed, Fuzzer, type Outcome, statsTable } from './runner.js';

/**
 * `npm run fuzz -- [--runs N] [--postgres] [--seed S] [--only TEXT]`: the fuzz properties as a survey.
 * Every case runs (a failing one does not stop the run); the table shows, per endpoint, the cases tried,
 * 5xx answers, refused (4xx) and accepted (2xx) requests, and cases that broke an invariant, followed by
 * the first few of those. Exits 1 when any case broke an invariant.
 */

function parseArgs(argv: string[]) {
  const out = {
    runs: 10_000,
    dialect: 'sqlite' as Dialect,
    seed: Date.now() % 2 ** 31,
    only: [] as string[],
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') out.runs = Number(value());
    else if (arg === '--postgres') out.dialect = 'postgres';
    else if (arg === '--sqlite') out.dialect = 'sqlite';
    else if (arg === '--seed') out.seed = Number(value());
    else if (arg === '--only') out.only.push(value());
    else if (arg === '--verbose') out.verbose = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs needs a positive integer');
  return out;
}

const args = parseArgs(process.argv.slice(2));
const verbose = args.verbose;
if (args.dialect === 'postgres') process.env.TEST_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
console.log(`fuzz: ${args.runs} runs per endpoint on ${args.dialect}, seed ${args.seed}`);
const fuzzer = await Fuzzer.open(args.dialect);
const all: EndpointStats[] = [];
const started = Date.now();
try {
  const endpoints = fuzzer.endpoints.filter((e) => args.only.length === 0 || args.only.some((o) => e.key.includes(o)));
  for (const endpoint of endpoints) {
    const stats = emptyStats(endpoint.key);
    all.push(stats);
    const t0 = Date.now();
    await fuzzer.rotate();
    await fc.assert(
      fc.asyncProperty(fuzzer.arbitrary(endpoint), async (c) => {
        let outcome: Outcome;
        try {
          outcome = await fuzzer.run(endpoint, c);
        } catch (error) {
          // A fault of the fuzzer itself: counted, and the survey goes on.
          outcome = {
            status: 'unsendable',
            problems: [`fuzzer error: ${error instanceof Error ? error.stack : String(error)}`],
            request: '',
            response: 'fuzzer error',
          };
        }
        count(stats, outcome);
      }),
      { numRuns: args.runs, seed: endpointSeed(args.seed, endpoint.key), endOnFailure: true },
    );
    console.log(
      `  ${endpoint.key}: ${stats.tried} tried, ${stats.serverErrors} 5xx, ${stats.refused} refused, ` +
        `${stats.accepted} accepted, ${stats.violations} broke an invariant (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    if (verbose) {
      const by = Object.entries(stats.refusedBy).sort((a, b) => b[1] - a[1]);
      console.log(`    refused: ${by.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    }
  }
} finally {
  await fuzzer.close();
}
console.log(`\n${statsTable(all)}\n\n${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `accepted writes read back: ${compared.strings} sent strings and ${compared.attributeValues} text-like ` +
    'custom-attribute values compared with what the answer and a later GET show',
);
const failing = all.filter((s) => s.violations > 0);
for (const s of failing) {
  console.log(`\n=== ${s.endpoint}: ${s.violations} case(s) broke an invariant; the first ${s.examples.length}:`);
  for (const e of s.examples) console.log(`\n${e}`);
}
const unsendable = all.reduce((n, s) => n + s.unsendable, 0);
if (unsendable > 0) {
  console.log(`\n${unsendable} case(s) were not sent (counted as tried, not as answers), because:`);
  const why: Record<string, number> = {};
  for (const s of all) for (const [k, n] of Object.entries(s.unsendableBy)) why[k] = (why[k] ?? 0) + n;
  for (const [k, n] of Object.entries(why)) console.log(`  ${n} × ${k}`);
}
process.exit(failing.length > 0 ? 1 : 0);
