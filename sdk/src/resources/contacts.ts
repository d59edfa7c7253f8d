import { paginate } from '../pagination.js';
import { ndjsonValues, textChunks } from '../streaming.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type {
  ClientContact,
  ContactBatchOperation,
  ContactBatchResponse,
  CreateContactBody,
  ExportContactsQuery,
  ListContactsQuery,
  MergePeopleBody,
  MergeResult,
  Page,
  PersonView,
  UpdateContactBody,
} from '../types.js';

/** Client contacts: one person's role at one client (API.md §2.4). */
export class Contacts {
  constructor(private readonly transport: Transport) {}

  /** POST /clients/contacts/{clientId} */
  create(clientId: string, body: CreateContactBody, options?: WriteOptions): Promise<ClientContact> {
    return this.transport.request('POST', '/clients/contacts/{id}', { ...options, params: { id: clientId }, body });
  }

  /**
   * POST /clients/contacts/_batch: 1–100 create, update, upsert or archive operations, run in order, each in its
   * own transaction. Answers one result per operation, in order; a failed operation is a result (`outcome:
   * 'failed'`, `body` its error envelope), not a thrown error. Only a malformed batch as a whole throws.
   */
  batch(operations: ContactBatchOperation[], options?: Omit<WriteOptions, 'ifMatch'>): Promise<ContactBatchResponse> {
    return this.transport.request('POST', '/clients/contacts/_batch', { ...options, body: { operations } });
  }

  /** GET /clients/contacts/{id}: the person view, by candidate id or by one of the person's contact ids. */
  get(id: string, options?: CallOptions): Promise<PersonView> {
    return this.transport.request('GET', '/clients/contacts/{id}', { ...options, params: { id } });
  }

  /** PATCH /clients/contacts/{id}: only the fields present change; pass `ifMatch` to refuse a lost update. */
  update(id: string, body: UpdateContactBody, options?: WriteOptions): Promise<ClientContact> {
    return this.transport.request('PATCH', '/clients/contacts/{id}', { ...options, params: { id }, body });
  }

  /** DELETE /clients/contacts/{id}: archives (soft). */
  archive(id: string, options?: WriteOptions): Promise<void> {
    return this.transport.request('DELETE', '/clients/contacts/{id}', { ...options, params: { id } });
  }

  /** DELETE /clients/contacts/{id}?permanent=true: erases the role, and the person with their last role. */
  erase(id: string, options?: WriteOptions): Promise<void> {
    return this.transport.request('DELETE', '/clients/contacts/{id}', {
      ...options,
      params: { id },
      query: { permanent: true },
    });
  }

  /** POST /clients/contacts/{id}/restore */
  restore(id: string, options?: WriteOptions): Promise<ClientContact> {
    return this.transport.request('POST', '/clients/contacts/{id}/restore', { ...options, params: { id } });
  }

  /**
   * POST /clients/contacts/_merge: folds the source person into the target and erases the source; with
   * `dryRun: true` answers the same result without writing anything.
   */
  merge(body: MergePeopleBody, options?: WriteOptions): Promise<MergeResult> {
    return this.transport.request('POST', '/clients/contacts/_merge', { ...options, body });
  }

  /** GET /clients/contacts: one page. */
  listPage(query: ListContactsQuery = {}, options?: CallOptions): Promise<Page<ClientContact>> {
    return this.transport.request('GET', '/clients/contacts', { ...options, query });
  }

  /** GET /clients/contacts: every contact of every page, fetched as the loop goes. */
  list(query: Omit<ListContactsQuery, 'cursor'> = {}, options?: CallOptions): AsyncIterable<ClientContact> {
    return paginate((q) => this.listPage(q, options), query as ListContactsQuery);
  }

  /**
   * GET /clients/contacts/_export: every contact the list's filters match, from one snapshot, streamed. NDJSON
   * (the default) gives the contacts one by one as they arrive; `format: 'csv'` gives the CSV as UTF-8 text
   * chunks (header line first) to write out as they come. Memory stays constant however many there are. The
   * request is sent when the loop starts (each `for await` exports again); leaving the loop early cancels it.
   * A failure to start throws ClienteleError; a transfer cut short throws while iterating.
   */
  export(query?: ExportContactsQuery & { format?: 'ndjson' }, options?: CallOptions): AsyncIterable<ClientContact>;
  export(query: ExportContactsQuery & { format: 'csv' }, options?: CallOptions): AsyncIterable<string>;
  export(query: ExportContactsQuery = {}, options?: CallOptions): AsyncIterable<ClientContact | string> {
    const transport = this.transport;
    const format = query.format ?? 'ndjson';
    return {
      async *[Symbol.asyncIterator]() {
        const response = await transport.send('GET', '/clients/contacts/_export', {
          ...options,
          headers: { accept: format === 'csv' ? 'text/csv' : 'application/x-ndjson', ...options?.headers },
          query,
        });
        const chunks = textChunks(response.body);
        if (format === 'csv') yield* chunks;
        else yield* ndjsonValues<ClientContact>(chunks);
      },
    };
  }
}
