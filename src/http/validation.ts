import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError, FieldErrorCode } from '../core/errors.js';

function makeAjv(options: ConstructorParameters<typeof Ajv>[0]): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, ...options });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Fastify's `schemaController.compilersFactory.buildValidator`: called for each plugin scope with the
 * shared schemas known there. Bodies get a strict Ajv (no coercion, no defaults, no silent removal, every
 * problem reported); query strings and path params arrive as text, so theirs may coerce (and wrap a
 * single value into an array).
 */
export function buildValidator(externalSchemas: Record<string, unknown> = {}): FastifySchemaCompiler<unknown> {
  const bodyAjv = makeAjv({ coerceTypes: false, useDefaults: false, removeAdditional: false });
  const urlAjv = makeAjv({ coerceTypes: 'array', useDefaults: true, removeAdditional: false });
  for (const schema of Object.values(externalSchemas)) {
    bodyAjv.addSchema(schema as object);
    urlAjv.addSchema(schema as object);
  }
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : urlAjv).compile(schema as object);
}

const codeByKeyword: Record<string, FieldErrorCode> = {
  required: 'REQUIRED',
  type: 'INVALID_TYPE',
  minLength: 'TOO_SMALL',
  minItems: 'TOO_SMALL',
  minimum: 'TOO_SMALL',
  exclusiveMinimum: 'TOO_SMALL',
  minProperties: 'TOO_SMALL',
  maxLength: 'TOO_BIG',
  maxItems: 'TOO_BIG',
  maximum: 'TOO_BIG',
  exclusiveMaximum: 'TOO_BIG',
  maxProperties: 'TOO_BIG',
  pattern: 'INVALID_FORMAT',
  format: 'INVALID_FORMAT',
  enum: 'INVALID_ENUM_VALUE',
  const: 'INVALID_ENUM_VALUE',
  additionalProperties: 'UNRECOGNIZED_KEY',
};

export function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/** What a caller sent, echoed back only when it is small and plain. */
export function received(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

function messageOf(error: ErrorObject, code: FieldErrorCode): string {
  switch (code) {
    case 'REQUIRED':
      return 'is required';
    case 'UNRECOGNIZED_KEY':
      return 'is not a recognised field';
    case 'INVALID_TYPE':
      return error.data === null ? 'must not be null' : `must be ${String(error.params.type).replace(',', ' or ')}`;
    case 'INVALID_FORMAT':
      return error.keyword === 'format' ? `must be a valid ${String(error.params.format)}` : 'has an invalid format';
    default:
      return error.message ?? 'is invalid';
  }
}

/** Turns Ajv's errors into the documented `errors[]`, one entry per (code, path), every problem kept. */
export function fieldErrorsFromAjv(errors: ErrorObject[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // anyOf/oneOf summaries repeat what their branches already said.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const code = codeByKeyword[error.keyword] ?? 'INVALID_FORMAT';
    let path = join(prefix, dottedPath(error.instancePath));
    if (error.keyword === 'required') path = join(path, String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties') path = join(path, String(error.params.additionalProperty));
    const key = `${code}\u0000${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry: FieldError = { code, path, message: messageOf(error, code) };
    const value =
      error.keyword === 'additionalProperties'
        ? (error.data as Record<string, unknown>)?.[String(error.params.additionalProperty)]
        : error.data;
    if (error.keyword !== 'required') {
      const shown = received(value);
      if (shown !== undefined) entry.received = shown;
    }
    out.push(entry);
  }
  return out;
}

/** Why a text column cannot store `s` as sent, if it cannot. */
function unstorable(s: string): string | undefined {
  // PostgreSQL refuses a NUL outright.
  if (s.includes('\u0000')) return 'must not contain a NUL character';
  // Both drivers write UTF-8, where an unpaired surrogate silently becomes U+FFFD: refuse it rather than
  // store something other than what was sent.
  if (/\p{Cs}/u.test(s)) return 'must not contain an unpaired UTF-16 surrogate';
  return undefined;
}

/**
 * Strings are trimmed before validation (API.md §1.3). Done in place so no `__proto__` key is ever assigned.
 * Returns an INVALID_FORMAT entry for every string no text column can store as sent (a NUL character, an
 * unpaired surrogate), so the caller refuses them instead of failing, or silently changing them, later.
 */
export function trimStrings(value: unknown, path = '', found: FieldError[] = []): FieldError[] {
  // Nothing valid nests this deep; validation refuses it, so there is no need to walk further.
  if (path.split('.').length > 32 || value === null || typeof value !== 'object') return found;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    const at = path ? `${path}.${key}` : key;
    if (typeof v === 'string') {
      const why = unstorable(v);
      if (why) found.push({ code: 'INVALID_FORMAT', path: at, message: why });
      Object.defineProperty(record, key, { value: v.trim(), enumerable: true, writable: true, configurable: true });
    } else trimStrings(v, at, found);
  }
  return found;
}
