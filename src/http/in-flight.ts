import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves once no route handler is running (see trackHandlers). */
    handlersSettled(): Promise<void>;
  }
}

/**
 * Counts route handlers that are still running. `app.close()` resolves once every response is sent, but a
 * handler whose caller hung up keeps running (and querying) after that; shutting the database under it
 * would turn its work into errors. Shutdown therefore also waits for `handlersSettled()`.
 * Must be registered before any route.
 */
export function trackHandlers(app: FastifyInstance): void {
  let running = 0;
  let waiting: (() => void)[] = [];
  app.addHook('onRoute', (route) => {
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function (this: FastifyInstance, request, reply) {
      const result = handler.call(this, request, reply) as unknown;
      if (!(result instanceof Promise)) return result;
      running++;
      return result.finally(() => {
        running--;
        if (running === 0) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
      });
    } as RouteHandlerMethod;
  });
  app.decorate('handlersSettled', () =>
    running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)),
  );
}
