import { paginate } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';
import type { Page, QueryOf, ResponseOf } from '../types.js';

export type Event = ResponseOf<'/events', 'get', 200>['items'][number];
export type ListEventsQuery = QueryOf<'/events', 'get'>;
export type EventPage = ResponseOf<'/events', 'get', 200>;
export type HistoryEntry = ResponseOf<'/clients/contacts/{id}/history', 'get', 200>['items'][number];
export type HistoryQuery = QueryOf<'/clients/contacts/{id}/history', 'get'>;

/** The event feed (API.md §4.1) and each record's history (§4.2). */
export class Events {
  constructor(private readonly transport: Transport) {}

  /**
   * GET /events: one page, oldest first. Keep `pageInfo.nextCursor` (never null) and send it back as `after`
   * to poll: every event is seen once, in order.
   */
  listPage(query: ListEventsQuery = {}, options?: CallOptions): Promise<EventPage> {
    return this.transport.request('GET', '/events', { ...options, query });
  }

  /** GET /events: every event already waiting after `after` (or from the oldest kept), fetched as the loop goes. */
  list(query: ListEventsQuery = {}, options?: CallOptions): AsyncIterable<Event> {
    return paginate((q) => this.listPage(q, options), query, 'after');
  }

  /** GET /clients/contacts/{id}/history or /clients/{id}/history: one page, newest first. */
  historyPage(
    resource: 'clientContact' | 'client',
    id: string,
    query: HistoryQuery = {},
    options?: CallOptions,
  ): Promise<Page<HistoryEntry>> {
    const path = resource === 'client' ? '/clients/{id}/history' : '/clients/contacts/{id}/history';
    return this.transport.request('GET', path, { ...options, params: { id }, query });
  }

  /** A record's whole history, newest first, fetched as the loop goes. */
  history(
    resource: 'clientContact' | 'client',
    id: string,
    query: Omit<HistoryQuery, 'cursor'> = {},
    options?: CallOptions,
  ): AsyncIterable<HistoryEntry> {
    return paginate((q) => this.historyPage(resource, id, q, options), query as HistoryQuery);
  }
}
