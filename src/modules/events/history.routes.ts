import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef, IdParams } from '../../http/schemas.js';
import { HistoryPage, HistoryQuery } from './event.schemas.js';
import { recordHistory } from './history.service.js';

const response = { 200: HistoryPage, 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };
const shape =
  'A cursor list, newest first, of `{ eventId, type, occurredAt, actor, changes }`: who changed the record, when, and ' +
  'which top-level fields went from what to what (`{}` for a creation, and for events whose personal data an erasure ' +
  'stripped). `cursor` and `limit` (1–200, default 25) as in every cursor list.';

/** API.md §4.2: one record's history, read from the event log. */
export const historyRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/clients/contacts/:id/history',
    {
      schema: {
        tags: ['client contacts'],
        operationId: 'getClientContactHistory',
        summary: 'History of a client contact (ext)',
        description:
          `${shape} The contact may be archived; an erased one keeps its history while its events are retained. ` +
          "Unknown ids and other tenants' ids answer 404 CLIENT_CONTACT_NOT_FOUND.",
        params: IdParams,
        querystring: HistoryQuery,
        response,
      },
    },
    async (request) => recordHistory(ctx, request.tenantId, 'client_contact', request.params.id, request.query),
  );

  app.get(
    '/clients/:id/history',
    {
      schema: {
        tags: ['clients'],
        operationId: 'getClientHistory',
        summary: 'History of a client (ext)',
        description: `${shape} The client may be archived. Unknown ids and other tenants' ids answer 404 CLIENT_NOT_FOUND.`,
        params: IdParams,
        querystring: HistoryQuery,
        response,
      },
    },
    async (request) => recordHistory(ctx, request.tenantId, 'client', request.params.id, request.query),
  );
};
