import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type TestApp } from '../harness.js';

/** The rules whose warnings redocly.yaml accepts (and explains); any other warning fails. */
const ACCEPTED_WARNINGS = ['no-ambiguous-paths'];
const MAX_WARNINGS = 3;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@redocly/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.redocly ?? Object.values(bin)[0]);
}

/** `redocly lint` with the repository's config on `doc`, as JSON. */
function lint(doc: unknown): { totals: { errors: number; warnings: number }; problems: Problem[] } {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = spawnSync(process.execPath, [redoclyBin(), 'lint', file, '--config', 'redocly.yaml', '--format=json'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const start = run.stdout.indexOf('{');
    assert.ok(start >= 0, `redocly printed no report: ${run.stderr}`);
    return JSON.parse(run.stdout.slice(start));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`).join('\n');

// The document is the same on both databases (no route reads one to describe itself): SQLite builds it.
describe('redocly lint of the OpenAPI document (recommended rules, redocly.yaml)', () => {
  let t: TestApp;
  let doc: any;
  before(async () => {
    t = await buildTestApp('sqlite');
    doc = structuredClone(t.app.swagger());
  });
  after(async () => t.close());

  it('finds no errors, and only the accepted warnings, at most 3', () => {
    const report = lint(doc);
    const errors = report.problems.filter((p) => p.severity === 'error');
    const warnings = report.problems.filter((p) => p.severity !== 'error');
    assert.deepEqual(summary(errors), '', 'redocly lint errors');
    const unexpected = warnings.filter((p) => !ACCEPTED_WARNINGS.includes(p.ruleId));
    assert.equal(summary(unexpected), '', 'warnings redocly.yaml does not accept');
    assert.ok(warnings.length <= MAX_WARNINGS, `at most ${MAX_WARNINGS} warnings:\n${summary(warnings)}`);
  });

  it('fails when an operation loses its operationId', () => {
    const broken = structuredClone(doc);
    delete broken.paths['/clients/contacts/{id}'].patch.operationId;
    const report = lint(broken);
    const errors = report.problems.filter((p) => p.severity === 'error');
    assert.equal(errors.length, 1, summary(report.problems));
    assert.equal(errors[0].ruleId, 'operation-operationId');
    assert.equal(errors[0].location[0]?.pointer, '#/paths/~1clients~1contacts~1{id}/patch/operationId');
  });

  it('documents a 4xx answer on every operation but the probes (the rule redocly.yaml turns off)', () => {
    const without: string[] = [];
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op || path === '/health' || path === '/ready') continue;
        if (!Object.keys(op.responses).some((status) => status.startsWith('4'))) without.push(`${method} ${path}`);
      }
    }
    assert.deepEqual(without, []);
  });
});
