import type { ClientContact, ListContactsQuery } from '@clientele/sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../auth';
import { Loading, Notice } from '../components/Notice';
import { StageBadge } from '../components/StageBadge';
import { describeError } from '../errors';
import { useClientChoices, useStages, useTitle, useUsers } from '../hooks';

const PAGE = 50;

export function primaryEmail(contact: Pick<ClientContact, 'emails'>): string | null {
  return (contact.emails.find((e) => e.isPrimary) ?? contact.emails[0])?.email ?? null;
}

/** One row; memoised, so that "Load more" renders only the new rows, not the whole list again. */
const ContactRow = memo(function ContactRow({ contact: c }: { contact: ClientContact }) {
  return (
    <tr>
      <td>
        <Link to={`/contacts/${c.id}`}>
          {c.firstName} {c.lastName}
        </Link>
        {!c.active && <span className="tag">inactive</span>}
      </td>
      <td>{c.role ?? '—'}</td>
      <td>
        <Link to={`/clients/${c.client.id}`}>{c.client.company.name}</Link>
      </td>
      <td>{primaryEmail(c) ?? '—'}</td>
      <td>
        <StageBadge stage={c.stage} />
      </td>
    </tr>
  );
});

/** Contacts, searched and filtered through the URL, so that a filtered list can be reloaded or shared. */
export function ContactsList() {
  useTitle('Contacts');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const stage = params.get('stage') ?? '';
  const owner = params.get('owner') ?? '';
  const client = params.get('client') ?? '';
  const active = params.get('active') ?? '';
  const [search, setSearch] = useState(q);
  const stages = useStages();
  const users = useUsers();
  const clients = useClientChoices();

  // The search box updates the list as one types, after a short pause.
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

  const query: ListContactsQuery = {
    limit: PAGE,
    ...(q ? { q } : {}),
    ...(stage ? { stageIds: [stage] } : {}),
    ...(owner ? { mainContactIds: [owner] } : {}),
    ...(client ? { clientIds: [client] } : {}),
    ...(active ? { active: active === 'true' } : {}),
  };
  const list = useInfiniteQuery({
    queryKey: ['contacts', 'list', query],
    queryFn: ({ pageParam }) => api.contacts.listPage({ ...query, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.nextCursor ?? undefined) : undefined),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <div className="page-head">
        <h1>Contacts</h1>
        <Link className="button primary" to="/contacts/new">
          New contact
        </Link>
      </div>
      <search className="filters" aria-label="Find contacts">
        <div className="field">
          <label htmlFor="contact-search">Search</label>
          <input
            id="contact-search"
            type="search"
            placeholder="Name or email, from the start"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-stage">Stage</label>
          <select id="filter-stage" value={stage} onChange={(e) => setFilter('stage', e.target.value)}>
            <option value="">Any stage</option>
            {stages.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-owner">Owner</label>
          <select id="filter-owner" value={owner} onChange={(e) => setFilter('owner', e.target.value)}>
            <option value="">Anyone</option>
            {users.data?.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-client">Client</label>
          <select id="filter-client" value={client} onChange={(e) => setFilter('client', e.target.value)}>
            <option value="">Any client</option>
            {clients.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-active">Active</label>
          <select id="filter-active" value={active} onChange={(e) => setFilter('active', e.target.value)}>
            <option value="">Active or not</option>
            <option value="true">Active only</option>
            <option value="false">Inactive only</option>
          </select>
        </div>
      </search>

      {list.isPending && <Loading what="contacts" />}
      {list.isError && <Notice kind="error">{describeError(list.error)}</Notice>}
      {list.isSuccess && rows.length === 0 && <p className="empty">No contacts match.</p>}
      {rows.length > 0 && (
        <table className="list">
          <caption className="visually-hidden">Contacts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Client</th>
              <th scope="col">Primary email</th>
              <th scope="col">Stage</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <ContactRow key={c.id} contact={c} />
            ))}
          </tbody>
        </table>
      )}
      <p className="muted" role="status">
        {list.isSuccess &&
          `Showing ${rows.length} contact${rows.length === 1 ? '' : 's'}${list.hasNextPage ? ', more available' : ''}.`}
      </p>
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
