import fc from 'fast-check';
import type { Endpoint } from './endpoints.js';
import { clone, type IdRef, Placeholder, RawJson, setOwn } from './json-text.js';
import {
  idArbitrary,
  idTablesFor,
  isIdField,
  type JsonSchema,
  type SchemaContext,
  validArbitrary,
} from './schema-arbitrary.js';
import { CONTROL_CHARACTERS, hugeText, plainText, SQL_FRAGMENTS, unstorableText, WHITESPACE } from './text.js';

/**
 * One fuzz case: the path parameters, query, body and headers of one request to one endpoint. Ids are
 * `IdRef`s until the case runs; a JSON body is a valid value plus mutations applied when the case runs.
 */

export type ParamSpec =
  | { kind: 'id'; ref: IdRef; transform?: IdTransform }
  | { kind: 'text'; text: string; encode: boolean };

export type IdTransform = 'upper' | 'nul' | 'dotdot' | 'slash' | 'space' | 'fullwidth' | 'longer' | 'prefixDots';

export type Mutation =
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'drop'; pick: number }
  | { op: 'addKey'; pick: number; key: string; value: unknown };

export type BodySpec =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; mutations: Mutation[] }
  | { kind: 'raw'; text: string; label: string }
  /** A JSON body with bytes that are not UTF-8 in one string, or the whole body in another encoding. */
  | { kind: 'bytes'; value: unknown; pick: number; bad: number[] | 'utf16le' | 'utf16le-bom' | 'latin1' | 'utf8-bom' };

export type IfMatchSpec = { kind: 'current'; form: 'quoted' | 'weak' | 'bare' } | { kind: 'text'; text: string };

export interface HeaderSpec {
  apiKey: 'valid' | 'missing' | 'wrong' | 'twice' | 'padded';
  /** Sent with a body (and, when not plain `application/json`, without one too); null sends none. */
  contentType: string | null;
  requestId?: string | string[];
  ifMatch?: IfMatchSpec;
  extra: [string, string][];
}

export interface Case {
  params: Record<string, ParamSpec>;
  query: [string, string | IdRef][];
  body: BodySpec;
  headers: HeaderSpec;
}

/** Which tables a path `{id}` names, per endpoint; for an endpoint not listed, it is guessed from the path. */
export const PATH_ID_TABLES: Record<string, string[]> = {
  'PATCH /users/{id}': ['users'],
  'PATCH /pipeline/{pipeline}/stages/{id}': ['stages'],
  'DELETE /pipeline/{pipeline}/stages/{id}': ['stages'],
  'PATCH /clients/{id}': ['clients'],
  'DELETE /clients/{id}': ['clients'],
  'POST /clients/contacts/{id}': ['clients'],
  'PATCH /clients/contacts/{id}': ['client_contacts'],
  'DELETE /clients/contacts/{id}': ['client_contacts'],
  'POST /clients/contacts/{id}/restore': ['client_contacts'],
};

const KNOWN_TABLES = ['users', 'stages', 'clients', 'client_contacts', 'people', 'attribute_definitions'];

function pathIdTables(endpoint: Endpoint, param: string): string[] {
  const hinted = PATH_ID_TABLES[endpoint.key];
  if (hinted) return hinted;
  const segments = endpoint.template.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1] ?? '';
  return KNOWN_TABLES.filter((t) => t === before || t === `${before}s` || t === before.replace(/-/g, '_'));
}

