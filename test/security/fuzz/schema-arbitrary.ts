import { Ajv } from 'ajv';
import fc from 'fast-check';
import { IdRef, type IdSource, Placeholder, setOwn, TypedValue } from './json-text.js';
import { codePoints, fitLength, padding, plainText } from './text.js';

/**
 * A JSON-Schema → fast-check generator for the subset the request schemas use: `type` (one or a list, so
 * `["string", "null"]`), `enum`, `const`, strings (`minLength`, `maxLength`, `pattern`, a few `format`s),
 * `integer` / `number` (`minimum`, `maximum`, exclusive bounds), `boolean`, `null`, arrays (`items`,
 * `minItems`, `maxItems`, `uniqueItems`), objects (`properties`, `required`, `additionalProperties`, and
 * an `if` / `then` that adds required keys), `anyOf` / `oneOf`, `$ref` into the document, and schemas
 * with no type at all (any JSON value).
 *
 * What it makes is valid against the schema once strings are trimmed (the server trims first), except
 * that fields naming other records (`stageId`, `mainContactId`, …) get an `IdRef`, which the runner
 * resolves to an id of the fuzzed tenant, of the other tenant, or to one that names nothing.
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  $ref?: string;
  examples?: unknown[];
  description?: string;
  [keyword: string]: unknown;
}

/** Which tables a field naming another record points into; other `…Id` fields may name any record. */
export const ID_FIELD_TABLES: Record<string, string[]> = {
  stageId: ['stages'],
  moveTo: ['stages'],
  mainContactId: ['users'],
  userId: ['users'],
  candidateId: ['people'],
  clientId: ['clients'],
  attributeDefinitionId: ['attribute_definitions'],
};

export function isIdField(name: string | undefined): boolean {
  return name !== undefined && (Object.hasOwn(ID_FIELD_TABLES, name) || /[a-z]Ids?$/.test(name));
}

export function idTablesFor(name: string | undefined): string[] {
  return name !== undefined && Object.hasOwn(ID_FIELD_TABLES, name) ? ID_FIELD_TABLES[name] : [];
}

export interface SchemaContext {
  /** For `$ref`: the document whose `#/...` pointers the schemas use. */
  root: unknown;
}

export function resolveRef(ctx: SchemaContext, schema: JsonSchema): JsonSchema {
  let s = schema;
  for (let hops = 0; s.$ref && hops < 20; hops++) {
    const ref = s.$ref;
    if (!ref.startsWith('#/')) throw new Error(`fuzz: only local $refs are supported, not ${ref}`);
    let node: any = ctx.root;
    for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!node) throw new Error(`fuzz: $ref ${ref} not found`);
    s = node as JsonSchema;
  }
  return s;
}

