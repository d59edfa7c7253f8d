import type { Clientele } from '@clientele/sdk';
import type { RowProblem } from './row-to-contact.js';

/** How a row names its client: by id, or by company name. */
export type ClientRef = { id: string } | { name: string };

/** Where the rows' clients come from: one id for every row, or a column (with a name column to fall back on). */
export type ClientSource =
  | { kind: 'fixed'; id: string }
  | { kind: 'ids'; index: number; fallbackNameIndex?: number }
  | { kind: 'column'; index: number; header: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NAME = 255;

/**
 * The client a row names. A clientId column holds ids (an empty one falls back to the company name column,
 * so an export's file can be brought into another deployment by clearing the ids); any other column holds
 * a client id or a company name, told apart by the shape of a UUID.
 */
export function clientRefOf(cells: string[], source: ClientSource): ClientRef | RowProblem {
  if (source.kind === 'fixed') return { id: source.id };
  const value = (cells[source.index] ?? '').trim();
  if (source.kind === 'ids') {
    if (value !== '') {
      return UUID.test(value)
        ? { id: value.toLowerCase() }
        : { code: 'CLIENT_NOT_FOUND', message: `clientId: "${value}" is not a client id` };
    }
    const name = source.fallbackNameIndex === undefined ? '' : (cells[source.fallbackNameIndex] ?? '').trim();
    if (name !== '') return named(name, 'clientName');
    return { code: 'VALIDATION_ERROR', message: 'clientId: REQUIRED the row names no client' };
  }
  if (value === '') return { code: 'VALIDATION_ERROR', message: `${source.header}: REQUIRED the row names no client` };
  return UUID.test(value) ? { id: value.toLowerCase() } : named(value, source.header);
}

function named(name: string, column: string): ClientRef | RowProblem {
  if (name.length > MAX_NAME) {
    return { code: 'VALIDATION_ERROR', message: `${column}: TOO_BIG is longer than ${MAX_NAME} characters` };
  }
  return { name };
}

export function isProblem(value: ClientRef | RowProblem): value is RowProblem {
  return 'code' in value;
}

/** A resolved client: its id, or (in a dry run) the name it would be made with. */
export type Resolved = { id: string } | { problem: RowProblem };

/**
 * Finds each company name's client once per run (POST /clients/_search, `equals`, which ignores case) and
 * makes the client when there is none, also once: every row naming it waits for the same promise, so
 * concurrent batches never make it twice, and a later run finds it instead of making another. Names are
 * compared ignoring case, as the search compares them; an exact-case match wins over another spelling.
 * In a dry run nothing is made: a missing client is counted and its rows get a placeholder id.
 */
export class ClientResolver {
  private readonly byName = new Map<string, Promise<Resolved>>();
  private readonly byId = new Map<string, Promise<Resolved>>();
  /** Names of the clients made (or, in a dry run, that would be made), in the order first met. */
  readonly made: string[] = [];

  constructor(
    private readonly api: Clientele,
    private readonly dryRun: boolean,
  ) {}

  resolve(ref: ClientRef): Promise<Resolved> {
    if ('id' in ref) return this.dryRun ? this.check(ref.id) : Promise.resolve(ref);
    const key = ref.name.toLowerCase();
    let found = this.byName.get(key);
    if (!found) {
      found = this.findOrMake(ref.name);
      this.byName.set(key, found);
    }
    return found;
  }

  /** In a dry run, an id is checked up front, since no batch will say that it names no client. */
  private check(id: string): Promise<Resolved> {
    let found = this.byId.get(id);
    if (!found) {
      found = this.api.clients.get(id).then(
        (client): Resolved =>
          client.archivedAt === null
            ? { id }
            : { problem: { code: 'CLIENT_NOT_FOUND', message: `clientId: client ${id} is archived` } },
        (error: { status?: number }): Resolved => {
          if (error.status !== 404) throw error;
          return { problem: { code: 'CLIENT_NOT_FOUND', message: `clientId: no client with id ${id}` } };
        },
      );
      this.byId.set(id, found);
    }
    return found;
  }

  private async findOrMake(name: string): Promise<Resolved> {
    const page = await this.api.clients.search({
      filters: [{ type: 'text', operator: 'equals', path: 'client.company.name', value: name }],
      pageSize: 100,
    });
    const match = page.items.find((item) => item.name === name) ?? page.items[0];
    if (match) return { id: match.id };
    this.made.push(name);
    if (this.dryRun) return { id: `(new client "${name}")` };
    try {
      const client = await this.api.clients.create({ company: { name } });
      return { id: client.id };
    } catch (error) {
      // A name the server will not take fails its rows, not the import.
      const { status, code } = error as { status?: number; code?: string };
      if (status !== 400) throw error;
      this.made.splice(this.made.indexOf(name), 1);
      return { problem: { code: code ?? 'VALIDATION_ERROR', message: `the server refused the client name "${name}"` } };
    }
  }
}
