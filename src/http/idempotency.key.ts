import { createHash } from 'node:crypto';
import type { FieldError } from '../core/errors.js';

/** The header's name, as `errors[].path` names it when it is malformed. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1–255 printable ASCII characters (API.md §5.1), spaces included, as for `x-request-id`. */
const PRINTABLE = /^[\x20-\x7e]*$/;
const MAX_LENGTH = 255;

/** What is wrong with a key as sent, or undefined when it is well formed. */
export function idempotencyKeyProblem(key: string): FieldError | undefined {
  const path = IDEMPOTENCY_KEY_HEADER;
  if (key.length === 0) return { code: 'TOO_SMALL', path, message: 'must be 1 to 255 characters' };
  if (key.length > MAX_LENGTH) return { code: 'TOO_BIG', path, message: 'must be 1 to 255 characters' };
  if (!PRINTABLE.test(key)) return { code: 'INVALID_FORMAT', path, message: 'must be printable ASCII' };
  return undefined;
}

/** Marks text already written out, apart from values still to be written (JSON.parse never makes one). */
class Raw {
  constructor(readonly text: string) {}
}

/**
 * JSON with every object's keys in code-unit order, so that two bodies that parse to the same value give the
 * same text however their keys were ordered or spaced. Walks with its own stack: a body nested as deep as
 * 1 MiB allows would overflow the call stack of a recursive walk (and of JSON.stringify).
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const todo: unknown[] = [value];
  while (todo.length > 0) {
    const item = todo.pop();
    if (item instanceof Raw) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      todo.push(new Raw(']'));
      for (let i = item.length - 1; i >= 0; i--) {
        todo.push(item[i]);
        if (i > 0) todo.push(new Raw(','));
      }
      out.push('[');
    } else if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      todo.push(new Raw('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push(record[keys[i]]);
        todo.push(new Raw(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
      }
      out.push('{');
    } else {
      // undefined (no body at all) is written as null, like a missing value inside JSON.
      out.push(item === undefined ? 'null' : JSON.stringify(item));
    }
  }
  return out.join('');
}

/**
 * What makes two requests "the same" for a key: method, path with its query string (a DELETE with
 * `?permanent=true` is another request) and the parsed body, as a sha256 (base64url). The request itself is
 * never stored.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(method)
    .update('\n')
    .update(url)
    .update('\n')
    .update(canonicalJson(body))
    .digest('base64url');
}
