import { type Static, Type } from 'typebox';
import { DateTimeOutput, Id, Nullable, StringEnum } from '../../core/schemas.js';
import { Page, PageQuery } from '../../http/schemas.js';
import { EVENT_TYPES } from '../events/event.schemas.js';

const Types = Type.Array(StringEnum(EVENT_TYPES), {
  maxItems: EVENT_TYPES.length * 2,
  description: 'Event types to receive; absent or empty means every type.',
  examples: [['client_contact.created', 'client_contact.updated']],
});
const Description = Nullable(Type.String({ maxLength: 1000 }));
const WebhookUrl = Type.String({
  minLength: 1,
  maxLength: 2048,
  description:
    'Where events are POSTed: an http or https URL without credentials, whose host is a public address. ' +
    'Anything else (loopback, private, link-local and metadata addresses among them) → 400 ' +
    'WEBHOOK_URL_NOT_ALLOWED, unless the server runs with WEBHOOK_ALLOW_PRIVATE_URLS=true.',
  examples: ['https://hooks.example.com/clientele'],
});

const webhookFields = {
  id: Id,
  url: Type.String(),
  types: Type.Array(Type.String(), { description: 'Empty: every type.' }),
  description: Nullable(Type.String()),
  enabled: Type.Boolean({
    description: 'false after 24 h of failed deliveries, or when set so; enabling resumes where delivery stopped.',
  }),
  createdAt: DateTimeOutput,
  modifiedAt: DateTimeOutput,
  version: Type.Integer(),
};

export const Webhook = Type.Object(webhookFields, { $id: 'Webhook' });
export type Webhook = Static<typeof Webhook>;

export const WebhookWithSecret = Type.Object(
  {
    ...webhookFields,
    secret: Type.String({
      description: 'Shown only in this answer: `whsec_` + base64 of 32 random bytes. Verify signatures with it.',
      examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    }),
  },
  { $id: 'WebhookWithSecret' },
);
export type WebhookWithSecret = Static<typeof WebhookWithSecret>;

export const WebhookPage = Page(Type.Ref('Webhook'));

export const CreateWebhookBody = Type.Object(
  { url: WebhookUrl, types: Type.Optional(Types), description: Type.Optional(Description) },
  {
    additionalProperties: false,
    examples: [{ url: 'https://hooks.example.com/clientele', types: ['client_contact.updated'] }],
  },
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(WebhookUrl),
    types: Type.Optional(Types),
    description: Type.Optional(Description),
    enabled: Type.Optional(Type.Boolean({ description: 'true resumes delivery from where it stopped' })),
  },
  { additionalProperties: false, examples: [{ enabled: true }] },
);
export type UpdateWebhookBody = Static<typeof UpdateWebhookBody>;

export const ListWebhooksQuery = Type.Object(PageQuery);
export type ListWebhooksQuery = Static<typeof ListWebhooksQuery>;

export const Delivery = Type.Object(
  {
    eventId: Id,
    attempt: Type.Integer({ minimum: 1, description: 'Which attempt at this event (1 for the first).' }),
    status: Nullable(Type.Integer(), { description: "The endpoint's HTTP status; null when no answer came." }),
    durationMs: Type.Integer({ minimum: 0 }),
    error: Nullable(Type.String(), { description: 'Why the attempt failed (a timeout, a refused address, …).' }),
    at: DateTimeOutput,
    nextAttemptAt: Nullable(DateTimeOutput, { description: 'When this event is tried again; null after a success.' }),
  },
  { $id: 'WebhookDelivery' },
);
export type Delivery = Static<typeof Delivery>;

export const DeliveryPage = Page(Type.Ref('WebhookDelivery'));

export const ListDeliveriesQuery = Type.Object({ limit: PageQuery.limit, cursor: PageQuery.cursor });
export type ListDeliveriesQuery = Static<typeof ListDeliveriesQuery>;
