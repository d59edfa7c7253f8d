import { access, constants } from 'node:fs/promises';
import type { Clientele } from '@clientele/sdk';
import { CliError, type CliIo, type Command, usageError } from './command.js';
import type { ClientResolver, ClientSource } from './import/clients.js';
import type { ColumnMap } from './import/columns.js';
import { CONCURRENCY, MAX_CONCURRENCY } from './import/limits.js';
import type { Counts } from './import/run-import.js';
import { DEFAULT_SERVER_URL, describeRemoteFailure, REMOTE_HELP, REMOTE_OPTIONS, remoteApi } from './remote.js';

/** Exit code of `--strict` when the file was processed but some rows failed. */
export const ROWS_FAILED_EXIT_CODE = 3;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const number = (value: number) => value.toLocaleString('en-US');

const HELP = `Usage: clientele import contacts FILE.csv [--client-id ID | --client-column NAME] [--dry-run] [--strict]

Upserts the contacts of a CSV file into a running server, matched on email (API.md §5.2): a second run of
the same file changes nothing, and an interrupted import can simply be run again.

Columns: the export's (clientId, clientName, firstName, lastName, role, department, email, email2, email3,
phone, phone2, phone3, stage, owner, startDate, endDate, then custom attribute keys), any subset, in any
order; headers match ignoring case, spaces, "-" and "_", and common names are accepted (E-mail, Email
Address; Job title, Title, Position; Company, Company Name, Organisation; Given name, Surname, Family name;
Mobile, Telephone). stage is a stage name, owner a user's email. Other columns are named once and ignored.
Separators "," or ";" (told from the header line); quoted fields may hold line breaks; a UTF-8 BOM is fine.
Every row needs firstName, lastName and an email.

  --client-id ID        every row goes to this client
  --client-column NAME  the column naming each row's client: a client id or a company name, the client
                        being made when no client has that name (default: clientId when the file has
                        it, else the company column)
  --dry-run             check every row and look up clients, stages and owners; write nothing
  --strict              exit ${ROWS_FAILED_EXIT_CODE} when any row failed
  --concurrency N       batches of 100 rows in flight at once (1-${MAX_CONCURRENCY}, default ${CONCURRENCY})
${REMOTE_HELP}

Rows that fail go to FILE.errors.csv (line,code,message; the line where the row starts in FILE); there is
no such file when every row went in. Progress and the summary (created, updated, unchanged, failed) go to
stderr.
Exit codes: 0 the file was processed, even when rows failed (see FILE.errors.csv); 1 it could not be
(missing file, no server, refused key); 2 a usage mistake; ${ROWS_FAILED_EXIT_CODE} with --strict, rows failed.`;

async function readLookups(api: Clientele) {
  const [stages, users, definitions] = await Promise.all([
    api.stages.list('client-contacts'),
    api.users.list(),
    api.attributes.list('clientContact'),
  ]);
  return {
    stages: new Map(stages.map((stage) => [stage.name.toLowerCase(), stage.id])),
    users: new Map(users.map((user) => [user.email.toLowerCase(), user.userId])),
    attributes: new Map(definitions.filter((d) => !d.builtIn).map((d) => [d.key, { id: d.id, type: d.type }])),
  };
}

/** Where each row's client comes from, from the options and the file's columns; a refusal when nothing names one. */
async function clientSource(
  values: Record<string, string | boolean | undefined>,
  map: ColumnMap,
  file: string,
): Promise<ClientSource> {
  const { clientColumnIndex } = await import('./import/columns.js');
  if (typeof values['client-id'] === 'string') return { kind: 'fixed', id: values['client-id'].toLowerCase() };
  if (typeof values['client-column'] === 'string') {
    const index = clientColumnIndex(map, values['client-column']);
    if (index === undefined) {
      throw new CliError(
        `${file} has no column "${values['client-column']}" (--client-column). Its columns: ${map.headers.join(', ')}.`,
      );
    }
    const header = map.headers[index];
    map.unknown = map.unknown.filter((name) => name !== header);
    return index === map.fields.clientId
      ? { kind: 'ids', index }
      : { kind: 'column', index, header: header.trim() || 'client' };
  }
  if (map.fields.clientId !== undefined) {
    return { kind: 'ids', index: map.fields.clientId, fallbackNameIndex: map.fields.clientName };
  }
  if (map.fields.clientName !== undefined) {
    return { kind: 'column', index: map.fields.clientName, header: map.headers[map.fields.clientName].trim() };
  }
  throw new CliError(
    `${file} names no client: add a clientId or company column, or pass --client-id ID or --client-column NAME.`,
  );
}

function summary(file: string, rows: number, counts: Counts, clients: ClientResolver, errorsPath: string | undefined) {
  const made = clients.made.length;
  const lines = [
    `Imported ${file}: ${number(rows)} rows: ${number(counts.created)} created, ${number(counts.updated)} updated, ` +
      `${number(counts.unchanged)} unchanged, ${number(counts.failed)} failed` +
      (counts.archived > 0 ? `, ${number(counts.archived)} archived` : '') +
      '.',
  ];
  if (made > 0)
    lines.push(`Made ${number(made)} client(s): ${clients.made.slice(0, 10).join(', ')}${made > 10 ? ', …' : ''}.`);
  if (errorsPath) lines.push(`The rows that failed are in ${errorsPath}.`);
  return `${lines.join('\n')}\n`;
}

