import type { UpdateContactBody } from '@clientele/sdk';
import { isDateTimeInput } from '../../core/date-time.js';
import { Email } from '../../core/schemas.js';
import type { ColumnMap, ContactField } from './columns.js';

/** A problem with one row, found before anything is sent: written to the errors file. */
export interface RowProblem {
  code: string;
  message: string;
}

/** What a row's stage, owner and custom columns are checked against, read once from the server. */
export interface Lookups {
  /** Stage name, lower-cased → id (the client-contacts pipeline). */
  stages: Map<string, string>;
  /** Active user email, lower-cased → user id. */
  users: Map<string, string>;
  /** Custom attribute key → its definition. */
  attributes: Map<string, { id: string; type: string }>;
}

/** An upsert's body: the fields of a PATCH (API.md §5.2). */
export type UpsertBody = UpdateContactBody;

const EMAIL = new RegExp((Email as { pattern?: string }).pattern as string);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_NAME = 255;

function cell(cells: string[], map: ColumnMap, field: ContactField): string {
  const index = map.fields[field];
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** `2024-03-01` is taken as midnight UTC; anything else must match the contract's date-time pattern (§1.3). */
function dateTime(text: string): string | undefined {
  const value = DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text;
  return isDateTimeInput(value) ? value : undefined;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** A custom attribute's cell as the value its type takes, or undefined when it cannot be one. */
export function attributeValue(type: string, text: string): unknown {
  switch (type) {
    case 'number': {
      const number = Number(text);
      return text !== '' && Number.isFinite(number) ? number : undefined;
    }
    case 'checkbox': {
      const word = text.toLowerCase();
      return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
    }
    case 'multiSelect':
      if (text.startsWith('[')) return parseJson(text);
      return text
        .split(/[|;]/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'currency': {
      if (text.startsWith('{')) return parseJson(text);
      const match = /^(?:([A-Za-z]{3})\s*([-+]?\d+(?:\.\d+)?)|([-+]?\d+(?:\.\d+)?)\s*([A-Za-z]{3}))$/.exec(text);
      if (!match) return undefined;
      return { amount: Number(match[2] ?? match[3]), currency: (match[1] ?? match[4]).toUpperCase() };
    }
    case 'date':
      return dateTime(text);
    default:
      return text;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One row as the body of an upsert (API.md §5.2), or every problem found in it. Empty cells are left out
 * rather than sent as clearing the field, so a sparse file never wipes what a contact already has; the
 * email and phone columns that are filled replace the contact's lists, in column order, the first primary.
 * Every row needs an email: upsert matches on it, and a row without one would make a new person on every
 * run of the file.
 */
export function rowToContact(
  cells: string[],
  map: ColumnMap,
  lookups: Lookups,
): { body: UpsertBody; problems?: undefined } | { body?: undefined; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const invalid = (path: string, code: string, message: string) =>
    problems.push({ code: 'VALIDATION_ERROR', message: `${path}: ${code} ${message}` });
  const body: Record<string, unknown> = {};

  for (const field of ['firstName', 'lastName'] as const) {
    const value = cell(cells, map, field);
    if (value === '') invalid(field, map.fields[field] === undefined ? 'REQUIRED' : 'TOO_SMALL', 'is required');
    else if (value.length > MAX_NAME) invalid(field, 'TOO_BIG', `is longer than ${MAX_NAME} characters`);
    else body[field] = value;
  }
  for (const field of ['role', 'department'] as const) {
    const value = cell(cells, map, field);
    if (value.length > MAX_NAME) invalid(field, 'TOO_BIG', `is longer than ${MAX_NAME} characters`);
    else if (value !== '') body[field] = value;
  }

  const emails = (['email', 'email2', 'email3'] as const)
    .map((field) => [field, cell(cells, map, field)] as const)
    .filter(([, value]) => value !== '');
  for (const [field, value] of emails) {
    if (value.length > 254 || !EMAIL.test(value)) invalid(field, 'INVALID_FORMAT', 'is not an email address');
  }
  if (emails.length === 0) invalid('email', 'REQUIRED', 'is required: contacts are matched on their email');
  else body.emails = emails.map(([, email], i) => (i === 0 ? { email, isPrimary: true } : { email }));

  const phones = (['phone', 'phone2', 'phone3'] as const).map((field) => cell(cells, map, field)).filter(Boolean);
  if (phones.length > 0) {
    body.phoneNumbers = phones.map((phoneNumber, i) => (i === 0 ? { phoneNumber, isPrimary: true } : { phoneNumber }));
  }

  const stage = cell(cells, map, 'stage');
  if (stage !== '') {
    const stageId = lookups.stages.get(stage.toLowerCase());
    if (stageId === undefined) problems.push({ code: 'STAGE_NOT_FOUND', message: `stage: no stage named "${stage}"` });
    else body.stageId = stageId;
  }
  const owner = cell(cells, map, 'owner');
  if (owner !== '') {
    const userId = lookups.users.get(owner.toLowerCase());
    if (userId === undefined) {
      problems.push({ code: 'USER_NOT_FOUND', message: `owner: no active user with the email "${owner}"` });
    } else body.mainContactId = userId;
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const value = cell(cells, map, field);
    if (value === '') continue;
    const parsed = dateTime(value);
    if (parsed === undefined) invalid(field, 'INVALID_FORMAT', 'is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ)');
    else body[field] = parsed;
  }

  const customAttributes: { attributeDefinitionId: string; value: unknown }[] = [];
  for (const [key, index] of map.attributes) {
    const text = (cells[index] ?? '').trim();
    const definition = lookups.attributes.get(key);
    if (text === '' || definition === undefined) continue;
    const value = attributeValue(definition.type, text);
    if (value === undefined) invalid(key, 'INVALID_FORMAT', `is not a ${definition.type} value`);
    else customAttributes.push({ attributeDefinitionId: definition.id, value });
  }
  if (customAttributes.length > 0) body.customAttributes = customAttributes;

  return problems.length > 0 ? { problems } : { body: body as UpsertBody };
}
