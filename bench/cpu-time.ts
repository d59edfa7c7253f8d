import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.js';

/**
 * CPU seconds spent, as opposed to elapsed time: on a machine shared with other work, elapsed time
 * measures the neighbours as much as the code, while CPU time does not. On an idle machine the seed's
 * elapsed time comes close to the sum of its own and the database server's CPU time.
 */

export function processCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every mainstream Linux build. */
const TICKS_PER_SECOND = 100;

/**
 * For PostgreSQL on this machine: a reader of the CPU time of the backend serving `db`'s connection (the
 * seed uses a pool of one, so it is one backend). Null when that is not possible (a remote server, SQLite,
 * whose work is already in this process's own CPU time).
 */
export async function databaseCpuReader(db: Database): Promise<(() => number) | null> {
  if (db.dialect !== 'postgres') return null;
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
  const read = () => {
    const stat = readFileSync(`/proc/${rows[0].pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  };
  try {
    read();
    return read;
  } catch {
    return null;
  }
}
