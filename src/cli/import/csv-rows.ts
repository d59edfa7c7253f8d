import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';

/** One record of the file: its cells by header position, and the physical line where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** How much of the file's start is read to find the header line's separator. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The field separator, told from the header line: `;` when it holds more semicolons than commas outside
 * quotes (spreadsheets in locales with a decimal comma save CSV that way), else `,`. Only the header is
 * looked at: data cells may hold either character.
 */
export function detectDelimiter(start: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of start.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

async function sniffDelimiter(path: string): Promise<',' | ';'> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return detectDelimiter(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** A record made only of empty cells: a blank line, or a spreadsheet's row of separators. */
function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The file's records in order, streamed (constant memory however long the file): the first one is the
 * header. Quoted fields may hold separators, quotes and line breaks; a UTF-8 BOM is dropped; blank lines
 * are skipped. Each record carries the line it starts on, counted from the raw text csv-parse hands back
 * (its own line counter tells where a record ends, not where it starts).
 */
export async function* readCsvRecords(path: string): AsyncGenerator<CsvRecord> {
  const delimiter = await sniffDelimiter(path);
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, raw: true, relax_column_count: true, max_record_size: 1024 * 1024 }),
  );
  let line = 1;
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    const start = line;
    line += raw.match(LINE_BREAK)?.length ?? 0;
    if (!isBlank(record)) yield { line: start, cells: record };
  }
}

/** How many data records (not counting the header) the file holds: a quick first pass for the progress bar. */
export async function countCsvRecords(path: string): Promise<number> {
  let count = -1;
  for await (const _ of readCsvRecords(path)) count++;
  return Math.max(0, count);
}
