import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { PeopleSearchResult, PersonHit, SearchPeopleQuery } from './people-search.schemas.js';
import * as service from './people-search.service.js';

/** API.md §2.6. */
export const peopleSearchRoutes: RouteModule = (app, ctx) => {
  app.addSchema(PersonHit);

  app.get(
    '/search/people',
    {
      schema: {
        tags: ['search'],
        operationId: 'searchPeople',
        summary: 'Search people by name, email address or phone number',
        description:
          'Finds the people behind client contacts as a recruiter types into a search box. Matches: an email address ' +
          'equal to `query` or starting with it (ignoring case); a phone number whose digits contain the digits of ' +
          '`query` (when it is written like a phone number and has at least 4 digits) or whose E.164 form equals ' +
          'its; a first name, last name or "first last" starting with `query`, ignoring case, accents, apostrophes ' +
          'and dashes. Ranked: an equal address or number first, then a full-name prefix, then a last-name prefix, ' +
          'then the rest; ties by last name, first name and id. Each person appears once; people whose every ' +
          "role is archived are left out. The addresses and numbers shown are those of the person's non-archived " +
          'roles, primaries first. A match kind that hits very many people contributes its first ones in index ' +
          'order (alphabetical, for names): a longer query narrows them down.',
        querystring: SearchPeopleQuery,
        response: { 200: PeopleSearchResult, 400: ErrorRef, 401: ErrorRef },
      },
    },
    async (request) => service.searchPeople(ctx, request.tenantId, request.query),
  );
};
