import { DATE_TIME_PATTERN } from './schemas.js';

const PATTERN = new RegExp(DATE_TIME_PATTERN);
const PARTS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?Z$/;

/** True for text matching the documented input pattern (API.md §1.3). */
export function isDateTimeInput(text: string): boolean {
  return PATTERN.test(text);
}

/**
 * The stored and returned form (`YYYY-MM-DDTHH:mm:ss.sssZ`) of an input that matches DATE_TIME_PATTERN:
 * missing seconds become `:00`, the fraction is cut or padded to milliseconds. Done on the text, not via
 * `Date`, so every year the pattern accepts survives unchanged; fixed-width text then sorts as time does,
 * which is what lets stored times be compared as plain strings.
 */
export function canonicalDateTime(text: string): string {
  const match = PARTS.exec(text);
  if (!match || !PATTERN.test(text)) throw new Error(`not a date-time input: ${text}`);
  const [, minutes, seconds = '00', fraction = ''] = match;
  return `${minutes}:${seconds}.${fraction.slice(0, 3).padEnd(3, '0')}Z`;
}
