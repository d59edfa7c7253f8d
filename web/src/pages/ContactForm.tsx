import type { ClientContact, CreateContactBody, UpdateContactBody } from '@clientele/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../auth';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { SaveProblem } from '../components/SaveProblem';
import { describeError, fieldErrors } from '../errors';
import { useClientChoices, useContactRecord, usePerson, useStages, useTitle, useUsers } from '../hooks';

type Purpose = 'personal' | 'work' | '';
interface EmailRow {
  email: string;
  purpose: Purpose;
  isPrimary: boolean;
}
interface PhoneRow {
  phoneNumber: string;
  purpose: Purpose;
  isPrimary: boolean;
}
interface Values {
  clientId: string;
  firstName: string;
  lastName: string;
  role: string;
  department: string;
  emails: EmailRow[];
  phoneNumbers: PhoneRow[];
  mainContactId: string;
  stageId: string;
  startDate: string;
  endDate: string;
}

const EMPTY: Values = {
  clientId: '',
  firstName: '',
  lastName: '',
  role: '',
  department: '',
  emails: [],
  phoneNumbers: [],
  mainContactId: '',
  stageId: '',
  startDate: '',
  endDate: '',
};

function valuesOf(c: ClientContact): Values {
  return {
    clientId: c.clientId,
    firstName: c.firstName,
    lastName: c.lastName,
    role: c.role ?? '',
    department: c.department ?? '',
    emails: c.emails.map((e) => ({ email: e.email, purpose: e.purpose ?? '', isPrimary: e.isPrimary })),
    phoneNumbers: c.phoneNumbers.map((p) => ({
      phoneNumber: p.phoneNumber,
      purpose: p.purpose ?? '',
      isPrimary: p.isPrimary,
    })),
    mainContactId: c.mainContact?.id ?? '',
    stageId: c.stage?.id ?? '',
    startDate: c.startDate?.slice(0, 10) ?? '',
    endDate: c.endDate?.slice(0, 10) ?? '',
  };
}

const day = (d: string) => `${d}T00:00:00Z`;

/** The body of a save: everything for a new contact, only what changed for an edit. */
function bodyOf(values: Values, initial: Values | null): UpdateContactBody {
  const full: Record<string, unknown> = {
    firstName: values.firstName,
    lastName: values.lastName,
    role: values.role.trim() === '' ? null : values.role,
    department: values.department.trim() === '' ? null : values.department,
    emails: values.emails.map((e) => ({ email: e.email, purpose: e.purpose || null, isPrimary: e.isPrimary })),
    phoneNumbers: values.phoneNumbers.map((p) => ({
      phoneNumber: p.phoneNumber,
      purpose: p.purpose || null,
      isPrimary: p.isPrimary,
    })),
    mainContactId: values.mainContactId || null,
    ...(values.stageId ? { stageId: values.stageId } : {}),
    ...(values.startDate ? { startDate: day(values.startDate) } : {}),
    endDate: values.endDate ? day(values.endDate) : null,
  };
  if (!initial) {
    for (const k of ['role', 'department', 'mainContactId', 'endDate']) if (full[k] === null) delete full[k];
    return full as UpdateContactBody;
  }
  const before = bodyOf(initial, null) as Record<string, unknown>;
  const beforeFull: Record<string, unknown> = {
    role: null,
    department: null,
    mainContactId: null,
    endDate: null,
    ...before,
  };
  const changed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(full)) {
    if (JSON.stringify(v) !== JSON.stringify(beforeFull[k])) changed[k] = v;
  }
  return changed as UpdateContactBody;
}

/** Create (/contacts/new, optionally ?client=) or edit (/contacts/:id/edit) a contact. */
export function ContactForm() {
  const { id } = useParams();
  const person = usePerson(id ?? '');
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : undefined;
  const record = useContactRecord(id ?? '', id ? name : undefined);
  const [params] = useSearchParams();
  useTitle(id ? `Edit ${name ?? 'contact'}` : 'New contact');

  if (!id) return <ContactFormBody initial={null} start={{ ...EMPTY, clientId: params.get('client') ?? '' }} />;
  if (person.isPending || record.isPending) return <Loading what="contact" />;
  if (person.isError || record.isError)
    return <Notice kind="error">{describeError(person.error ?? record.error)}</Notice>;
  if (!record.data) return <Notice kind="error">This contact could not be found. It may have been archived.</Notice>;
  const values = valuesOf(record.data);
  return (
    <ContactFormBody
      key={record.data.version}
      record={record.data}
      initial={values}
      start={values}
      onReload={async () => {
        await person.refetch();
        await record.refetch();
      }}
    />
  );
}

