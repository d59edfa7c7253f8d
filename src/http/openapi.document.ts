import { STATUS_CODES } from 'node:http';
import { ERROR_CODES, type ErrorCode, statusOf } from '../core/errors.js';
import { REQUEST_EXAMPLES } from './openapi.examples.js';

/** The parts of an OpenAPI 3.1 document this file reads and writes; the rest passes through untouched. */
export interface OpenApiDocument {
  info: Record<string, unknown>;
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas?: Record<string, Schema>;
    parameters?: Record<string, unknown>;
    headers?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

type Schema = Record<string, any>;

interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, { example?: unknown; examples?: unknown; schema?: Schema }> };
  responses: Record<string, Response>;
}

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Schema }>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const WRITES = ['post', 'put', 'patch', 'delete'];
const ERROR_SCHEMA = '#/components/schemas/ErrorResponse';

const header = (description: string, schema: Schema) => ({ description, schema });

/** Headers, described once and referred to from every response that carries them. */
const HEADERS = {
  XRequestId: header(
    'The request id: the caller’s own `x-request-id` when it sent a valid one (1–128 printable ASCII), else a UUIDv7. ' +
      'The same id is in every error body and in the server log.',
    { type: 'string' },
  ),
  RateLimitLimit: header('Requests allowed per minute for this key (or client address)', { type: 'integer' }),
  RateLimitRemaining: header('Requests left in the current window', { type: 'integer' }),
  RateLimitReset: header('Seconds until the window resets', { type: 'integer' }),
  RetryAfter: header('Seconds to wait before trying again', { type: 'integer' }),
  ETag: header('The record’s `version`, quoted (`"3"`); send it back as `If-Match`', { type: 'string' }),
  Location: header('The path of the record just made', { type: 'string' }),
  IdempotentReplayed: header(
    '`true` when this is the kept answer to an earlier request with the same `Idempotency-Key` (API.md §5.1)',
    { type: 'string', enum: ['true'] },
  ),
};
const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

const PARAMETERS = {
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the ' +
      'write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the ' +
      'last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).',
    schema: { type: 'string', maxLength: 64 },
    example: '"3"',
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer ' +
      '(status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path ' +
      '(query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing ' +
      'again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 ' +
      'IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; ' +
      'nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked ' +
      'at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose ' +
      '`errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies ' +
      'in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7e]+$' },
    example: '6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f',
  },
};
const parameterRef = (name: keyof typeof PARAMETERS) => ({ $ref: `#/components/parameters/${name}` });

/** Successful writes that answer with `Location`: the records that have a path of their own to read them at. */
const ANSWERS_WITH_LOCATION = ['post /clients', 'post /clients/contacts/{id}', 'post /webhooks'];
/** Stages carry their version in `ETag` only: their body is Spott's `Stage`, which has no `version`. */
const ETAG_WITHOUT_VERSION = ['post /pipeline/{pipeline}/stages', 'patch /pipeline/{pipeline}/stages/{id}'];

const TAG_DESCRIPTIONS: Record<string, string> = {
  operations: 'The front door, liveness and readiness; no key needed.',
  users: 'The recruiters who own contacts (API.md §2.1).',
  'pipeline stages': 'The stages of the `client-contacts` and `clients` pipelines (API.md §2.2).',
  'custom attributes': 'Built-in and custom attribute definitions of contacts and clients (API.md §2.5).',
  clients: 'The hiring companies (API.md §2.3).',
  'client contacts': 'One person’s role at one client, and the person behind it (API.md §2.4).',
  search: 'Finding people as a recruiter types (API.md §2.6).',
  events: 'The log of every change, to keep other systems in step (API.md §4.1).',
  webhooks: 'Signed deliveries of events (API.md §4.3).',
};

/** The codes each status can carry, from the closed list itself. */
const CODES_BY_STATUS = new Map<number, ErrorCode[]>();
for (const code of ERROR_CODES) {
  for (const status of new Set([statusOf(code, 'body'), statusOf(code, 'path')])) {
    CODES_BY_STATUS.set(status, [...(CODES_BY_STATUS.get(status) ?? []), code]);
  }
}

