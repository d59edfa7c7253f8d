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

const error = ErrorRef;
const tags = ['clients'];

/** API.md §2.3: the hiring companies. */
export const clientRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/clients',
    {
      schema: {
        tags,
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
      const client = await service.createClient(ctx, request.tenantId, request.body);
      return reply
        .code(201)
        .header('etag', etag(client.version))
        .header('location', `/clients/${client.id}`)
        .send(client);
    },
  );

  app.get(
    '/clients/:id',
    {
      schema: {
        tags,
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
        request.params.id,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(client.version)).send(client);
    },
  );
};
