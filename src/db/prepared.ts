import type { Compilable, CompiledQuery, DialectAdapter, Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';
import type { DB, Dialect } from './database.js';
import { idListParameter } from './id-set.js';

/** Marks where an argument goes among a compiled query's parameters; no real value can contain a NUL. */
const SLOT_PREFIX = '\u0000slot:';

interface Compiled<Row> {
  dialect: Dialect;
  query: CompiledQuery<Row>;
  /** For each compiled parameter: the index of the argument that fills it, or -1 for a constant. */
  slots: number[];
}

/**
 * The SQL texts of prepared queries on PostgreSQL, each with a name: the driver sends them as named
 * statements, which each connection parses and plans once instead of on every execution.
 */
const statementNames = new Map<string, string>();

export function preparedStatementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

export interface Prepared<Args extends unknown[], Row> {
  /** Every row the query returns. */
  rows(db: Kysely<DB>, ...args: Args): Promise<Row[]>;
  /** The first row, or undefined. */
  first(db: Kysely<DB>, ...args: Args): Promise<Row | undefined>;
  /** For writes: the number of rows inserted, updated or deleted. */
  run(db: Kysely<DB>, ...args: Args): Promise<number>;
}

export function dialectOf(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * A query built and compiled by Kysely once per dialect, then run with new values. Building and compiling
 * a query cost about as much CPU as SQLite spends answering it on the contact paths; a prepared query pays
 * that once per process. `build` receives placeholders for its arguments and must use each one only as a
 * bound value (in `where`, `set`, `values`, `limit`, a `sql` parameter), never to decide the query's shape:
 * a placeholder is not the value. Its arguments are counted by `build.length`, so they take no defaults and
 * no rest parameter. An array argument is one parameter (JSON text on SQLite, an array on PostgreSQL), for
 * `inIdList` or a PostgreSQL `unnest`. Raw SQL is given as `{ compile: () => sql\`…\`.compile(db) }`.
 * Queries whose shape varies (optional filters, a row count) stay built.
 *
 * Where it is used, and only there: the paths every client-contact request takes, which the benchmark
 * measures — the client-contact read, list and write repositories, and the lookups those paths make in
 * other modules (a stage by id and a pipeline's stages, a user by id, contacts' attribute values). Every
 * other query (clients, users, stages and attributes themselves, tenants, erasure) is built with Kysely at
 * the call, as usual: none of them is hot, and a query built where it runs is easier to read.
 */
export function prepared<Args extends unknown[], Row>(
  build: (db: Kysely<DB>, dialect: Dialect, ...args: Args) => Compilable<Row>,
): Prepared<Args, Row> {
  // A transaction's Kysely shares its parent's adapter, so one compilation serves both.
  const byAdapter = new WeakMap<DialectAdapter, Compiled<Row>>();
  const arity = build.length - 2;

  function compiled(db: Kysely<DB>): Compiled<Row> {
    const adapter = db.getExecutor().adapter;
    let entry = byAdapter.get(adapter);
    if (!entry) {
      const dialect = dialectOf(db);
      const placeholders = Array.from({ length: arity }, (_, i) => `${SLOT_PREFIX}${i}`) as Args;
      const query = build(db, dialect, ...placeholders).compile();
      const slots = query.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(SLOT_PREFIX) ? Number(p.slice(SLOT_PREFIX.length)) : -1,
      );
      const used = new Set(slots);
      for (let i = 0; i < arity; i++) {
        if (!used.has(i)) throw new Error(`prepared query: argument ${i} is not bound as a value`);
      }
      entry = { dialect, query, slots };
      if (dialect === 'postgres' && !statementNames.has(query.sql)) {
        statementNames.set(query.sql, `clientele_${statementNames.size + 1}`);
      }
      byAdapter.set(adapter, entry);
    }
    return entry;
  }

  async function execute(db: Kysely<DB>, args: Args) {
    const { dialect, query, slots } = compiled(db);
    const parameters = slots.map((slot, i) => {
      if (slot < 0) return query.parameters[i];
      const value = args[slot];
      return Array.isArray(value) ? idListParameter(dialect, value) : value;
    });
    return db.executeQuery<Row>({ ...query, parameters });
  }

  return {
    rows: async (db, ...args) => (await execute(db, args)).rows,
    first: async (db, ...args) => (await execute(db, args)).rows[0],
    run: async (db, ...args) => Number((await execute(db, args)).numAffectedRows ?? 0),
  };
}