/** The last step of generating the document (@fastify/swagger's transformObject). */
export function finishDocument(doc: OpenApiDocument): OpenApiDocument {
  referToNamedCopies(doc);
  doc.components.parameters = { ...doc.components.parameters, ...PARAMETERS };
  doc.components.headers = { ...doc.components.headers, ...HEADERS };
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      documentOperation(doc, `${method} ${path}`, method, operation);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  doc.tags = [...tags].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name }));
  nameDiscriminatedMembers(doc);
  restateConditionalRequired(doc);
  return doc;
}

function documentOperation(doc: OpenApiDocument, key: string, method: string, operation: Operation): void {
  const write = WRITES.includes(method);
  // Answers only the key itself gives (never kept, so never replayed).
  const keyAnswers = write ? addIdempotencyAnswers(operation) : [];
  const responses = Object.keys(operation.responses).sort();
  if (write) {
    const parameters = [...(operation.parameters ?? [])];
    if (responses.includes('412')) parameters.push(parameterRef('IfMatch'));
    parameters.push(parameterRef('IdempotencyKey'));
    operation.parameters = parameters;
  }
  const rateLimited = responses.includes('429');
  const sorted: Record<string, Response> = {};
  for (const status of responses) {
    const response = operation.responses[status] as Response;
    const code = Number(status);
    if (response.description === 'Default Response') response.description = describe(code, response);
    const headers: Record<string, unknown> = { 'x-request-id': headerRef('XRequestId') };
    if (rateLimited) {
      headers['RateLimit-Limit'] = headerRef('RateLimitLimit');
      headers['RateLimit-Remaining'] = headerRef('RateLimitRemaining');
      headers['RateLimit-Reset'] = headerRef('RateLimitReset');
    }
    if (code === 429) headers['Retry-After'] = headerRef('RetryAfter');
    if ((code === 200 || code === 201) && (ETAG_WITHOUT_VERSION.includes(key) || hasVersion(doc, response))) {
      headers.ETag = headerRef('ETag');
    }
    if (code === 201 && ANSWERS_WITH_LOCATION.includes(key)) headers.Location = headerRef('Location');
    // Answers that are kept for replay: not 401, 429 or 5xx (API.md §5.1), nor the key's own refusals.
    if (write && code !== 401 && code !== 429 && code < 500 && !keyAnswers.includes(status)) {
      headers['Idempotent-Replayed'] = headerRef('IdempotentReplayed');
    }
    response.headers = { ...headers, ...response.headers };
    sorted[status] = response;
  }
  operation.responses = sorted;
  const examples = REQUEST_EXAMPLES[key];
  const media = operation.requestBody?.content?.['application/json'];
  if (examples && media) {
    delete media.example;
    media.examples = examples;
  }
}

/**
 * Every write may answer 409 IDEMPOTENCY_KEY_IN_USE and 422 IDEMPOTENCY_KEY_REUSED (API.md §5.1); answers the
 * statuses the operation did not declare itself.
 */
function addIdempotencyAnswers(operation: Operation): string[] {
  const envelope = { 'application/json': { schema: { $ref: ERROR_SCHEMA } } };
  const added = ['409', '422'].filter((status) => !(status in operation.responses));
  operation.responses['409'] ??= {
    description:
      'Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same ' +
      '`Idempotency-Key` is still running (retry after `Retry-After`, 1 second)',
    content: envelope,
  };
  operation.responses['422'] ??= {
    description:
      'Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` ' +
      'was used within 24 h with another method, path or body',
    content: envelope,
  };
  return added;
}

function describe(status: number, response: Response): string {
  const reason = STATUS_CODES[status] ?? `Status ${status}`;
  const schema = response.content?.['application/json']?.schema;
  if (schema?.$ref === ERROR_SCHEMA) {
    const codes = (CODES_BY_STATUS.get(status) ?? []).map((c) => `\`${c}\``);
    return `${reason}: the error envelope; \`message\` is ${codes.length > 1 ? 'one of ' : ''}${codes.join(', ')}`;
  }
  const name = typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  if (status === 204) return `${reason}: done`;
  if (name) return `${reason}: the ${name}`;
  if (schema?.properties?.items && schema.properties.pageInfo) return `${reason}: one page (\`items\`, \`pageInfo\`)`;
  return reason;
}

