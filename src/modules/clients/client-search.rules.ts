import { canonicalDateTime } from '../../core/date-time.js';
import { isUuid } from '../../core/ids.js';
import type {
  DateOperator,
  EntitySelectOperator,
  Filter,
  SearchClientsBody,
  TextOperator,
} from './client-search.schemas.js';

/**
 * Pure rules of POST /clients/_search: a validated body becomes the conditions the repository turns into
 * SQL, each already in the form the stored columns hold (lower-cased text, canonical date-times, UUIDs).
 */

export type TextColumn = 'name' | 'domain' | 'description';

export type SearchCondition =
  | { kind: 'text'; column: TextColumn; operator: TextOperator; value: string }
  | { kind: 'stage' | 'contacts'; operator: EntitySelectOperator; ids: string[] }
  | { kind: 'date'; column: 'createdAt' | 'modifiedAt'; operator: DateOperator; value: string };

export interface SearchPlan {
  conditions: SearchCondition[];
  offset: number;
  /** Rows to read: the page plus one, which tells whether another page follows. */
  limit: number;
  pageSize: number;
}

export const DEFAULT_SEARCH_PAGE_SIZE = 20;

const TEXT_COLUMNS: Record<string, TextColumn> = {
  'client.company.name': 'name',
  'client.company.domain': 'domain',
  'client.company.description': 'description',
};

/**
 * The text a filter compares, in the stored search form: company names, domains and descriptions are kept
 * lower-cased (String.prototype.toLowerCase, so both databases compare the same text).
 */
export function searchText(value: string): string {
  return value.toLowerCase();
}

function condition(filter: Filter): SearchCondition {
  switch (filter.type) {
    case 'text':
      return {
        kind: 'text',
        column: TEXT_COLUMNS[filter.path],
        operator: filter.operator,
        value: searchText(filter.value),
      };
    case 'entitySelect':
      return {
        kind: filter.path === 'client.stage' ? 'stage' : 'contacts',
        operator: filter.operator,
        // An id that is not a UUID names nothing, so it can only match nothing: dropped here.
        ids: [...new Set(filter.value.filter(isUuid))],
      };
    case 'date':
      return {
        kind: 'date',
        column: filter.path === 'client.createdAt' ? 'createdAt' : 'modifiedAt',
        operator: filter.operator,
        value: canonicalDateTime(filter.value),
      };
  }
}

/** Conditions that hold for every client are left out, so they cost nothing. */
function alwaysHolds(c: SearchCondition): boolean {
  if (c.kind === 'text') return c.value === '' && (c.operator === 'contains' || c.operator === 'startsWith');
  if (c.kind === 'stage' || c.kind === 'contacts') return c.operator === 'notIn' && c.ids.length === 0;
  return false;
}

export function searchPlan(body: SearchClientsBody): SearchPlan {
  const pageSize = body.pageSize ?? DEFAULT_SEARCH_PAGE_SIZE;
  return {
    conditions: body.filters.map(condition).filter((c) => !alwaysHolds(c)),
    offset: (body.page ?? 0) * pageSize,
    limit: pageSize + 1,
    pageSize,
  };
}
