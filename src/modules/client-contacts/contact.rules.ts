import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalizeEmail } from '../../core/email.js';
import { AppError } from '../../core/errors.js';

/** Pure rules for a contact's emails, phone numbers and dates (API.md §2.4). No I/O. */

export type Purpose = 'personal' | 'work' | null;

export interface EmailInput {
  email: string;
  purpose?: Purpose;
  isPrimary?: boolean;
}
export interface PhoneInput {
  phoneNumber: string;
  purpose?: Purpose;
  isPrimary?: boolean;
}

export interface EmailEntry {
  email: string;
  purpose: Purpose;
  isPrimary: boolean;
}
export interface PhoneEntry {
  phoneNumber: string;
  purpose: Purpose;
  isPrimary: boolean;
  /** E.164 when the number parses, otherwise its digits (with a leading + if it had one). */
  normalized: string;
}

/**
 * Applies the primary rule shared by both lists: at most one primary (else `tooMany`), and a non-empty
 * list without one makes its first entry primary. The order given is kept.
 */
function withSinglePrimary<T extends { isPrimary?: boolean }>(
  items: T[],
  tooMany: 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED' | 'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED',
): (T & { isPrimary: boolean })[] {
  const primaries = items.filter((item) => item.isPrimary === true).length;
  if (primaries > 1) throw new AppError(tooMany);
  return items.map((item, index) => ({ ...item, isPrimary: primaries === 0 ? index === 0 : item.isPrimary === true }));
}

function assertDistinct(keys: string[], code: 'DUPLICATE_EMAIL' | 'DUPLICATE_PHONE_NUMBER'): void {
  if (new Set(keys).size !== keys.length) throw new AppError(code);
}

export function normalizeEmails(inputs: EmailInput[]): EmailEntry[] {
  const entries = withSinglePrimary(inputs, 'ONLY_ONE_PRIMARY_EMAIL_ALLOWED').map((item) => ({
    email: normalizeEmail(item.email),
    purpose: item.purpose ?? null,
    isPrimary: item.isPrimary,
  }));
  assertDistinct(
    entries.map((e) => e.email.toLowerCase()),
    'DUPLICATE_EMAIL',
  );
  return entries;
}

export function normalizePhoneNumber(phoneNumber: string): string {
  const parsed = parsePhoneNumberFromString(phoneNumber);
  if (parsed?.isPossible()) return parsed.number;
  const digits = phoneNumber.replace(/\D/g, '');
  return phoneNumber.startsWith('+') ? `+${digits}` : digits;
}

export function normalizePhones(inputs: PhoneInput[]): PhoneEntry[] {
  const entries = withSinglePrimary(inputs, 'ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED').map((item) => ({
    phoneNumber: item.phoneNumber,
    purpose: item.purpose ?? null,
    isPrimary: item.isPrimary,
    normalized: normalizePhoneNumber(item.phoneNumber),
  }));
  assertDistinct(
    entries.map((e) => e.normalized),
    'DUPLICATE_PHONE_NUMBER',
  );
  return entries;
}

/** `endDate` may equal `startDate` but not precede it. Both are normalized ISO text, so text order is time order. */
export function assertDateOrder(startDate: string | null, endDate: string | null): void {
  if (startDate !== null && endDate !== null && endDate < startDate) throw new AppError('END_DATE_BEFORE_START_DATE');
}

/** Not archived, and not ended (no end date, or one still in the future). */
export function isActive(contact: { archivedAt: string | null; endDate: string | null }, now: string): boolean {
  return contact.archivedAt === null && (contact.endDate === null || contact.endDate > now);
}

/** Representation order: the primary first, then the order given. */
export function primaryFirst<T extends { isPrimary: boolean }>(items: T[]): T[] {
  return [...items.filter((i) => i.isPrimary), ...items.filter((i) => !i.isPrimary)];
}

export function sameList<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}
