import type { ClientContact } from '@clientele/sdk';
import type { CliIo } from './command.js';
import { isTerminal, PLAIN_INTERVAL_MS } from './import/progress.js';

/** What `clientele export contacts` writes: text, and how many contacts it holds. */
export interface Piece {
  text: string;
  rows: number;
}

/** NDJSON text gathered up to this size before it is written: one write per line would cost more than the line. */
const NDJSON_PIECE_CHARS = 64 * 1024;

/** The SDK's contacts as NDJSON text again (one line each, as the server sent it), in pieces. */
export async function* ndjsonPieces(contacts: AsyncIterable<ClientContact>): AsyncGenerator<Piece> {
  let text = '';
  let rows = 0;
  for await (const contact of contacts) {
    text += `${JSON.stringify(contact)}\n`;
    rows++;
    if (text.length >= NDJSON_PIECE_CHARS) {
      yield { text, rows };
      text = '';
      rows = 0;
    }
  }
  if (text !== '') yield { text, rows };
}

/**
 * The CSV's text chunks as they come, each with the number of records it ends (a record ends at a line break
 * outside quotes: a value may hold line breaks), the header line not counted.
 */
export async function* csvPieces(chunks: AsyncIterable<string>): AsyncGenerator<Piece> {
  let quoted = false;
  let headerSeen = false;
  for await (const text of chunks) {
    let rows = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A doubled quote inside a quoted value toggles twice: the state comes out right.
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) {
        if (headerSeen) rows++;
        else headerSeen = true;
      }
    }
    yield { text, rows };
  }
}

export interface ExportProgress {
  /** Rows written so far. */
  update(rows: number): void;
  stop(): void;
}

/**
 * A progress line on a terminal (cli-progress: rows and rows/s; there is no total to show, the export does not
 * count first); otherwise a plain line every PLAIN_INTERVAL_MS, so a log shows the export moving.
 */
export async function startExportProgress(io: CliIo, intervalMs = PLAIN_INTERVAL_MS): Promise<ExportProgress> {
  const started = Date.now();
  const rate = (rows: number, now = Date.now()) => Math.round(rows / Math.max(0.001, (now - started) / 1000));
  const number = (value: number) => value.toLocaleString('en-US');
  if (isTerminal(io)) {
    const { SingleBar } = await import('cli-progress');
    const bar = new SingleBar({
      stream: io.stderr as NodeJS.WriteStream,
      format: 'Exporting {rows} rows | {speed} rows/s',
      hideCursor: true,
      clearOnComplete: false,
    });
    let last = 0;
    bar.start(0, 0, { rows: '0', speed: '0' });
    return {
      update(rows) {
        last = rows;
        bar.update(0, { rows: number(rows), speed: number(rate(rows)) });
      },
      stop() {
        bar.update(0, { rows: number(last), speed: number(rate(last)) });
        bar.stop();
      },
    };
  }
  let printed = started;
  return {
    update(rows) {
      const now = Date.now();
      if (now - printed < intervalMs) return;
      printed = now;
      io.stderr.write(`Exported ${number(rows)} rows so far (${number(rate(rows, now))} rows/s)\n`);
    },
    stop() {},
  };
}
