import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { connect } from '../../src/db/connect.js';

/** Rows are read as arrays and made into objects by the connection: they must be what better-sqlite3 gives. */
describe('SQLite rows', () => {
  const text = `select 1 as a, 'two' as b, null as "odd""name", x'00ff' as bytes, 2.5 as a, 9007199254740993 as big`;

  it('are the objects better-sqlite3 would build, duplicate names included', async () => {
    const db = connect('file::memory:');
    try {
      const { rows } = await sql.raw(text).execute(db.kysely);
      const native = new SQLite(':memory:');
      const expected = native.prepare(text).all();
      native.close();
      assert.deepEqual(rows, expected);
      assert.deepEqual(Object.keys(rows[0] as object), ['a', 'b', 'odd"name', 'bytes', 'big']);
      assert.equal((rows[0] as { a: number }).a, 2.5);
    } finally {
      await db.close();
    }
  });

  it('come back for every row, in order, from a statement run many times', async () => {
    const db = connect('file::memory:');
    try {
      await sql`create table t (id integer primary key, name text)`.execute(db.kysely);
      for (let round = 0; round < 3; round++) {
        await sql`insert into t (name) values (${`n${round}`})`.execute(db.kysely);
        const { rows } = await sql`select id, name from t order by id`.execute(db.kysely);
        assert.deepEqual(
          rows,
          Array.from({ length: round + 1 }, (_, i) => ({ id: i + 1, name: `n${i}` })),
        );
      }
      const { rows: returned } = await sql`insert into t (name) values ('r') returning id, name`.execute(db.kysely);
      assert.deepEqual(returned, [{ id: 4, name: 'r' }]);
    } finally {
      await db.close();
    }
  });
});
