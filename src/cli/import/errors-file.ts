import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';

/** A row that failed: the line where its record starts in the file, the error code, and what went wrong. */
export interface RowFailure {
  line: number;
  code: string;
  message: string;
}

/** `contacts.csv` → `contacts.errors.csv`, next to it (API.md §6). */
export function errorsFilePath(path: string): string {
  return /\.csv$/i.test(path) ? path.replace(/\.csv$/i, '.errors.csv') : `${path}.errors.csv`;
}

/**
 * FILE.errors.csv, written as failures come (header `line,code,message`), and only when there is one: a
 * stale file from an earlier run is removed at the start, so its presence always speaks of the latest run.
 */
export class ErrorsFile {
  private stream: WriteStream | undefined;
  count = 0;

  private constructor(readonly path: string) {}

  static async open(path: string): Promise<ErrorsFile> {
    await rm(path, { force: true });
    return new ErrorsFile(path);
  }

  write(failures: RowFailure[]): void {
    if (failures.length === 0) return;
    if (!this.stream) {
      this.stream = createWriteStream(this.path, { encoding: 'utf8' });
      this.stream.write(stringify([['line', 'code', 'message']]));
    }
    this.count += failures.length;
    this.stream.write(stringify(failures.map((f) => [f.line, f.code, f.message.replace(/[\r\n]+/g, ' ')])));
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    this.stream.end();
    await finished(this.stream);
  }
}
