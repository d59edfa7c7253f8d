import assert from 'node:assert/strict';
import type { Client } from '../harness.js';

/** Small builders over the HTTP API, so tests set up data the way a caller would. */

export async function makeClient(api: Client, name = 'Acme Ltd'): Promise<string> {
  const res = await api.request('POST', '/clients', { company: { name } });
  assert.equal(res.status, 201, res.text);
  return res.body.id;
}

export async function makeUser(api: Client, name = 'Dana Owner'): Promise<string> {
  const res = await api.request('POST', '/users', {
    name,
    email: `${name.replace(/\W/g, '.').toLowerCase()}@agency.example`,
  });
  assert.equal(res.status, 201, res.text);
  return res.body.userId;
}

export async function makeContact(api: Client, clientId: string, body: Record<string, unknown> = {}) {
  const res = await api.request('POST', `/clients/contacts/${clientId}`, {
    firstName: 'Jane',
    lastName: 'Smith',
    ...body,
  });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

export async function contactStages(api: Client): Promise<{ id: string; name: string }[]> {
  const res = await api.request('GET', '/pipeline/client-contacts/stages');
  assert.equal(res.status, 200, res.text);
  return res.body.stages;
}

/** The contact as a later read of the list shows it (archived ones included), or undefined. */
export async function readContact(api: Client, id: string) {
  return (await allContacts(api)).find((c: { id: string }) => c.id === id);
}

/** Every contact of the tenant, walking all pages. */
export async function allContacts(api: Client, query = 'includeArchived=true'): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await api.request('GET', `/clients/contacts?limit=200&${query}${suffix}`);
    assert.equal(res.status, 200, res.text);
    items.push(...res.body.items);
    cursor = res.body.pageInfo.nextCursor;
  } while (cursor);
  return items;
}

export async function clientPipelineStages(api: Client): Promise<{ id: string; name: string }[]> {
  const res = await api.request('GET', '/pipeline/clients/stages');
  assert.equal(res.status, 200, res.text);
  return res.body.stages;
}

/** A user made and then deactivated. */
export async function makeDeactivatedUser(api: Client, name = 'Gone User'): Promise<string> {
  const id = await makeUser(api, name);
  const res = await api.request('PATCH', `/users/${id}`, { deactivated: true });
  assert.equal(res.status, 200, res.text);
  return id;
}

/** Archives (soft-deletes) a contact. */
export async function archiveContact(api: Client, id: string): Promise<void> {
  const res = await api.request('DELETE', `/clients/contacts/${id}`);
  assert.equal(res.status, 204, res.text);
}

/** The reason phrase an error envelope carries for each status the contact endpoints answer with. */
export const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
};
