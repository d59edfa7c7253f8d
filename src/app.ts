import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { AppError, validationError } from './core/errors.js';
import { isDatabaseUnavailable } from './db/errors.js';
import { createAuthenticator } from './http/auth.js';
import { answerClientError } from './http/client-error.js';
import { envelope } from './http/envelope.js';
import { registerIdempotency } from './http/idempotency.js';
import { startIdempotencyPruner } from './http/idempotency.pruner.js';
import { trackHandlers } from './http/in-flight.js';
import { databasePoolGauges, registerMetrics } from './http/metrics.js';
import { registerOpenApi } from './http/openapi.js';
import { registerRateLimit } from './http/rate-limit.js';
import type { App, RouteModule } from './http/route-module.js';
import { ErrorResponse } from './http/schemas.js';
import { buildValidator, fieldErrorsFromAjv, trimStrings } from './http/validation.js';
import { attributeRoutes } from './modules/attributes/attribute.routes.js';
import { clientContactBatchRoutes } from './modules/client-contacts/client-contact.batch.routes.js';
import { clientContactExportRoutes } from './modules/client-contacts/client-contact.export.routes.js';
import { clientContactMergeRoutes } from './modules/client-contacts/client-contact.merge.routes.js';
import { clientContactRoutes } from './modules/client-contacts/client-contact.routes.js';
import { clientRoutes } from './modules/clients/client.routes.js';
import { registerConsole } from './modules/console/console.routes.js';
import { startEventPruner } from './modules/events/event.pruner.js';
import { eventRoutes } from './modules/events/event.routes.js';
import { historyRoutes } from './modules/events/history.routes.js';
import { operationRoutes } from './modules/operations/operation.routes.js';
import { peopleSearchRoutes } from './modules/search/people-search.routes.js';
import { stageRoutes } from './modules/stages/stage.routes.js';
import { userRoutes } from './modules/users/user.routes.js';
import { createDeliveryWorker, type WorkerOptions } from './modules/webhooks/delivery.worker.js';
import { webhookRoutes } from './modules/webhooks/webhook.routes.js';
import { newSecret } from './modules/webhooks/webhook.signature.js';
import { type Resolver, systemResolver } from './modules/webhooks/webhook.url-guard.js';

/** Every route module, registered in this order. */
const routeModules: RouteModule[] = [
  operationRoutes,
  userRoutes,
  stageRoutes,
  attributeRoutes,
  clientRoutes,
  clientContactRoutes,
  clientContactBatchRoutes,
  clientContactExportRoutes,
  clientContactMergeRoutes,
  eventRoutes,
  historyRoutes,
  peopleSearchRoutes,
];

export type { App } from './http/route-module.js';

export interface BuildOptions {
  ctx: Context;
  config: Pick<Config, 'LOG_LEVEL' | 'RATE_LIMIT_PER_MINUTE' | 'REDIS_URL' | 'API_KEY_CACHE_TTL_MS'> &
    Partial<Pick<Config, 'EVENTS_RETENTION_DAYS'>>;
  /** A pino destination for tests; stdout otherwise. */
  logStream?: NodeJS.WritableStream;
  webhooks?: WebhookOptions;
  /** The web console's build (API.md §7); `web/dist` of this checkout by default. */
  consoleDir?: string;
}

/** Webhooks (API.md §4.3): the URL policy, and whether this app runs a delivery worker. */
export interface WebhookOptions {
  /** WEBHOOK_ALLOW_PRIVATE_URLS. */
  allowPrivateUrls?: boolean;
  /** How webhook hosts are resolved (tests make names resolve where they need). */
  resolve?: Resolver;
  /** Runs a delivery worker from `ready` until `close` (the server does; most tests do not). */
  worker?: Omit<WorkerOptions, 'allowPrivateUrls' | 'resolve'>;
}

/**
 * One log line per request at `info`, written when its answer is sent: method, redacted URL, client
 * address, status and time. Fastify's own second line, on arrival, cost a third of the CPU of a request
 * that does nothing; it is written at `debug` only.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

const REQUEST_ID = /^[\x20-\x7e]{1,128}$/;

/**
 * The random part of generated request ids, cut from a pool refilled every 256 ids: asking the system
 * generator for 16 bytes per request (uuid's default) was a tenth of the CPU of a request that does nothing.
 */
const requestIdPool = new Uint8Array(16 * 256);
let requestIdPoolUsed = requestIdPool.length;
function randomForRequestId(): Uint8Array {
  if (requestIdPoolUsed === requestIdPool.length) {
    crypto.getRandomValues(requestIdPool);
    requestIdPoolUsed = 0;
  }
  requestIdPoolUsed += 16;
  return requestIdPool.subarray(requestIdPoolUsed - 16, requestIdPoolUsed);
}

/** Refuses bytes that are not UTF-8; keeps a byte-order mark, which JSON.parse then refuses as before. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Query values can hold personal data (an email filter): logs keep the path and the parameter names only. */
function redactedUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = [...new URLSearchParams(url.slice(q + 1)).keys()];
  return `${url.slice(0, q)}?${names.map((n) => `${n}=…`).join('&')}`;
}

