import { type Static, Type } from 'typebox';
import { Nullable } from '../../core/schemas.js';

/** API.md §2.6. Strings arrive trimmed (the query hook), so the length bounds hold after trimming. */
export const SearchPeopleQuery = Type.Object({
  query: Type.String({
    minLength: 1,
    maxLength: 200,
    description:
      'What the recruiter typed: the start of a name ("jose", "anne-m", "o\'brien"; case and accents ignored), ' +
      'an email address or its start, or a phone number or at least 4 of its digits.',
    examples: ['jane sm'],
  }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
});
export type SearchPeopleQuery = Static<typeof SearchPeopleQuery>;

/** Spott's search hit; the fields Spott has and Clientele does not hold are always null. */
export const PersonHit = Type.Object(
  {
    entityType: Type.Literal('clientContact'),
    id: Type.String({ description: 'The person (candidateId); GET /clients/contacts/{id} shows it' }),
    firstName: Type.String(),
    middleName: Type.Null(),
    lastName: Type.String(),
    secondLastName: Type.Null(),
    avatarUrl: Nullable(Type.String()),
    phoneNumbers: Type.Array(Type.String(), {
      description: "The numbers of the person's non-archived roles, as written; primaries first, no repeats",
    }),
    emailAddresses: Type.Array(Type.String(), {
      description: "The addresses of the person's non-archived roles; primaries first, no repeats",
    }),
    linkedInUrl: Type.Null(),
  },
  { $id: 'PersonHit' },
);
export type PersonHit = Static<typeof PersonHit>;

export const PeopleSearchResult = Type.Object({ items: Type.Array(Type.Ref('PersonHit')) });
export type PeopleSearchResult = { items: PersonHit[] };