/** Words an OpenAPI parameter offers as its values: its examples and the `backticked` words of its description. */
function offeredValues(description: string | undefined, examples: unknown[] | undefined): string[] {
  const words = [...(description ?? '').matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  return [...new Set([...(examples ?? []).filter((e): e is string => typeof e === 'string'), ...words])];
}

export const HOSTILE_PATH_TEXTS = [
  '',
  ' ',
  'x',
  '0',
  '-1',
  'null',
  'undefined',
  '..',
  '.',
  '%2e%2e',
  '..%2f..%2fusers',
  '%00',
  'a%00b',
  '%zz',
  '%',
  '%C0%AE',
  '%ED%A0%80',
  '%FF',
  '*',
  '%2F',
  'a/b',
  '?x=1',
  '#frag',
  ';',
  ',',
  '~',
  '%20',
  'é',
  '𝒳',
  '\u202e',
  "' OR 1=1 --",
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-7fff-bfff-ffffffffffff',
  '__proto__',
  'constructor',
  '_list',
];

const hostilePathText: fc.Arbitrary<ParamSpec> = fc
  .oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_PATH_TEXTS), fc.boolean()) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.integer({ min: 100, max: 5000 }).map((n) => 'a'.repeat(n)),
        fc.constant(false),
      ),
    },
    { weight: 2, arbitrary: fc.tuple(plainText, fc.constant(true)) },
  )
  .map(([text, encode]) => ({ kind: 'text' as const, text, encode }));

const idTransform = fc.constantFrom<IdTransform>(
  'upper',
  'nul',
  'dotdot',
  'slash',
  'space',
  'fullwidth',
  'longer',
  'prefixDots',
);

function paramArbitrary(endpoint: Endpoint, name: string, description?: string, examples?: unknown[]) {
  const offered = offeredValues(description, examples);
  if (name === 'id' || isIdField(name) || offered.length === 0) {
    const ref = idArbitrary(pathIdTables(endpoint, name), 30);
    return fc.oneof(
      { weight: 16, arbitrary: ref.map((r) => ({ kind: 'id' as const, ref: r })) },
      {
        weight: 2,
        arbitrary: fc.tuple(ref, idTransform).map(([r, t]) => ({ kind: 'id' as const, ref: r, transform: t })),
      },
      { weight: 3, arbitrary: hostilePathText },
    );
  }
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc.constantFrom(...offered).map((text) => ({ kind: 'text' as const, text, encode: true })),
    },
    { weight: 2, arbitrary: hostilePathText },
  );
}

/** Values that are the wrong type for almost any field. */
const wrongTypes = fc.constantFrom<unknown>(
  0,
  1,
  -1,
  1.5,
  true,
  false,
  null,
  '',
  '5',
  'true',
  'null',
  [],
  {},
  [1],
  ['x'],
  [null],
  {
    a: 1,
  },
);

const NUMBER_TEXTS = [
  '1e308',
  '-1e308',
  '-0',
  '-0.0',
  '1e309',
  '-1e309',
  '1e-400',
  '4.9e-324',
  '123456789012345678901234567890',
  '9007199254740993',
  '1E2',
  '0.1e1',
  '1.0',
  '10000.0000000000001',
];

/** Text that is not JSON at all, spliced where a value goes. */
const NOT_JSON = [
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '01',
  '+1',
  '.5',
  "'x'",
  'undefined',
  '"\\x41"',
  '"\\u00"',
  '"open',
];

/** Valid JSON escapes for strings no text column stores as is. */
const ESCAPED_STRINGS = ['"\\ud800"', '"\\udc00\\ud800"', '"a\\udfffb"', '"\\u0000"', '"x\\u0000"', '"\\ufffe"'];

function nested(depth: number, kind: 'array' | 'object' | 'mixed'): string {
  const open = kind === 'array' ? '[' : kind === 'object' ? '{"a":' : '[{"a":';
  const close = kind === 'array' ? ']' : kind === 'object' ? '}' : '}]';
  return open.repeat(depth) + (kind === 'array' ? '' : '1') + close.repeat(depth);
}

const deepNesting = fc
  .tuple(fc.integer({ min: 100, max: 3000 }), fc.constantFrom<'array' | 'object' | 'mixed'>('array', 'object', 'mixed'))
  .map(([depth, kind]) => new RawJson(nested(depth, kind), `${kind} nested ${depth} deep`));

