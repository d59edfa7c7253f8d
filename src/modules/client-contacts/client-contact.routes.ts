import { Type } from 'typebox';
import { etag, expectedVersion } from '../../core/versions.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef, IdParams, Page } from '../../http/schemas.js';
import {
  ClientContact,
  CreateContactBody,
  DeleteContactQuery,
  ListContactsQuery,
  PersonView,
  UpdateContactBody,
} from './client-contact.schemas.js';
import * as service from './client-contact.service.js';

const error = ErrorRef;
const TAGS = ['client contacts'];

/**
 * API.md §2.4. GET, POST, PATCH and DELETE share the one templated path `/clients/contacts/{id}`
 * (OpenAPI forbids two templates of the same shape); what `id` names depends on the method.
 */
export const clientContactRoutes: RouteModule = (app, ctx) => {
  app.addSchema(ClientContact);
  app.addSchema(PersonView);
  const contactRef = Type.Ref('ClientContact');

  app.get(
    '/clients/contacts',
    {
      schema: {
        tags: TAGS,
        operationId: 'listClientContacts',
        summary: 'List client contacts',
        description:
          'Cursor pages ordered by modifiedAt then id, for incremental sync. Archived contacts are left out unless ' +
          '`includeArchived=true`. `email` matches any of a contact’s addresses exactly (ignoring case); `q` is a ' +
          'case-insensitive prefix of first, last or full name, or of any email. Array filters may repeat or be comma-separated.',
        querystring: ListContactsQuery,
        response: { 200: Page(contactRef), 400: error, 401: error },
      },
    },
    async (request) => service.listContacts(ctx, request.tenantId, request.query),
  );

  app.get(
    '/clients/contacts/:id',
    {
      schema: {
        tags: TAGS,
        operationId: 'getClientContact',
        summary: 'Get a person with their client-contact roles',
        description:
          '`id` is a candidate (person) id, or a client-contact id, which answers with the view of that contact’s ' +
          'person. Lists the person’s non-archived roles; `mainContact` is the owner of the most recently modified active role.',
        params: IdParams,
        response: { 200: Type.Ref('PersonView'), 401: error, 404: error },
      },
    },
    async (request) => service.getPersonView(ctx, request.tenantId, request.params.id),
  );

  app.post(
    '/clients/contacts/:id',
    {
      schema: {
        tags: TAGS,
        operationId: 'createClientContact',
        summary: 'Create a client contact at a client',
        description:
          '`id` is the client id (404 CLIENT_NOT_FOUND when unknown or archived). `firstName` and `lastName` are required ' +
          'unless `candidateId` names an existing person, who then gets a new role. `stageId` defaults to the first stage of ' +
          "the 'client-contacts' pipeline. Every rule of the update applies.",
        params: IdParams,
        body: CreateContactBody,
        response: { 201: contactRef, 400: error, 401: error, 404: error, 409: error },
      },
    },
    async (request, reply) => {
      const contact = await service.createContact(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        request.body,
      );
      return reply
        .code(201)
        .header('location', `/clients/contacts/${contact.id}`)
        .header('etag', etag(contact.version))
        .send(contact);
    },
  );

  app.patch(
    '/clients/contacts/:id',
    {
      schema: {
        tags: TAGS,
        operationId: 'updateClientContact',
        summary: 'Update a client contact',
        description:
          'Partial update: only the fields present change, in one transaction. `null` clears role, department, endDate, ' +
          'mainContactId and avatarUrl, and is refused for the other fields. Names, avatar and locations belong to the ' +
          'person, so every role of that person shows (and is versioned with) the change. Send `If-Match: "<version>"` ' +
          'to refuse the write (412) if the contact changed since it was read. A body that changes nothing answers 200 ' +
          'and leaves `version` and `modifiedAt` as they were. Checks run in the documented order: body shape, the contact ' +
          '(404), rules within the body, references, If-Match, then email ownership (409).',
        params: IdParams,
        body: UpdateContactBody,
        response: { 200: contactRef, 400: error, 401: error, 404: error, 409: error, 412: error },
      },
    },
    async (request, reply) => {
      const contact = await service.updateContact(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        request.body,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(contact.version)).send(contact);
    },
  );

  app.delete(
    '/clients/contacts/:id',
    {
      schema: {
        tags: TAGS,
        operationId: 'archiveClientContact',
        summary: 'Archive or erase a client contact (ext)',
        description:
          'Archives (soft delete; the contact then appears in lists only with includeArchived=true). With ' +
          '`permanent=true` erases the role, its emails, phones and attribute values, and the person when it was their ' +
          'last role (right to erasure); this also works on an archived contact.',
        params: IdParams,
        querystring: DeleteContactQuery,
        response: { 204: Type.Null({ description: 'Done' }), 401: error, 404: error, 412: error },
      },
    },
    async (request, reply) => {
      await service.deleteContact(ctx, request.tenantId, request.actor, request.params.id, {
        permanent: request.query.permanent ?? false,
        expected: expectedVersion(request.headers['if-match']),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/clients/contacts/:id/restore',
    {
      schema: {
        tags: TAGS,
        operationId: 'restoreClientContact',
        summary: 'Restore an archived client contact (ext)',
        description:
          'Un-archives the contact. A contact that is not archived is returned unchanged. 409 CONFLICT while its client is archived.',
        params: IdParams,
        response: { 200: contactRef, 401: error, 404: error, 409: error, 412: error },
      },
    },
    async (request, reply) => {
      const contact = await service.restoreContact(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(contact.version)).send(contact);
    },
  );
};
