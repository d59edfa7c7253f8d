import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { dialects } from '../../harness.js';
import type { Case } from './cases.js';
import { IdRef } from './json-text.js';
import { count, type EndpointStats, emptyStats, endpointSeed, Fuzzer, formatOutcome, statsTable } from './runner.js';

/**
 * Hostile input for every write endpoint the app's own `/openapi.json` lists, generated from each
 * endpoint's request-body schema: valid bodies, bodies with wrong types, missing and unknown keys, huge
 * strings, deep nesting, `__proto__` keys, SQL fragments, control characters, lone surrogates, bytes that
 * are not UTF-8, odd numbers; path ids that are not UUIDs, belong to the other tenant, are very long or
 * hold `%00`, `..` or unicode; odd request ids, content types and `If-Match` values. For every case: no
 * 5xx, every error is the documented envelope, a refused write changes nothing, the other tenant's data
 * never changes, no prototype is polluted, and what an accepted write stored reads back verbatim.
 *
 * Two test files run this suite: `fuzz.test.ts` (in `npm test`: a few cases per endpoint, from a pinned
 * seed) and `fuzz.slow.test.ts` (in `npm run test:slow`: 1,000 cases per endpoint, a new seed each run).
 * In both, FUZZ_RUNS sets the cases per endpoint and database, FUZZ_SEED replays a run, and FUZZ_ONLY=text
 * limits the run to endpoints whose `METHOD /path` contains it. For longer runs with a summary table:
 * `npm run fuzz -- --runs N [--postgres]`.
 */

export interface FuzzSuiteOptions {
  /** Cases per endpoint and database, unless FUZZ_RUNS says otherwise. */
  runs: number;
  /** The seed, unless FUZZ_SEED says otherwise. */
  seed: number;
  /** Valid bodies generated per endpoint to check the generator itself against the published schemas. */
  generatorSamples: number;
}

/** The write endpoints API.md documents; the fuzzer takes its list from the app, this only checks it is whole. */
const DOCUMENTED = [
  'POST /users',
  'PATCH /users/{id}',
  'POST /pipeline/{pipeline}/stages',
  'PATCH /pipeline/{pipeline}/stages/{id}',
  'DELETE /pipeline/{pipeline}/stages/{id}',
  'POST /clients/columns',
  'POST /clients/contacts/columns',
  'POST /clients',
  'PATCH /clients/{id}',
  'DELETE /clients/{id}',
  'POST /clients/contacts/{id}',
  'PATCH /clients/contacts/{id}',
  'DELETE /clients/contacts/{id}',
  'POST /clients/contacts/{id}/restore',
];

const plainHeaders = { apiKey: 'valid' as const, contentType: 'application/json', extra: [] as [string, string][] };
const own = (table: string) => ({ kind: 'id' as const, ref: new IdRef({ from: 'own', tables: [table], pick: 0 }) });

/** Cases that once broke an invariant, pinned so that they run every time, whatever the seed. */
const REGRESSIONS: { name: string; endpoint: string; case: Case; status: number; message: string }[] = [
  {
    name: 'a path parameter over the router’s length limit answers the envelope (was Fastify’s own 414 body)',
    endpoint: 'PATCH /clients/{id}',
    case: {
      params: { id: { kind: 'text', text: 'a'.repeat(300), encode: false } },
      query: [],
      body: { kind: 'json', value: { status: 'lost' }, mutations: [] },
      headers: plainHeaders,
    },
    status: 404,
    message: 'NOT_FOUND',
  },
  {
    name: 'a URL that cannot be decoded answers the envelope (was Fastify’s own 400 body)',
    endpoint: 'DELETE /clients/contacts/{id}',
    case: {
      params: { id: { kind: 'text', text: '%zz', encode: false } },
      query: [],
      body: { kind: 'none' },
      headers: plainHeaders,
    },
    status: 404,
    message: 'NOT_FOUND',
  },
  {
    name: 'an unpaired surrogate is refused (was stored as U+FFFD)',
    endpoint: 'PATCH /clients/contacts/{id}',
    case: {
      params: { id: own('client_contacts') },
      query: [],
      body: { kind: 'raw', text: '{"lastName":"\\udc00\\ud800"}', label: 'lone surrogates' },
      headers: plainHeaders,
    },
    status: 400,
    message: 'VALIDATION_ERROR',
  },
  {
    name: 'bytes that are not UTF-8 are refused (were stored as U+FFFD)',
    endpoint: 'POST /clients/contacts/{id}',
    case: {
      params: { id: own('clients') },
      query: [],
      body: { kind: 'bytes', value: { firstName: 'x', lastName: 'y' }, pick: 0, bad: [0xfe, 0xff] },
      headers: plainHeaders,
    },
    status: 400,
    message: 'INVALID_JSON',
  },
];

