import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { connect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/**
 * The planner keeps per-index averages (sqlite_stat1) and no STAT4 samples: with samples, SQLite plans a
 * cached statement again each time a bound value changes, which made every contact read several times
 * slower. Both when the server opens a database and when statistics are gathered on demand.
 */
describe('SQLite planner statistics', () => {
  let dir: string;
  let file: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-stats-'));
    file = join(dir, 'stats.db');
    const db = connect(`file:${file}`);
    await migrateToLatest(db);
    await db.kysely
      .insertInto('tenants')
      .values(
        Array.from({ length: 300 }, (_, i) => ({
          id: `tenant-${i}`,
          name: `tenant ${i % 7}`,
          require_if_match: 0,
          created_at: '2025-01-01T00:00:00.000Z',
        })),
      )
      .execute();
    await db.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const counts = (native: SQLite.Database) => ({
    stat1: (native.prepare('select count(*) as n from sqlite_stat1').get() as { n: number }).n,
    stat4: (native.prepare('select count(*) as n from sqlite_stat4').get() as { n: number }).n,
  });

  it('opening a database whose ANALYZE left samples drops them and keeps the averages', async () => {
    const native = new SQLite(file);
    native.exec('analyze');
    const before = counts(native);
    native.close();
    assert.ok(before.stat1 > 0 && before.stat4 > 0, `a plain ANALYZE writes both: ${JSON.stringify(before)}`);

    const db = connect(`file:${file}`);
    await db.close();
    const reopened = new SQLite(file);
    assert.deepEqual(counts(reopened), { stat1: before.stat1, stat4: 0 });
    reopened.close();
  });

  it('analyze() gathers fresh averages and no samples', async () => {
    const db = connect(`file:${file}`);
    await db.kysely.deleteFrom('tenants').where('id', '>=', 'tenant-2').execute();
    await db.analyze();
    await db.close();
    const native = new SQLite(file);
    const after = counts(native);
    const tenants = native.prepare("select stat from sqlite_stat1 where tbl = 'tenants' and idx is not null").all();
    native.close();
    assert.equal(after.stat4, 0);
    assert.ok(after.stat1 > 0);
    // The averages describe the table as it is now: fewer than the 300 rows there were before.
    assert.ok(
      tenants.every((row) => Number((row as { stat: string }).stat.split(' ')[0]) < 300),
      JSON.stringify(tenants),
    );
  });
});
