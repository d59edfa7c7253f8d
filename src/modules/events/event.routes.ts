import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { Event, EventPage, ListEventsQuery } from './event.schemas.js';
import * as service from './event.service.js';

/** API.md §4.1: the tenant's event feed. */
export const eventRoutes: RouteModule = (app, ctx) => {
  app.addSchema(Event);

  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        operationId: 'listEvents',
        summary: 'Read the event feed (ext)',
        description:
          'Every change recorded in the tenant, oldest first, as `{ items, pageInfo }`. Store `pageInfo.nextCursor` and ' +
          'send it back as `after` to poll: it is never null (the position after the last event returned, or `after` ' +
          'itself when nothing is new), and a consumer that does so sees every event exactly once, in order, however ' +
          'many server processes commit at once. `hasNextPage` says more events are already waiting. Without `after` ' +
          'the feed starts at the oldest retained event. `types` (repeat or comma-separate) and `resourceId` keep only ' +
          'some events. Events are kept for `EVENTS_RETENTION_DAYS` (30 by default): a cursor that retention has ' +
          'overtaken answers 410 CURSOR_EXPIRED (start again without `after`); an edited one, 400 INVALID_CURSOR. An ' +
          "erased contact's earlier events keep their place with `data: null`.",
        querystring: ListEventsQuery,
        response: { 200: EventPage, 400: ErrorRef, 401: ErrorRef, 410: ErrorRef },
      },
    },
    async (request) => service.listEvents(ctx, request.tenantId, request.query),
  );
};
