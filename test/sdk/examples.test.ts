import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dialects } from '../harness.js';
import { type SdkServer, startServer } from './support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `tsc -p <project>` with the repository's TypeScript, against the built package's types. */
function compile(project: string): { status: number | null; output: string } {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', project], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('sdk/examples compile against the package types', () => {
  it('quick-start.ts compiles with tsc --noEmit (strict)', () => {
    const { status, output } = compile('sdk/examples/tsconfig.json');
    assert.equal(status, 0, output);
  });

  it('type-error.ts does not: a number where the contact update takes a string', () => {
    const { status, output } = compile('sdk/examples/tsconfig.type-error.json');
    assert.notEqual(status, 0, 'the deliberate type error compiled');
    assert.match(output, /type-error\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable/);
    assert.equal(
      output
        .trim()
        .split('\n')
        .filter((line) => line.includes('error TS')).length,
      1,
      output,
    );
  });
});

for (const dialect of dialects()) {
  describe(`sdk/examples/quick-start.ts runs against a server [${dialect}]`, () => {
    let s: SdkServer;
    before(async () => {
      s = await startServer(dialect);
    });
    after(async () => s.close());

    it('makes a client and a contact, updates it, lists it, and meets a 412', async () => {
      // Not spawnSync: the server answering the example runs in this process.
      const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'sdk/examples/quick-start.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, CLIENTELE_URL: s.baseUrl, CLIENTELE_API_KEY: s.apiKey },
      });
      const lines = run.stdout.trim().split('\n');
      assert.equal(lines[0], 'Jane Smith is CTO at Northwind');
      assert.match(lines[1], /^[0-9a-f-]{36} jane\.smith\+\d+@northwind\.example$/);
      assert.match(lines[2], /^412 PRECONDITION_FAILED [0-9a-f-]{36} 2$/);
    });
  });
}
