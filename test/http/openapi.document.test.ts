import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../../src/core/errors.js';
import { buildTestApp, dialects, inject, type TestApp } from '../harness.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];
const WRITES = ['post', 'put', 'patch', 'delete'];

/** The operationIds integrators and the SDK build on: renaming one is a breaking change. */
const STABLE_IDS: Record<string, string> = {
  'get /': 'getServiceIndex',
  'get /health': 'getHealth',
  'get /ready': 'getReadiness',
  'get /users/_list': 'listUsers',
  'get /users': 'listUsersShort',
  'post /users': 'createUser',
  'patch /users/{id}': 'updateUser',
  'get /pipeline/{pipeline}/stages': 'listStages',
  'post /pipeline/{pipeline}/stages': 'createStage',
  'patch /pipeline/{pipeline}/stages/{id}': 'updateStage',
  'delete /pipeline/{pipeline}/stages/{id}': 'deleteStage',
  'get /clients/contacts/columns': 'listClientContactAttributes',
  'post /clients/contacts/columns': 'createClientContactAttribute',
  'get /clients/columns': 'listClientAttributes',
  'post /clients/columns': 'createClientAttribute',
  'get /clients': 'listClients',
  'post /clients': 'createClient',
  'post /clients/_search': 'searchClients',
  'get /clients/{id}': 'getClient',
  'patch /clients/{id}': 'updateClient',
  'delete /clients/{id}': 'archiveClient',
  'post /clients/{id}/restore': 'restoreClient',
  'get /clients/contacts': 'listClientContacts',
  'get /clients/contacts/{id}': 'getClientContact',
  'post /clients/contacts/{id}': 'createClientContact',
  'patch /clients/contacts/{id}': 'updateClientContact',
  'delete /clients/contacts/{id}': 'archiveClientContact',
  'post /clients/contacts/{id}/restore': 'restoreClientContact',
  'get /search/people': 'searchPeople',
  'post /clients/contacts/_batch': 'batchClientContacts',
  'post /clients/contacts/_merge': 'mergePeople',
  'get /clients/contacts/_export': 'exportClientContacts',
};

interface Op {
  key: string;
  method: string;
  op: any;
}

function operations(doc: any): Op[] {
  return Object.entries<any>(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ key: `${method} ${path}`, method, op: item[method] })),
  );
}

/** The response's own headers, each with the name of the header component it refers to. */
function headerNames(response: any): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
    names[name] = String(header.$ref ?? '').replace('#/components/headers/', '');
  }
  return names;
}

