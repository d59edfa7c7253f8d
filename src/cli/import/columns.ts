/*
 * Which contact field each header of an import file names. Headers match ignoring case, spaces, `-` and `_`
 * (API.md §6), so `First Name`, `first_name` and `firstName` are one column; the export's own columns
 * (§5.4) and the names other tools and spreadsheets commonly use are accepted.
 */

/** The fields an import writes or reads a client from. */
export type ContactField =
  | 'clientId'
  | 'clientName'
  | 'firstName'
  | 'lastName'
  | 'role'
  | 'department'
  | 'email'
  | 'email2'
  | 'email3'
  | 'phone'
  | 'phone2'
  | 'phone3'
  | 'stage'
  | 'owner'
  | 'startDate'
  | 'endDate';

/**
 * Columns of the export that an import knows but does not write: ids and times are the server's own, and a
 * contact is matched on its email (API.md §5.2), not on an id from possibly another deployment.
 */
export const READ_ONLY_COLUMNS = ['id', 'candidateId', 'active', 'createdAt', 'modifiedAt'] as const;

/** `First Name` → `firstname`: the form headers are compared in. */
export function normalizeHeader(header: string): string {
  return header.replace(/[\s_-]+/g, '').toLowerCase();
}

const FIELD_NAMES: Record<ContactField, string[]> = {
  clientId: ['clientId'],
  clientName: ['clientName', 'client', 'company', 'companyName', 'organisation', 'organization', 'employer'],
  firstName: ['firstName', 'givenName', 'forename', 'first'],
  lastName: ['lastName', 'surname', 'familyName', 'last'],
  role: ['role', 'jobTitle', 'title', 'position'],
  department: ['department', 'dept'],
  email: ['email', 'emailAddress', 'email1', 'mail', 'workEmail', 'primaryEmail'],
  email2: ['email2', 'emailAddress2', 'secondEmail'],
  email3: ['email3', 'emailAddress3', 'thirdEmail'],
  phone: ['phone', 'phoneNumber', 'phone1', 'mobile', 'mobilePhone', 'telephone', 'tel', 'cell'],
  phone2: ['phone2', 'phoneNumber2', 'secondPhone'],
  phone3: ['phone3', 'phoneNumber3', 'thirdPhone'],
  stage: ['stage', 'pipelineStage'],
  owner: ['owner', 'ownerEmail', 'mainContact', 'recruiter'],
  startDate: ['startDate', 'started'],
  endDate: ['endDate', 'ended'],
};

const BY_NAME = new Map<string, ContactField>(
  Object.entries(FIELD_NAMES).flatMap(([field, names]) =>
    names.map((name) => [normalizeHeader(name), field as ContactField] as const),
  ),
);
const READ_ONLY = new Set(READ_ONLY_COLUMNS.map(normalizeHeader));

/** The columns of a file: where each field is, where each custom attribute is, and what was left out. */
export interface ColumnMap {
  fields: Partial<Record<ContactField, number>>;
  /** Custom attribute key → column index. */
  attributes: Map<string, number>;
  /** Headers that name nothing the import knows, as written in the file. */
  unknown: string[];
  /** Headers of the export that are not written (ids, times), as written in the file. */
  ignored: string[];
  /** The header of each column, as written in the file (for messages). */
  headers: string[];
}

/**
 * Maps a header line to fields and custom attribute keys (`attributeKeys`, the tenant's custom definitions).
 * The first column naming a field wins; a second one naming the same field is reported as unknown.
 * A custom key that equals a built-in alias is still a built-in field (the export writes built-ins first).
 */
export function mapColumns(headers: string[], attributeKeys: readonly string[]): ColumnMap {
  const attributesByName = new Map(attributeKeys.map((key) => [normalizeHeader(key), key]));
  const map: ColumnMap = { fields: {}, attributes: new Map(), unknown: [], ignored: [], headers };
  headers.forEach((header, index) => {
    const name = normalizeHeader(header);
    const field = BY_NAME.get(name);
    const attribute = attributesByName.get(name);
    if (field !== undefined && map.fields[field] === undefined) map.fields[field] = index;
    else if (field === undefined && attribute !== undefined && !map.attributes.has(attribute)) {
      map.attributes.set(attribute, index);
    } else if (READ_ONLY.has(name)) map.ignored.push(header);
    else map.unknown.push(header.trim() === '' ? `(column ${index + 1}, no header)` : header);
  });
  return map;
}

/** The field a `--client-column` value names, or undefined when no such column is in the file. */
export function clientColumnIndex(map: ColumnMap, name: string): number | undefined {
  const wanted = normalizeHeader(name);
  const field = BY_NAME.get(wanted);
  if (field !== undefined && map.fields[field] !== undefined) return map.fields[field];
  const index = map.headers.findIndex((header) => normalizeHeader(header) === wanted);
  return index === -1 ? undefined : index;
}
