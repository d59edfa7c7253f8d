import type { CliIo } from '../command.js';

/** How far an import is: rows done out of the total (when counted), shown as it goes, on stderr. */
export interface Progress {
  add(rows: number): void;
  stop(): void;
}

/** Plain progress lines (when stderr is not a terminal) come at most this often. */
export const PLAIN_INTERVAL_MS = 5000;

const number = (value: number) => value.toLocaleString('en-US');

/** Whether a CliIo's stderr is a terminal (the `clientele` bin's own stderr on a console). */
export function isTerminal(io: CliIo): boolean {
  return (io.stderr as { isTTY?: boolean }).isTTY === true;
}

/**
 * A progress bar (cli-progress: rows done/total, rows/s, ETA) when stderr is a terminal; otherwise a plain
 * line every PLAIN_INTERVAL_MS, so a log file or CI output shows the import moving without a line per batch.
 */
export async function startProgress(io: CliIo, total: number | undefined, intervalMs = PLAIN_INTERVAL_MS) {
  if (isTerminal(io)) return terminalBar(io, total);
  return plainLines(io, total, intervalMs);
}

async function terminalBar(io: CliIo, total: number | undefined): Promise<Progress> {
  const { SingleBar } = await import('cli-progress');
  const known = total !== undefined && total > 0;
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WriteStream,
    format: known
      ? 'Importing {bar} {value}/{total} rows | {speed} rows/s | ETA {eta_formatted}'
      : 'Importing {value} rows | {speed} rows/s',
    barsize: 30,
    etaBuffer: 50,
    hideCursor: true,
    clearOnComplete: false,
  });
  const started = Date.now();
  let done = 0;
  const speed = () => number(Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)));
  bar.start(known ? total : 0, 0, { speed: '0' });
  return {
    add(rows) {
      done += rows;
      bar.update(done, { speed: speed() });
    },
    stop() {
      bar.update(done, { speed: speed() });
      bar.stop();
    },
  };
}

function plainLines(io: CliIo, total: number | undefined, intervalMs: number): Progress {
  const started = Date.now();
  let printed = started;
  let done = 0;
  return {
    add(rows) {
      done += rows;
      const now = Date.now();
      if (now - printed < intervalMs) return;
      printed = now;
      const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
      const of = total === undefined ? '' : ` of ${number(total)}`;
      io.stderr.write(`Imported ${number(done)}${of} rows (${number(rate)} rows/s)\n`);
    },
    stop() {},
  };
}
