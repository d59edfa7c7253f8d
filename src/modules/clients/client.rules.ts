import { validationError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { listParam } from '../../core/list-param.js';
import type { Location } from '../../core/schemas.js';
import type { Stage } from '../stages/stage.repository.js';
import type { ClientFilter, ClientRecord } from './client.repository.js';
import { CLIENT_STATUSES, type ClientStatus, type Company } from './client.schemas.js';

/** Pure rules of the clients module: list filters, merging a body into a record, change detection. */

export interface ListFilterQuery {
  stageIds?: string[];
  status?: string[];
  q?: string;
  includeArchived?: boolean;
}

/**
 * The list filters from query parameters. A stage id that is not a UUID can match nothing, so it is dropped
 * (and a list of only such ids matches nothing); an unknown status is a mistake worth reporting.
 */
export function clientFilter(query: ListFilterQuery): ClientFilter {
  const stageIds = listParam(query.stageIds, 'stageIds')?.filter(isUuid);
  const statuses = listParam(query.status, 'status');
  const unknown = statuses?.find((s) => !(CLIENT_STATUSES as readonly string[]).includes(s));
  if (unknown !== undefined) {
    throw validationError([
      {
        code: 'INVALID_ENUM_VALUE',
        path: 'status',
        message: `must be one of ${CLIENT_STATUSES.join(', ')}`,
        received: unknown,
      },
    ]);
  }
  const q = query.q?.trim().toLowerCase();
  return {
    stageIds,
    statuses: statuses as ClientStatus[] | undefined,
    q: q || undefined,
    includeArchived: query.includeArchived ?? false,
  };
}

const LOCATION_KEYS = [
  'type',
  'street1',
  'street2',
  'postalCode',
  'city',
  'region',
  'state',
  'country',
  'rawCityCountry',
  'latitude',
  'longitude',
  'formattedAddress',
] as const;

/** The fields a location was sent with, in one fixed order, so equal locations store as equal text. */
export function canonicalLocation(location: Location): Location {
  const out: Record<string, unknown> = {};
  for (const key of LOCATION_KEYS) if (location[key] !== undefined) out[key] = location[key];
  return out as Location;
}

type CompanyChanges = { [K in keyof Omit<Company, 'id'>]?: Company[K] };

export interface ClientChanges {
  company?: CompanyChanges;
  status?: ClientStatus;
  locations?: Location[];
}

/** `current` with the fields a body sends (undefined = keep, null = clear) and the already-checked stage. */
export function mergeClient(current: ClientRecord, body: ClientChanges, stage: Stage | null): ClientRecord {
  const company = { ...current.company };
  for (const [key, value] of Object.entries(body.company ?? {}) as [keyof CompanyChanges, string | null][]) {
    if (value === undefined) continue;
    (company as Record<string, unknown>)[key] = key === 'domain' && value !== null ? value.toLowerCase() : value;
  }
  return {
    ...current,
    company,
    status: body.status ?? current.status,
    stage,
    locations: body.locations === undefined ? current.locations : body.locations.map(canonicalLocation),
  };
}

/** True when nothing a client shows would change (custom attributes are judged separately). */
export function sameClient(a: ClientRecord, b: ClientRecord): boolean {
  return (
    JSON.stringify([a.company, a.status, a.stage?.id ?? null, a.locations]) ===
    JSON.stringify([b.company, b.status, b.stage?.id ?? null, b.locations])
  );
}
