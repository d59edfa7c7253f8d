import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FastifySchemaValidationError } from 'fastify';
import { type Static, type TSchema, Type } from 'typebox';
import { validationError } from '../../core/errors.js';
import { DateTimeInput, DateTimeOutput, Id, Nullable, StringEnum } from '../../core/schemas.js';
import { fieldErrorsFromAjv } from '../../http/validation.js';
import { Stage } from '../stages/stage.schemas.js';

/** POST /clients/_search (API.md §2.3): what each filter type accepts. */
export const FILTER_RULES = {
  text: {
    operators: ['contains', 'equals', 'startsWith', 'notEquals'],
    paths: ['client.company.name', 'client.company.domain', 'client.company.description'],
  },
  entitySelect: { operators: ['in', 'notIn'], paths: ['client.stage', 'client.contacts'] },
  date: { operators: ['before', 'after'], paths: ['client.createdAt', 'client.modifiedAt'] },
} as const;

export type FilterType = keyof typeof FILTER_RULES;
type Rules = typeof FILTER_RULES;
export type TextOperator = Rules['text']['operators'][number];
export type TextPath = Rules['text']['paths'][number];
export type EntitySelectOperator = Rules['entitySelect']['operators'][number];
export type EntitySelectPath = Rules['entitySelect']['paths'][number];
export type DateOperator = Rules['date']['operators'][number];
export type DatePath = Rules['date']['paths'][number];

const FILTER_TYPES = Object.keys(FILTER_RULES) as FilterType[];
const ALL_OPERATORS = [...new Set(FILTER_TYPES.flatMap((t) => FILTER_RULES[t].operators))];
const ALL_PATHS = FILTER_TYPES.flatMap((t) => FILTER_RULES[t].paths);

/** The longest text a client stores (a description); a longer value could only match nothing. */
const MAX_TEXT = 10_000;
/** As for every other id list (src/core/list-param.ts). */
export const MAX_FILTER_IDS = 200;

function filterOf<T extends FilterType, V extends TSchema>(type: T, value: V, description: string) {
  const rules = FILTER_RULES[type];
  return Type.Object(
    {
      type: Type.Literal(type),
      operator: StringEnum(rules.operators as Rules[T]['operators']),
      path: StringEnum(rules.paths as Rules[T]['paths']),
      value,
    },
    { additionalProperties: false, title: `${type} filter`, description },
  );
}

export const TextFilter = filterOf(
  'text',
  Type.String({ maxLength: MAX_TEXT }),
  'Case-insensitive comparison of a company field with `value`. A field that is not set counts as the empty ' +
    'text: `equals ""` finds clients without it, `notEquals ""` those with it, and `notEquals "x"` includes ' +
    'clients without the field. `contains ""` and `startsWith ""` match every client.',
);
export type TextFilter = Static<typeof TextFilter>;

export const EntitySelectFilter = filterOf(
  'entitySelect',
  Type.Array(Type.String({ maxLength: 100 }), { maxItems: MAX_FILTER_IDS }),
  '`client.stage`: the client is (`in`) or is not (`notIn`) in one of these stages; a client without a stage is ' +
    'never `in` and always `notIn`. `client.contacts`: the client has (`in`) or has none (`notIn`) of these ' +
    'client contacts; archived contacts count as gone. Ids that name nothing (unknown, not UUIDs, ' +
    "another tenant's) match nothing, so an empty or unknown list makes `in` match no client and `notIn` every client.",
);
export type EntitySelectFilter = Static<typeof EntitySelectFilter>;

export const DateFilter = filterOf(
  'date',
  DateTimeInput,
  '**ext** The client was created or last modified strictly `before` or strictly `after` this date-time.',
);
export type DateFilter = Static<typeof DateFilter>;

export type Filter = TextFilter | EntitySelectFilter | DateFilter;

const Filter = Type.Unsafe<Filter>({
  oneOf: [TextFilter, EntitySelectFilter, DateFilter],
  discriminator: { propertyName: 'type' },
  description: 'One condition; `operator`, `path` and `value` depend on `type`.',
});