export function fuzzSuite(options: FuzzSuiteOptions): void {
  const RUNS = Number(process.env.FUZZ_RUNS ?? options.runs);
  const SEED = Number(process.env.FUZZ_SEED ?? options.seed);
  /** Only the endpoints whose `METHOD /path` contains this text (to replay one). */
  const ONLY = process.env.FUZZ_ONLY;

  for (const dialect of dialects()) {
    describe(`hostile input on every write endpoint [${dialect}]`, () => {
      let fuzzer: Fuzzer;
      const all: EndpointStats[] = [];

      before(async () => {
        fuzzer = await Fuzzer.open(dialect);
      });
      after(async () => {
        if (all.length > 0) console.log(`fuzz [${dialect}], seed ${SEED}:\n${statsTable(all)}`);
        await fuzzer?.close();
      });

      it('takes every documented write endpoint from the app’s OpenAPI document', () => {
        const keys = fuzzer.endpoints.map((e) => e.key);
        for (const key of DOCUMENTED) assert.ok(keys.includes(key), `${key} is missing from /openapi.json`);
      });

      it('generates valid bodies that the published schemas accept (the generator’s own check)', () => {
        for (const endpoint of fuzzer.endpoints) {
          assert.deepEqual(fuzzer.invalidValidBodies(endpoint, options.generatorSamples, SEED), [], endpoint.key);
        }
      });

      for (const r of REGRESSIONS) {
        it(r.name, async () => {
          const endpoint = fuzzer.endpoints.find((e) => e.key === r.endpoint)!;
          await fuzzer.rotate();
          const outcome = await fuzzer.run(endpoint, r.case);
          assert.deepEqual(outcome.problems, [], formatOutcome(outcome));
          assert.equal(outcome.status, r.status, outcome.response);
          assert.equal(outcome.code, r.message, outcome.response);
        });
      }

      it(`keeps every invariant for ${RUNS} generated cases per endpoint (seed ${SEED})`, async (t) => {
        for (const endpoint of fuzzer.endpoints) {
          if (ONLY && !endpoint.key.includes(ONLY)) continue;
          await t.test(endpoint.key, async () => {
            const stats = emptyStats(endpoint.key);
            all.push(stats);
            await fuzzer.rotate();
            await fc.assert(
              fc.asyncProperty(fuzzer.arbitrary(endpoint), async (c) => {
                const outcome = await fuzzer.run(endpoint, c);
                count(stats, outcome);
                if (outcome.problems.length > 0) throw new Error(formatOutcome(outcome));
              }),
              {
                numRuns: RUNS,
                seed: endpointSeed(SEED, endpoint.key),
                // The counterexample itself can be megabytes (a 1 MiB body); the error holds it described.
                reporter: (out) => {
                  if (!out.failed) return;
                  const error =
                    out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
                  throw new Error(
                    `${endpoint.key} broke an invariant after ${out.numRuns} case(s), shrunk ${out.numShrinks} time(s); ` +
                      `replay with FUZZ_SEED=${SEED} (this endpoint: seed ${out.seed}, path ${out.counterexamplePath}):\n${error}`,
                  );
                },
              },
            );
            assert.equal(stats.serverErrors, 0);
          });
        }
      });
    });
  }
}
