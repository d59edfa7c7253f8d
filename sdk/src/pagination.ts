import type { Page } from './types.js';

/**
 * Every item of a cursor list, fetching a page only when the previous one is used up. Each `for await` starts
 * from the first page again. `cursorParam` names the query parameter that carries `nextCursor` (`after` for
 * the event feed).
 */
export function paginate<T, Q extends object>(
  fetchPage: (query: Q) => Promise<Page<T>>,
  query: Q,
  cursorParam = 'cursor',
): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      let cursor = (query as Record<string, unknown>)[cursorParam];
      for (;;) {
        const page = await fetchPage({ ...query, [cursorParam]: cursor });
        yield* page.items;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.nextCursor) return;
        cursor = page.pageInfo.nextCursor;
      }
    },
  };
}
