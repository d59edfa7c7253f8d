import { type Static, Type } from 'typebox';
import { DateTimeOutput, Email, HttpUrl, Nullable } from '../../core/schemas.js';

export const UserSummary = Type.Object(
  {
    userId: Type.String(),
    name: Type.String(),
    email: Type.String(),
    avatarUrl: Nullable(Type.String()),
    deactivatedAt: Nullable(DateTimeOutput),
  },
  { $id: 'UserSummary' },
);
export type UserSummary = Static<typeof UserSummary>;

export const User = Type.Object(
  {
    userId: Type.String(),
    name: Type.String(),
    email: Type.String(),
    avatarUrl: Nullable(Type.String()),
    deactivatedAt: Nullable(DateTimeOutput),
    createdAt: DateTimeOutput,
    modifiedAt: DateTimeOutput,
    version: Type.Integer(),
  },
  { $id: 'User' },
);
export type User = Static<typeof User>;

export const UserList = Type.Object({ users: Type.Array(Type.Ref('UserSummary')) });

export const ListUsersQuery = Type.Object({
  includeDeactivated: Type.Optional(Type.Boolean({ default: false })),
});
export type ListUsersQuery = Static<typeof ListUsersQuery>;

const Name = Type.String({ minLength: 1, maxLength: 255 });

export const CreateUserBody = Type.Object(
  { name: Name, email: Email, avatarUrl: Type.Optional(Nullable(HttpUrl)) },
  { additionalProperties: false, examples: [{ name: 'Dana Recruiter', email: 'dana@agency.example' }] },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    avatarUrl: Type.Optional(Nullable(HttpUrl)),
    deactivated: Type.Optional(Type.Boolean({ description: 'true deactivates the user, false reactivates it' })),
  },
  { additionalProperties: false, examples: [{ deactivated: true }] },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;
