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

/** utime + stime of a process (all its threads), in ticks; null once it is gone or unreadable. */
export function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export interface DatabaseCpuMeter {
  /** Takes a reading; call it now and then, so a backend the pool closes later still counts. */
  sample(): void;
  seconds(): number;
}

/**
 * For PostgreSQL on this machine: meters the backends behind the pool's `connections` connections. Null
 * when that is not possible (a remote server) or not needed (SQLite: its work is this process's own CPU).
 */
export async function databaseCpuMeter(db: Database, connections: number): Promise<DatabaseCpuMeter | null> {
  if (db.dialect !== 'postgres') return null;
  // Concurrent queries make the pool open every connection now, so that every backend is known.
  const answers = await Promise.all(
    Array.from({ length: connections }, () =>
      sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(db.kysely),
    ),
  );
  const pids = [...new Set(answers.map((a) => a.rows[0].pid))];
  const start = new Map<number, number>();
  for (const pid of pids) {
    const ticks = processTicks(pid);
    if (ticks === null) return null;
    start.set(pid, ticks);
  }
  const last = new Map(start);
  const sample = () => {
    for (const pid of pids) {
      const ticks = processTicks(pid);
      if (ticks !== null) last.set(pid, ticks);
    }
  };
  return {
    sample,
    seconds: () => {
      sample();
      let ticks = 0;
      for (const pid of pids) ticks += (last.get(pid) ?? 0) - (start.get(pid) ?? 0);
      return ticks / TICKS_PER_SECOND;
    },
  };
}

/**
 * The CPU time the server under load spends: its own processes (the cluster primary and its workers), plus,
 * on PostgreSQL, the backends serving its database on this machine. Read before and after a run: the
 * difference over the requests answered is the server's CPU per request, the figure that load on other
 * cores (the load generator's, the neighbours') disturbs least.
 */
export interface ServerCpuMeter {
  /** CPU seconds so far, counted from an arbitrary origin: only differences mean anything. */
  read(): Promise<number>;
}

export function serverCpuMeter(processes: () => number[], backends?: () => Promise<number[]>): ServerCpuMeter {
  /** Ticks each process had when first seen; one that appears later counts from zero (it began during the run). */
  const seenAt = new Map<number, number>();
  const lastTicks = new Map<number, number>();
  let first = true;
  return {
    async read() {
      const pids = [...processes(), ...(backends ? await backends() : [])];
      for (const pid of pids) {
        const ticks = processTicks(pid);
        if (ticks === null) continue;
        if (!seenAt.has(pid)) seenAt.set(pid, first ? ticks : 0);
        lastTicks.set(pid, ticks);
      }
      first = false;
      let total = 0;
      // A process that ended keeps the last reading taken of it.
      for (const [pid, ticks] of lastTicks) total += ticks - (seenAt.get(pid) ?? 0);
      return total / TICKS_PER_SECOND;
    },
  };
}
