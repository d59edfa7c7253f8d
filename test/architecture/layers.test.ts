import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The layering ARCHITECTURE.md describes, checked on the source: shared primitives (src/core) depend on
 * nothing of the application; the database layer knows nothing of HTTP or the modules; nothing imports
 * the app (only its callers: the server, the CLI's demo); and no two files import each other in a cycle.
 */
const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import (static, dynamic, `export … from`) of each file, as paths under src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)\.js'/g)].map((m) => m[1]);
    graph.set(
      relative(SRC, file),
      specs.map((spec) => relative(SRC, resolve(dirname(file), `${spec}.ts`))),
    );
  }
  return graph;
}

const graph = importGraph();
const importsOf = (prefix: string) =>
  [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, deps]) => deps.map((d) => [file, d]));

describe('source layering', () => {
  it('finds the source files it checks', () => {
    assert.ok(graph.has('app.ts') && graph.has('core/errors.ts') && graph.size > 50);
  });

  it('keeps src/core free of the layers above it', () => {
    const bad = importsOf('core/').filter(([, dep]) => !dep.startsWith('core/'));
    assert.deepEqual(bad, []);
  });

  it('keeps src/db free of HTTP and of the modules', () => {
    const bad = importsOf('db/').filter(([, dep]) => dep.startsWith('http/') || dep.startsWith('modules/'));
    assert.deepEqual(bad, []);
  });

  it('lets modules reach HTTP only from their route and schema files', () => {
    const bad = importsOf('modules/').filter(
      ([file, dep]) => dep.startsWith('http/') && !/\.(routes|schemas)\.ts$/.test(file),
    );
    assert.deepEqual(bad, []);
  });

  it('imports app.ts only from the server and the CLI', () => {
    const bad = [...graph].filter(([file, deps]) => deps.includes('app.ts') && !/^(server\.ts|cli\/)/.test(file));
    assert.deepEqual(bad, []);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });
});
