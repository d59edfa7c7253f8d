import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allContacts, makeClient } from '../client-contacts/fixtures.js';
import { readFeed } from '../events/fixtures.js';
import { buildTestApp, type Client, dialects, type Reply, type TestApp } from '../harness.js';
import { assertError, fieldErrors } from '../http/envelope.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let sequence = 0;
/** A key no other test uses. */
const newKey = () => `key-${process.pid}-${++sequence}`;
const withKey = (key: string) => ({ 'idempotency-key': key });

/** What a replay must repeat of the first answer. */
function assertSameAnswer(replay: Reply, first: Reply) {
  assert.equal(replay.status, first.status, replay.text);
  assert.equal(replay.text, first.text);
  for (const name of ['content-type', 'etag', 'location'])
    assert.equal(replay.headers[name], first.headers[name], name);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
}

for (const dialect of dialects()) {
  describe(`Idempotency-Key: replays and refusals [${dialect}]`, () => {
    let t: TestApp;
    let api: Client;
    let clientId: string;
    /** The fixed clock every write reads (tests move it). */
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => new Date(now).toISOString() } });
      api = t.client;
      clientId = await makeClient(api, 'Idem Co');
    });
    after(async () => t.close());

    const create = (key: string, body: Record<string, unknown> = { firstName: 'Ida', lastName: 'Empotent' }) =>
      api.request('POST', `/clients/contacts/${clientId}`, body, withKey(key));

    it('replays a creation with its status, body, ETag and Location, and makes one record and one event', async () => {
      const key = newKey();
      const first = await create(key, { firstName: 'Once', lastName: 'Only' });
      assert.equal(first.status, 201, first.text);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      assert.ok(first.headers.etag && first.headers.location);
      const second = await create(key, { lastName: 'Only', firstName: 'Once' });
      assertSameAnswer(second, first);
      assert.notEqual(second.headers['x-request-id'], first.headers['x-request-id'], 'each request has its own id');
      const made = (await allContacts(api)).filter((c) => c.firstName === 'Once');
      assert.equal(made.length, 1);
      const events = (await readFeed(api)).events.filter((e) => e.resource.id === first.body.id);
      assert.deepEqual(
        events.map((e) => e.type),
        ['client_contact.created'],
      );
    });

    it('replays a PATCH and a DELETE without running them again', async () => {
      const made = (await create(newKey())).body;
      const key = newKey();
      const patch = await api.request('PATCH', `/clients/contacts/${made.id}`, { role: 'CTO' }, withKey(key));
      assert.equal(patch.status, 200, patch.text);
      // Another change in between: a replay answers the kept answer, not the record as it is now.
      assert.equal((await api.request('PATCH', `/clients/contacts/${made.id}`, { role: 'CEO' })).status, 200);
      assertSameAnswer(
        await api.request('PATCH', `/clients/contacts/${made.id}`, { role: 'CTO' }, withKey(key)),
        patch,
      );
      const current = (await allContacts(api)).find((c) => c.id === made.id);
      assert.equal(current.role, 'CEO');
      assert.equal(current.version, 3, 'the replayed PATCH did not write again');

      const deleteKey = newKey();
      const archived = await api.request('DELETE', `/clients/contacts/${made.id}`, undefined, withKey(deleteKey));
      assert.equal(archived.status, 204, archived.text);
      assertSameAnswer(
        await api.request('DELETE', `/clients/contacts/${made.id}`, undefined, withKey(deleteKey)),
        archived,
      );
    });

    it('refuses the same key on another body, path or method with 422, running nothing', async () => {
      const key = newKey();
      const first = await create(key, { firstName: 'Reu', lastName: 'Sed' });
      assert.equal(first.status, 201);
      assertError(await create(key, { firstName: 'Other', lastName: 'Body' }), 422, 'IDEMPOTENCY_KEY_REUSED');
      // An invalid body is a different body, not a validation error.
      assertError(await create(key, { firstName: 42 }), 422, 'IDEMPOTENCY_KEY_REUSED');
      const otherClient = await makeClient(api, 'Other Co');
      const otherPath = await api.request(
        'POST',
        `/clients/contacts/${otherClient}`,
        { firstName: 'Reu', lastName: 'Sed' },
        withKey(key),
      );
      assertError(otherPath, 422, 'IDEMPOTENCY_KEY_REUSED');
      const otherMethod = await api.request(
        'PATCH',
        `/clients/contacts/${clientId}`,
        { firstName: 'Reu', lastName: 'Sed' },
        withKey(key),
      );
      assertError(otherMethod, 422, 'IDEMPOTENCY_KEY_REUSED');
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Sed' || c.lastName === 'Body').length, 1);
    });

    it('counts the query string as part of the path (a DELETE with ?permanent=true is another request)', async () => {
      const made = (await create(newKey())).body;
      const key = newKey();
      const archived = await api.request('DELETE', `/clients/contacts/${made.id}`, undefined, withKey(key));
      assert.equal(archived.status, 204);
      const erase = await api.request('DELETE', `/clients/contacts/${made.id}?permanent=true`, undefined, withKey(key));
      assertError(erase, 422, 'IDEMPOTENCY_KEY_REUSED');
      assert.ok(
        (await allContacts(api)).some((c) => c.id === made.id),
        'not erased',
      );
    });

    it('keeps a 400 and replays it, even once the body would be fixed elsewhere', async () => {
      const key = newKey();
      const first = await create(key, { firstName: '', lastName: 'Bad' });
      assert.deepEqual(fieldErrors(first), ['TOO_SMALL:firstName']);
      const again = await create(key, { firstName: '', lastName: 'Bad' });
      assertSameAnswer(again, first);
      assert.equal(again.body.requestId, first.body.requestId, 'the kept envelope, as it was');
    });

    it('keeps keys per tenant: the same key in two tenants runs in each', async () => {
      const other = await t.newTenant('other');
      const otherClient = await makeClient(other, 'Their Co');
      const key = newKey();
      const mine = await create(key, { firstName: 'Mine', lastName: 'Tenant' });
      const theirs = await other.request(
        'POST',
        `/clients/contacts/${otherClient}`,
        { firstName: 'Mine', lastName: 'Tenant' },
        withKey(key),
      );
      assert.equal(mine.status, 201);
      assert.equal(theirs.status, 201, theirs.text);
      assert.equal(theirs.headers['idempotent-replayed'], undefined);
      assert.notEqual(theirs.body.id, mine.body.id);
      assert.equal((await allContacts(other)).length, 1);
    });

    it('does not keep a 401: the same key with a real API key then runs', async () => {
      const key = newKey();
      const refused = await t.app.inject({
        method: 'POST',
        url: `/clients/contacts/${clientId}`,
        payload: { firstName: 'No', lastName: 'Auth' },
        headers: { 'x-api-key': `ck_${'x'.repeat(40)}`, ...withKey(key) },
      });
      assert.equal(refused.statusCode, 401);
      const ran = await create(key, { firstName: 'No', lastName: 'Auth' });
      assert.equal(ran.status, 201, ran.text);
      assert.equal(ran.headers['idempotent-replayed'], undefined);
    });

    it('forgets a key 24 h after its first use: the same key then runs again', async () => {
      const key = newKey();
      const body = { firstName: 'Day', lastName: 'Old' };
      const first = await create(key, body);
      now += DAY_MS - 1;
      assertSameAnswer(await create(key, body), first);
      now += 1;
      const again = await create(key, body);
      assert.equal(again.status, 201, again.text);
      assert.equal(again.headers['idempotent-replayed'], undefined);
      assert.notEqual(again.body.id, first.body.id);
      // Expired, a key may also come with another request.
      now += DAY_MS;
      assert.equal((await create(key, { firstName: 'New', lastName: 'Day' })).status, 201);
      assert.equal((await allContacts(api)).filter((c) => c.lastName === 'Old' || c.lastName === 'Day').length, 3);
    });

    it('refuses a malformed key with 400 VALIDATION_ERROR naming the header, running nothing', async () => {
      const before = (await allContacts(api)).length;
      for (const key of ['', 'x'.repeat(256), 'tab\there', 'caf\u00e9', 'nul\u0000']) {
        const res = await create(key, { firstName: 'Mal', lastName: 'Formed' });
        const [problem] = fieldErrors(res);
        assert.match(problem, /^(TOO_SMALL|TOO_BIG|INVALID_FORMAT):Idempotency-Key$/);
      }
      assert.equal((await allContacts(api)).length, before);
      // 255 printable characters, spaces inside included, are a key.
      const longest = await create(`a ${'k'.repeat(253)}`, { firstName: 'Long', lastName: 'Key' });
      assert.equal(longest.status, 201, longest.text);
    });

    it('ignores the header on GET', async () => {
      const res = await api.request('GET', '/clients/contacts', undefined, withKey(''));
      assert.equal(res.status, 200);
      assert.equal(res.headers['idempotent-replayed'], undefined);
    });

    it('behaves as before without the header: two sends make two records', async () => {
      const body = { firstName: 'No', lastName: 'Header' };
      const one = await api.request('POST', `/clients/contacts/${clientId}`, body);
      const two = await api.request('POST', `/clients/contacts/${clientId}`, body);
      assert.equal(one.status, 201);
      assert.equal(two.status, 201);
      assert.notEqual(one.body.id, two.body.id);
    });
  });
}
