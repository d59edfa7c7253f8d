import type { Context } from '../../context.js';
import { searchClients as searchClientRows } from './client-search.repository.js';
import { searchPlan } from './client-search.rules.js';
import type { ClientSearchPage, SearchClientsBody } from './client-search.schemas.js';

/** POST /clients/_search (API.md §2.3): one page of the tenant's non-archived clients matching every filter. */
export async function searchClients(
  ctx: Context,
  tenantId: string,
  body: SearchClientsBody,
): Promise<ClientSearchPage> {
  const plan = searchPlan(body);
  const rows = await searchClientRows(ctx.db.kysely, ctx.db.dialect, tenantId, plan);
  return { items: rows.slice(0, plan.pageSize), pagination: { hasNextPage: rows.length > plan.pageSize } };
}
