import { Type } from 'typebox';
import { Id } from '../../core/schemas.js';
import { etag, expectedVersion } from '../../core/versions.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef, IdParams } from '../../http/schemas.js';
import {
  CreateWebhookBody,
  Delivery,
  DeliveryPage,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  UpdateWebhookBody,
  Webhook,
  WebhookPage,
  WebhookWithSecret,
} from './webhook.schemas.js';
import * as service from './webhook.service.js';
import { sendTestEvent } from './webhook.test-event.js';

const error = ErrorRef;
const tags = ['webhooks'];

const SIGNING =
  'Deliveries follow Standard Webhooks: a POST of the event JSON with `webhook-id` (the event id), ' +
  '`webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" ' +
  "keyed with the secret's base64-decoded bytes>`.";

export interface WebhookRouteOptions extends service.WebhookDeps {
  /** Called after a test event is enqueued, so this process's worker looks at once. */
  onEnqueued?: () => void;
}

/** API.md §4.3: signed webhooks. */
export function webhookRoutes(options: WebhookRouteOptions): RouteModule {
  return (app, ctx) => {
    app.addSchema(Webhook);
    app.addSchema(WebhookWithSecret);
    app.addSchema(Delivery);

    app.post(
      '/webhooks',
      {
        schema: {
          tags,
          operationId: 'createWebhook',
          summary: 'Create a webhook (ext)',
          description:
            'Registers an endpoint for the events of `types` (absent or empty: every type; an unknown type → 400 ' +
            'VALIDATION_ERROR), from the next event on. The answer holds the signing `secret`, shown only here ' +
            'and on rotation. A URL that is not http(s), or whose host resolves to a loopback, private, ' +
            'link-local or metadata address → 400 WEBHOOK_URL_NOT_ALLOWED (`details.reason`). ' +
            SIGNING,
          body: CreateWebhookBody,
          response: { 201: Type.Ref('WebhookWithSecret'), 400: error, 401: error },
        },
      },
      async (request, reply) => {
        const webhook = await service.createWebhook(ctx, options, request.tenantId, request.body);
        return reply
          .code(201)
          .header('etag', etag(webhook.version))
          .header('location', `/webhooks/${webhook.id}`)
          .send(webhook);
      },
    );

    app.get(
      '/webhooks',
      {
        schema: {
          tags,
          operationId: 'listWebhooks',
          summary: 'List webhooks (ext)',
          description: 'Cursor list ordered by `modifiedAt`, then `id`. Secrets are never listed.',
          querystring: ListWebhooksQuery,
          response: { 200: WebhookPage, 400: error, 401: error },
        },
      },
      async (request) => service.listWebhooks(ctx, request.tenantId, request.query),
    );

    app.get(
      '/webhooks/:id',
      {
        schema: {
          tags,
          operationId: 'getWebhook',
          summary: 'Get a webhook (ext)',
          description: "Without its secret. Other tenants' ids and non-UUIDs answer 404 WEBHOOK_NOT_FOUND.",
          params: IdParams,
          response: { 200: Type.Ref('Webhook'), 401: error, 404: error },
        },
      },
      async (request, reply) => {
        const webhook = await service.getWebhook(ctx, request.tenantId, request.params.id);
        return reply.header('etag', etag(webhook.version)).send(webhook);
      },
    );

    app.patch(
      '/webhooks/:id',
      {
        schema: {
          tags,
          operationId: 'updateWebhook',
          summary: 'Update, disable or enable a webhook (ext)',
          description:
            'Only the fields present change. `enabled: true` on an endpoint that was disabled (by hand, or after ' +
            '24 h of failed deliveries) resumes delivery from the event where it stopped. A new `url` is checked ' +
            'like one on create. Honours `If-Match` (412 with `details.currentVersion`).',
          params: IdParams,
          body: UpdateWebhookBody,
          response: { 200: Type.Ref('Webhook'), 400: error, 401: error, 404: error, 412: error },
        },
      },
      async (request, reply) => {
        const webhook = await service.updateWebhook(
          ctx,
          options,
          request.tenantId,
          request.params.id,
          request.body,
          expectedVersion(request.headers['if-match']),
        );
        return reply.header('etag', etag(webhook.version)).send(webhook);
      },
    );

    app.delete(
      '/webhooks/:id',
      {
        schema: {
          tags,
          operationId: 'deleteWebhook',
          summary: 'Delete a webhook (ext)',
          description: 'Deletes the endpoint and its delivery log; nothing more is sent to it. Honours `If-Match`.',
          params: IdParams,
          response: { 204: Type.Null({ description: 'Deleted' }), 401: error, 404: error, 412: error },
        },
      },
      async (request, reply) => {
        await service.deleteWebhook(
          ctx,
          request.tenantId,
          request.params.id,
          expectedVersion(request.headers['if-match']),
        );
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/webhooks/:id/rotate-secret',
      {
        schema: {
          tags,
          operationId: 'rotateWebhookSecret',
          summary: 'Rotate the signing secret of a webhook (ext)',
          description:
            'Answers the webhook with a new `secret`, shown only here. For 24 h the previous secret signs too: ' +
            '`webhook-signature` carries both signatures, space-separated, so a receiver can switch at leisure. ' +
            'Honours `If-Match`.',
          params: IdParams,
          response: { 200: Type.Ref('WebhookWithSecret'), 401: error, 404: error, 412: error },
        },
      },
      async (request, reply) => {
        const webhook = await service.rotateSecret(
          ctx,
          options,
          request.tenantId,
          request.params.id,
          expectedVersion(request.headers['if-match']),
        );
        return reply.header('etag', etag(webhook.version)).send(webhook);
      },
    );

    app.get(
      '/webhooks/:id/deliveries',
      {
        schema: {
          tags,
          operationId: 'listWebhookDeliveries',
          summary: 'List delivery attempts of a webhook (ext)',
          description:
            'Every attempt, newest first, as a cursor list: the event, which attempt at it, the HTTP status ' +
            '(null when no answer came within 10 s), how long it took, why it failed and when it is tried again.',
          params: IdParams,
          querystring: ListDeliveriesQuery,
          response: { 200: DeliveryPage, 400: error, 401: error, 404: error },
        },
      },
      async (request) => service.listDeliveries(ctx, request.tenantId, request.params.id, request.query),
    );

    app.post(
      '/webhooks/:id/test',
      {
        schema: {
          tags,
          operationId: 'testWebhook',
          summary: 'Send a test event to a webhook (ext)',
          description:
            'Records a `webhook.test` event (resource `{ type: "webhook", id }`) that is delivered to this ' +
            'endpoint only, signed and retried like any other. Answers at once with the event id; the outcome ' +
            'shows in the deliveries. A disabled endpoint receives it once enabled again.',
          params: IdParams,
          response: { 202: Type.Object({ eventId: Id }), 401: error, 404: error },
        },
      },
      async (request, reply) => {
        const eventId = await sendTestEvent(ctx, request.tenantId, request.params.id, request.actor);
        options.onEnqueued?.();
        return reply.code(202).send({ eventId });
      },
    );
  };
}
