import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server the runner started as a child process; it stops it by its pid and nothing else. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM) of the serving processes: the workers, or the process itself. */
  peakMemory(): PeakMemory;
  /** The server's processes now: the process itself and, with --workers > 1, its cluster workers. */
  pids(): number[];
  stop(): Promise<void>;
}

export interface PeakMemory {
  /** Sum over the processes that answer requests, in MiB. */
  servingMb: number;
  /** With --workers > 1: the cluster primary, which only forks and supervises. */
  primaryMb: number | null;
  processes: number;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

/** Every child started and not yet stopped, so an interrupted run can still end them. */
const running = new Set<ChildProcess>();

export function killRunningServers(): void {
  for (const child of running) if (child.pid !== undefined) killQuietly(child.pid, 'SIGKILL');
}

/** A TCP port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  script: string;
  /** Options for node itself, before the script (the API server under the profiler). */
  nodeArgs?: string[];
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  workers: number;
  /** The child's stdout and stderr go here. */
  logFile: string;
  /** Answers 2xx once the server can take load. */
  readyPath: string;
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const log = openSync(options.logFile, 'a');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script, ...options.args], {
    env: options.env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid as number;
  const url = `http://127.0.0.1:${options.port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const workers = childPids(pid);
      killQuietly(pid, 'SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
      if (!done) {
        for (const worker of workers) killQuietly(worker, 'SIGKILL');
        killQuietly(pid, 'SIGKILL');
        await exited;
      }
    }
    running.delete(child);
  };

  try {
    await waitReady(`${url}${options.readyPath}`, () => child.exitCode !== null || child.signalCode !== null);
    // With a cluster, /ready can answer before every worker listens: wait for all of them.
    if (options.workers > 1) {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (childPids(pid).length < options.workers && Date.now() < deadline) await sleep(100);
      await sleep(500);
    }
  } catch (error) {
    await stop();
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(`${(error as Error).message}\n--- ${options.logFile} (last lines) ---\n${tail}`);
  }

  return {
    url,
    pid,
    stop,
    pids: () => [pid, ...childPids(pid)],
    peakMemory: () => {
      const workers = options.workers > 1 ? childPids(pid) : [];
      if (workers.length === 0) return { servingMb: mb(peakKb(pid)), primaryMb: null, processes: 1 };
      return {
        servingMb: mb(workers.reduce((sum, w) => sum + peakKb(w), 0)),
        primaryMb: mb(peakKb(pid)),
        processes: workers.length,
      };
    },
  };
}

async function waitReady(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`the server exited before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer 2xx within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Direct children of `pid`, from /proc (Linux). */
function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** VmHWM (peak resident set) in kB, or 0 once the process is gone. */
function peakKb(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function mb(kb: number): number {
  return Math.round(kb / 1024);
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}
