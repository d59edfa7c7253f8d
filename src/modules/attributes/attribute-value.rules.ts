import { canonicalDateTime, isDateTimeInput } from '../../core/date-time.js';
import type { CustomType } from './attribute.schemas.js';
import { CURRENCY_CODES } from './currency-codes.js';

export const MAX_TEXT_LENGTH = 10_000;
const MAX_URL_LENGTH = 2048;

/** What a value is checked against: the definition's type and, for select types, its options. */
export interface ValueRule {
  type: string;
  options: readonly string[] | null;
}

/** A fitting value in its stored form, or `undefined` when it does not fit. */
export type Normalized = { value: unknown } | undefined;

const fits = (value: unknown): Normalized => ({ value });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUrl(value: unknown): Normalized {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !/^https?:\/\/\S+$/i.test(value)) return undefined;
  try {
    return new URL(value).hostname ? fits(value) : undefined;
  } catch {
    return undefined;
  }
}

/** `{ amount, currency }` and nothing else; stored with its keys in that order so equal values compare equal as text. */
function checkCurrency(value: unknown): Normalized {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('amount') || !keys.includes('currency')) return undefined;
  const { amount, currency } = value;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
  if (typeof currency !== 'string' || !CURRENCY_CODES.has(currency)) return undefined;
  return fits({ amount, currency });
}

function checkMultiSelect(value: unknown, options: readonly string[]): Normalized {
  if (!Array.isArray(value)) return undefined;
  if (!value.every((v) => typeof v === 'string' && options.includes(v))) return undefined;
  return new Set(value).size === value.length ? fits([...value]) : undefined;
}

/**
 * Whether a (non-null) value fits a definition, and its stored form: dates become
 * `YYYY-MM-DDTHH:mm:ss.sssZ`, currencies `{ amount, currency }`; everything else is kept as sent.
 */
export function normalizeValue(rule: ValueRule, value: unknown): Normalized {
  switch (rule.type as CustomType) {
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH ? fits(value) : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? fits(value) : undefined;
    case 'checkbox':
      return typeof value === 'boolean' ? fits(value) : undefined;
    case 'select':
      return typeof value === 'string' && (rule.options ?? []).includes(value) ? fits(value) : undefined;
    case 'multiSelect':
      return checkMultiSelect(value, rule.options ?? []);
    case 'date':
      return typeof value === 'string' && isDateTimeInput(value) ? fits(canonicalDateTime(value)) : undefined;
    case 'currency':
      return checkCurrency(value);
    case 'url':
      return checkUrl(value);
    default:
      return undefined;
  }
}
