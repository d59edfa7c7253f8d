import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, inject, type TestApp } from '../harness.js';

const WRITES = ['post', 'put', 'patch', 'delete'];

// The document does not depend on the database: SQLite builds it.
describe('the OpenAPI document on Idempotency-Key (API.md §5.1)', () => {
  let t: TestApp;
  let doc: any;
  before(async () => {
    t = await buildTestApp('sqlite');
    doc = (await inject(t.app, { method: 'GET', url: '/openapi.json' })).body;
  });
  after(async () => t.close());

  const writes = () =>
    Object.entries<any>(doc.paths).flatMap(([path, item]) =>
      WRITES.filter((m) => item[m]).map((method) => ({ key: `${method} ${path}`, op: item[method] })),
    );

  it('answers 409 and 422 with the envelope on every write, and on no read', () => {
    assert.ok(writes().length > 10);
    for (const { key, op } of writes()) {
      for (const status of ['409', '422']) {
        const response = op.responses[status];
        assert.ok(response, `${key} ${status}`);
        assert.equal(response.content['application/json'].schema.$ref, '#/components/schemas/ErrorResponse');
      }
      assert.match(op.responses['409'].description, /IDEMPOTENCY_KEY_IN_USE/, key);
      assert.match(op.responses['422'].description, /IDEMPOTENCY_KEY_REUSED/, key);
      assert.equal(op.responses['422'].headers['Idempotent-Replayed'], undefined, `${key}: a 422 is never kept`);
    }
    assert.equal(doc.paths['/clients/contacts'].get.responses['422'], undefined);
  });

  it('describes the key: printable ASCII up to 255, what is kept, for how long, and the lease', () => {
    const parameter = doc.components.parameters.IdempotencyKey;
    assert.deepEqual(parameter.schema, { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7e]+$' });
    for (const words of ['24 h', 'Retry-After: 1', '`errors[].path` is `Idempotency-Key`', '60 s lease', '401, 429']) {
      assert.ok(parameter.description.includes(words), words);
    }
  });
});
