import type { PersonView } from '@clientele/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApi } from '../auth';
import { History } from '../components/History';
import { Loading, Notice } from '../components/Notice';
import { StageBadge } from '../components/StageBadge';
import { Tabs } from '../components/Tabs';
import { describeError } from '../errors';
import { formatDate, formatDateTime, useContactRecord, usePerson, useTitle } from '../hooks';

type Role = PersonView['clientContacts'][number];

function attributeText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const money = value as { amount?: unknown; currency?: unknown };
    if (money.amount !== undefined) return `${money.amount} ${money.currency ?? ''}`.trim();
    return JSON.stringify(value);
  }
  return String(value);
}

function RoleDetails({ role }: { role: Role }) {
  return (
    <dl className="details">
      <dt>Role</dt>
      <dd>{role.role ?? '—'}</dd>
      <dt>Department</dt>
      <dd>{role.department ?? '—'}</dd>
      <dt>Stage</dt>
      <dd>
        <StageBadge stage={role.stage} />
      </dd>
      <dt>Emails</dt>
      <dd>
        {role.emailAddresses.length === 0
          ? '—'
          : role.emailAddresses.map((e) => (
              <div key={e.email}>
                <a href={`mailto:${e.email}`}>{e.email}</a>
                {e.purpose && <span className="muted"> ({e.purpose})</span>}
                {e.isPrimary && <span className="tag">primary</span>}
              </div>
            ))}
      </dd>
      <dt>Phone numbers</dt>
      <dd>
        {role.phoneNumbers.length === 0
          ? '—'
          : role.phoneNumbers.map((p) => (
              <div key={p.phoneNumber}>
                <a href={`tel:${p.phoneNumber}`}>{p.phoneNumber}</a>
                {p.purpose && <span className="muted"> ({p.purpose})</span>}
                {p.isPrimary && <span className="tag">primary</span>}
              </div>
            ))}
      </dd>
      <dt>Dates</dt>
      <dd>
        {formatDate(role.startDate)} – {role.endDate ? formatDate(role.endDate) : 'now'}
        {!role.active && <span className="tag">inactive</span>}
      </dd>
      {role.customAttributes.map((a) => (
        <div key={a.attributeDefinitionId} className="row">
          <dt>{a.label}</dt>
          <dd>{attributeText(a.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One person: the role this URL names first, their other roles after, and the role's history. */
export function ContactPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const queryClient = useQueryClient();
  const person = usePerson(id);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : undefined;
  const record = useContactRecord(id, name);
  const [archived, setArchived] = useState(false);
  useTitle(name ?? 'Contact');

  const archive = useMutation({
    mutationFn: () => api.contacts.archive(id),
    onSuccess: () => {
      setArchived(true);
      queryClient.invalidateQueries({ queryKey: ['contacts', 'list'] });
    },
  });
  const restore = useMutation({
    mutationFn: () => api.contacts.restore(id),
    onSuccess: () => {
      setArchived(false);
      queryClient.invalidateQueries({ queryKey: ['contacts'] });
    },
  });

  if (archived || restore.isPending) {
    return (
      <>
        <h1>{name ?? 'Contact'}</h1>
        <Notice kind="info">This contact is archived: it no longer appears in lists or on the board.</Notice>
        {restore.isError && <Notice kind="error">{describeError(restore.error)}</Notice>}
        <button type="button" onClick={() => restore.mutate()} disabled={restore.isPending}>
          Restore contact
        </button>
      </>
    );
  }
  if (person.isPending) return <Loading what="contact" />;
  if (person.isError) {
    return (
      <>
        <h1>Contact</h1>
        <Notice kind="error">{describeError(person.error)}</Notice>
        <Link to="/contacts">Back to contacts</Link>
      </>
    );
  }
  const p = person.data;
  const role = p.clientContacts.find((r) => r.id === id) ?? p.clientContacts[0];
  const others = p.clientContacts.filter((r) => r !== role);
  const c = record.data;

  return (
    <>
      <p className="crumbs">
        <Link to="/contacts">Contacts</Link> ›
      </p>
      <div className="page-head">
        <h1>{name}</h1>
        <div className="actions">
          <Link className="button primary" to={`/contacts/${id}/edit`}>
            Edit contact
          </Link>
          <button type="button" onClick={() => archive.mutate()} disabled={archive.isPending}>
            Archive
          </button>
        </div>
      </div>
      {archive.isError && <Notice kind="error">{describeError(archive.error)}</Notice>}
      <p className="lead">
        {role?.role ?? 'No role'} at{' '}
        {c ? <Link to={`/clients/${c.clientId}`}>{c.client.company.name}</Link> : (role?.company.name ?? '—')}
      </p>
      <Tabs
        tabs={[
          {
            label: 'Details',
            content: () => (
              <>
                {role && <RoleDetails role={role} />}
                <dl className="details">
                  <dt>Owner</dt>
                  <dd>{(c ? c.mainContact?.name : p.mainContact?.name) ?? 'Nobody'}</dd>
                  <dt>Added</dt>
                  <dd>{c ? formatDateTime(c.createdAt) : '—'}</dd>
                  <dt>Last changed</dt>
                  <dd>{formatDateTime(c?.modifiedAt ?? role?.modifiedAt)}</dd>
                </dl>
                {others.length > 0 && (
                  <section aria-labelledby="other-roles">
                    <h2 id="other-roles">Other roles of {p.firstName}</h2>
                    <ul className="roles">
                      {others.map((r) => (
                        <li key={r.id}>
                          <Link to={`/contacts/${r.id}`}>
                            {r.role ?? 'No role'} at {r.company.name}
                          </Link>{' '}
                          <StageBadge stage={r.stage} />
                          {!r.active && <span className="tag">inactive</span>}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
              </>
            ),
          },
          { label: 'History', content: () => <History resource="clientContact" id={id} /> },
        ]}
      />
    </>
  );
}