export function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.enum) return [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/**
 * An id-valued field: mostly a record of the right kind of the fuzzed tenant; sometimes a record of another
 * kind, one of the other tenant's, or a well-formed id that names nothing. `right` weighs the first.
 */
export function idArbitrary(tables: string[], right = 12): fc.Arbitrary<IdRef> {
  const pick = fc.nat({ max: 1_000_000 });
  const source: fc.Arbitrary<IdSource> = fc.oneof(
    { weight: right, arbitrary: pick.map((p) => ({ from: 'own' as const, tables, pick: p })) },
    { weight: 2, arbitrary: pick.map((p) => ({ from: 'own' as const, tables: [], pick: p })) },
    { weight: 2, arbitrary: pick.map((p) => ({ from: 'other' as const, tables, pick: p })) },
    { weight: 2, arbitrary: fc.uuid({ version: 7 }).map((text) => ({ from: 'fresh' as const, text })) },
  );
  return source.map((s) => new IdRef(s));
}

/** Values for a schema that says nothing (`Type.Unknown`): the shapes custom-attribute values come in. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: plainText.map((s) => fitLength(s, 0, 10_000)) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'c', 'Junior', 'Senior', 'EUR') },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }) },
  {
    weight: 2,
    arbitrary: fc.record({
      amount: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
      currency: fc.constantFrom('EUR', 'USD', 'JPY', 'eur', 'XXX', 'ZZZ', ''),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Removes lookahead / lookbehind groups, which fc.stringMatching cannot generate from. */
export function withoutLookarounds(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (
      pattern.startsWith('(?=', i) ||
      pattern.startsWith('(?!', i) ||
      pattern.startsWith('(?<=', i) ||
      pattern.startsWith('(?<!', i)
    ) {
      let depth = 0;
      let inClass = false;
      for (; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') i++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      continue;
    }
    out += pattern[i];
  }
  return out;
}

const UNICODE_LETTERS = ['é', 'ß', 'Ω', 'ж', '字', '𝒳', '🙂', 'ı', 'İ', 'ﬁ'];

/** Strings matching `pattern` (trimmed), within the length bounds, sometimes with a non-ASCII letter spliced in. */
export function patternArbitrary(pattern: string, min: number, max: number): fc.Arbitrary<string> {
  const re = new RegExp(pattern, 'u');
  const fits = (s: string) => re.test(s) && codePoints(s) >= min && codePoints(s) <= max;
  const base = fc
    .stringMatching(new RegExp(withoutLookarounds(pattern)))
    .map((s) => s.trim())
    .filter(fits);
  const spliced = fc.tuple(base, fc.nat(), fc.constantFrom(...UNICODE_LETTERS)).map(([s, i, u]) => {
    const at = i % (s.length + 1);
    const t = s.slice(0, at) + u + s.slice(at);
    return fits(t) && !/[\uD800-\uDFFF]/u.test(t) ? t : s;
  });
  return fc.oneof({ weight: 3, arbitrary: base }, { weight: 1, arbitrary: spliced });
}

function stringArbitrary(schema: JsonSchema, key: string | undefined): fc.Arbitrary<unknown> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  if (isIdField(key)) {
    return fc.oneof({ weight: 12, arbitrary: idArbitrary(idTablesFor(key)) }, { weight: 1, arbitrary: plainText });
  }
  let core: fc.Arbitrary<string>;
  if (schema.pattern) core = patternArbitrary(schema.pattern, min, max);
  else if (schema.format === 'uuid') core = fc.uuid();
  else if (schema.format === 'date-time') core = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  else if (schema.format === 'email') core = fc.emailAddress();
  else if (schema.format === 'uri' || schema.format === 'url') core = fc.webUrl();
  else {
    const sized = plainText.map((s) => fitLength(s, min, max));
    const boundary = fc
      .constantFrom('x', 'é', '𝒳', '字', '\u00e9\u0301')
      .map((c) => fitLength(c.repeat(max), min, max));
    core = max <= 10_000 ? fc.oneof({ weight: 12, arbitrary: sized }, { weight: 1, arbitrary: boundary }) : sized;
  }
  // Surrounding whitespace is trimmed away before validation, so it never makes a valid string invalid.
  return fc.tuple(padding, core, padding).map(([a, s, b]) => a + s + b);
}

function integerBounds(schema: JsonSchema): [number, number] {
  let min = schema.minimum ?? -(2 ** 31);
  let max = schema.maximum ?? 2 ** 31;
  if (schema.exclusiveMinimum !== undefined) min = Math.max(min, Math.floor(schema.exclusiveMinimum) + 1);
  if (schema.exclusiveMaximum !== undefined) max = Math.min(max, Math.ceil(schema.exclusiveMaximum) - 1);
  return [min, max];
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const [min, max] = integerBounds(schema);
  const ints = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, Math.min(Math.max(0, min), max)) },
  );
  if (integer) return ints;
  const lo = schema.minimum ?? schema.exclusiveMinimum ?? -1e308;
  const hi = schema.maximum ?? schema.exclusiveMaximum ?? 1e308;
  const doubles = fc
    .double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
    .filter(
      (n) =>
        (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) &&
        (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum),
    );
  return fc.oneof({ weight: 2, arbitrary: doubles }, { weight: 1, arbitrary: ints.filter((n) => n >= lo && n <= hi) });
}

const placeholderAjv = new Ajv({ strict: false, allErrors: false });

/** The value with placeholders swapped for plain stand-ins, for evaluating an `if` clause. */
function standIn(value: unknown): unknown {
  if (value instanceof IdRef) return '00000000-0000-7000-8000-000000000000';
  if (value instanceof Placeholder) return null;
  if (Array.isArray(value)) return value.map(standIn);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) setOwn(out, k, standIn((value as Record<string, unknown>)[k]));
    return out;
  }
  return value;
}

