import { paginate } from '../pagination.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type { BodyOf, components, Page, QueryOf, ResponseOf } from '../types.js';

export type Webhook = components['schemas']['Webhook'];
/** A webhook as created or rotated: with its signing `secret`, shown only then. */
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type CreateWebhookBody = BodyOf<'/webhooks', 'post'>;
export type UpdateWebhookBody = BodyOf<'/webhooks/{id}', 'patch'>;
export type ListWebhooksQuery = QueryOf<'/webhooks', 'get'>;
export type ListDeliveriesQuery = QueryOf<'/webhooks/{id}/deliveries', 'get'>;

/** Signed deliveries of events to an endpoint (API.md §4.3); check them with `verifyWebhook`. */
export class Webhooks {
  constructor(private readonly transport: Transport) {}

  /** POST /webhooks: the answer holds the `secret`; keep it, it is not shown again. */
  create(body: CreateWebhookBody, options?: WriteOptions): Promise<WebhookWithSecret> {
    return this.transport.request('POST', '/webhooks', { ...options, body });
  }

  /** GET /webhooks/{id} */
  get(id: string, options?: CallOptions): Promise<Webhook> {
    return this.transport.request('GET', '/webhooks/{id}', { ...options, params: { id } });
  }

  /** PATCH /webhooks/{id}: `enabled: true` resumes a disabled endpoint where it stopped. */
  update(id: string, body: UpdateWebhookBody, options?: WriteOptions): Promise<Webhook> {
    return this.transport.request('PATCH', '/webhooks/{id}', { ...options, params: { id }, body });
  }

  /** DELETE /webhooks/{id} */
  delete(id: string, options?: WriteOptions): Promise<void> {
    return this.transport.request('DELETE', '/webhooks/{id}', { ...options, params: { id } });
  }

  /** POST /webhooks/{id}/rotate-secret: the new secret; the old one keeps signing for 24 h. */
  rotateSecret(id: string, options?: WriteOptions): Promise<WebhookWithSecret> {
    return this.transport.request('POST', '/webhooks/{id}/rotate-secret', { ...options, params: { id } });
  }

  /** POST /webhooks/{id}/test: enqueues a `webhook.test` event for this endpoint only. */
  test(id: string, options?: WriteOptions): Promise<ResponseOf<'/webhooks/{id}/test', 'post', 202>> {
    return this.transport.request('POST', '/webhooks/{id}/test', { ...options, params: { id } });
  }

  /** GET /webhooks: one page. */
  listPage(query: ListWebhooksQuery = {}, options?: CallOptions): Promise<Page<Webhook>> {
    return this.transport.request('GET', '/webhooks', { ...options, query });
  }

  /** GET /webhooks: every webhook, fetched as the loop goes. */
  list(query: Omit<ListWebhooksQuery, 'cursor'> = {}, options?: CallOptions): AsyncIterable<Webhook> {
    return paginate((q) => this.listPage(q, options), query as ListWebhooksQuery);
  }

  /** GET /webhooks/{id}/deliveries: one page of attempts, newest first. */
  deliveriesPage(id: string, query: ListDeliveriesQuery = {}, options?: CallOptions): Promise<Page<WebhookDelivery>> {
    return this.transport.request('GET', '/webhooks/{id}/deliveries', { ...options, params: { id }, query });
  }

  /** GET /webhooks/{id}/deliveries: every attempt, newest first, fetched as the loop goes. */
  deliveries(
    id: string,
    query: Omit<ListDeliveriesQuery, 'cursor'> = {},
    options?: CallOptions,
  ): AsyncIterable<WebhookDelivery> {
    return paginate((q) => this.deliveriesPage(id, q, options), query as ListDeliveriesQuery);
  }
}
