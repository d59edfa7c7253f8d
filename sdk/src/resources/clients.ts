import { paginate } from '../pagination.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type {
  Client,
  ClientSearchPage,
  ClientWithContacts,
  CreateClientBody,
  ListClientsQuery,
  Page,
  SearchClientsBody,
  UpdateClientBody,
} from '../types.js';

/** The hiring companies (API.md §2.3). */
export class Clients {
  constructor(private readonly transport: Transport) {}

  /** POST /clients */
  create(body: CreateClientBody, options?: WriteOptions): Promise<Client> {
    return this.transport.request('POST', '/clients', { ...options, body });
  }

  /** GET /clients/{id}: the client with its contacts. */
  get(id: string, options?: CallOptions): Promise<ClientWithContacts> {
    return this.transport.request('GET', '/clients/{id}', { ...options, params: { id } });
  }

  /** PATCH /clients/{id}: only the fields present change. */
  update(id: string, body: UpdateClientBody, options?: WriteOptions): Promise<Client> {
    return this.transport.request('PATCH', '/clients/{id}', { ...options, params: { id }, body });
  }

  /** DELETE /clients/{id}: archives; with `cascade` its active contacts too (else 409 CONFLICT while it has any). */
  archive(id: string, options?: WriteOptions & { cascade?: boolean }): Promise<void> {
    const { cascade, ...rest } = options ?? {};
    return this.transport.request('DELETE', '/clients/{id}', { ...rest, params: { id }, query: { cascade } });
  }

  /** POST /clients/{id}/restore */
  restore(id: string, options?: WriteOptions): Promise<Client> {
    return this.transport.request('POST', '/clients/{id}/restore', { ...options, params: { id } });
  }

  /** GET /clients: one page. */
  listPage(query: ListClientsQuery = {}, options?: CallOptions): Promise<Page<Client>> {
    return this.transport.request('GET', '/clients', { ...options, query });
  }

  /** GET /clients: every client of every page, fetched as the loop goes. */
  list(query: Omit<ListClientsQuery, 'cursor'> = {}, options?: CallOptions): AsyncIterable<Client> {
    return paginate((q) => this.listPage(q, options), query as ListClientsQuery);
  }

  /** POST /clients/_search: one page of a structured search. */
  search(body: SearchClientsBody, options?: CallOptions): Promise<ClientSearchPage> {
    return this.transport.request('POST', '/clients/_search', { ...options, body });
  }
}