function objectArbitrary(ctx: SchemaContext, schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const keys = Object.keys(props);
  const required = (schema.required ?? []).filter((k) => k in props);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const k of keys) model[k] = validArbitrary(ctx, props[k], k, depth + 1);
  // A value beside a custom-attribute definition id: mostly one that fits that definition's type.
  if (keys.includes('attributeDefinitionId') && keys.includes('value') && typesOf(props.value).length === 0) {
    model.value = fc.oneof(
      { weight: 3, arbitrary: fc.nat().map((seed) => new TypedValue(seed)) },
      { weight: 2, arbitrary: model.value },
    );
  }
  const thenRequired = (schema.then?.required ?? []).filter((k) => k in props);
  const conditional: Record<string, fc.Arbitrary<unknown>> = {};
  for (const k of thenRequired) conditional[k] = model[k];
  const validateIf = schema.if ? placeholderAjv.compile(schema.if) : undefined;
  const optional = keys.filter((k) => !required.includes(k));
  // Either whatever fast-check picks, or at most two optional fields: a body with fewer fields is refused
  // for fewer reasons at once, so more of them get through to the rules and the database.
  const keep = fc.oneof(
    fc.constant(optional),
    fc.shuffledSubarray(optional, { maxLength: Math.min(2, optional.length) }),
  );
  return fc
    .tuple(fc.record(model, { requiredKeys: required }), fc.record(conditional), keep)
    .map(([picked, extra, kept]) => {
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        if (Object.hasOwn(picked, k) && (required.includes(k) || kept.includes(k))) {
          setOwn(out, k, picked[k as keyof typeof picked]);
        }
      }
      if (validateIf?.(standIn(out))) {
        for (const k of thenRequired) if (!Object.hasOwn(out, k)) setOwn(out, k, extra[k as keyof typeof extra]);
      }
      return out;
    });
}

function arrayArbitrary(ctx: SchemaContext, schema: JsonSchema, key: string | undefined, depth: number) {
  const item = schema.items ? validArbitrary(ctx, schema.items, key, depth + 1) : anyValue;
  const minLength = schema.minItems ?? 0;
  const maxItems = schema.maxItems ?? 10;
  const usual = Math.max(minLength, Math.min(maxItems, 3));
  const lengths = [
    { weight: 6, arbitrary: fc.constant(usual) },
    { weight: 1, arbitrary: fc.constant(Math.min(maxItems, 200)) },
  ];
  return fc
    .oneof(...lengths)
    .chain((maxLength) =>
      schema.uniqueItems
        ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(trimmed(v)) })
        : fc.array(item, { minLength, maxLength }),
    );
}

/**
 * A copy with every string trimmed, as the server sees a body before validating it. Like the server, it
 * stops 32 levels down (nothing valid nests deeper; a 3000-level array must not exhaust the stack).
 */
export function trimmed(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.trim();
  if (depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => trimmed(v, depth + 1));
  if (value !== null && typeof value === 'object' && !(value instanceof Placeholder)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) setOwn(out, k, trimmed((value as Record<string, unknown>)[k], depth + 1));
    return out;
  }
  return value;
}

/** Values valid against `schema` (after trimming); `key` is the property name the value sits under. */
export function validArbitrary(ctx: SchemaContext, input: JsonSchema, key?: string, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveRef(ctx, input);
  if (depth > 12) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((b) => validArbitrary(ctx, b, key, depth + 1)));
  const types = typesOf(schema);
  if (types.length === 0) return anyValue;
  const arbitraries = types.map((type) => {
    switch (type) {
      case 'string':
        return { weight: 4, arbitrary: stringArbitrary(schema, key) };
      case 'integer':
        return { weight: 4, arbitrary: numberArbitrary(schema, true) };
      case 'number':
        return { weight: 4, arbitrary: numberArbitrary(schema, false) };
      case 'boolean':
        return { weight: 4, arbitrary: fc.boolean() };
      case 'null':
        return { weight: 1, arbitrary: fc.constant(null) };
      case 'array':
        return { weight: 4, arbitrary: arrayArbitrary(ctx, schema, key, depth) };
      case 'object':
        return { weight: 4, arbitrary: objectArbitrary(ctx, schema, depth) };
      default:
        throw new Error(`fuzz: schema type ${type} is not supported`);
    }
  });
  return arbitraries.length === 1 ? arbitraries[0].arbitrary : fc.oneof(...arbitraries);
}
