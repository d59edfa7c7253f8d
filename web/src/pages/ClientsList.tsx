import type { Client, ListClientsQuery } from '@clientele/sdk';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../auth';
import { Loading, Notice } from '../components/Notice';
import { StageBadge } from '../components/StageBadge';
import { describeError } from '../errors';
import { useTitle } from '../hooks';

export const STATUSES = ['lead', 'prospect', 'active', 'inactive', 'lost'] as const;
export const statusLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Clients, searched by name or domain; archived ones on request, each with a Restore button. */
export function ClientsList() {
  useTitle('Clients');
  const api = useApi();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const archived = params.get('archived') === '1';
  const [search, setSearch] = useState(q);
  // The box shows the click at once; the address bar follows (a router navigation can land a render later,
  // and a box bound to it alone would spring back meanwhile).
  const [showArchived, setShowArchived] = useState(archived);
  useEffect(() => setShowArchived(archived), [archived]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the typed text starts the pause
  useEffect(() => {
    const timer = setTimeout(() => setFilter('q', search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  function setFilter(name: string, value: string) {
    // From the address bar, not this render's params: the search box's delayed update must not undo a filter
    // chosen in the meantime.
    const next = new URLSearchParams(window.location.search);
    if ((next.get(name) ?? '') === value) return;
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const query: ListClientsQuery = {
    limit: 50,
    ...(q ? { q } : {}),
    ...(status ? { status: [status as Client['status']] } : {}),
    ...(archived ? { includeArchived: true } : {}),
  } as ListClientsQuery;
  const list = useInfiniteQuery({
    queryKey: ['clients', 'list', query],
    queryFn: ({ pageParam }) => api.clients.listPage({ ...query, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.nextCursor ?? undefined) : undefined),
  });
  const restore = useMutation({
    mutationFn: (id: string) => api.clients.restore(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clients'] }),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <div className="page-head">
        <h1>Clients</h1>
        <Link className="button primary" to="/clients/new">
          New client
        </Link>
      </div>
      <search className="filters" aria-label="Find clients">
        <div className="field">
          <label htmlFor="client-search">Search</label>
          <input
            id="client-search"
            type="search"
            placeholder="Company name or domain"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => {
              setShowArchived(e.target.checked);
              setFilter('archived', e.target.checked ? '1' : '');
            }}
          />
          Show archived clients
        </label>
      </search>
      {restore.isError && <Notice kind="error">{describeError(restore.error)}</Notice>}
      {list.isPending && <Loading what="clients" />}
      {list.isError && <Notice kind="error">{describeError(list.error)}</Notice>}
      {list.isSuccess && rows.length === 0 && <p className="empty">No clients match.</p>}
      {rows.length > 0 && (
        <table className="list">
          <caption className="visually-hidden">Clients</caption>
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Domain</th>
              <th scope="col">Status</th>
              <th scope="col">Stage</th>
              {archived && <th scope="col">Archived</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} className={c.archivedAt ? 'archived' : undefined}>
                <td>{c.archivedAt ? c.company.name : <Link to={`/clients/${c.id}`}>{c.company.name}</Link>}</td>
                <td>{c.company.domain ?? '—'}</td>
                <td>{statusLabel(c.status)}</td>
                <td>
                  <StageBadge stage={c.stage} />
                </td>
                {archived && (
                  <td>
                    {c.archivedAt && (
                      <button
                        type="button"
                        onClick={() => restore.mutate(c.id)}
                        disabled={restore.isPending}
                        aria-label={`Restore ${c.company.name}`}
                      >
                        Restore
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
