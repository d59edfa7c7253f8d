import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type { CreateUserBody, UpdateUserBody, User, UserSummary } from '../types.js';

/** The recruiters who own contacts (API.md §2.1). */
export class Users {
  constructor(private readonly transport: Transport) {}

  /** GET /users/_list: active users; with `includeDeactivated` the rest too. */
  async list(query: { includeDeactivated?: boolean } = {}, options?: CallOptions): Promise<UserSummary[]> {
    const answer = await this.transport.request<{ users: UserSummary[] }>('GET', '/users/_list', { ...options, query });
    return answer.users;
  }

  /** POST /users */
  create(body: CreateUserBody, options?: WriteOptions): Promise<User> {
    return this.transport.request('POST', '/users', { ...options, body });
  }

  /** PATCH /users/{id}: also deactivates (`deactivated: true`). */
  update(id: string, body: UpdateUserBody, options?: WriteOptions): Promise<User> {
    return this.transport.request('PATCH', '/users/{id}', { ...options, params: { id }, body });
  }
}
