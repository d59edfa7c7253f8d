import { Type } from 'typebox';
import { etag, expectedVersion } from '../../core/versions.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef, IdParams } from '../../http/schemas.js';
import {
  Client,
  ClientPage,
  ClientWithContacts,
  CreateClientBody,
  DeleteClientQuery,
  ListClientsQuery,
  UpdateClientBody,
} from './client.schemas.js';
import * as service from './client.service.js';
import { ClientSearchPage, SearchClientsBody, searchBodyErrors } from './client-search.schemas.js';
import * as search from './client-search.service.js';

const error = ErrorRef;
const tags = ['clients'];

/** API.md §2.3: the hiring companies. */
export const clientRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/clients',
    {
      schema: {
        tags,
        operationId: 'listClients',
        summary: 'List clients',
        description:
          'Cursor list ordered by `modifiedAt`, then `id`. Filters: `stageIds` and `status` (repeat or ' +
          'comma-separate; a stage id that is not a UUID matches nothing), `q` (case-insensitive substring of the ' +
          'company name or domain), `modifiedSince`/`modifiedUntil` (inclusive). Archived clients are left out ' +
          'unless `includeArchived=true`.',
        querystring: ListClientsQuery,
        response: { 200: ClientPage, 400: error, 401: error },
      },
    },
    async (request) => service.listClients(ctx, request.tenantId, request.query),
  );

  app.post(
    '/clients',
    {
      schema: {
        tags,
        operationId: 'createClient',
        summary: 'Create a client (ext)',
        description:
          'Status defaults to `lead`. Without `stageId` the client goes into the first stage of the `clients` ' +
          'pipeline (none if the pipeline is empty); `stageId: null` puts it in no stage. A `stageId` not in the ' +
          '`clients` pipeline → 400 STAGE_NOT_FOUND.',
        body: CreateClientBody,
        response: { 201: Client, 400: error, 401: error },
      },
    },
    async (request, reply) => {
      const client = await service.createClient(ctx, request.tenantId, request.actor, request.body);
      return reply
        .code(201)
        .header('etag', etag(client.version))
        .header('location', `/clients/${client.id}`)
        .send(client);
    },
  );

  // A static segment: Fastify's router matches it before `/clients/:id` (and `/clients/:id/restore`).
  app.post(
    '/clients/_search',
    {
      schema: {
        tags,
        operationId: 'searchClients',
        summary: 'Search clients',
        description:
          'Structured search, page-based. Every filter must hold (AND); `filters: []` lists every client. Answers ' +
          '`pageSize` clients (1–100, default 20) of page `page` (0-based), ordered by lower-cased company name ' +
          '(code-point order), then id; archived clients are left out. `hasNextPage` says whether a later page ' +
          'holds any; a page past the end is empty.\n\n' +
          '- `text` (`contains`, `equals`, `startsWith`, `notEquals`) on `client.company.name`, ' +
          '`client.company.domain`, `client.company.description`: case-insensitive (both sides lower-cased). A ' +
          'field that is not set counts as the empty text, so `equals ""` finds the clients without it, ' +
          '`notEquals ""` those with it, and `notEquals "acme.example"` includes clients that have no domain ' +
          '(`notEquals` is exactly what `equals` leaves out). `contains ""` and `startsWith ""` match every client. ' +
          'Values are trimmed, like every string.\n' +
          '- `entitySelect` (`in`, `notIn`) with an array of ids: `client.stage` — the client is in one of these ' +
          'stages (`in`) or not (`notIn`, which includes clients without a stage); `client.contacts` — the client ' +
          'has at least one of these client contacts (`in`) or none of them (`notIn`). Archived contacts count as ' +
          "gone. Ids that name nothing (unknown, not UUIDs, another tenant's) match nothing: `in` with an empty or " +
          'unknown list matches no client, `notIn` with one matches every client.\n' +
          '- **ext** `date` (`before`, `after`) on `client.createdAt`, `client.modifiedAt`: strictly before or after ' +
          'the given date-time (same pattern as every date-time input).\n\n' +
          'Any other type, operator, path or value (wrong type, missing or extra field) → 400 VALIDATION_ERROR ' +
          'with every problem at its path (`filters.0.operator`).',
        body: SearchClientsBody,
        response: { 200: ClientSearchPage, 400: error, 401: error },
      },
      schemaErrorFormatter: searchBodyErrors,
    },
    async (request) => search.searchClients(ctx, request.tenantId, request.body),
  );

  app.get(
    '/clients/:id',
    {
      schema: {
        tags,
        operationId: 'getClient',
        summary: 'Get a client with its contacts',
        description: "Archived clients, other tenants' ids and non-UUIDs answer 404 CLIENT_NOT_FOUND.",
        params: IdParams,
        response: { 200: ClientWithContacts, 401: error, 404: error },
      },
    },
    async (request, reply) => {
      const client = await service.getClient(ctx, request.tenantId, request.params.id);
      return reply.header('etag', etag(client.version)).send(client);
    },
  );

  app.patch(
    '/clients/:id',
    {
      schema: {
        tags,
        operationId: 'updateClient',
        summary: 'Update a client',
        description:
          'Only the fields present change; null clears a nullable field; unknown fields are refused. ' +
          '`customAttributes` merge per definition. Honours `If-Match` (412 with `details.currentVersion`). ' +
          'A body that changes nothing leaves `version` and `modifiedAt` alone.',
        params: IdParams,
        body: UpdateClientBody,
        response: { 200: Client, 400: error, 401: error, 404: error, 412: error },
      },
    },
    async (request, reply) => {
      const client = await service.updateClient(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        request.body,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(client.version)).send(client);
    },
  );

  app.delete(
    '/clients/:id',
    {
      schema: {
        tags,
        operationId: 'archiveClient',
        summary: 'Archive a client (ext)',
        description:
          'Soft delete: the client disappears from reads but stays listed with `archivedAt` under ' +
          '`includeArchived=true`. While it has non-archived contacts → 409 CONFLICT (`details.activeContacts`), ' +
          "unless `cascade=true` archives them too (each contact's version rises), in one transaction. " +
          'Honours `If-Match`.',
        params: IdParams,
        querystring: DeleteClientQuery,
        response: {
          204: Type.Null({ description: 'Archived' }),
          400: error,
          401: error,
          404: error,
          409: error,
          412: error,
        },
      },
    },
    async (request, reply) => {
      await service.archiveClient(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        request.query.cascade ?? false,
        expectedVersion(request.headers['if-match']),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/clients/:id/restore',
    {
      schema: {
        tags,
        operationId: 'restoreClient',
        summary: 'Restore an archived client (ext)',
        description:
          'Un-archives the client: `archivedAt` becomes null and `version` and `modifiedAt` change. Its archived ' +
          'contacts stay archived; restore them one by one (`POST /clients/contacts/{id}/restore`). A client that ' +
          "is not archived is answered unchanged. Unknown ids, non-UUIDs and other tenants' ids answer 404 " +
          'CLIENT_NOT_FOUND. Honours `If-Match` (412 with `details.currentVersion`).',
        params: IdParams,
        response: { 200: Client, 401: error, 404: error, 412: error },
      },
    },
    async (request, reply) => {
      const client = await service.restoreClient(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(client.version)).send(client);
    },
  );
};
