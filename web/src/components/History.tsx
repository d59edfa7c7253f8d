import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../auth';
import { describeError } from '../errors';
import { formatDateTime } from '../hooks';
import { Loading, Notice } from './Notice';

const WHAT: Record<string, string> = {
  created: 'Created',
  updated: 'Changed',
  archived: 'Archived',
  restored: 'Restored',
  erased: 'Erased',
};

/** A value of a change, as text (contact data is never rendered as HTML). */
function show(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.length === 0
      ? '(none)'
      : value
          .map((v) => (typeof v === 'object' && v ? (v.email ?? v.phoneNumber ?? JSON.stringify(v)) : String(v)))
          .join(', ');
  }
  if (typeof value === 'object') {
    const named = value as { name?: unknown };
    return typeof named.name === 'string' ? named.name : JSON.stringify(value);
  }
  return String(value);
}

/** Who changed what, newest first (API.md §4.2). */
export function History({ resource, id }: { resource: 'client' | 'clientContact'; id: string }) {
  const api = useApi();
  const history = useInfiniteQuery({
    queryKey: ['history', resource, id],
    queryFn: ({ pageParam }) =>
      api.events.historyPage(resource, id, { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.nextCursor ?? undefined) : undefined),
  });
  if (history.isPending) return <Loading what="history" />;
  if (history.isError) return <Notice kind="error">{describeError(history.error)}</Notice>;
  const entries = history.data.pages.flatMap((p) => p.items);
  if (entries.length === 0) return <p className="empty">No recorded changes yet.</p>;
  return (
    <>
      <ol className="history">
        {entries.map((e) => {
          const verb = WHAT[e.type.split('.').pop() ?? ''] ?? e.type;
          const changes = Object.entries((e.changes ?? {}) as Record<string, { from: unknown; to: unknown }>);
          return (
            <li key={e.eventId}>
              <p>
                <strong>{verb}</strong> <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>{' '}
                <span className="muted">
                  by {e.actor.type === 'apiKey' ? `API key ${(e.actor.id ?? '').slice(0, 8)}…` : 'the system'}
                </span>
              </p>
              {verb === 'Changed' && changes.length > 0 && (
                <ul className="changes">
                  {changes.map(([field, change]) => (
                    <li key={field}>
                      <span className="field-name">{field}</span>: {show(change?.from)} → {show(change?.to)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {history.hasNextPage && (
        <button type="button" onClick={() => history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          Older changes
        </button>
      )}
    </>
  );
}
