import type { Client, Stage } from '@clientele/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../auth';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { SaveProblem } from '../components/SaveProblem';
import { describeError, fieldErrors } from '../errors';
import { useTitle } from '../hooks';
import { STATUSES, statusLabel } from './ClientsList';

const COMPANY = ['name', 'domain', 'industry', 'size', 'linkedinUrl', 'description'] as const;
type CompanyField = (typeof COMPANY)[number];
type Values = Record<CompanyField, string> & { status: Client['status']; stageId: string };

const LABELS: Record<CompanyField, string> = {
  name: 'Company name',
  domain: 'Domain',
  industry: 'Industry',
  size: 'Size',
  linkedinUrl: 'LinkedIn URL',
  description: 'Description',
};
const HINTS: Partial<Record<CompanyField, string>> = {
  domain: 'For example northwind.com',
  size: 'For example 51-200',
  linkedinUrl: 'https://www.linkedin.com/company/…',
};

function valuesOf(c: Client | null): Values {
  return {
    name: c?.company.name ?? '',
    domain: c?.company.domain ?? '',
    industry: c?.company.industry ?? '',
    size: c?.company.size ?? '',
    linkedinUrl: c?.company.linkedinUrl ?? '',
    description: c?.company.description ?? '',
    status: c?.status ?? 'lead',
    stageId: c?.stage?.id ?? '',
  };
}

/** Create (/clients/new) or edit (/clients/:id/edit) a client. */
export function ClientForm() {
  const { id } = useParams();
  const api = useApi();
  const client = useQuery({
    queryKey: ['clients', 'one', id],
    queryFn: () => api.clients.get(id ?? ''),
    enabled: !!id,
  });
  const stages = useQuery({
    queryKey: ['stages', 'clients'],
    queryFn: () => api.stages.list('clients'),
    staleTime: 60_000,
  });
  useTitle(id ? `Edit ${client.data?.company.name ?? 'client'}` : 'New client');
  if (!id) return <ClientFormBody record={null} stages={stages.data ?? []} />;
  if (client.isPending) return <Loading what="client" />;
  if (client.isError) return <Notice kind="error">{describeError(client.error)}</Notice>;
  return (
    <ClientFormBody
      key={client.data.version}
      record={client.data}
      stages={stages.data ?? []}
      onReload={() => void client.refetch()}
    />
  );
}

function ClientFormBody({
  record,
  stages,
  onReload,
}: {
  record: Client | null;
  stages: Stage[];
  onReload?: () => void;
}) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const initial = valuesOf(record);
  const [values, setValues] = useState<Values>(initial);
  const [hint, setHint] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const company: Record<string, string | null> = {};
      for (const k of COMPANY) {
        const value = k === 'name' ? v[k] : v[k].trim() === '' ? null : v[k];
        if (!record || value !== (initial[k] === '' && k !== 'name' ? null : initial[k])) company[k] = value;
      }
      const body = {
        ...(Object.keys(company).length > 0 ? { company } : {}),
        ...(!record || v.status !== initial.status ? { status: v.status } : {}),
        ...(v.stageId !== initial.stageId ? { stageId: v.stageId || null } : {}),
      };
      if (!record) return api.clients.create(body as never);
      return api.clients.update(record.id, body as never, { ifMatch: record.version });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['clients'] });
      navigate(`/clients/${saved.id}`);
    },
  });
  const server = fieldErrors(save.error);
  const err = (k: string) => (k === 'name' && hint) || server[`company.${k}`] || server[k];
  const placed = new Set([...COMPANY.map((k) => `company.${k}`), 'status', 'stageId']);
  const unplaced = Object.entries(server)
    .filter(([p]) => !placed.has(p))
    .map(([p, m]) => `${p || 'The form'}: ${m}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.name.trim()) {
      setHint('Enter the company’s name.');
      document.getElementById('client-name')?.focus();
      return;
    }
    setHint(null);
    save.mutate(values);
  }

  return (
    <>
      <p className="crumbs">
        <Link to="/clients">Clients</Link> › {record && <Link to={`/clients/${record.id}`}>{record.company.name}</Link>}
      </p>
      <h1>{record ? `Edit ${record.company.name}` : 'New client'}</h1>
      <SaveProblem
        error={save.error}
        what="client"
        unplaced={unplaced}
        onReload={
          onReload &&
          (() => {
            save.reset();
            onReload();
          })
        }
      />
      <form onSubmit={submit} noValidate className="form">
        {COMPANY.map((k) => (
          <Field key={k} id={`client-${k}`} label={LABELS[k]} error={err(k) || undefined} hint={HINTS[k]}>
            {(p) =>
              k === 'description' ? (
                <textarea
                  {...p}
                  rows={3}
                  value={values[k]}
                  onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                />
              ) : (
                <input
                  {...p}
                  type={k === 'linkedinUrl' ? 'url' : 'text'}
                  value={values[k]}
                  onChange={(e) => setValues({ ...values, [k]: e.target.value })}
                />
              )
            }
          </Field>
        ))}
        <div className="pair">
          <Field id="client-status" label="Status" error={err('status') || undefined}>
            {(p) => (
              <select
                {...p}
                value={values.status}
                onChange={(e) => setValues({ ...values, status: e.target.value as Client['status'] })}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="client-stageId" label="Stage" error={err('stageId') || undefined}>
            {(p) => (
              <select {...p} value={values.stageId} onChange={(e) => setValues({ ...values, stageId: e.target.value })}>
                <option value="">No stage</option>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : record ? 'Save changes' : 'Create client'}
          </button>
          <Link to={record ? `/clients/${record.id}` : '/clients'}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
