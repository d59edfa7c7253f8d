import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, inject, type TestApp } from '../harness.js';

/** Collects pino's JSON lines. */
class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
  lines(): Record<string, any>[] {
    return this.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }
}

for (const dialect of dialects()) {
  describe(`request logs [${dialect}]`, () => {
    let t: TestApp;
    const log = new LogCapture();
    before(async () => {
      t = await buildTestApp(dialect, { logStream: log });
    });
    after(async () => t.close());

    it('carry the request id, and neither the API key nor query-string values', async () => {
      const requestId = 'log-test-7f3a';
      const secretEmail = 'jane.private@secret.example';
      const res = await t.client.request(
        'GET',
        `/users/_list?includeDeactivated=true&email=${encodeURIComponent(secretEmail)}`,
        undefined,
        { 'x-request-id': requestId, authorization: `Bearer ${t.client.apiKey}` },
      );
      assert.equal(res.status, 200);
      const failed = await t.client.request(
        'POST',
        `/users?email=${secretEmail}`,
        { name: 'N', email: secretEmail, x: 1 },
        {
          'x-request-id': `${requestId}-2`,
        },
      );
      assert.equal(failed.status, 400);
      await inject(t.app, {
        method: 'GET',
        url: '/users/_list',
        headers: { 'x-api-key': t.client.apiKey.slice(0, -1) },
      });

      const lines = log.lines();
      // One line per request at info, written when the answer is sent.
      const mine = lines.filter((l) => l.reqId === requestId);
      assert.deepEqual(
        mine.map((l) => [l.msg, l.req?.method, l.req?.url, l.res?.statusCode, typeof l.responseTime]),
        [['request completed', 'GET', '/users/_list?includeDeactivated=…&email=…', 200, 'number']],
      );
      assert.deepEqual(
        lines.filter((l) => l.reqId === `${requestId}-2`).map((l) => [l.msg, l.req?.method, l.res?.statusCode]),
        [['request completed', 'POST', 400]],
      );

      assert.ok(!log.text.includes(t.client.apiKey), 'the API key never appears');
      assert.ok(!log.text.includes(t.client.apiKey.slice(3, 20)), 'nor any long part of it');
      assert.ok(!log.text.includes('jane.private'), 'query and body values never appear');
      assert.ok(!log.text.includes(encodeURIComponent(secretEmail)));
    });
  });
}
