import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the runner looks for PostgreSQL: the test suite's server, else a local default install. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await withAdmin((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * A new, empty database for one run (`clientele_bench_<random>`), so a run never touches anyone's data and
 * the server gets a plain DATABASE_URL. Returns its URL and a function that drops it.
 */
export async function createBenchDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `clientele_bench_${randomBytes(5).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // FORCE ends connections a crashed server may have left behind (PostgreSQL 13+).
    drop: () => withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** The process ids of the backends connected to database `name` (this machine's server only), for CPU metering. */
export async function backendPids(name: string): Promise<number[]> {
  const { rows } = await withAdmin((client) =>
    client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]),
  );
  return rows.map((row) => row.pid);
}
