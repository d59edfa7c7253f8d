/**
 * The values the fuzzer builds bodies from, and how they become request text.
 *
 * A body is a JSON-like tree that may hold placeholders, resolved only when the case runs:
 * - `RawJson`: text spliced into the payload as is (`NaN`, `1e309`, `-0`, 400 levels of `[`, broken syntax);
 * - `IdRef`: an id, resolved against the tenant of the moment (so a case stays meaningful after the fuzzer
 *   moves to a fresh tenant, and while fast-check shrinks it);
 * - `TypedValue`: a custom-attribute value that fits the definition its sibling `attributeDefinitionId`
 *   names, whatever type that definition turns out to have;
 * and own `__proto__` / `constructor` / `prototype` keys, set with defineProperty so that they really are own
 * keys; `toJsonText` writes every own enumerable key, which JSON.stringify of a literal would not.
 */

/** What every placeholder is: a leaf that is not plain JSON until the case runs. */
export abstract class Placeholder {}

export class RawJson extends Placeholder {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {
    super();
  }
  toString(): string {
    return `Raw(${this.label})`;
  }
}

/** Which ids an `IdRef` may resolve to. */
export type IdSource =
  /** A row of the fuzzed tenant, from one of these tables (any table when empty). */
  | { from: 'own'; tables: string[]; pick: number }
  /** A row of the other tenant, which the caller must never see or change. */
  | { from: 'other'; tables: string[]; pick: number }
  /** A well-formed id that names nothing. */
  | { from: 'fresh'; text: string };

export class IdRef extends Placeholder {
  constructor(readonly source: IdSource) {
    super();
  }
  toString(): string {
    const s = this.source;
    return s.from === 'fresh' ? `Id(fresh ${s.text})` : `Id(${s.from} ${s.tables.join('|') || '*'} #${s.pick})`;
  }
}

export class TypedValue extends Placeholder {
  constructor(readonly seed: number) {
    super();
  }
  toString(): string {
    return `TypedValue(#${this.seed})`;
  }
}

export interface Resolver {
  (ref: IdRef): string;
  /** A value fitting the custom-attribute definition with this id (undefined when there is none). */
  typed?: (definitionId: string, seed: number) => unknown;
}

/** Sets `key` as an own, enumerable property, even when it is `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that keeps placeholders and own `__proto__` keys. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value instanceof Placeholder || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, clone((value as Record<string, unknown>)[key]));
  return out as T;
}

/** Serializes a body tree, resolving ids and splicing raw text. */
export function toJsonText(value: unknown, resolve: Resolver): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof IdRef) return JSON.stringify(resolve(value));
  if (value instanceof TypedValue) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => toJsonText(v, resolve)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sibling = record.attributeDefinitionId;
    const definition = sibling instanceof IdRef ? resolve(sibling) : typeof sibling === 'string' ? sibling : undefined;
    const item = (v: unknown) =>
      v instanceof TypedValue && definition !== undefined
        ? JSON.stringify(resolve.typed?.(definition, v.seed) ?? null)
        : toJsonText(v, resolve);
    return `{${Object.keys(record)
      .map((k) => `${JSON.stringify(k)}:${item(record[k])}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/** The tree with ids resolved, as a plain value (raw text parsed where it parses, else left out). */
export function toPlain(value: unknown, resolve: Resolver): unknown {
  return JSON.parse(toJsonText(value, resolve));
}

/** True when the tree holds raw text anywhere (its meaning is then what the parser makes of it). */
export function holdsRaw(value: unknown): boolean {
  if (value instanceof RawJson) return true;
  if (Array.isArray(value)) return value.some(holdsRaw);
  if (value !== null && typeof value === 'object' && !(value instanceof Placeholder)) {
    return Object.values(value).some(holdsRaw);
  }
  return false;
}

/** A short description of a value for failure reports (huge strings and deep nesting abbreviated). */
export function describe(value: unknown, resolve?: Resolver): string {
  let text: string;
  try {
    text = resolve ? toJsonText(value, resolve) : toJsonText(value, (r) => r.toString());
  } catch {
    text = String(value);
  }
  return text.length > 600 ? `${text.slice(0, 400)}…(${text.length} chars)…${text.slice(-150)}` : text;
}
