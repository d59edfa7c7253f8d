import { type TSchema, Type } from 'typebox';
import { DateTimeInput, Nullable } from '../core/schemas.js';

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

export const ErrorResponse = Type.Object(
  {
    status: Type.Integer(),
    statusCode: Type.Integer(),
    error: Type.String(),
    message: Type.String({ description: 'A machine-readable code from the closed list of API.md §1.4.' }),
    requestId: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          code: Type.String(),
          path: Type.String(),
          message: Type.String(),
          received: Type.Optional(Type.Unknown()),
        }),
      ),
    ),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'ErrorResponse' },
);