function protoPayloads(): unknown[] {
  const polluted = () => {
    const o: Record<string, unknown> = {};
    setOwn(o, 'polluted', 'yes');
    return o;
  };
  const wrap = (key: string, inner: unknown) => {
    const o: Record<string, unknown> = {};
    setOwn(o, key, inner);
    return o;
  };
  return [
    polluted(),
    wrap('__proto__', polluted()),
    wrap('prototype', polluted()),
    wrap('constructor', wrap('prototype', polluted())),
    [polluted()],
    'yes',
  ];
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const UNKNOWN_KEYS = [
  ...PROTO_KEYS,
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'polluted',
  '',
  ' ',
  'id',
  'tenantId',
  'tenant_id',
  'version',
  'createdAt',
  'archivedAt',
  'deactivatedAt',
  'Name',
  'name ',
  'firstname',
  'e-mail',
  '$where',
  'a.b',
  'emails.0',
  '\u0000',
  '𝒳',
];

/** A value for an unknown key or a replaced node. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wrongTypes },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_TEXTS).map((t) => new RawJson(t, t)) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_JSON).map((t) => new RawJson(t, t)) },
  { weight: 2, arbitrary: fc.constantFrom(...ESCAPED_STRINGS).map((t) => new RawJson(t, t)) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: hugeText },
  { weight: 3, arbitrary: unstorableText },
  { weight: 2, arbitrary: plainText },
  { weight: 2, arbitrary: fc.constantFrom(...SQL_FRAGMENTS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL_CHARACTERS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...WHITESPACE), minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: idArbitrary([]) },
  { weight: 1, arbitrary: fc.constantFrom(...protoPayloads()) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('addKey' as const),
      pick: fc.nat(),
      key: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...UNKNOWN_KEYS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      value: hostileValue,
    }),
  },
);

interface Slot {
  parent: Record<string, unknown> | unknown[] | null;
  key: string | number;
  value: unknown;
}

function slots(root: unknown): Slot[] {
  const out: Slot[] = [{ parent: null, key: '', value: root }];
  const walk = (value: unknown) => {
    if (value instanceof Placeholder || value === null || typeof value !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
    for (const [key, v] of entries) {
      out.push({ parent: value as Record<string, unknown>, key, value: v });
      walk(v);
    }
  };
  walk(root);
  return out;
}

/** Applies mutations to a copy of `value`; returns the new root (a replaced root is the new value). */
export function mutate(value: unknown, mutations: Mutation[]): unknown {
  let root = clone(value);
  for (const m of mutations) {
    const all = slots(root);
    // A copy: generated constants ([], {}, the `__proto__` payloads) are shared between cases, and a later
    // mutation must neither change them nor make a cycle by placing one inside itself.
    const value = clone('value' in m ? m.value : undefined);
    if (m.op === 'replace') {
      const slot = all[m.pick % all.length];
      if (slot.parent === null) root = value;
      else if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
      else setOwn(slot.parent, slot.key as string, value);
    } else if (m.op === 'drop') {
      const children = all.filter((s) => s.parent !== null);
      if (children.length === 0) continue;
      const slot = children[m.pick % children.length];
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete (slot.parent as Record<string, unknown>)[slot.key as string];
    } else {
      const objects = all.filter(
        (s) =>
          s.value !== null &&
          typeof s.value === 'object' &&
          !Array.isArray(s.value) &&
          !(s.value instanceof Placeholder),
      );
      if (objects.length === 0) continue;
      setOwn(objects[m.pick % objects.length].value as Record<string, unknown>, m.key, value);
    }
  }
  return root;
}

/** The paths of string leaves, for placing bytes that are not UTF-8. */
export function stringSlots(value: unknown): Slot[] {
  return slots(value).filter((s) => typeof s.value === 'string' && s.parent !== null);
}

const RAW_BODIES = [
  '',
  ' ',
  '\n\t',
  'null',
  'true',
  '1',
  '-0',
  '"x"',
  '[]',
  '[{}]',
  '{',
  '}',
  '{"a":}',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '{"a":1} x',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":null}',
  '{"a":1,"a":2}',
  'NaN',
  '\ufeff{}',
  '{"name":"\\ud800"}',
  '{"name":"a\\u0000b"}',
  '\u0000',
  '{"x":"\u0000"}',
  '%7B%7D',
  'name=x&email=y',
  '<xml/>',
  '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
];

const rawBody: fc.Arbitrary<BodySpec> = fc
  .oneof(
    { weight: 8, arbitrary: fc.constantFrom(...RAW_BODIES).map((text) => ({ text, label: 'raw' })) },
    { weight: 1, arbitrary: deepNesting.map((r) => ({ text: r.text, label: r.label })) },
    {
      weight: 1,
      arbitrary: fc.constant({ text: `{"name":"${'a'.repeat(1024 * 1024 + 10)}"}`, label: 'over 1 MiB' }),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1000, max: 100_000 }).map((n) => ({ text: ' '.repeat(n), label: 'spaces' })),
    },
  )
  .map(({ text, label }) => ({ kind: 'raw' as const, text, label }));

