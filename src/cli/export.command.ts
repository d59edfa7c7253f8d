import { once } from 'node:events';
import type { ExportContactsQuery } from '@clientele/sdk';
import { CliError, type CliIo, type Command, type OptionSpec, usageError } from './command.js';
import { csvPieces, ndjsonPieces, startExportProgress } from './export.progress.js';
import { DEFAULT_SERVER_URL, describeRemoteFailure, REMOTE_HELP, REMOTE_OPTIONS, remoteApi } from './remote.js';

const HELP = `Usage: clientele export contacts [--format csv|ndjson] [--out FILE] [filters] [--url URL] [--key KEY]

Writes every contact the filters match (API.md §5.4), from one snapshot of a running server, in list order
(modifiedAt, then id). CSV has the columns id, candidateId, clientId, clientName, firstName, lastName, role,
department, email, email2, email3, phone, phone2, phone3, stage, owner, startDate, endDate, active,
createdAt, modifiedAt and one per custom attribute key, which \`clientele import contacts\` reads back.
NDJSON has one contact per line, as the API's list shows it.

  --format csv|ndjson    csv (default) or ndjson
  --out FILE             write to FILE (made whole at the end: a failed export leaves no partial FILE);
                         default: stdout
Filters (as GET /clients/contacts takes them; archived contacts are left out unless --include-archived):
  --client-id ID         only these clients' contacts; repeat it or separate ids with commas
  --stage-id ID          only contacts in these stages (repeatable, comma-separated)
  --owner-id ID          only contacts these users own (repeatable, comma-separated)
  --active true|false    only active, or only inactive, contacts
  --q TEXT               a prefix of first, last or full name, or of any email (ignoring case)
  --email ADDRESS        only contacts with this email (ignoring case)
  --include-archived     archived contacts too (with archivedAt set)
  --modified-since TIME  modifiedAt at or after TIME (ISO 8601 UTC, e.g. 2025-01-31T00:00:00Z)
  --modified-until TIME  modifiedAt at or before TIME
${REMOTE_HELP}

Data goes to stdout (or FILE); progress and a summary (rows, seconds) go to stderr.
Exit codes: 0 exported; 1 it could not be (no server, refused key or filter, a transfer cut short); 2 a usage
mistake.`;

/** Options that may repeat, as parseArgs reads them (OptionSpec has no word for it). */
const REPEATED = { type: 'string', multiple: true } as const;
const OPTIONS: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
  format: { type: 'string' },
  out: { type: 'string' },
  'client-id': REPEATED,
  'stage-id': REPEATED,
  'owner-id': REPEATED,
  active: { type: 'string' },
  q: { type: 'string' },
  email: { type: 'string' },
  'include-archived': { type: 'boolean' },
  'modified-since': { type: 'string' },
  'modified-until': { type: 'string' },
  ...REMOTE_OPTIONS,
};

type Values = Record<string, string | string[] | boolean | undefined>;

/** A repeatable option's values, each possibly comma-separated; undefined when not given. */
function ids(values: Values, name: string): string[] | undefined {
  const given = values[name];
  if (given === undefined || typeof given === 'boolean') return undefined;
  const list = (Array.isArray(given) ? given : [given]).flatMap((v) => v.split(',')).map((v) => v.trim());
  const kept = list.filter((v) => v !== '');
  if (kept.length === 0) throw usageError(HELP, `--${name} needs at least one id.`);
  return kept;
}

