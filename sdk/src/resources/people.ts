import type { CallOptions, Transport } from '../transport.js';
import type { PersonHit } from '../types.js';

/** Search the people behind client contacts (API.md §2.6). */
export class People {
  constructor(private readonly transport: Transport) {}

  /** GET /search/people: by name, email address or phone number, best matches first. */
  async search(query: string, options?: CallOptions & { limit?: number }): Promise<PersonHit[]> {
    const { limit, ...rest } = options ?? {};
    const answer = await this.transport.request<{ items: PersonHit[] }>('GET', '/search/people', {
      ...rest,
      query: { query, limit },
    });
    return answer.items;
  }
}
