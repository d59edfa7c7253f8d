import assert from 'node:assert/strict';
import type { Client } from '../harness.js';
import { allContacts } from './fixtures.js';

/** Builders and state snapshots for the merge tests (API.md §5.3). */

export async function merge(api: Client, body: Record<string, unknown>) {
  return api.request('POST', '/clients/contacts/_merge', body);
}

/** A merge that must succeed: answers its body. */
export async function mergeOk(api: Client, targetCandidateId: string, sourceCandidateId: string, dryRun?: boolean) {
  const res = await merge(api, { targetCandidateId, sourceCandidateId, ...(dryRun === undefined ? {} : { dryRun }) });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** A custom attribute definition of contacts; answers its id. */
export async function makeAttribute(api: Client, label: string, type = 'text'): Promise<string> {
  const res = await api.request('POST', '/clients/contacts/columns', { label, type });
  assert.equal(res.status, 201, res.text);
  return res.body.id;
}

/** Another role at `clientId` for an existing person. */
export async function addRole(api: Client, clientId: string, candidateId: string, body: Record<string, unknown> = {}) {
  const res = await api.request('POST', `/clients/contacts/${clientId}`, { candidateId, ...body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/**
 * Everything a caller can observe of a tenant's contacts: every contact (archived included), the person
 * view of each person, each contact's history, and the event feed.
 */
export async function observableState(api: Client) {
  const contacts = await allContacts(api);
  const people = [...new Set(contacts.map((c) => c.candidateId as string))].sort();
  const views: Record<string, unknown> = {};
  for (const id of people) {
    const res = await api.request('GET', `/clients/contacts/${id}`);
    views[id] = { status: res.status, body: res.body };
  }
  const histories: Record<string, unknown> = {};
  for (const c of contacts) {
    histories[c.id] = (await api.request('GET', `/clients/contacts/${c.id}/history?limit=200`)).body;
  }
  const events = (await api.request('GET', '/events?limit=200')).body;
  return { contacts, views, histories, events };
}
