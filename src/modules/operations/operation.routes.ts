import { Type } from 'typebox';
import type { RouteModule } from '../../app.js';
import { AppError } from '../../http/errors.js';

const Status = Type.Object({ status: Type.String() });

/** Liveness and readiness; no key needed. */
export const operationRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/health',
    {
      config: { public: true, rateLimit: false },
      schema: { tags: ['operations'], summary: 'The process is up', security: [], response: { 200: Status } },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/ready',
    {
      config: { public: true, rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'The database answers (503 SERVICE_UNAVAILABLE otherwise)',
        security: [],
        response: { 200: Status, 503: { $ref: 'ErrorResponse#' } },
      },
    },
    async () => {
      try {
        await ctx.db.ping();
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      return { status: 'ready' };
    },
  );
};
