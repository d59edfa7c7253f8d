const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs (API.md §1.3); anything else in a path names nothing, so callers answer 404 without a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
