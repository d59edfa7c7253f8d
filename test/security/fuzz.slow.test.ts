import { fuzzSuite } from './fuzz/suite.js';

/**
 * The hostile-input suite (see fuzz/suite.ts) at full size, in `npm run test:slow`: 1,000 cases per write
 * endpoint and database (some 14,000 per database), from a new seed each run; the seed is in the test's
 * name, and FUZZ_SEED=<seed> replays it.
 */
fuzzSuite({ runs: 1000, seed: Date.now() % 2 ** 31, generatorSamples: 300 });