function dryRunSummary(file: string, rows: number, failed: number, clients: ClientResolver, errorsPath?: string) {
  const made = clients.made.length;
  const lines = [
    `Dry run of ${file}: ${number(rows)} rows: ${number(rows - failed)} would be imported, ${number(failed)} have problems.`,
    made > 0
      ? `Would make ${number(made)} client(s): ${clients.made.slice(0, 10).join(', ')}${made > 10 ? ', …' : ''}.`
      : 'Would make no client.',
  ];
  if (errorsPath) lines.push(`The rows with problems are in ${errorsPath}.`);
  lines.push('Nothing was written to the server.');
  return `${lines.join('\n')}\n`;
}

async function importFile(
  api: Clientele,
  file: string,
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  concurrency: number,
) {
  const [{ readCsvRecords, countCsvRecords }, { mapColumns }, { ClientResolver }, { ErrorsFile, errorsFilePath }] =
    await Promise.all([
      import('./import/csv-rows.js'),
      import('./import/columns.js'),
      import('./import/clients.js'),
      import('./import/errors-file.js'),
    ]);
  const { importRows } = await import('./import/run-import.js');
  const { startProgress, isTerminal } = await import('./import/progress.js');
  const dryRun = values['dry-run'] === true;

  const lookups = await readLookups(api);
  if (typeof values['client-id'] === 'string') {
    await api.clients.get(values['client-id']).catch((error: { status?: number }) => {
      if (error.status === 404) throw new CliError(`No client with id ${values['client-id']} (--client-id).`);
      throw error;
    });
  }
  const records = readCsvRecords(file);
  const header = await records.next();
  if (header.done) throw new CliError(`${file} is empty: it needs a header line naming its columns.`);
  const map = mapColumns(
    header.value.cells.map((cell) => cell.trim()),
    [...lookups.attributes.keys()],
  );
  const source = await clientSource(values, map, file);
  if (map.unknown.length > 0) {
    io.stderr.write(`Ignoring ${map.unknown.length} column(s) that name no contact field: ${map.unknown.join(', ')}\n`);
  }

  const errors = await ErrorsFile.open(errorsFilePath(file));
  const clients = new ClientResolver(api, dryRun);
  const total = isTerminal(io) ? await countCsvRecords(file) : undefined;
  const progress = await startProgress(io, total);
  let counts: Counts;
  let rows = 0;
  const counted = {
    next: async () => {
      const next = await records.next();
      if (!next.done) rows++;
      return next;
    },
  } as AsyncIterator<{ line: number; cells: string[] }>;
  try {
    counts = await importRows({
      api,
      records: counted,
      map,
      source,
      lookups,
      clients,
      errors,
      progress,
      dryRun,
      concurrency,
    });
  } finally {
    progress.stop();
    await errors.close();
  }
  const errorsPath = errors.count > 0 ? errors.path : undefined;
  io.stderr.write(
    dryRun
      ? dryRunSummary(file, rows, errors.count, clients, errorsPath)
      : summary(file, rows, counts, clients, errorsPath),
  );
  if (values.strict === true && errors.count > 0) {
    throw new CliError(`${number(errors.count)} row(s) failed (--strict).`, ROWS_FAILED_EXIT_CODE);
  }
}

/** An answer the SDK threw, or fetch failing to reach the server (a TypeError with the socket's cause). */
function isRemoteFailure(error: unknown): boolean {
  if ((error as Error | undefined)?.name === 'ClienteleError') return true;
  return error instanceof TypeError && (error as { cause?: unknown }).cause !== undefined;
}

export const importContacts: Command = {
  summary: 'upsert the contacts of a CSV file into a running server (re-runnable; rows that fail → FILE.errors.csv)',
  help: HELP,
  options: {
    ...REMOTE_OPTIONS,
    'client-id': { type: 'string' },
    'client-column': { type: 'string' },
    'dry-run': { type: 'boolean' },
    strict: { type: 'boolean' },
    concurrency: { type: 'string' },
  },
  positionals: 1,
  async run({ values, positionals, io }) {
    const [file] = positionals;
    if (values['client-id'] !== undefined && values['client-column'] !== undefined) {
      throw usageError(HELP, 'Pass --client-id or --client-column, not both.');
    }
    if (typeof values['client-id'] === 'string' && !UUID.test(values['client-id'])) {
      throw usageError(HELP, `--client-id must be a client id (a UUID), not ${values['client-id']}.`);
    }
    const concurrency = values.concurrency === undefined ? CONCURRENCY : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw usageError(HELP, `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}.`);
    }
    const api = await remoteApi(values, io, HELP);
    try {
      await access(file, constants.R_OK);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new CliError(`Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code}.`);
    }
    try {
      await importFile(api, file, values, io, concurrency);
    } catch (error) {
      if (error instanceof CliError) throw error;
      if ((error as { code?: string }).code?.startsWith?.('CSV_')) {
        throw new CliError(`${file} is not a CSV file this can read: ${(error as Error).message}`);
      }
      if (!isRemoteFailure(error)) throw error;
      const url = typeof values.url === 'string' ? values.url : DEFAULT_SERVER_URL;
      throw await describeRemoteFailure(error, url);
    }
  },
};
