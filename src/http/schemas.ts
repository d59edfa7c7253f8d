import { type TSchema, Type } from 'typebox';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../core/errors.js';
import { DateTimeInput, Nullable, StringEnum } from '../core/schemas.js';

export const IdParams = Type.Object({ id: Type.String() });

export const PageInfo = Type.Object({
  nextCursor: Nullable(Type.String()),
  hasNextPage: Type.Boolean(),
});

export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), pageInfo: PageInfo });
}

/** Query parameters shared by every cursor list (API.md §1.5). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
  modifiedSince: Type.Optional(DateTimeInput),
  modifiedUntil: Type.Optional(DateTimeInput),
};

/** How a route's response schema refers to the error envelope, for every error status it lists. */
export const ErrorRef = { $ref: 'ErrorResponse#' } as const;

/**
 * The error envelope (API.md §1.4). `message` and `errors[].code` are enums built from the closed lists in
 * src/core/errors.ts, so the document and the ErrorCode type cannot differ.
 */
export const ErrorResponse = Type.Object(
  {
    status: Type.Integer({ description: 'The HTTP status' }),
    statusCode: Type.Integer({ description: 'The HTTP status again (Spott sends both)' }),
    error: Type.String({ description: 'The reason phrase of the status', examples: ['Bad Request'] }),
    message: StringEnum(ERROR_CODES, { description: 'A machine-readable code from the closed list of API.md §1.4.' }),
    requestId: Type.String({ description: 'The `x-request-id` of the request, also in the server log' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          code: StringEnum(FIELD_ERROR_CODES),
          path: Type.String({ description: 'Dotted path of the field (`emails.1.email`)' }),
          message: Type.String(),
          received: Type.Optional(Type.Unknown()),
        }),
        { description: 'Every problem found; only with VALIDATION_ERROR' },
      ),
    ),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'More about some codes: `duplicates` (EMAIL_ALREADY_IN_USE), `currentVersion` (PRECONDITION_FAILED)',
      }),
    ),
  },
  { $id: 'ErrorResponse' },
);