function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  for (let hops = 0; schema?.$ref && hops < 10; hops++) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    schema = doc.components.schemas?.[name];
  }
  return schema;
}

function hasVersion(doc: OpenApiDocument, response: Response): boolean {
  const schema = resolve(doc, response.content?.['application/json']?.schema);
  const version = schema?.properties?.version;
  return Array.isArray(schema?.required) && schema.required.includes('version') && version?.type === 'integer';
}

/** Every object in the document below `node` (schemas among them), each once, for rewriting in place. */
function* schemasOf(node: unknown, seen = new Set<unknown>()): Generator<Schema> {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (!Array.isArray(node)) yield node as Schema;
  for (const value of Object.values(node)) yield* schemasOf(value, seen);
}

/**
 * A `oneOf` with a `discriminator` whose members are inline (TypeBox builds them so): the discriminator can only
 * select named schemas, so each titled member becomes a component (`text filter` → `TextFilter`) with a mapping
 * from its discriminating value. Generated clients then name those types too.
 */
function nameDiscriminatedMembers(doc: OpenApiDocument): void {
  doc.components.schemas ??= {};
  const schemas = doc.components.schemas;
  for (const schema of [...schemasOf(doc.paths), ...schemasOf(schemas)]) {
    const property = schema.discriminator?.propertyName;
    if (typeof property !== 'string' || !Array.isArray(schema.oneOf)) continue;
    const mapping: Record<string, string> = { ...schema.discriminator.mapping };
    schema.oneOf = schema.oneOf.map((member: Schema) => {
      const value = member.properties?.[property]?.enum?.[0] ?? member.properties?.[property]?.const;
      if (member.$ref || typeof member.title !== 'string' || typeof value !== 'string') return member;
      const name = member.title
        .split(/\s+/)
        .map((word: string) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('');
      schemas[name] = member;
      mapping[value] = `#/components/schemas/${name}`;
      return { $ref: mapping[value] };
    });
    schema.discriminator = { ...schema.discriminator, mapping };
  }
}

/**
 * `if: { not: { required: [a] } }, then: { required: [b, c] }` names properties that the enclosing object defines.
 * Readers of a subschema alone (linters, example validators that refuse properties a subschema does not list) see
 * them undefined; the subschemas restate every property of the enclosing object as `true`, which constrains
 * nothing, so the meaning is unchanged.
 */
function restateConditionalRequired(doc: OpenApiDocument): void {
  for (const schema of schemasOf(doc)) {
    if (!schema.properties || typeof schema.properties !== 'object' || !schema.if) continue;
    const all = Object.fromEntries(Object.keys(schema.properties).map((name) => [name, true]));
    for (const condition of [schema.if, schema.then, schema.else, schema.if.not]) {
      if (condition && typeof condition === 'object' && Array.isArray(condition.required)) {
        condition.properties = { ...all, ...condition.properties };
      }
    }
  }
}

/**
 * A route that answers with a shared schema itself rather than a reference to it (`response: { 200: User }`)
 * gets an inline copy; it becomes a reference to the named component, so clients see one `User` type.
 */
function referToNamedCopies(doc: OpenApiDocument): void {
  const named = Object.entries(doc.components.schemas ?? {}).map(([name, schema]) => ({
    name,
    text: canonical(schema),
  }));
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      const media = [
        ...Object.values(operation?.requestBody?.content ?? {}),
        ...Object.values(operation?.responses ?? {}).flatMap((r) => Object.values(r.content ?? {})),
      ];
      for (const m of media) {
        if (!m.schema || m.schema.$ref) continue;
        const text = canonical(m.schema);
        const match = named.find((n) => n.text === text);
        if (match) m.schema = { $ref: `#/components/schemas/${match.name}` };
      }
    }
  }
}

/** JSON with sorted keys, without `$id` and `title`, for comparing schemas. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (key === '$id' || key === 'title') return undefined;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]),
    );
  });
}
