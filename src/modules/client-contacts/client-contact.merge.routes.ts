import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { mergePeople } from './client-contact.merge.js';
import { MergeChange, MergePeopleBody, MergeResult } from './client-contact.merge.schemas.js';
import { PersonView } from './client-contact.schemas.js';

/** API.md §5.3. A static path: `_merge` is matched before the templated `POST /clients/contacts/{clientId}`. */
export const clientContactMergeRoutes: RouteModule = (app, ctx) => {
  app.addSchema(PersonView);
  app.addSchema(MergeChange);
  app.addSchema(MergeResult);

  app.post(
    '/clients/contacts/_merge',
    {
      schema: {
        tags: ['client contacts'],
        operationId: 'mergePeople',
        summary: 'Merge two people (ext)',
        description:
          'Folds the source person into the target, in one transaction. The source’s roles move to the target; a ' +
          'non-archived source role at a client where the target has a non-archived role is combined into the ' +
          'target’s (oldest) role there: the target’s values win where both are set and the source’s fill the ' +
          'target’s nulls (a filled date that would end the role before it starts is dropped); emails (ignoring ' +
          'case) and phone numbers (by E.164) are unioned, the target’s first, its primaries staying primary; custom ' +
          'attributes are the target’s, plus the source’s for definitions the target has no value for. Archived roles ' +
          'are never combined; they move. The person keeps the target’s names, and takes the source’s avatar and ' +
          'locations only where the target has none. The source person and its absorbed roles are erased; the ' +
          'source’s email addresses then belong to the target. Every surviving role that changed gets version + 1 ' +
          'and a new modifiedAt, and a `client_contact.updated` event with its field changes; each absorbed role a ' +
          '`client_contact.erased` event. Unlike `DELETE ?permanent=true`, a merge does not strip the absorbed ' +
          'roles’ earlier events: it is not an erasure request, and their data lives on in the target. Answers the ' +
          'target’s person view and `changes`, one entry per role the merge changed. With `dryRun: true` the same ' +
          'merge runs and is rolled back: the same answer, and nothing written (no version, no event, no webhook ' +
          'delivery). Errors: an id that names no person of the tenant, or a person whose every role is archived, ' +
          '404 CANDIDATE_NOT_FOUND (checked first); the same person twice, 400 MERGE_SAME_PERSON.',
        body: MergePeopleBody,
        response: { 200: MergeResult, 400: ErrorRef, 401: ErrorRef, 404: ErrorRef },
      },
    },
    async (request) => mergePeople(ctx, request.tenantId, request.actor, request.body),
  );
};
