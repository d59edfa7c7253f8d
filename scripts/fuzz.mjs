// `npm run fuzz -- [--runs N] [--postgres] [--seed S] [--only TEXT] [--verbose]`: the hostile-input properties of
// test/security/fuzz/suite.ts as a survey, N cases per write endpoint (default 10000), on SQLite or, with
// --postgres, on PostgreSQL (TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test). Prints per
// endpoint the cases tried, 5xx answers, refused and accepted requests, and the first cases that broke an
// invariant; exits 1 if any did.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../test/security/fuzz/main.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