function ContactFormBody({
  record,
  initial,
  start,
  onReload,
}: {
  record?: ClientContact;
  initial: Values | null;
  start: Values;
  onReload?: () => Promise<void>;
}) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const stages = useStages();
  const users = useUsers();
  const clients = useClientChoices();
  const [values, setValues] = useState<Values>(start);
  const [hints, setHints] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async (v: Values) => {
      if (!record) {
        const { clientId: _, ...rest } = bodyOf(v, null) as CreateContactBody & { clientId?: string };
        return api.contacts.create(v.clientId, rest);
      }
      return api.contacts.update(record.id, bodyOf(v, initial), { ifMatch: record.version });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      navigate(`/contacts/${saved.id}`);
    },
  });

  const server = fieldErrors(save.error);
  const err = (path: string) => hints[path] ?? server[path];
  const placed = new Set([
    'firstName',
    'lastName',
    'role',
    'department',
    'mainContactId',
    'stageId',
    'startDate',
    'endDate',
    'emails',
    'phoneNumbers',
    ...values.emails.flatMap((_, i) => [`emails.${i}.email`, `emails.${i}`]),
    ...values.phoneNumbers.flatMap((_, i) => [`phoneNumbers.${i}.phoneNumber`, `phoneNumbers.${i}`]),
  ]);
  const unplaced = Object.entries(server)
    .filter(([path]) => !placed.has(path))
    .map(([path, message]) => `${path || 'The form'}: ${message}`);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    // Cheap checks first; everything else is the server's to judge.
    const found: Record<string, string> = {};
    if (!record && !values.clientId) found.clientId = 'Pick the client this person works for.';
    if (!values.firstName.trim()) found.firstName = 'Enter a first name.';
    if (!values.lastName.trim()) found.lastName = 'Enter a last name.';
    setHints(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`contact-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    save.mutate(values);
  }

  const title = record ? `Edit ${record.firstName} ${record.lastName}` : 'New contact';
  return (
    <>
      <p className="crumbs">
        <Link to="/contacts">Contacts</Link> ›{' '}
        {record && <Link to={`/contacts/${record.id}`}>{`${record.firstName} ${record.lastName}`}</Link>}
      </p>
      <h1>{title}</h1>
      {record && (
        <p className="lead">
          {record.role ?? 'No role'} at {record.client.company.name}
        </p>
      )}
      <SaveProblem
        error={save.error}
        what="contact"
        unplaced={unplaced}
        onReload={
          onReload &&
          (() => {
            save.reset();
            void onReload();
          })
        }
      />
      <form onSubmit={submit} noValidate className="form">
        {!record && (
          <Field id="contact-clientId" label="Client" error={err('clientId')}>
            {(p) => (
              <select {...p} value={values.clientId} onChange={(e) => set('clientId', e.target.value)}>
                <option value="">Choose a client…</option>
                {clients.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="pair">
          <Field id="contact-firstName" label="First name" error={err('firstName')}>
            {(p) => (
              <input
                {...p}
                value={values.firstName}
                onChange={(e) => set('firstName', e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <Field id="contact-lastName" label="Last name" error={err('lastName')}>
            {(p) => (
              <input
                {...p}
                value={values.lastName}
                onChange={(e) => set('lastName', e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
        </div>
        <div className="pair">
          <Field id="contact-role" label="Role" error={err('role')}>
            {(p) => <input {...p} value={values.role} onChange={(e) => set('role', e.target.value)} />}
          </Field>
          <Field id="contact-department" label="Department" error={err('department')}>
            {(p) => <input {...p} value={values.department} onChange={(e) => set('department', e.target.value)} />}
          </Field>
        </div>

        <fieldset>
          <legend>Email addresses</legend>
          {err('emails') && <p className="field-error">{err('emails')}</p>}
          {values.emails.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <div className="list-row" key={i}>
              <Field
                id={`contact-email-${i}`}
                label={`Email ${i + 1}`}
                error={err(`emails.${i}.email`) ?? err(`emails.${i}`)}
              >
                {(p) => (
                  <input
                    {...p}
                    type="email"
                    value={row.email}
                    onChange={(e) =>
                      set(
                        'emails',
                        values.emails.map((r, j) => (j === i ? { ...r, email: e.target.value } : r)),
                      )
                    }
                  />
                )}
              </Field>
              <Field id={`contact-email-${i}-purpose`} label="Purpose">
                {(p) => (
                  <select
                    {...p}
                    value={row.purpose}
                    onChange={(e) =>
                      set(
                        'emails',
                        values.emails.map((r, j) => (j === i ? { ...r, purpose: e.target.value as Purpose } : r)),
                      )
                    }
                  >
                    <option value="">Not set</option>
                    <option value="work">Work</option>
                    <option value="personal">Personal</option>
                  </select>
                )}
              </Field>
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.isPrimary}
                  onChange={(e) =>
                    set(
                      'emails',
                      values.emails.map((r, j) => (j === i ? { ...r, isPrimary: e.target.checked } : r)),
                    )
                  }
                />
                Primary
              </label>
              <button
                type="button"
                className="link"
                aria-label={`Remove email ${i + 1}`}
                onClick={() =>
                  set(
                    'emails',
                    values.emails.filter((_, j) => j !== i),
                  )
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set('emails', [...values.emails, { email: '', purpose: 'work', isPrimary: values.emails.length === 0 }])
            }
          >
            Add email
          </button>
        </fieldset>

        <fieldset>
          <legend>Phone numbers</legend>
          {err('phoneNumbers') && <p className="field-error">{err('phoneNumbers')}</p>}
          {values.phoneNumbers.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <div className="list-row" key={i}>
              <Field
                id={`contact-phone-${i}`}
                label={`Phone ${i + 1}`}
                error={err(`phoneNumbers.${i}.phoneNumber`) ?? err(`phoneNumbers.${i}`)}
                hint="Digits, spaces and + - ( ) ."
              >
                {(p) => (
                  <input
                    {...p}
                    type="tel"
                    value={row.phoneNumber}
                    onChange={(e) =>
                      set(
                        'phoneNumbers',
                        values.phoneNumbers.map((r, j) => (j === i ? { ...r, phoneNumber: e.target.value } : r)),
                      )
                    }
                  />
                )}
              </Field>
              <Field id={`contact-phone-${i}-purpose`} label="Purpose">
                {(p) => (
                  <select
                    {...p}
                    value={row.purpose}
                    onChange={(e) =>
                      set(
                        'phoneNumbers',
                        values.phoneNumbers.map((r, j) => (j === i ? { ...r, purpose: e.target.value as Purpose } : r)),
                      )
                    }
                  >
                    <option value="">Not set</option>
                    <option value="work">Work</option>
                    <option value="personal">Personal</option>
                  </select>
                )}
              </Field>
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.isPrimary}
                  onChange={(e) =>
                    set(
                      'phoneNumbers',
                      values.phoneNumbers.map((r, j) => (j === i ? { ...r, isPrimary: e.target.checked } : r)),
                    )
                  }
                />
                Primary
              </label>
              <button
                type="button"
                className="link"
                aria-label={`Remove phone ${i + 1}`}
                onClick={() =>
                  set(
                    'phoneNumbers',
                    values.phoneNumbers.filter((_, j) => j !== i),
                  )
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set('phoneNumbers', [
                ...values.phoneNumbers,
                { phoneNumber: '', purpose: 'work', isPrimary: values.phoneNumbers.length === 0 },
              ])
            }
          >
            Add phone number
          </button>
        </fieldset>

        <div className="pair">
          <Field id="contact-stageId" label="Stage" error={err('stageId')}>
            {(p) => (
              <select {...p} value={values.stageId} onChange={(e) => set('stageId', e.target.value)}>
                {!record && <option value="">First stage</option>}
                {stages.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="contact-mainContactId" label="Owner" error={err('mainContactId')}>
            {(p) => (
              <select {...p} value={values.mainContactId} onChange={(e) => set('mainContactId', e.target.value)}>
                <option value="">Nobody</option>
                {users.data?.map((u) => (
                  <option key={u.userId} value={u.userId}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="pair">
          <Field id="contact-startDate" label="Start date" error={err('startDate')}>
            {(p) => (
              <input {...p} type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />
            )}
          </Field>
          <Field
            id="contact-endDate"
            label="End date"
            error={err('endDate')}
            hint="Leave empty while they hold the role."
          >
            {(p) => (
              <input {...p} type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : record ? 'Save changes' : 'Create contact'}
          </button>
          <Link to={record ? `/contacts/${record.id}` : '/contacts'}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
