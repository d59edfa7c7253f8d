import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { trackHandlers } from '../../src/http/in-flight.js';

describe('handlers in flight', () => {
  it('settles only when every running handler has finished', async () => {
    const app = Fastify();
    trackHandlers(app);
    let finish = () => {};
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    app.get('/slow', async () => {
      started();
      await new Promise<void>((resolve) => (finish = resolve));
      return { done: true };
    });
    app.get('/sync', (_request, reply) => reply.send({ sync: true }));
    await app.ready();

    assert.equal((await app.inject('/sync')).statusCode, 200);
    let settled = false;
    await app.handlersSettled().then(() => (settled = true));
    assert.equal(settled, true, 'nothing running: settles at once');

    const answer = app.inject('/slow');
    await running;
    settled = false;
    const waiting = app.handlersSettled().then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false, 'a handler is still running');
    finish();
    await waiting;
    assert.equal(settled, true);
    assert.deepEqual((await answer).json(), { done: true });
    await app.close();
  });
});
