import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { integer, parseOptions } from './cli-options.js';

/**
 * Scenario 0: a bare node:http server answering a small fixed JSON body. What it reaches is the most this
 * machine, this Node and this load generator can do for any HTTP server, so the API's scenarios are
 * read as a fraction of it. It runs with as many processes as the API under test.
 */
const values = parseOptions(
  { port: { type: 'string' }, workers: { type: 'string' } },
  'Usage: node dist-bench/bench/baseline-server.js --port P [--workers N]',
);
const port = integer(values.port, 'port', 3100, 0, 65535);
const workers = integer(values.workers, 'workers', 1, 1, 64);

const BODY = Buffer.from(JSON.stringify({ status: 'ok', service: 'baseline', items: [{ id: 1, name: 'fixed' }] }));
const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(BODY.length) };

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  createServer((request, response) => {
    // Read (and drop) any body, as a real handler must, before answering.
    request.resume();
    request.on('end', () => {
      response.writeHead(200, HEADERS);
      response.end(BODY);
    });
  }).listen(port, '127.0.0.1');
  process.on('SIGTERM', () => process.exit(0));
}
