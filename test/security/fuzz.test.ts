import { fuzzSuite } from './fuzz/suite.js';

/**
 * The hostile-input suite (see fuzz/suite.ts) at a size for every run: 30 cases per write endpoint and
 * database, always the same ones (a pinned seed), so that a failure here replays as it is; the pinned
 * regressions in full. `npm run test:slow` runs 1,000 new cases per endpoint (fuzz.slow.test.ts).
 */
fuzzSuite({ runs: 30, seed: 20_240_611, generatorSamples: 100 });
