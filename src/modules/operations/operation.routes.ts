import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';

const Status = Type.Object({ status: Type.String() });

/**
 * A readiness probe must answer quickly even when the database does not: a ping still waiting after this
 * long counts as unreachable (the pool's own timeouts are longer, and a probe that hangs gets the
 * instance killed instead of taken out of rotation).
 */
export const READY_TIMEOUT_MS = 2_000;

async function pingWithin(ping: () => Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const answered = ping().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

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
        response: { 200: Status, 503: ErrorRef },
      },
    },
    async () => {
      if (!(await pingWithin(() => ctx.db.ping(), READY_TIMEOUT_MS))) throw new AppError('SERVICE_UNAVAILABLE');
      return { status: 'ready' };
    },
  );
};
