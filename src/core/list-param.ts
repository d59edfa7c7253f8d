import { validationError } from './errors.js';

/** More values than any sane filter needs, and few enough that the SQL `in (…)` list stays well under both databases' parameter limits. */
export const MAX_LIST_VALUES = 200;

/**
 * An array query parameter (API.md §1.5) may repeat (`a=1&a=2`), be comma-separated (`a=1,2`) or both.
 * Returns the values trimmed, empty ones dropped, duplicates removed; undefined when none remain, so an
 * empty `stageIds=` is no filter at all. More than MAX_LIST_VALUES values → 400 VALIDATION_ERROR (TOO_BIG at `name`).
 */
export function listParam(value: string[] | string | undefined, name = 'list'): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','));
  const values = [...new Set(parts.map((v) => v.trim()).filter((v) => v !== ''))];
  if (values.length > MAX_LIST_VALUES) {
    throw validationError([
      { code: 'TOO_BIG', path: name, message: `must have at most ${MAX_LIST_VALUES} values`, received: values.length },
    ]);
  }
  return values.length > 0 ? values : undefined;
}
