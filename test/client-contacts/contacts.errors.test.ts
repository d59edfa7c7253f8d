import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { v7 as uuidv7 } from 'uuid';
import { buildTestApp, type Client, dialects, type Reply, type TestApp } from '../harness.js';
import { allContacts, archiveContact, makeClient, makeContact, REASON } from './fixtures.js';

/**
 * The errors of the client-contact endpoints other than the PATCH rules (see contacts.rules-table.test.ts),
 * each checked against its whole envelope (API.md §1.4): nothing more, nothing less.
 */

/** Asserts the exact envelope; `errors` as [code, path] pairs in any order, `details` exactly. */
function assertError(
  res: Reply,
  status: number,
  message: string,
  extra: { errors?: [string, string][]; details?: unknown } = {},
): void {
  assert.equal(res.status, status, res.text);
  const requestId = res.headers['x-request-id'];
  assert.equal(typeof requestId, 'string');
  const expected: Record<string, unknown> = { status, statusCode: status, error: REASON[status], message, requestId };
  if (extra.errors) {
    const pairs = (res.body.errors ?? []).map((e: { code: string; path: string }) => [e.code, e.path]);
    const sort = (p: [string, string][]) => [...p].sort((a, b) => a.join().localeCompare(b.join()));
    assert.deepEqual(sort(pairs), sort(extra.errors));
    expected.errors = res.body.errors;
  }
  if (extra.details !== undefined) expected.details = extra.details;
  assert.deepEqual(res.body, expected);
}

