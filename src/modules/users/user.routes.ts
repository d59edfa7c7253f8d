import { etag, expectedVersion } from '../../core/versions.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef, IdParams } from '../../http/schemas.js';
import { CreateUserBody, ListUsersQuery, UpdateUserBody, User, UserList, UserSummary } from './user.schemas.js';
import * as service from './user.service.js';

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };

export const userRoutes: RouteModule = (app, ctx) => {
  app.addSchema(UserSummary);
  app.addSchema(User);

  const listUsers = async (request: { tenantId: string; query: ListUsersQuery }) => {
    const users = await service.listUsers(ctx, request.tenantId, request.query.includeDeactivated ?? false);
    return {
      users: users.map(({ userId, name, email, avatarUrl, deactivatedAt }) => ({
        userId,
        name,
        email,
        avatarUrl,
        deactivatedAt,
      })),
    };
  };
  const listSchema = {
    tags: ['users'],
    description: 'Active users by name; `includeDeactivated=true` adds deactivated ones.',
    querystring: ListUsersQuery,
    response: { 200: UserList, ...errors },
  };

  app.get(
    '/users/_list',
    { schema: { ...listSchema, operationId: 'listUsers', summary: 'List users (recruiters who own contacts)' } },
    async (request) => listUsers(request),
  );

  // Spott integrators call both forms (a connector probes `GET /users`): one answer for both.
  app.get(
    '/users',
    {
      schema: {
        ...listSchema,
        operationId: 'listUsersShort',
        summary: 'List users (same as /users/_list)',
        description: `${listSchema.description} The same answer as \`GET /users/_list\`, for clients that call this form.`,
      },
    },
    async (request) => listUsers(request),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        operationId: 'createUser',
        summary: 'Create a user (ext)',
        body: CreateUserBody,
        response: { 201: User, ...errors },
      },
    },
    async (request, reply) => {
      const user = await service.createUser(ctx, request.tenantId, request.actor, request.body);
      return reply.code(201).header('etag', etag(user.version)).send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        operationId: 'updateUser',
        summary: 'Update or deactivate a user (ext)',
        description:
          'Only the fields present change. `deactivated: true` sets `deactivatedAt`: the user leaves `GET /users/_list` ' +
          '(unless `includeDeactivated=true`) and cannot be made a main contact (400 MAIN_CONTACT_DEACTIVATED); ' +
          '`false` reactivates. Honours `If-Match`. A body that changes nothing leaves `version` alone.',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: User, ...errors, 412: ErrorRef },
      },
    },
    async (request, reply) => {
      const user = await service.updateUser(
        ctx,
        request.tenantId,
        request.actor,
        request.params.id,
        request.body,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(user.version)).send(user);
    },
  );
};
