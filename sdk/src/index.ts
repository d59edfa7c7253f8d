/**
 * @clientele/sdk: a typed client for the Clientele API. Runs wherever `fetch` does (Node ≥ 20, browsers,
 * workers).
 */
export { Clientele } from './client.js';
export { ClienteleError } from './errors.js';
export type { Attributes } from './resources/attributes.js';
export type { Clients } from './resources/clients.js';
export type { Contacts } from './resources/contacts.js';
export type { Event, EventPage, Events, HistoryEntry, HistoryQuery, ListEventsQuery } from './resources/events.js';
export type { People } from './resources/people.js';
export type { Stages } from './resources/stages.js';
export type { Users } from './resources/users.js';
export type {
  CreateWebhookBody,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  Webhooks,
  WebhookWithSecret,
} from './resources/webhooks.js';
export type { CallOptions, ClienteleOptions, WriteOptions } from './transport.js';
export type * from './types.js';
export { verifyWebhook } from './verify-webhook.js';
export {
  type VerifyOptions,
  type WebhookFailure,
  type WebhookHeaders,
  WebhookVerificationError,
} from './webhook-signature.js';
