import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as source from '../../sdk/src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'sdk', 'dist');

/** Runs an ES module at the repository root, as a program of the checkout would. */
function runAtRoot(code: string): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.trim();
}

/** The relative imports reachable from a built file, and every specifier met on the way. */
function importGraph(entry: string): { files: string[]; specifiers: string[] } {
  const files: string[] = [];
  const specifiers: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      specifiers.push(specifier);
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
    }
    for (const [, specifier] of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(specifier);
  };
  visit(entry);
  return { files, specifiers };
}

describe('@clientele/sdk from the checkout', () => {
  it("resolves by name after npm install: import { Clientele } from '@clientele/sdk'", () => {
    const out = runAtRoot(
      "import { Clientele, ClienteleError, verifyWebhook } from '@clientele/sdk';\n" +
        "const api = new Clientele({ baseUrl: 'http://127.0.0.1:1', apiKey: 'ck_x' });\n" +
        'console.log(JSON.stringify([typeof api.contacts.list, typeof ClienteleError, typeof verifyWebhook]));',
    );
    assert.deepEqual(JSON.parse(out), ['function', 'function', 'function']);
  });

  it('the built package exports what sdk/src does (npm install builds it; a stale build fails here)', async () => {
    const built = await import(join(DIST, 'index.js'));
    assert.deepEqual(Object.keys(built).sort(), Object.keys(source).sort());
  });

  it('is ESM with type declarations, for Node 20 and up', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'sdk', 'package.json'), 'utf8'));
    assert.equal(manifest.name, '@clientele/sdk');
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.engines.node, '>=20');
    for (const entry of ['.']) {
      const { types, import: js } = manifest.exports[entry];
      assert.ok(readFileSync(join(ROOT, 'sdk', types), 'utf8').length > 0, `${entry} types`);
      assert.ok(readFileSync(join(ROOT, 'sdk', js), 'utf8').length > 0, `${entry} module`);
    }
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // The SDK first: the console's workspace builds against it.
    assert.deepEqual(root.workspaces, ['sdk', 'web']);
  });

  it('the main entry imports nothing Node-only (browsers load it)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const main = importGraph(join(DIST, 'index.js'));
    // Relative imports, and the plain-JavaScript HMAC it depends on; never a Node built-in.
    assert.deepEqual(
      main.specifiers.filter((s) => !s.startsWith('.') && !/^@noble\/hashes\/(hmac|sha2)$/.test(s)),
      [],
      'only relative imports and @noble/hashes',
    );
    assert.deepEqual(
      main.specifiers.filter((s) => builtins.has(s)),
      [],
    );
    for (const file of main.files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      assert.doesNotMatch(code, /\b(Buffer|process|require)\b/, file);
    }
  });
});