for (const dialect of dialects()) {
  describe(`client contacts, other endpoints' errors [${dialect}]`, () => {
    let t: TestApp;
    let api: Client;
    let other: Client;
    let clientId: string;
    let contact: any;
    let otherContact: any;
    before(async () => {
      t = await buildTestApp(dialect);
      api = t.client;
      clientId = await makeClient(api, 'Errors Ltd');
      contact = await makeContact(api, clientId, { firstName: 'Erin', lastName: 'Err' });
      other = await t.newTenant('other');
      otherContact = await makeContact(other, await makeClient(other, 'Elsewhere'), { firstName: 'Otto' });
    });
    after(async () => t.close());

    describe('POST /clients/contacts/{clientId}', () => {
      const body = { firstName: 'New', lastName: 'Person' };

      it('an unknown client → 404 CLIENT_NOT_FOUND', async () => {
        assertError(await api.request('POST', `/clients/contacts/${uuidv7()}`, body), 404, 'CLIENT_NOT_FOUND');
      });

      it('a client id that is not a UUID → 404 CLIENT_NOT_FOUND', async () => {
        assertError(await api.request('POST', '/clients/contacts/acme', body), 404, 'CLIENT_NOT_FOUND');
      });

      it('another tenant’s client → 404 CLIENT_NOT_FOUND', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${otherContact.clientId}`, body),
          404,
          'CLIENT_NOT_FOUND',
        );
      });

      it('an archived client → 404 CLIENT_NOT_FOUND, and nothing is made', async () => {
        const archived = await makeClient(api, 'Gone Ltd');
        const del = await api.request('DELETE', `/clients/${archived}`);
        assert.equal(del.status, 204, del.text);
        const before = await allContacts(api);
        assertError(await api.request('POST', `/clients/contacts/${archived}`, body), 404, 'CLIENT_NOT_FOUND');
        assert.deepEqual(await allContacts(api), before);
      });

      it('without firstName and lastName → 400 VALIDATION_ERROR listing REQUIRED for both', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${clientId}`, { role: 'CTO' }),
          400,
          'VALIDATION_ERROR',
          {
            errors: [
              ['REQUIRED', 'firstName'],
              ['REQUIRED', 'lastName'],
            ],
          },
        );
      });

      it('with only lastName → REQUIRED firstName alone', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${clientId}`, { lastName: 'Solo' }),
          400,
          'VALIDATION_ERROR',
          { errors: [['REQUIRED', 'firstName']] },
        );
      });

      it('a shape error and an unknown client → 400 (body shape before the path)', async () => {
        assertError(await api.request('POST', `/clients/contacts/${uuidv7()}`, {}), 400, 'VALIDATION_ERROR', {
          errors: [
            ['REQUIRED', 'firstName'],
            ['REQUIRED', 'lastName'],
          ],
        });
      });

      it('an unknown candidateId → 404 CANDIDATE_NOT_FOUND', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${clientId}`, { candidateId: uuidv7() }),
          404,
          'CANDIDATE_NOT_FOUND',
        );
      });

      it('a candidateId that is not a UUID → 404 CANDIDATE_NOT_FOUND', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${clientId}`, { candidateId: 'someone' }),
          404,
          'CANDIDATE_NOT_FOUND',
        );
      });

      it('another tenant’s candidateId → 404 CANDIDATE_NOT_FOUND', async () => {
        assertError(
          await api.request('POST', `/clients/contacts/${clientId}`, { candidateId: otherContact.candidateId }),
          404,
          'CANDIDATE_NOT_FOUND',
        );
      });
    });

    describe('GET /clients/contacts/{candidateId} (person view)', () => {
      it('an unknown id → 404 CANDIDATE_NOT_FOUND', async () => {
        assertError(await api.request('GET', `/clients/contacts/${uuidv7()}`), 404, 'CANDIDATE_NOT_FOUND');
      });

      it('an id that is not a UUID → 404 CANDIDATE_NOT_FOUND', async () => {
        assertError(await api.request('GET', '/clients/contacts/jane-smith'), 404, 'CANDIDATE_NOT_FOUND');
      });

      it('another tenant’s candidate or contact id → 404 CANDIDATE_NOT_FOUND', async () => {
        for (const id of [otherContact.candidateId, otherContact.id]) {
          assertError(await api.request('GET', `/clients/contacts/${id}`), 404, 'CANDIDATE_NOT_FOUND');
        }
        const own = await other.request('GET', `/clients/contacts/${otherContact.candidateId}`);
        assert.equal(own.status, 200, 'its own tenant still sees it');
      });

      it('a person whose only role is archived → 404 CANDIDATE_NOT_FOUND, by either id', async () => {
        const c = await makeContact(api, clientId, { firstName: 'Arch', lastName: 'Ived' });
        await archiveContact(api, c.id);
        for (const id of [c.candidateId, c.id]) {
          assertError(await api.request('GET', `/clients/contacts/${id}`), 404, 'CANDIDATE_NOT_FOUND');
        }
      });
    });

    describe('DELETE /clients/contacts/{id} and POST …/restore', () => {
      it('DELETE an unknown id → 404 CLIENT_CONTACT_NOT_FOUND', async () => {
        assertError(await api.request('DELETE', `/clients/contacts/${uuidv7()}`), 404, 'CLIENT_CONTACT_NOT_FOUND');
        assertError(
          await api.request('DELETE', `/clients/contacts/${uuidv7()}?permanent=true`),
          404,
          'CLIENT_CONTACT_NOT_FOUND',
        );
      });

      it('DELETE an id that is not a UUID → 404 CLIENT_CONTACT_NOT_FOUND', async () => {
        assertError(await api.request('DELETE', '/clients/contacts/not-a-uuid'), 404, 'CLIENT_CONTACT_NOT_FOUND');
      });

      it('DELETE another tenant’s contact → 404, and it is still there', async () => {
        for (const query of ['', '?permanent=true']) {
          assertError(
            await api.request('DELETE', `/clients/contacts/${otherContact.id}${query}`),
            404,
            'CLIENT_CONTACT_NOT_FOUND',
          );
        }
        const still = (await allContacts(other)).find((c) => c.id === otherContact.id);
        assert.deepEqual(still, otherContact);
      });

      it('DELETE with a stale If-Match → 412 with the current version, and nothing is archived', async () => {
        assertError(
          await api.request('DELETE', `/clients/contacts/${contact.id}`, undefined, { 'if-match': '"9"' }),
          412,
          'PRECONDITION_FAILED',
          { details: { currentVersion: contact.version } },
        );
        const still = (await allContacts(api)).find((c) => c.id === contact.id);
        assert.equal(still.archivedAt, null);
      });

      it('DELETE an archived contact (not permanent) → 404 CLIENT_CONTACT_NOT_FOUND', async () => {
        const c = await makeContact(api, clientId, { firstName: 'Twice' });
        await archiveContact(api, c.id);
        assertError(await api.request('DELETE', `/clients/contacts/${c.id}`), 404, 'CLIENT_CONTACT_NOT_FOUND');
      });

      it('restore an unknown, non-UUID or other tenant’s id → 404 CLIENT_CONTACT_NOT_FOUND', async () => {
        for (const id of [uuidv7(), 'nope', otherContact.id]) {
          assertError(await api.request('POST', `/clients/contacts/${id}/restore`), 404, 'CLIENT_CONTACT_NOT_FOUND');
        }
      });

      it('restore while the client is archived → 409 CONFLICT', async () => {
        const archivedClient = await makeClient(api, 'Cascade Ltd');
        const c = await makeContact(api, archivedClient, { firstName: 'Cas' });
        const del = await api.request('DELETE', `/clients/${archivedClient}?cascade=true`);
        assert.equal(del.status, 204, del.text);
        const before = (await allContacts(api)).find((x) => x.id === c.id);
        assert.notEqual(before.archivedAt, null);
        assertError(await api.request('POST', `/clients/contacts/${c.id}/restore`), 409, 'CONFLICT', {
          details: { reason: 'CLIENT_ARCHIVED', clientId: archivedClient },
        });
        assert.deepEqual(
          (await allContacts(api)).find((x) => x.id === c.id),
          before,
        );
      });
    });

    describe('GET /clients/contacts (list)', () => {
      for (const [value, code] of [
        ['0', 'TOO_SMALL'],
        ['201', 'TOO_BIG'],
        ['abc', 'INVALID_TYPE'],
        ['2.5', 'INVALID_TYPE'],
        ['-1', 'TOO_SMALL'],
      ] as const) {
        it(`limit=${value} → 400 VALIDATION_ERROR ${code} at limit`, async () => {
          assertError(await api.request('GET', `/clients/contacts?limit=${value}`), 400, 'VALIDATION_ERROR', {
            errors: [[code, 'limit']],
          });
        });
      }

      it('limit=1 and limit=200 are accepted', async () => {
        for (const limit of [1, 200]) {
          const res = await api.request('GET', `/clients/contacts?limit=${limit}`);
          assert.equal(res.status, 200, res.text);
        }
      });

      it('a tampered cursor → 400 INVALID_CURSOR', async () => {
        await makeContact(api, clientId, { firstName: 'Page', lastName: 'Two' });
        const first = await api.request('GET', '/clients/contacts?limit=1');
        const cursor: string = first.body.pageInfo.nextCursor;
        assert.equal(typeof cursor, 'string');
        const [payload, sum] = cursor.split('.');
        const flipped = `${payload.slice(0, -1)}${payload.endsWith('A') ? 'B' : 'A'}.${sum}`;
        for (const bad of [flipped, `${payload}.${sum.slice(1)}x`, `${cursor}.extra`, 'abc.def', 'x']) {
          assertError(
            await api.request('GET', `/clients/contacts?limit=1&cursor=${encodeURIComponent(bad)}`),
            400,
            'INVALID_CURSOR',
          );
        }
        const ok = await api.request('GET', `/clients/contacts?limit=1&cursor=${encodeURIComponent(cursor)}`);
        assert.equal(ok.status, 200, 'the untouched cursor still works');
      });

      for (const [param, value] of [
        ['modifiedSince', '2024-01-01'],
        ['modifiedSince', '2024-01-01T00:00:00+00:00'],
        ['modifiedSince', '2023-02-29T00:00:00Z'],
        ['modifiedUntil', 'yesterday'],
        ['modifiedUntil', '2024-01-01T00:00:00z'],
      ] as const) {
        it(`${param}=${value} → 400 VALIDATION_ERROR INVALID_FORMAT at ${param}`, async () => {
          assertError(
            await api.request('GET', `/clients/contacts?${param}=${encodeURIComponent(value)}`),
            400,
            'VALIDATION_ERROR',
            { errors: [['INVALID_FORMAT', param]] },
          );
        });
      }

      it('active=maybe and includeArchived=yes → INVALID_TYPE for each', async () => {
        assertError(
          await api.request('GET', '/clients/contacts?active=maybe&includeArchived=yes'),
          400,
          'VALIDATION_ERROR',
          {
            errors: [
              ['INVALID_TYPE', 'active'],
              ['INVALID_TYPE', 'includeArchived'],
            ],
          },
        );
      });

      it('no API key → 401 INVALID_API_KEY', async () => {
        const res = await t.client.request('GET', '/clients/contacts', undefined, { 'x-api-key': '' });
        assertError(res, 401, 'INVALID_API_KEY');
      });
    });
  });
}
