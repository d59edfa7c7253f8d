import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type { AttributeDefinition, AttributeEntity, CreateAttributeBody } from '../types.js';

const PATHS = { clientContact: '/clients/contacts/columns', client: '/clients/columns' } as const;

/** Built-in and custom attribute definitions of client contacts and clients (API.md §2.5). */
export class Attributes {
  constructor(private readonly transport: Transport) {}

  /** GET /clients/contacts/columns or /clients/columns: built-in definitions first, then custom ones. */
  async list(entity: AttributeEntity, options?: CallOptions): Promise<AttributeDefinition[]> {
    const answer = await this.transport.request<{ definitions: AttributeDefinition[] }>('GET', PATHS[entity], options);
    return answer.definitions;
  }

  /** POST /clients/contacts/columns or /clients/columns: defines a custom attribute. */
  create(entity: AttributeEntity, body: CreateAttributeBody, options?: WriteOptions): Promise<AttributeDefinition> {
    return this.transport.request('POST', PATHS[entity], { ...options, body });
  }
}
