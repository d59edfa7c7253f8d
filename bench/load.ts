import { loadavg } from 'node:os';
import autocannon, { type Request, type Result } from 'autocannon';
import type { ServerCpuMeter } from './cpu-time.js';

export interface LoadOptions {
  url: string;
  apiKey: string;
  connections: number;
  /** Seconds per measured run. */
  duration: number;
  /** Seconds of load before the measured runs, thrown away (JIT, caches, connection pools). */
  warmup: number;
  runs: number;
}

export interface RunStats {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts (not HTTP statuses). */
  errors: number;
  timeouts: number;
  requests: number;
  durationSeconds: number;
  statusCodes: Record<string, number>;
  /** 1-minute load average at the end of the run: high values mean something else shared the CPU. */
  loadAverage: number;
  /** The server's CPU time (its processes, and PostgreSQL's backends for it) over the requests answered, in µs. */
  serverCpuMicrosPerRequest: number | null;
}

export interface ScenarioMeasurement {
  best: RunStats;
  /** The lowest server CPU µs per request of the runs (interference only ever adds CPU time); null unmetered. */
  serverCpuMicrosPerRequest: number | null;
  runs: RunStats[];
  warmup: RunStats | null;
}

function once(options: LoadOptions, requests: Request[], duration: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration,
        pipelining: 1,
        timeout: 10,
        headers: { 'x-api-key': options.apiKey },
        requests,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function toStats(result: Result, cpuSeconds: number | null = null): RunStats {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requests: result.requests.total,
    durationSeconds: result.duration,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    serverCpuMicrosPerRequest:
      cpuSeconds === null || result.requests.total === 0
        ? null
        : Math.round((cpuSeconds * 1e6) / result.requests.total),
  };
}

/**
 * A warm-up (discarded), then `runs` measured runs. The better run (higher req/s) is the one reported: on
 * a shared machine, interference only ever makes a run slower, so the better run is the closer estimate
 * of what the server can do. Every run is kept for the JSON.
 */
export async function measure(
  options: LoadOptions,
  makeRequests: () => Request[],
  cpu?: ServerCpuMeter,
): Promise<ScenarioMeasurement> {
  const warmup = options.warmup > 0 ? toStats(await once(options, makeRequests(), options.warmup)) : null;
  const runs: RunStats[] = [];
  for (let i = 0; i < options.runs; i++) {
    const before = cpu ? await cpu.read() : 0;
    const result = await once(options, makeRequests(), options.duration);
    runs.push(toStats(result, cpu ? (await cpu.read()) - before : null));
  }
  const best = runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
  const metered = runs.map((r) => r.serverCpuMicrosPerRequest).filter((us): us is number => us !== null);
  return { best, runs, warmup, serverCpuMicrosPerRequest: metered.length > 0 ? Math.min(...metered) : null };
}
