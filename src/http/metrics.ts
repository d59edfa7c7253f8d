import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/** Prometheus metrics for one app instance (its own registry, so several apps in one process never clash). */
export function registerMetrics(app: FastifyInstance, extra: (registry: Registry) => void = () => {}): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  extra(registry);

  app.addHook('onResponse', async (request, reply) => {
    // The route template, never the raw URL: ids and query values would explode the label set (and leak data).
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    { config: { public: true, rateLimit: false }, schema: { hide: true } },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}

/** Gauges read from the database's connection pool at scrape time (PostgreSQL; SQLite has no pool). */
export function databasePoolGauges(db: Database): (registry: Registry) => void {
  return (registry) => {
    const stats = db.stats?.bind(db);
    if (!stats) return;
    const gauges = [
      ['db_pool_connections', 'Database connections open (busy or idle)', 'total'],
      ['db_pool_idle_connections', 'Database connections open and idle', 'idle'],
      ['db_pool_waiting_requests', 'Queries waiting for a free database connection', 'waiting'],
    ] as const;
    for (const [name, help, field] of gauges) {
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(stats()[field]);
        },
      });
    }
  };
}