export async function buildApp({ ctx, config, logStream, webhooks = {}, consoleDir }: BuildOptions): Promise<App> {
  const logger: FastifyServerOptions['logger'] = {
    level: config.LOG_LEVEL,
    ...(logStream ? { stream: logStream } : {}),
    redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization'], censor: '[redacted]' },
    serializers: {
      req: (req) => ({ method: req.method, url: redactedUrl(req.url), remoteAddress: req.ip }),
    },
  };
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    logController: new OneLinePerRequest(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : uuidv7({ random: randomForRequestId() });
    },
    routerOptions: { maxParamLength: 200 },
    // While draining on shutdown, a request arriving on an open keep-alive connection is served normally
    // and answered with `Connection: close` (Fastify's own 503 would not be the documented error envelope).
    return503OnClosing: false,
    // Set through the factory (not setValidatorCompiler) so plugin scopes that add shared schemas keep it.
    schemaController: { compilersFactory: { buildValidator: buildValidator as never } },
    // What Fastify meets before routing (a URL it cannot decode, a path parameter over maxParamLength) skips
    // the error handler and would answer with Fastify's own body and no request id; answer it like the rest.
    frameworkErrors: (error, request, reply) => sendError(error, request, reply as FastifyReply),
    // What Node's HTTP parser refuses before any request exists (a header block over 16 KiB): the same envelope.
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  trackHandlers(app as unknown as FastifyInstance);
  app.addSchema(ErrorResponse);

  // JSON bodies: plain JSON.parse (an own `__proto__` key stays a key, which validation then refuses).
  app.removeAllContentTypeParsers();
  // Fastify matches the whole header, parameters included: `application/json; charset=utf-8` must match too.
  app.addContentTypeParser(/^application\/([\w.+-]+\+)?json(\s*;.*)?$/, { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      // JSON text is UTF-8 (RFC 8259 §8.1); decoding leniently would store U+FFFD for bytes the caller sent.
      const text = utf8.decode(body as Buffer);
      done(null, text.trim() === '' ? {} : JSON.parse(text));
    } catch {
      done(new AppError('INVALID_JSON'), undefined);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const budget = await registerRateLimit(app, { perMinute: config.RATE_LIMIT_PER_MINUTE, redisUrl: config.REDIS_URL });
  const auth = createAuthenticator(ctx, { ttlMs: config.API_KEY_CACHE_TTL_MS, budget });
  // preParsing, after every onRequest hook; the authenticator spends the rate-limit budget itself (per key or
  // per client address), so refused keys are counted too; still before the body is parsed or validated.
  app.addHook('preParsing', async (request, reply, payload) => {
    await auth.hook(request, reply);
    return payload;
  });

  app.addHook('preValidation', async (request) => {
    // No body at all on a write is the empty object: a PATCH without one changes nothing.
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
    // A route that checks its body's items one by one (the batch) trims them itself, so one fails alone.
    const ownBody = (request.routeOptions.config as { trimsOwnBody?: boolean }).trimsOwnBody === true;
    const unstorable = [...(ownBody ? [] : trimStrings(request.body)), ...trimStrings(request.query)];
    if (unstorable.length > 0) throw validationError(unstorable);
  });
  // Idempotency-Key (API.md §5.1): after the body is parsed and trimmed, before it is validated.
  registerIdempotency(app as unknown as FastifyInstance, ctx);

  // Unknown routes spend the caller's budget and carry the RateLimit-* headers like every other answer.
  app.setNotFoundHandler({ preHandler: auth.chargeUnrouted }, async (request, reply) =>
    sendError(new AppError('NOT_FOUND'), request, reply),
  );
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) => sendError(error, request, reply));

  await registerOpenApi(app);
  registerMetrics(app, databasePoolGauges(ctx.db));
  for (const module of routeModules) await app.register(async (scope) => module(scope as App, ctx));
  await registerConsole(app, { dir: consoleDir });
  // Retention of the event log (API.md §4.1), in every process; stopped before the database is closed.
  const pruner = startEventPruner(ctx, {
    retentionDays: config.EVENTS_RETENTION_DAYS ?? 30,
    onError: (error) => app.log.error({ err: error }, 'event pruning failed'),
  });
  app.addHook('onClose', async () => pruner.stop());
  const keyPruner = startIdempotencyPruner(ctx, {
    onError: (error) => app.log.error({ err: error }, 'idempotency key pruning failed'),
  });
  app.addHook('onClose', async () => keyPruner.stop());

  const policy = { allowPrivate: webhooks.allowPrivateUrls ?? false, resolve: webhooks.resolve ?? systemResolver };
  const worker =
    webhooks.worker &&
    createDeliveryWorker(ctx, {
      onError: (error) => app.log.error({ err: error }, 'webhook delivery failed'),
      ...webhooks.worker,
      allowPrivateUrls: policy.allowPrivate,
      resolve: policy.resolve,
    });
  const webhookModule = webhookRoutes({ policy, newSecret: () => newSecret(), onEnqueued: () => worker?.wake() });
  await app.register(async (scope) => webhookModule(scope as App, ctx));
  if (worker) {
    app.addHook('onReady', async () => worker.start());
    // Before the database closes: deliveries in flight are cut off and their endpoints released at once.
    app.addHook('onClose', async () => worker.stop());
  }
  return app;
}

/** Every error answer: the envelope, with the request id in the header too (some paths skip the hook). */
function sendError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply
    .code(appError.status)
    .header('x-request-id', request.id)
    .type('application/json; charset=utf-8')
    .send(envelope(appError, request.id));
}

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    return new AppError('VALIDATION_ERROR', {
      errors: fieldErrorsFromAjv(error.validation as Parameters<typeof fieldErrorsFromAjv>[0]),
    });
  }
  if (isDatabaseUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE');
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('INVALID_JSON');
  }
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  // Other client errors Fastify raises before routing (a malformed URL, say): the resource does not exist.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('NOT_FOUND');
  return new AppError('INTERNAL_ERROR');
}