const text = (values: Values, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

/** The query the options name; a usage error for a value the command line itself can tell is wrong. */
export function exportQuery(values: Values): { format: 'csv' | 'ndjson'; query: ExportContactsQuery } {
  const format = text(values, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'ndjson') throw usageError(HELP, `--format must be csv or ndjson, not ${format}.`);
  const active = text(values, 'active');
  if (active !== undefined && active !== 'true' && active !== 'false') {
    throw usageError(HELP, `--active must be true or false, not ${active}.`);
  }
  const query: ExportContactsQuery = {
    format,
    clientIds: ids(values, 'client-id'),
    stageIds: ids(values, 'stage-id'),
    mainContactIds: ids(values, 'owner-id'),
    active: active === undefined ? undefined : active === 'true',
    q: text(values, 'q'),
    email: text(values, 'email'),
    includeArchived: values['include-archived'] === true ? true : undefined,
    modifiedSince: text(values, 'modified-since'),
    modifiedUntil: text(values, 'modified-until'),
  };
  return { format, query };
}

/** Where the data goes: stdout as the CliIo has it, or a file written under a temporary name. */
interface Sink {
  write(text: string): Promise<void>;
  /** The export is whole: the file takes its name. */
  finish(): Promise<void>;
  /** The export failed: the partial file goes. */
  abandon(): Promise<void>;
}

function stdoutSink(io: CliIo): Sink {
  const out = io.stdout as CliIo['stdout'] & Partial<NodeJS.WritableStream>;
  return {
    async write(chunk) {
      // Wait for a slow reader (a pipe, a terminal): the server then waits too, and memory stays flat.
      if (out.write(chunk) === false && typeof out.once === 'function') await once(out as NodeJS.EventEmitter, 'drain');
    },
    async finish() {},
    async abandon() {},
  };
}

async function fileSink(path: string): Promise<Sink> {
  const { createWriteStream } = await import('node:fs');
  const { rename, rm } = await import('node:fs/promises');
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  let failure: Error | undefined;
  file.on('error', (error) => {
    failure = error;
  });
  await Promise.race([once(file, 'open'), once(file, 'error')]).catch(() => {});
  const fail = () => new CliError(`Could not write ${path}: ${failure?.message}`);
  if (failure) throw fail();
  return {
    async write(chunk) {
      if (failure) throw fail();
      if (!file.write(chunk)) await Promise.race([once(file, 'drain'), once(file, 'error')]).catch(() => {});
      if (failure) throw fail();
    },
    async finish() {
      await new Promise<void>((resolve, reject) =>
        file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      if (failure) throw fail();
      await rename(partial, path);
    },
    async abandon() {
      file.destroy();
      await rm(partial, { force: true });
    },
  };
}

/** The server's validation errors, one per line (`--modified-since yesterday` names the field). */
function describeRefusal(error: unknown): string | undefined {
  const body = (error as { body?: { errors?: { path?: string; code?: string; message?: string }[] } }).body;
  if (!Array.isArray(body?.errors) || body.errors.length === 0) return undefined;
  return body.errors.map((e) => `  ${e.path ?? ''}: ${e.code ?? ''} ${e.message ?? ''}`.trimEnd()).join('\n');
}

export const exportContacts: Command = {
  summary: 'Write contacts as CSV or NDJSON from a running server (API.md §5.4)',
  help: HELP,
  options: OPTIONS as OptionSpec,
  async run({ values, io }) {
    const { format, query } = exportQuery(values as Values);
    const out = text(values as Values, 'out');
    const api = await remoteApi(values, io, HELP);
    const url = typeof values.url === 'string' ? values.url : DEFAULT_SERVER_URL;
    const sink = out === undefined ? stdoutSink(io) : await fileSink(out);
    const progress = await startExportProgress(io);
    const started = Date.now();
    let rows = 0;
    try {
      const pieces =
        format === 'csv'
          ? csvPieces(api.contacts.export({ ...query, format: 'csv' }))
          : ndjsonPieces(api.contacts.export({ ...query, format: 'ndjson' }));
      for await (const piece of pieces) {
        rows += piece.rows;
        progress.update(rows);
        await sink.write(piece.text);
      }
      await sink.finish();
    } catch (error) {
      progress.stop();
      await sink.abandon();
      if (error instanceof CliError) throw error;
      const failure = await describeRemoteFailure(error, url);
      if ((error as { status?: unknown }).status !== undefined) {
        const details = describeRefusal(error);
        throw details ? new CliError(`${failure.message}\n${details}`) : failure;
      }
      if (rows === 0 && (error as { cause?: unknown }).cause !== undefined) throw failure;
      // Data had flowed: the server (or the network) cut the transfer short.
      throw new CliError(
        `The export from ${url} was cut short after ${rows.toLocaleString('en-US')} rows ` +
          `(${(error as Error).message}); ${out === undefined ? 'the output is incomplete' : `${out} was not written`}.`,
      );
    }
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round(rows / Math.max(seconds, 0.001));
    io.stderr.write(
      `Exported ${rows.toLocaleString('en-US')} contacts${out === undefined ? '' : ` to ${out}`} in ` +
        `${seconds.toFixed(1)} s (${rate.toLocaleString('en-US')} rows/s).\n`,
    );
  },
};
