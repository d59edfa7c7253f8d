import { parseArgs } from 'node:util';

/** Strict option parsing shared by the bench entry points: an unknown or malformed option stops the run. */
export function parseOptions<T extends Record<string, { type: 'string' | 'boolean' }>>(spec: T, usage: string) {
  try {
    const parsed = parseArgs({ options: { ...spec, help: { type: 'boolean' } }, strict: true });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return values as Record<keyof T, string | boolean | undefined>;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

export function integer(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(String(value).replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** A comma-separated list whose every entry must be one of `allowed`. */
export function list<T extends string>(value: unknown, name: string, fallback: T[], allowed: readonly T[]): T[] {
  if (value === undefined) return fallback;
  const items = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (bad !== undefined || items.length === 0) fail(`--${name} takes a comma-separated list of: ${allowed.join(', ')}`);
  return items as T[];
}

/** A comma-separated list of whole numbers, each from `min` to `max`. */
export function integers(value: unknown, name: string, fallback: number[], min: number, max: number): number[] {
  if (value === undefined) return fallback;
  const items = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) fail(`--${name} takes a comma-separated list of whole numbers`);
  return [...new Set(items.map((item) => integer(item, name, 0, min, max)))];
}
