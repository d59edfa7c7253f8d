import { type Static, Type } from 'typebox';
import { StringEnum } from '../../core/schemas.js';
import { Changes } from '../events/event.schemas.js';

/** POST /clients/contacts/_merge (API.md §5.3). */
export const MergePeopleBody = Type.Object(
  {
    targetCandidateId: Type.String({ maxLength: 100, description: 'The person who stays' }),
    sourceCandidateId: Type.String({ maxLength: 100, description: 'The person folded into the target, then erased' }),
    dryRun: Type.Optional(
      Type.Boolean({ default: false, description: 'Answer what the merge would do, and write nothing' }),
    ),
  },
  { additionalProperties: false },
);
export type MergePeopleBody = Static<typeof MergePeopleBody>;

export const MERGE_ACTIONS = ['moved', 'combined', 'updated', 'erased'] as const;
export type MergeAction = (typeof MERGE_ACTIONS)[number];

export const MergeChange = Type.Object(
  {
    id: Type.String({ description: 'The client-contact (role) id' }),
    action: StringEnum(MERGE_ACTIONS, {
      description:
        '`moved`: a source role now held by the target person; `combined`: a target role that absorbed the source ' +
        'role(s) at the same client (`mergedFrom`); `updated`: a target role at another client, changed only by the ' +
        "person's fields; `erased`: a source role absorbed into `mergedInto`, now gone",
    }),
    mergedInto: Type.Union([Type.String(), Type.Null()], { description: 'For `erased`: the role that absorbed it' }),
    mergedFrom: Type.Array(Type.String(), { description: 'For `combined`: the source roles it absorbed' }),
    changes: Changes,
  },
  { $id: 'MergeChange' },
);
export type MergeChange = Static<typeof MergeChange>;

export const MergeResult = Type.Object(
  {
    person: Type.Ref('PersonView'),
    changes: Type.Array(Type.Ref('MergeChange'), {
      description:
        'Each role the merge changed: the surviving ones (oldest first, as `client_contact.updated` events record ' +
        'them), then the erased ones.',
    }),
  },
  { $id: 'MergeResult' },
);