export const SearchClientsBody = Type.Object(
  {
    filters: Type.Array(Filter, {
      maxItems: 50,
      description: 'Every filter must hold (AND); `[]` lists every client.',
    }),
    page: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0, description: '0-based' })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        filters: [
          { type: 'text', operator: 'contains', path: 'client.company.name', value: 'robot' },
          {
            type: 'entitySelect',
            operator: 'notIn',
            path: 'client.stage',
            value: ['0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d'],
          },
        ],
        page: 0,
        pageSize: 20,
      },
    ],
  },
);
export type SearchClientsBody = Static<typeof SearchClientsBody>;

export const ClientSearchItem = Type.Object({
  id: Id,
  name: Type.String({ description: "The company's name" }),
  domain: Nullable(Type.String()),
  logoUrl: Nullable(Type.String()),
  stage: Nullable(Stage),
  createdAt: DateTimeOutput,
  modifiedAt: DateTimeOutput,
});
export type ClientSearchItem = Static<typeof ClientSearchItem>;

export const ClientSearchPage = Type.Object({
  items: Type.Array(ClientSearchItem),
  pagination: Type.Object({ hasNextPage: Type.Boolean() }),
});
export type ClientSearchPage = Static<typeof ClientSearchPage>;

/**
 * What is wrong with one filter, every problem at its exact path (`filters.2.operator`). The body validator
 * sees a filter that fits none of the three shapes and reports each shape's complaints; this judges the
 * filter against the one shape its `type` names (or, without a known type, against what every shape
 * shares), as the contract lists the rules.
 */
const reporting = new Ajv({ allErrors: true, verbose: true, strict: false });
const byType: Record<FilterType, ValidateFunction> = {
  text: reporting.compile(TextFilter),
  entitySelect: reporting.compile(EntitySelectFilter),
  date: reporting.compile(DateFilter),
};
const anyFilter = reporting.compile(
  Type.Object(
    {
      type: StringEnum(FILTER_TYPES),
      operator: StringEnum(ALL_OPERATORS),
      path: StringEnum(ALL_PATHS),
      value: Type.Unsafe({ type: ['string', 'array'], items: Type.String() }),
    },
    { additionalProperties: false },
  ),
);

function filterErrors(filter: unknown, index: number) {
  const type = (filter as { type?: unknown } | null)?.type;
  const validate = typeof type === 'string' && Object.hasOwn(byType, type) ? byType[type as FilterType] : anyFilter;
  if (validate(filter)) return [];
  const forType = validate === anyFilter ? '' : ` for type ${type}`;
  const errors = (validate.errors ?? []).map((e) =>
    e.keyword === 'enum' ? { ...e, message: `must be one of ${allowedValues(e).join(', ')}${forType}` } : e,
  );
  const at = `filters.${index}`;
  return fieldErrorsFromAjv(errors).map((e) => ({ ...e, path: e.path === '' ? at : `${at}.${e.path}` }));
}

function allowedValues(error: ErrorObject): unknown[] {
  return error.params.allowedValues as unknown[];
}

const FILTER_ITEM = /^\/filters\/(\d+)(?:\/|$)/;

/**
 * The route's schemaErrorFormatter: the body validator's own errors, except that each filter that failed is
 * judged again by filterErrors (the validator's oneOf reports every shape's complaints, most of them beside
 * the point). Thrown as the documented VALIDATION_ERROR.
 */
export function searchBodyErrors(errors: FastifySchemaValidationError[]): Error {
  const kept: ErrorObject[] = [];
  const failedFilters = new Map<number, unknown>();
  for (const error of errors as ErrorObject[]) {
    const match = FILTER_ITEM.exec(error.instancePath);
    if (!match) kept.push(error);
    else if (error.instancePath === `/filters/${match[1]}` && error.keyword === 'oneOf') {
      failedFilters.set(Number(match[1]), error.data);
    }
  }
  const fieldErrors = fieldErrorsFromAjv(kept);
  for (const [index, filter] of [...failedFilters].sort(([a], [b]) => a - b)) {
    fieldErrors.push(...filterErrors(filter, index));
  }
  // Never an empty list: should the two judgements ever disagree, the validator's own errors stand.
  return validationError(fieldErrors.length > 0 ? fieldErrors : fieldErrorsFromAjv(errors as ErrorObject[]));
}