// The document does not depend on the database; SQLite builds it, and the header checks run on both.
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  before(async () => {
    t = await buildTestApp('sqlite');
    doc = (await inject(t.app, { method: 'GET', url: '/openapi.json' })).body;
  });
  after(async () => t.close());

  it('is valid OpenAPI 3.1', async () => {
    await SwaggerParser.validate(structuredClone(doc));
  });

  it('gives every operation a unique camelCase operationId and a summary; the stable ones are as listed', () => {
    const ops = operations(doc);
    const missing = ops.filter(({ op }) => !/^[a-z][A-Za-z0-9]*$/.test(op.operationId ?? '')).map((o) => o.key);
    assert.deepEqual(missing, [], 'operations without a camelCase operationId');
    const ids = ops.map(({ op }) => op.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
    assert.deepEqual(
      ops.filter(({ op }) => !op.summary?.trim()).map((o) => o.key),
      [],
      'operations without a summary',
    );
    const actual: Record<string, string> = Object.fromEntries(
      ops.filter((o) => o.key in STABLE_IDS).map((o) => [o.key, o.op.operationId]),
    );
    assert.deepEqual(actual, STABLE_IDS);
  });

  it('names shared schemas after their $id, never def-N', () => {
    const names = Object.keys(doc.components.schemas);
    assert.deepEqual(
      names.filter((n) => /^def-\d+$/.test(n)),
      [],
    );
    for (const name of ['ErrorResponse', 'ClientContact', 'PersonView', 'User', 'UserSummary']) {
      assert.ok(names.includes(name), name);
    }
    const update = doc.paths['/clients/contacts/{id}'].patch.responses['200'].content['application/json'].schema;
    assert.deepEqual(update, { $ref: '#/components/schemas/ClientContact' });
    const user = doc.paths['/users'].post.responses['201'].content['application/json'].schema;
    assert.deepEqual(user, { $ref: '#/components/schemas/User' }, 'an inline copy of a named schema is a reference');
  });

  it("the envelope's message is an enum of exactly the closed code list of src/core/errors.ts", () => {
    const envelope = doc.components.schemas.ErrorResponse;
    assert.deepEqual(envelope.properties.message.enum, [...ERROR_CODES]);
    assert.deepEqual(envelope.properties.errors.items.properties.code.enum, [...FIELD_ERROR_CODES]);
  });

  it('describes every response, and answers every error with the envelope', () => {
    const problems: string[] = [];
    for (const { key, op } of operations(doc)) {
      for (const [status, response] of Object.entries<any>(op.responses)) {
        if (!response.description || response.description === 'Default Response') problems.push(`${key} ${status}`);
        const schema = response.content?.['application/json']?.schema;
        if (Number(status) >= 400 && schema?.$ref !== '#/components/schemas/ErrorResponse') {
          problems.push(`${key} ${status} is not the envelope`);
        }
      }
    }
    assert.deepEqual(problems, []);
    const notFound = doc.paths['/clients/{id}'].get.responses['404'].description;
    assert.match(notFound, /^Not Found: .*`CLIENT_NOT_FOUND`/);
  });

  it('lists the shared answers: 401, 429 and 503 on keyed routes, 413 and 415 on bodies, 428 beside 412', () => {
    for (const { key, op } of operations(doc)) {
      const statuses = Object.keys(op.responses);
      const keyed = !(Array.isArray(op.security) && op.security.length === 0);
      if (keyed) for (const s of ['401', '429', '503']) assert.ok(statuses.includes(s), `${key} ${s}`);
      if (op.requestBody) for (const s of ['400', '413', '415']) assert.ok(statuses.includes(s), `${key} ${s}`);
      if (statuses.includes('412')) assert.ok(statuses.includes('428'), `${key} 428`);
    }
    assert.deepEqual(Object.keys(doc.paths['/health'].get.responses), ['200'], 'the probes are not rate-limited');
    assert.ok(doc.paths['/'].get.responses['429'], 'GET / is');
  });

  it('documents the headers: x-request-id everywhere, RateLimit-* where limited, Retry-After on 429', () => {
    for (const { key, op } of operations(doc)) {
      const limited = '429' in op.responses;
      for (const [status, response] of Object.entries<any>(op.responses)) {
        const headers = headerNames(response);
        assert.equal(headers['x-request-id'], 'XRequestId', `${key} ${status}`);
        for (const name of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']) {
          assert.equal(name in headers, limited, `${key} ${status} ${name}`);
        }
        assert.equal('Retry-After' in headers, status === '429', `${key} ${status} Retry-After`);
      }
    }
    for (const name of ['XRequestId', 'ETag', 'Location', 'RetryAfter', 'IdempotentReplayed', 'RateLimitReset']) {
      assert.ok(doc.components.headers[name]?.description, name);
    }
  });

  it('declares Idempotency-Key on every write and If-Match on every write that honours it (412)', () => {
    for (const { key, method, op } of operations(doc)) {
      const refs = (op.parameters ?? []).map((p: any) => p.$ref).filter(Boolean);
      const write = WRITES.includes(method);
      assert.equal(refs.includes('#/components/parameters/IdempotencyKey'), write, `${key} Idempotency-Key`);
      assert.equal(refs.includes('#/components/parameters/IfMatch'), '412' in op.responses, `${key} If-Match`);
    }
    assert.equal(doc.components.parameters.IfMatch.in, 'header');
    assert.equal(doc.components.parameters.IdempotencyKey.name, 'Idempotency-Key');
  });

  it("gives the contact bodies named examples, Spott's own PATCH example among them", () => {
    const update = doc.paths['/clients/contacts/{id}'].patch.requestBody.content['application/json'];
    const spott = update.examples.spott.value;
    assert.deepEqual(Object.keys(spott), [
      'role',
      'department',
      'firstName',
      'lastName',
      'emails',
      'phoneNumbers',
      'mainContactId',
      'stageId',
      'startDate',
      'endDate',
    ]);
    assert.deepEqual(spott.emails, [{ email: 'jsmith@example.com', isPrimary: true }]);
    const create = doc.paths['/clients/contacts/{id}'].post.requestBody.content['application/json'];
    assert.ok(Object.keys(create.examples).length >= 2);
  });
});

/** What the document says about ETag and Location is what the server sends. */
for (const dialect of dialects()) {
  describe(`documented response headers match the answers [${dialect}]`, () => {
    let t: TestApp;
    let doc: any;
    before(async () => {
      t = await buildTestApp(dialect);
      doc = (await inject(t.app, { method: 'GET', url: '/openapi.json' })).body;
    });
    after(async () => t.close());

    const documented = (path: string, method: string, status: number) =>
      headerNames(doc.paths[path][method].responses[String(status)]);
    const check = (res: { status: number; headers: Record<string, unknown> }, path: string, method: string) => {
      const headers = documented(path, method, res.status);
      for (const name of ['ETag', 'Location', 'x-request-id']) {
        assert.equal(name in headers, res.headers[name.toLowerCase()] !== undefined, `${method} ${path} ${name}`);
      }
      if (headers['RateLimit-Limit']) assert.ok(res.headers['ratelimit-limit'] !== undefined);
    };

    it('for clients, contacts, users and stages', async () => {
      const client = await t.client.request('POST', '/clients', { company: { name: 'Headers' } });
      check(client, '/clients', 'post');
      check(await t.client.request('GET', `/clients/${client.body.id}`), '/clients/{id}', 'get');
      const contact = await t.client.request('POST', `/clients/contacts/${client.body.id}`, {
        firstName: 'Head',
        lastName: 'Ers',
      });
      check(contact, '/clients/contacts/{id}', 'post');
      check(await t.client.request('GET', `/clients/contacts/${contact.body.id}`), '/clients/contacts/{id}', 'get');
      check(
        await t.client.request('PATCH', `/clients/contacts/${contact.body.id}`, { role: 'x' }),
        '/clients/contacts/{id}',
        'patch',
      );
      check(await t.client.request('GET', '/clients/contacts'), '/clients/contacts', 'get');
      const user = await t.client.request('POST', '/users', { name: 'Hea Ders', email: 'headers@agency.example' });
      check(user, '/users', 'post');
      const stage = await t.client.request('POST', '/pipeline/clients/stages', { name: 'H', colorHex: '#123456' });
      check(stage, '/pipeline/{pipeline}/stages', 'post');
      check(await t.client.request('GET', '/pipeline/clients/stages'), '/pipeline/{pipeline}/stages', 'get');
      const attribute = await t.client.request('POST', '/clients/columns', { label: 'Tier', type: 'text' });
      check(attribute, '/clients/columns', 'post');
    });
  });
}
