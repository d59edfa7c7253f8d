import type { Changes } from './event.schemas.js';

/**
 * Bookkeeping fields every versioned representation carries: they move with every change, so listing them
 * would say nothing the event does not (its time is `occurredAt`; the version is one more than before).
 */
export const BOOKKEEPING_FIELDS = ['version', 'modifiedAt'] as const;

/**
 * `data.changes` of API.md §4.1: each top-level field of the representation whose value differs between
 * `before` and `after`, as `{ from, to }`. Values are compared structurally (object key order does not
 * matter) and lists whole: a list that differs anywhere is reported entire, before and after. A field absent
 * on one side counts as null. Bookkeeping fields are left out.
 */
export function computeChanges(before: object, after: object, ignore: readonly string[] = BOOKKEEPING_FIELDS): Changes {
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (ignore.includes(key)) continue;
    const a = from[key] ?? null;
    const b = to[key] ?? null;
    if (!sameValue(a, b)) changes[key] = { from: a, to: b };
  }
  return changes;
}

/** Only the named fields of a set of changes (a person's fields, seen from the person's other roles). */
export function pickChanges(changes: Changes, fields: readonly string[]): Changes {
  const picked: Changes = {};
  for (const field of fields) if (field in changes) picked[field] = changes[field];
  return picked;
}

/** Structural equality of JSON values; `undefined` inside objects counts as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameValue(item, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}
