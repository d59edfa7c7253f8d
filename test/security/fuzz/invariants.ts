import { STATUS_CODES } from 'node:http';
import { type ErrorCode, FIELD_ERROR_CODES, statusOf } from '../../../src/core/errors.js';

/**
 * What must hold for every answer, whatever was sent. Each check returns the problems it found (empty
 * when all is well), so a survey run can count them and an assertion run can report all of them at once.
 */

/** The field codes of API.md §1.4, the only values `errors[].code` may take. */
const FIELD_CODES: readonly string[] = FIELD_ERROR_CODES;

const REQUEST_ID = /^[\x20-\x7e]{1,128}$/;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
}

/** The id the caller sent, as the server receives it (repeated headers arrive joined by ", "). */
export function sentRequestId(sent: string | string[] | undefined): string | undefined {
  return Array.isArray(sent) ? sent.join(', ') : sent;
}

/** `x-request-id`: the caller's when it is 1–128 printable ASCII characters, else a fresh UUIDv7. */
export function checkRequestId(answer: Answer, sent: string | string[] | undefined): string[] {
  const got = answer.headers['x-request-id'];
  if (typeof got !== 'string') return [`no x-request-id header (got ${JSON.stringify(got)})`];
  const given = sentRequestId(sent);
  if (given !== undefined && REQUEST_ID.test(given)) {
    return got === given
      ? []
      : [`x-request-id ${JSON.stringify(got)} is not the caller's valid ${JSON.stringify(given)}`];
  }
  return UUID_V7.test(got)
    ? []
    : [`x-request-id ${JSON.stringify(got.slice(0, 200))} is neither the caller's nor a UUIDv7`];
}

/** Every 4xx/5xx is exactly the documented envelope; `errors[]` only, and always, for VALIDATION_ERROR. */
export function checkEnvelope(answer: Answer): string[] {
  const problems: string[] = [];
  const type = String(answer.headers['content-type'] ?? '');
  if (!/^application\/json/.test(type)) problems.push(`error content-type is ${JSON.stringify(type)}`);
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...problems, `error body is not JSON: ${answer.text.slice(0, 200)}`];
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return [...problems, 'error body is not an object'];
  const allowed = ['status', 'statusCode', 'error', 'message', 'requestId', 'errors', 'details'];
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length > 0) problems.push(`error body has undocumented keys ${extra.join(', ')}`);
  if (body.status !== answer.status) problems.push(`status ${body.status} ≠ HTTP ${answer.status}`);
  if (body.statusCode !== answer.status) problems.push(`statusCode ${body.statusCode} ≠ HTTP ${answer.status}`);
  if (body.error !== STATUS_CODES[answer.status])
    problems.push(`error ${JSON.stringify(body.error)} is not the reason phrase`);
  const code = body.message as ErrorCode;
  const statuses = typeof code === 'string' ? [statusOf(code, 'body'), statusOf(code, 'path')] : [];
  if (statuses[0] === undefined) problems.push(`message ${JSON.stringify(body.message)} is not in the closed list`);
  else if (!statuses.includes(answer.status)) problems.push(`message ${code} does not go with status ${answer.status}`);
  if (body.requestId !== answer.headers['x-request-id']) {
    problems.push(
      `requestId ${JSON.stringify(body.requestId)} ≠ x-request-id ${JSON.stringify(answer.headers['x-request-id'])}`,
    );
  }
  if (body.details !== undefined && (body.details === null || typeof body.details !== 'object')) {
    problems.push('details is not an object');
  }
  if (code === 'VALIDATION_ERROR') {
    if (!Array.isArray(body.errors) || body.errors.length === 0) problems.push('VALIDATION_ERROR without errors[]');
    else {
      for (const e of body.errors) {
        const keys = Object.keys(e ?? {}).filter((k) => !['code', 'path', 'message', 'received'].includes(k));
        if (!FIELD_CODES.includes(e?.code))
          problems.push(`errors[].code ${JSON.stringify(e?.code)} is not a field code`);
        if (typeof e?.path !== 'string') problems.push(`errors[].path ${JSON.stringify(e?.path)} is not a string`);
        if (typeof e?.message !== 'string') problems.push('errors[].message is not a string');
        if (keys.length > 0) problems.push(`errors[] entry has undocumented keys ${keys.join(', ')}`);
        if (typeof e?.received === 'string' && e.received.length > 201)
          problems.push('errors[].received echoes a long value');
      }
    }
  } else if (body.errors !== undefined) problems.push(`errors[] on ${code}`);
  return problems;
}

/** The own property names of the built-in prototypes a pollution would show up on. */
export function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|');
}

export function checkPrototypes(baseline: string): string[] {
  const problems: string[] = [];
  const probe: any = {};
  for (const key of ['polluted', 'x', 'a', 'b', 'yes']) {
    if (probe[key] !== undefined)
      problems.push(`({}).${key} is ${JSON.stringify(probe[key])}: Object.prototype polluted`);
  }
  if (prototypeKeys() !== baseline) problems.push('a built-in prototype gained or lost properties');
  return problems;
}

/**
 * Documented changes between what is sent and what is stored (API.md §1.3, §2.2, §2.3, §2.4): emails keep
 * their local part and lower-case the domain, a client's domain is lower-cased, colours are upper-case,
 * date-times come back as `YYYY-MM-DDTHH:mm:ss.sssZ`. Everything else comes back as sent, trimmed.
 */
