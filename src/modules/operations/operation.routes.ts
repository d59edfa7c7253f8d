import { type Static, Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { packageVersion } from './package-version.js';

const Status = Type.Object({ status: Type.String() });

const ServiceIndex = Type.Object(
  {
    name: Type.Literal('Clientele'),
    version: Type.String({ description: "The running server's version" }),
    docs: Type.String({ description: 'The interactive API reference' }),
    openapi: Type.String({ description: 'The OpenAPI 3.1 document' }),
    console: Type.Optional(Type.String({ description: 'The web console, when this build serves it' })),
  },
  { additionalProperties: false },
);

/** Where the web console may be mounted; GET / links to it only when one of these routes exists. */
const CONSOLE_ROUTES = ['/app/', '/app', '/app/*'];

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

/** The service's front door, liveness and readiness; no key needed. */
export const operationRoutes: RouteModule = (app, ctx) => {
  let index: Static<typeof ServiceIndex> | undefined;
  app.get(
    '/',
    {
      // Rate-limited per client address like every other answer (no rateLimit: false here).
      config: { public: true },
      schema: {
        tags: ['operations'],
        operationId: 'getServiceIndex',
        summary: 'Where to start: the API reference, the OpenAPI document and the console',
        security: [],
        response: { 200: ServiceIndex },
      },
    },
    async () => {
      // Routes are fixed once the server is ready, so the answer is worked out on the first request.
      index ??= {
        name: 'Clientele',
        version: packageVersion(),
        docs: '/docs',
        openapi: '/openapi.json',
        ...(CONSOLE_ROUTES.some((url) => app.hasRoute({ method: 'GET', url })) ? { console: '/app/' } : {}),
      };
      return index;
    },
  );
  app.get(
    '/health',
    {
      config: { public: true, rateLimit: false },
      schema: {
        tags: ['operations'],
        operationId: 'getHealth',
        summary: 'The process is up',
        security: [],
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/ready',
    {
      config: { public: true, rateLimit: false },
      schema: {
        tags: ['operations'],
        operationId: 'getReadiness',
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
