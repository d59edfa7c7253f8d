import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type CrashReport, runCrashScenario, summary } from './crash-run.js';
import { createScratchDatabase, postgresUrl } from './support.js';

/**
 * Crash durability, small version (`npm run crash-test` runs many more kills): concurrent creates and
 * PATCHes, SIGKILL at a random moment, restart on the same database; every acknowledged write must be
 * there exactly as acknowledged (see crash-run.ts for the precise rule for writes in flight at the kill),
 * and its event must reach a webhook receiver at least once, while no event describes a change that is
 * not there (crash-webhooks.ts).
 */

const KILLS = 3;

function check(t: { diagnostic(message: string): void }, report: CrashReport) {
  t.diagnostic(summary(report));
  assert.deepEqual(report.problems, [], summary(report));
  assert.equal(report.lost, 0);
  assert.equal(report.survived, KILLS);
  assert.ok(report.acknowledgedChecked > 0, 'some writes were acknowledged before the kills');
  // Every acknowledged write's event reached the webhook receiver, as acknowledged (crash-webhooks.ts).
  assert.equal(report.eventsDelivered, report.acknowledgedChecked);
}

describe('crash durability: SIGKILL under concurrent writes', () => {
  it(`SQLite: ${KILLS} kills, no acknowledged write lost, the file passes integrity_check`, {
    timeout: 60_000,
  }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-crash-'));
    try {
      const path = join(dir, 'crash.db');
      const report = await runCrashScenario({
        label: 'sqlite',
        databaseUrl: `file:${path}`,
        sqlitePath: path,
        kills: KILLS,
        killAfterMs: [100, 1000],
        log: (line) => t.diagnostic(line),
      });
      check(t, report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`PostgreSQL: ${KILLS} kills, no acknowledged write lost`, { timeout: 60_000 }, async (t) => {
    const { url, reason } = await postgresUrl();
    if (!url) return t.skip(`PostgreSQL not available: ${reason}`);
    const scratch = await createScratchDatabase(url, 'clientele_crash');
    try {
      const report = await runCrashScenario({
        label: 'postgres',
        databaseUrl: scratch.url,
        kills: KILLS,
        killAfterMs: [100, 1000],
        log: (line) => t.diagnostic(line),
      });
      check(t, report);
    } finally {
      await scratch.drop();
    }
  });
});
