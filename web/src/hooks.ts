import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from './auth';

/** The page's title: the tab says where one is (and screen readers announce it). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Clientele`;
  }, [title]);
}

/** The contact pipeline's stages, in stage order. */
export function useStages() {
  const api = useApi();
  return useQuery({
    queryKey: ['stages', 'client-contacts'],
    queryFn: () => api.stages.list('client-contacts'),
    staleTime: 60_000,
  });
}

/** Active recruiters, who can own contacts. */
export function useUsers() {
  const api = useApi();
  return useQuery({
    queryKey: ['users'],
    queryFn: () => api.users.list(),
    staleTime: 60_000,
  });
}

/** The first 200 clients by last change, for pickers (the list page searches all of them). */
export function useClientChoices() {
  const api = useApi();
  return useQuery({
    queryKey: ['clients', 'choices'],
    queryFn: async () => {
      const page = await api.clients.listPage({ limit: 200 });
      return page.items.map((c) => ({ id: c.id, name: c.company.name })).sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: 60_000,
  });
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/**
 * One contact as a ClientContact (with its client id, owner and version). GET /clients/contacts/{id} answers
 * the person view, whose roles carry neither the client's id nor their own owner, so the record is found by
 * listing the person's full name (a prefix search) and picking the id.
 */
export function useContactRecord(id: string, fullName: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['contacts', 'record', id],
    enabled: !!fullName,
    queryFn: async () => {
      const page = await api.contacts.listPage({ q: fullName, limit: 200 });
      return page.items.find((c) => c.id === id) ?? null;
    },
  });
}

/** The person view of a contact id. */
export function usePerson(id: string) {
  const api = useApi();
  return useQuery({ queryKey: ['contacts', 'person', id], queryFn: () => api.contacts.get(id) });
}
