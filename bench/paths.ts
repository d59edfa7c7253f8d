import { fileURLToPath } from 'node:url';

/** Paths from the compiled file's place (dist-bench/bench/…), so the scripts work from any working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = `${ROOT}bench/.data`;
export const RESULTS_DIR = `${ROOT}bench/results`;
export const SERVER_CLI = `${ROOT}dist/src/cli.js`;
export const SEED_SCRIPT = `${ROOT}dist-bench/bench/seed.js`;
export const BASELINE_SCRIPT = `${ROOT}dist-bench/bench/baseline-server.js`;
