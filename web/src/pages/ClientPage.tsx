import { ClienteleError } from '@clientele/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../auth';
import { History } from '../components/History';
import { Loading, Notice } from '../components/Notice';
import { StageBadge } from '../components/StageBadge';
import { Tabs } from '../components/Tabs';
import { describeError } from '../errors';
import { formatDateTime, useTitle } from '../hooks';
import { statusLabel } from './ClientsList';

/** One client: its company, its contacts, archive and restore, and its history. */
export function ClientPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const queryClient = useQueryClient();
  const client = useQuery({ queryKey: ['clients', 'one', id], queryFn: () => api.clients.get(id) });
  const [archivedName, setArchivedName] = useState<string | null>(null);
  const [askCascade, setAskCascade] = useState(false);
  const name = client.data?.company.name ?? archivedName;
  useTitle(name ?? 'Client');

  const archive = useMutation({
    mutationFn: (cascade: boolean) => api.clients.archive(id, { cascade }),
    onSuccess: async () => {
      setArchivedName(client.data?.company.name ?? null);
      setAskCascade(false);
      queryClient.removeQueries({ queryKey: ['clients', 'one', id] });
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
    },
    onError: (error) => {
      if (error instanceof ClienteleError && error.code === 'CONFLICT') setAskCascade(true);
    },
  });
  const restore = useMutation({
    mutationFn: () => api.clients.restore(id),
    onSuccess: async () => {
      setArchivedName(null);
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
    },
  });

  if (archivedName !== null) {
    return (
      <>
        <h1>{archivedName}</h1>
        <Notice kind="info">
          {archivedName} is archived: it no longer appears in lists. Its contacts that were archived with it stay
          archived when it is restored.
        </Notice>
        {restore.isError && <Notice kind="error">{describeError(restore.error)}</Notice>}
        <div className="actions">
          <button type="button" className="primary" onClick={() => restore.mutate()} disabled={restore.isPending}>
            Restore client
          </button>
          <Link to="/clients">Back to clients</Link>
        </div>
      </>
    );
  }
  if (client.isPending) return <Loading what="client" />;
  if (client.isError) {
    return (
      <>
        <h1>Client</h1>
        <Notice kind="error">{describeError(client.error)}</Notice>
        <Link to="/clients?archived=1">Look among archived clients</Link>
      </>
    );
  }
  const c = client.data;
  return (
    <>
      <p className="crumbs">
        <Link to="/clients">Clients</Link> ›
      </p>
      <div className="page-head">
        <h1>{c.company.name}</h1>
        <div className="actions">
          <Link className="button primary" to={`/clients/${id}/edit`}>
            Edit client
          </Link>
          <Link className="button" to={`/contacts/new?client=${id}`}>
            Add contact
          </Link>
          <button type="button" onClick={() => archive.mutate(false)} disabled={archive.isPending}>
            Archive
          </button>
        </div>
      </div>
      {askCascade ? (
        <Notice kind="error">
          <p>{c.company.name} still has active contacts. Archive them too? They can be restored one by one later.</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => archive.mutate(true)} disabled={archive.isPending}>
              Archive client and its contacts
            </button>
            <button type="button" onClick={() => setAskCascade(false)}>
              Keep the client
            </button>
          </div>
        </Notice>
      ) : (
        archive.isError && <Notice kind="error">{describeError(archive.error)}</Notice>
      )}
      <p className="lead">
        <span>Status: {statusLabel(c.status)}</span>
        <span aria-hidden="true">·</span>
        <span>
          Stage: <StageBadge stage={c.stage} />
        </span>
        {c.company.domain && (
          <>
            <span aria-hidden="true">·</span>
            <span>{c.company.domain}</span>
          </>
        )}
      </p>
      <Tabs
        tabs={[
          {
            label: `Contacts (${c.contacts.length})`,
            content: () =>
              c.contacts.length === 0 ? (
                <p className="empty">No contacts yet.</p>
              ) : (
                <table className="list">
                  <caption className="visually-hidden">Contacts at {c.company.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Role</th>
                      <th scope="col">Department</th>
                      <th scope="col">Primary email</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.contacts.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <Link to={`/contacts/${p.id}`}>
                            {p.firstName} {p.lastName}
                          </Link>
                          {!p.active && <span className="tag">inactive</span>}
                        </td>
                        <td>{p.role ?? '—'}</td>
                        <td>{p.department ?? '—'}</td>
                        <td>{p.primaryEmail ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
          },
          {
            label: 'Company',
            content: () => (
              <dl className="details">
                <dt>Industry</dt>
                <dd>{c.company.industry ?? '—'}</dd>
                <dt>Size</dt>
                <dd>{c.company.size ?? '—'}</dd>
                <dt>Description</dt>
                <dd>{c.company.description ?? '—'}</dd>
                <dt>LinkedIn</dt>
                <dd>
                  {c.company.linkedinUrl && /^https?:\/\//i.test(c.company.linkedinUrl) ? (
                    <a href={c.company.linkedinUrl} rel="noreferrer noopener" target="_blank">
                      {c.company.linkedinUrl}
                    </a>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt>Added</dt>
                <dd>{formatDateTime(c.createdAt)}</dd>
                <dt>Last changed</dt>
                <dd>{formatDateTime(c.modifiedAt)}</dd>
              </dl>
            ),
          },
          { label: 'History', content: () => <History resource="client" id={id} /> },
        ]}
      />
    </>
  );
}
