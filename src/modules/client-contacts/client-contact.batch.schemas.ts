import type { ValidateFunction } from 'ajv';
import { type TSchema, Type } from 'typebox';
import { AppError, type FieldError, validationError } from '../../core/errors.js';
import { StringEnum } from '../../core/schemas.js';
import { expectedVersion } from '../../core/versions.js';
import { ErrorRef } from '../../http/schemas.js';
import { buildValidator, fieldErrorsFromAjv, trimStrings } from '../../http/validation.js';
import type { BatchOperation } from './client-contact.batch.js';
import { CreateContactBody, UpdateContactBody } from './client-contact.schemas.js';

export const MAX_BATCH_OPERATIONS = 100;

const ContactId = Type.String({ description: 'A client-contact id' });
const ClientId = Type.String({ description: 'A client id' });
/** What the `If-Match` header takes: `5`, `"5"`, `W/"5"` or `*`; a number is the version itself. */
const IfMatch = Type.Unsafe<number | string>({
  type: ['integer', 'string'],
  minimum: 0,
  maxLength: 200,
  description: 'As the If-Match header: `5`, `"5"`, `W/"5"` or `*` (412 PRECONDITION_FAILED when stale)',
});

export const UpsertContactBody = Type.Object(UpdateContactBody.properties, {
  additionalProperties: false,
  description:
    'The fields of a PATCH (no candidateId: the person is found by email). firstName and lastName are required ' +
    'only when the upsert makes a new person.',
});

const AnyBody = Type.Object({}, { description: 'The body the single endpoint takes' });

/** Each kind's own fields, the body aside: checked first, so a bad `op`, `id` or `ifMatch` is named as such. */
const heads = {
  create: { op: Type.Literal('create'), clientId: ClientId, body: AnyBody },
  update: { op: Type.Literal('update'), id: ContactId, body: AnyBody, ifMatch: Type.Optional(IfMatch) },
  upsert: { op: Type.Literal('upsert'), clientId: ClientId, body: AnyBody },
  archive: { op: Type.Literal('archive'), id: ContactId, ifMatch: Type.Optional(IfMatch) },
} as const;
type Kind = keyof typeof heads;
const KINDS = Object.keys(heads) as Kind[];

const bodies: Record<Kind, TSchema | undefined> = {
  create: CreateContactBody,
  update: UpdateContactBody,
  upsert: UpsertContactBody,
  archive: undefined,
};

/** The documented shape of one operation (what the SDK's types come from). */
export const BatchOperationSchema = Type.Union(
  KINDS.map((kind) =>
    Type.Object(
      { ...heads[kind], ...(bodies[kind] ? { body: bodies[kind] } : {}) },
      { additionalProperties: false, title: `${kind} operation` },
    ),
  ),
);

export const BatchBody = Type.Object(
  {
    operations: Type.Array(BatchOperationSchema, {
      minItems: 1,
      maxItems: MAX_BATCH_OPERATIONS,
      description: 'Run in this order, each in its own transaction',
    }),
  },
  { additionalProperties: false },
);

/**
 * What the request as a whole must be; each operation is then checked on its own (parseOperation), so one
 * malformed operation fails alone.
 */
export const BatchEnvelope = Type.Object(
  { operations: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_BATCH_OPERATIONS }) },
  { additionalProperties: false },
);

export const BATCH_OUTCOMES = ['created', 'updated', 'unchanged', 'archived', 'failed'] as const;

export const BatchResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      index: Type.Integer({ description: 'The operation’s position in `operations`' }),
      status: Type.Integer({ description: 'The status the single endpoint would answer' }),
      outcome: StringEnum(BATCH_OUTCOMES, {
        description:
          '`created` (201), `updated` (200), `unchanged` (200: an update, or an upsert that matched, whose values ' +
          'were already stored: no new version, no event), `archived` (204) or `failed` (the error’s status)',
      }),
      body: Type.Union([Type.Ref('ClientContact'), Type.Unsafe(ErrorRef), Type.Null()], {
        description: 'The contact, the error envelope, or null for an archive',
      }),
    }),
  ),
});

/** Checks one operation as its single endpoint checks its request: parsed, or the error that endpoint answers. */
export type OperationParser = (raw: unknown, options: { ifMatchRequired: boolean }) => BatchOperation | AppError;

export function operationParser(): OperationParser {
  const compile = buildValidator();
  const validator = (schema: TSchema) =>
    compile({ schema, httpPart: 'body', method: 'POST', url: '' }) as unknown as ValidateFunction;
  const kindOf = validator(Type.Object({ op: StringEnum(KINDS) }));
  const headOf = Object.fromEntries(
    KINDS.map((kind) => [kind, validator(Type.Object(heads[kind], { additionalProperties: false }))]),
  ) as Record<Kind, ValidateFunction>;
  const bodyOf = Object.fromEntries(
    KINDS.map((kind) => [kind, bodies[kind] && validator(bodies[kind] as TSchema)]),
  ) as Record<Kind, ValidateFunction | undefined>;

  return (raw, { ifMatchRequired }) => {
    // Trimmed as every request body is; a string no column can store is refused before the schema is checked.
    const unstorable = trimStrings(raw).map((e) => (e.path.startsWith('body.') ? { ...e, path: e.path.slice(5) } : e));
    if (unstorable.length > 0) return validationError(unstorable);
    if (!kindOf(raw)) return validationError(fieldErrorsFromAjv(kindOf.errors ?? []));
    const op = raw as Record<string, unknown> & { op: Kind };
    // As the single endpoints check it, right after the key and before the body.
    if (ifMatchRequired && (op.op === 'update' || op.op === 'archive') && op.ifMatch === undefined) {
      return new AppError('PRECONDITION_REQUIRED');
    }
    const errors: FieldError[] = [];
    const head = headOf[op.op];
    if (!head(op)) errors.push(...fieldErrorsFromAjv(head.errors ?? []));
    const body = bodyOf[op.op];
    const given = op.body;
    if (body && typeof given === 'object' && given !== null && !Array.isArray(given) && !body(given)) {
      errors.push(...fieldErrorsFromAjv(body.errors ?? []));
    }
    if (errors.length > 0) return validationError(errors);
    const expected = op.ifMatch === undefined ? undefined : expectedVersion(String(op.ifMatch));
    switch (op.op) {
      case 'create':
        return { op: 'create', clientId: op.clientId as string, body: given as CreateContactBody };
      case 'upsert':
        return { op: 'upsert', clientId: op.clientId as string, body: given as UpdateContactBody };
      case 'update':
        return { op: 'update', id: op.id as string, body: given as UpdateContactBody, expected };
      case 'archive':
        return { op: 'archive', id: op.id as string, expected };
    }
  };
}
