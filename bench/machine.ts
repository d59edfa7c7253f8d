import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  node: string;
  os: string;
  memoryGb: number;
  /** 1-minute load average when the run started: other work on a shared machine shows here. */
  loadAverageAtStart: number;
}

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    node: process.version,
    os: `${process.platform} ${process.arch} ${release()}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100,
  };
}
