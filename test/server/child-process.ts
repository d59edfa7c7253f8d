import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The repository root, so the CLI runs from source no matter where the test runner was started. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A running `clientele` command (from source, through tsx) with its output collected as it arrives. */
export class CliProcess {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  private waiters: (() => void)[] = [];

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
    });
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      this[stream] += chunk.toString('utf8');
      for (const wake of this.waiters.splice(0)) wake();
    };
    this.child.stdout.on('data', collect('stdout'));
    this.child.stderr.on('data', collect('stderr'));
    this.child.on('exit', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Resolves with the first match of `pattern` in stdout; rejects if the process ends first. */
  async waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    for (;;) {
      const match = this.stdout.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`process ended before printing ${pattern}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** The base URL the server logged once listening. */
  async url(): Promise<string> {
    return (await this.waitFor(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/))[1];
  }

  async exitCode(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) await once(this.child, 'exit');
    return this.child.exitCode;
  }

  /** Stops the process if a failed test left it running. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/** Runs a CLI command to completion. */
export async function runCli(args: string[], env: Record<string, string>) {
  const cli = new CliProcess(args, env);
  const code = await cli.exitCode();
  return { code, stdout: cli.stdout, stderr: cli.stderr };
}