const NORMALIZE: Record<string, (s: string) => string> = {
  email: (s) => {
    const at = s.lastIndexOf('@');
    return at < 0 ? s : `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
  },
  domain: (s) => s.toLowerCase(),
  colorHex: (s) => s.toUpperCase(),
  startDate: (s) => outputDateTime(s),
  endDate: (s) => outputDateTime(s),
};

/**
 * `YYYY-MM-DDTHH:mm` with optional seconds and fraction, as output: seconds `00` when absent, the fraction
 * cut or padded to milliseconds. On the text: V8's Date misreads long fractions (`.0093437478` as .093).
 */
function outputDateTime(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?Z$/.exec(s);
  return m ? `${m[1]}:${m[2] ?? '00'}.${(m[3] ?? '').slice(0, 3).padEnd(3, '0')}Z` : s;
}

/**
 * Keys whose strings are not echoed as sent: custom-attribute values are normalized per their type and
 * merged per definition (a `null` value clears one, so its definition id is not shown either).
 */
const NOT_ECHOED = new Set(['customAttributes', 'value']);

/** How many sent strings were compared with what was stored (custom-attribute values counted apart). */
export const compared = { strings: 0, attributeValues: 0 };

/** (key, string) for every string in a body, the key being the property it sits under (arrays pass through). */
export function stringLeaves(
  value: unknown,
  key?: string,
  out: [string, string][] = [],
  depth = 0,
): [string, string][] {
  if (typeof value === 'string') {
    if (key !== undefined) out.push([key, value]);
  } else if (depth > MAX_DEPTH) {
    return out;
  } else if (Array.isArray(value)) {
    for (const v of value) stringLeaves(v, key, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (!NOT_ECHOED.has(k)) stringLeaves((value as Record<string, unknown>)[k], k, out, depth + 1);
    }
  }
  return out;
}

/** How deep the walks below look: far deeper than any valid body or answer nests. */
const MAX_DEPTH = 64;

/** The smallest part of a read that is the record with this id (`id` or `userId`), or undefined. */
export function recordWithId(tree: unknown, id: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(tree)) {
    for (const v of tree) {
      const found = recordWithId(v, id, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (tree === null || typeof tree !== 'object') return undefined;
  const record = tree as Record<string, unknown>;
  for (const v of Object.values(record)) {
    const found = recordWithId(v, id, depth + 1);
    if (found !== undefined) return found;
  }
  return record.id === id || record.userId === id ? record : undefined;
}

function valuesUnder(tree: unknown, key: string): string[] | undefined {
  const leaves = stringLeaves(tree).filter(([k]) => k === key);
  const nulls = hasKey(tree, key);
  return leaves.length > 0 || nulls ? leaves.map(([, v]) => v) : undefined;
}

function hasKey(tree: unknown, key: string, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(tree)) return tree.some((v) => hasKey(v, key, depth + 1));
  if (tree === null || typeof tree !== 'object') return false;
  return Object.keys(tree).some((k) => k === key || (!NOT_ECHOED.has(k) && hasKey((tree as any)[k], key, depth + 1)));
}

/**
 * Every string of an accepted body shows up, trimmed (and normalized where documented), code point for
 * code point, under the same key in what a later read shows: first within the written record, else
 * anywhere in the read (a person's names sit outside the role a contact id names). Keys the read does
 * not have (ids of referenced records, `deactivated`) are not checked.
 */
export function checkVerbatim(sentBody: unknown, read: unknown, recordId: string | undefined, what: string): string[] {
  const problems: string[] = [];
  const scope = recordId === undefined ? read : (recordWithId(read, recordId) ?? read);
  for (const [key, sent] of stringLeaves(sentBody)) {
    let expected = sent.trim();
    const normalize = Object.hasOwn(NORMALIZE, key) ? NORMALIZE[key] : undefined;
    if (normalize) expected = normalize(expected);
    const found = valuesUnder(scope, key) ?? valuesUnder(read, key);
    if (found === undefined) continue;
    compared.strings++;
    if (!found.includes(expected)) {
      const shown = found.slice(0, 5).map((s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…` : s));
      problems.push(
        `${what}: ${key} was sent as ${JSON.stringify(sent.length > 120 ? `${sent.slice(0, 120)}…` : sent)} ` +
          `(code points ${codePointList(expected)}) but reads back as ${shown.join(' / ') || 'nothing'}`,
      );
    }
  }
  return problems;
}

/**
 * Custom-attribute values of the text-like types (`text`, `url`, `select`) read back as sent, trimmed: the
 * last value sent for a definition is the one it holds (values merge per definition).
 */
export function checkAttributeText(sentBody: unknown, read: unknown, recordId: string | undefined, what: string) {
  const sent = (sentBody as { customAttributes?: unknown })?.customAttributes;
  if (!Array.isArray(sent)) return [];
  const last = new Map<string, string>();
  for (const item of sent) {
    if (typeof item?.attributeDefinitionId !== 'string') continue;
    if (typeof item.value === 'string') last.set(item.attributeDefinitionId, item.value);
    else last.delete(item.attributeDefinitionId);
  }
  const scope = (recordId === undefined ? read : (recordWithId(read, recordId) ?? read)) as {
    customAttributes?: { attributeDefinitionId: string; type: string; value: unknown }[];
  };
  const problems: string[] = [];
  for (const [definition, value] of last) {
    const stored = scope?.customAttributes?.find((a) => a.attributeDefinitionId === definition);
    if (!stored || !['text', 'url', 'select'].includes(stored.type)) continue;
    compared.attributeValues++;
    if (stored.value !== value.trim()) {
      problems.push(
        `${what}: custom attribute ${definition} (${stored.type}) was sent as ${JSON.stringify(value.slice(0, 120))} ` +
          `but reads back as ${JSON.stringify(stored.value)}`,
      );
    }
  }
  return problems;
}

function codePointList(s: string): string {
  const cps = [...s].slice(0, 12).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return cps.join(' ') + ([...s].length > 12 ? ' …' : '');
}