const BAD_BYTES: number[][] = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc0, 0xaf],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf0, 0x9f, 0x98],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

function bytesBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<BodySpec> {
  return fc.record({
    kind: fc.constant('bytes' as const),
    value: valid,
    pick: fc.nat(),
    bad: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...BAD_BYTES) },
      {
        weight: 2,
        arbitrary: fc.constantFrom<'utf16le' | 'utf16le-bom' | 'latin1' | 'utf8-bom'>(
          'utf16le',
          'utf16le-bom',
          'latin1',
          'utf8-bom',
        ),
      },
    ),
  });
}

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'application/json;charset=UTF-8',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'Application/JSON',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json\r\nx-injected: 1',
  ' application/json',
  'application/jsonx',
  'application/json5',
  'text/json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '*/*',
  '',
];

const IF_MATCH_GARBAGE = [
  'W/"x"',
  '"1", "2"',
  '*',
  '-1',
  '1e3',
  '0',
  '"0"',
  '00000000000000000001',
  '9999999999999999',
  '"',
  '""',
  'W/',
  'w/"1"',
  '" 1 "',
  '1.0',
  '0x1',
  '１',
  'a\r\nx-injected: 1',
];

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 128,
});

const requestId: fc.Arbitrary<string | string[] | undefined> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: printable },
  { weight: 1, arbitrary: fc.integer({ min: 129, max: 10_000 }).map((n) => 'r'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('abc\r\nx-injected: 1', 'abc\nSet-Cookie: a=b', 'abc\r', '\r\n') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'héllo', '日本', 'tab\there', '\u007f', 'a\u0000b') },
  { weight: 1, arbitrary: fc.tuple(printable, printable).map(([a, b]) => [a, b]) },
);

const ifMatch: fc.Arbitrary<IfMatchSpec | undefined> = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<'quoted' | 'weak' | 'bare'>('quoted', 'weak', 'bare')
      .map((form) => ({ kind: 'current' as const, form })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom(...IF_MATCH_GARBAGE),
        fc.integer({ min: 1, max: 10_000 }).map((n) => 'x'.repeat(n)),
        printable,
      )
      .map((text) => ({ kind: 'text' as const, text })),
  },
);

const EXTRA_HEADERS: [string, string][] = [
  ['content-encoding', 'gzip'],
  ['content-encoding', 'br'],
  ['content-length', '0'],
  ['content-length', '99999999'],
  ['content-length', '-1'],
  ['content-length', 'abc'],
  ['x-http-method-override', 'DELETE'],
  ['x-forwarded-for', '127.0.0.1, 10.0.0.1'],
  ['authorization', 'Bearer x'],
  ['expect', '100-continue'],
  ['accept', 'text/html'],
  ['accept-charset', 'latin1'],
  ['x-tenant-id', '00000000-0000-7000-8000-000000000000'],
];

const headers: fc.Arbitrary<HeaderSpec> = fc.record({
  apiKey: fc.oneof(
    { weight: 24, arbitrary: fc.constant('valid' as const) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('missing' as const, 'wrong' as const, 'twice' as const, 'padded' as const),
    },
  ),
  contentType: fc.oneof(
    { weight: 24, arbitrary: fc.constant('application/json') },
    { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  requestId,
  ifMatch,
  extra: fc.oneof(
    { weight: 12, arbitrary: fc.constant([] as [string, string][]) },
    { weight: 1, arbitrary: fc.subarray(EXTRA_HEADERS, { minLength: 1, maxLength: 2 }) },
  ),
});

function queryArbitrary(endpoint: Endpoint): fc.Arbitrary<[string, string | IdRef][]> {
  const hostile = fc.constantFrom('', 'TRUE', '1', 'yes', '%00', 'é', '[object Object]', 'x'.repeat(5000), "'");
  const perParam = endpoint.queryParams.map((p) => {
    const schema = p.schema as JsonSchema;
    const plain: fc.Arbitrary<string | IdRef> =
      schema.type === 'boolean'
        ? fc.constantFrom('true', 'false')
        : isIdField(p.name)
          ? idArbitrary(idTablesFor(p.name))
          : plainText;
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant([] as [string, string | IdRef][]) },
      { weight: 4, arbitrary: plain.map((v) => [[p.name, v]] as [string, string | IdRef][]) },
      { weight: 1, arbitrary: hostile.map((v) => [[p.name, v]] as [string, string | IdRef][]) },
      {
        weight: 1,
        arbitrary: fc.tuple(plain, plain).map(
          ([a, b]) =>
            [
              [p.name, a],
              [p.name, b],
            ] as [string, string | IdRef][],
        ),
      },
    );
  });
  const unknown = fc.oneof(
    { weight: 10, arbitrary: fc.constant([] as [string, string][]) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<[string, string]>(
          ['__proto__', 'x'],
          ['__proto__[polluted]', 'yes'],
          ['constructor[prototype][polluted]', 'yes'],
          ['a[b]', 'c'],
          ['tenantId', '00000000-0000-7000-8000-000000000000'],
          ['', ''],
        )
        .map((pair) => [pair]),
    },
  );
  return fc.tuple(fc.tuple(...perParam), unknown).map(([lists, extra]) => [...lists.flat(), ...extra]);
}

/** Every case for one endpoint: valid bodies, mutated ones, raw text, bad bytes, odd ids and headers. */
export function caseArbitrary(ctx: SchemaContext, endpoint: Endpoint): fc.Arbitrary<Case> {
  const params: Record<string, fc.Arbitrary<ParamSpec>> = {};
  for (const p of endpoint.pathParams) params[p.name] = paramArbitrary(endpoint, p.name, p.description, p.examples);
  const valid = endpoint.body ? validArbitrary(ctx, endpoint.body) : fc.constant({});
  const json = (mutations: fc.Arbitrary<Mutation[]>): fc.Arbitrary<BodySpec> =>
    fc.record({ kind: fc.constant('json' as const), value: valid, mutations });
  const body: fc.Arbitrary<BodySpec> = endpoint.body
    ? fc.oneof(
        { weight: 7, arbitrary: json(fc.constant([])) },
        { weight: 7, arbitrary: json(fc.array(mutation, { minLength: 1, maxLength: 3 })) },
        { weight: 1, arbitrary: rawBody },
        { weight: 1, arbitrary: bytesBody(valid) },
        { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
      )
    : fc.oneof(
        { weight: 8, arbitrary: fc.constant({ kind: 'none' as const }) },
        { weight: 2, arbitrary: json(fc.array(mutation, { minLength: 1, maxLength: 2 })) },
        { weight: 1, arbitrary: rawBody },
        { weight: 1, arbitrary: bytesBody(fc.constant({ a: 'b' })) },
      );
  return fc.record({ params: fc.record(params), query: queryArbitrary(endpoint), body, headers });
}
