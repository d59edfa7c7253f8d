import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { finishDocument, type OpenApiDocument } from './openapi.document.js';
import { ErrorRef } from './schemas.js';

/**
 * OpenAPI 3.1 generated from the route schemas, served at /openapi.json, with an interactive reference at /docs.
 *
 * Routes describe what is theirs (operationId, summary, body, their own error answers). What every route shares
 * is added here, in one place: the answers any route can give (401, 429, 503, 413/415 on bodies, 428 beside 412)
 * by `transform`, which sees each route's config; response descriptions and headers, the If-Match and
 * Idempotency-Key parameters, and the rest by `transformObject` (openapi.document.ts).
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Clientele API',
        version: '1.0.0',
        description:
          "Client contacts for recruiting agencies. Compatible with the client-contact endpoints of Spott's public API: " +
          'same paths, bodies, answers and error envelope (`{status, statusCode, error, message, requestId}`). ' +
          'Endpoints marked **ext** are Clientele additions.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      },
      security: [{ apiKey: [] }],
    },
    // Shared schemas keep their `$id` as their component name (`ClientContact`, not `def-3`): generated
    // clients name their types after it.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
    transform: ({ schema, url, route }) => ({ schema: withSharedAnswers(schema, route), url }),
    transformObject: (documents) =>
      finishDocument((documents as unknown as { openapiObject: OpenApiDocument }).openapiObject) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/openapi.json', { config: { public: true, rateLimit: false }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}

/**
 * The error answers a route gives because of where it sits rather than what it does: a key (401), the rate
 * limit (429), the database behind every keyed route (503), validated input (400), a JSON body (413, 415), and
 * mandatory If-Match for tenants that opt in (428, wherever a route honours If-Match, which its 412 says).
 */
function withSharedAnswers(schema: FastifySchema, route: RouteOptions): FastifySchema {
  if (!schema || (schema as { hide?: boolean }).hide) return schema;
  const config = (route.config ?? {}) as { public?: boolean; rateLimit?: unknown };
  const response: Record<string, unknown> = { ...((schema.response as Record<string, unknown>) ?? {}) };
  const add = (status: number) => {
    if (!(status in response)) response[status] = ErrorRef;
  };
  if (!config.public) {
    add(401);
    add(503);
  }
  if (config.rateLimit !== false) add(429);
  // Whatever is validated can be refused: 400 VALIDATION_ERROR.
  if (schema.body || schema.querystring) add(400);
  if (schema.body) {
    add(413);
    add(415);
  }
  if (412 in response) add(428);
  return { ...schema, response };
}
