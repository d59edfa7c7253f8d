import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { archiveContact, makeClient, makeContact } from '../client-contacts/fixtures.js';
import { buildTestApp, type Client, dialects, expectedEnvelope, type TestApp } from '../harness.js';

/** GET /search/people (API.md §2.6) through HTTP, on each database. */

async function search(api: Client, query: string, extra = ''): Promise<any[]> {
  const res = await api.request('GET', `/search/people?query=${encodeURIComponent(query)}${extra}`);
  assert.equal(res.status, 200, res.text);
  return res.body.items;
}

const names = (items: { firstName: string; lastName: string }[]) => items.map((i) => `${i.firstName} ${i.lastName}`);

for (const dialect of dialects()) {
  describe(`people search [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    let otherClientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Search Ltd');
      otherClientId = await makeClient(t.client, 'Second Ltd');
    });
    after(async () => t.close());

    it("answers Spott's hit shape: the person's id, names, avatar, addresses and numbers, and nulls", async () => {
      const c = await makeContact(t.client, clientId, {
        firstName: 'Shape',
        lastName: 'Tester',
        avatarUrl: 'https://avatars.example/shape.png',
        emails: [{ email: 'shape@one.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0101' }],
      });
      assert.deepEqual(await search(t.client, 'shape tester'), [
        {
          entityType: 'clientContact',
          id: c.candidateId,
          firstName: 'Shape',
          middleName: null,
          lastName: 'Tester',
          secondLastName: null,
          avatarUrl: 'https://avatars.example/shape.png',
          phoneNumbers: ['+44 20 7946 0101'],
          emailAddresses: ['shape@one.example'],
          linkedInUrl: null,
        },
      ]);
    });

    it('finds a person once, with the addresses and numbers of all their non-archived roles, primaries first', async () => {
      const first = await makeContact(t.client, clientId, {
        firstName: 'Roles',
        lastName: 'Many',
        emails: [{ email: 'roles.other@one.example' }, { email: 'roles@one.example', isPrimary: true }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0201' }],
      });
      await makeContact(t.client, otherClientId, {
        candidateId: first.candidateId,
        emails: [{ email: 'ROLES@one.example' }, { email: 'roles.two@two.example', isPrimary: true }],
        phoneNumbers: [{ phoneNumber: '+442079460201' }, { phoneNumber: '+44 20 7946 0202' }],
      });
      const archived = await makeContact(t.client, otherClientId, {
        candidateId: first.candidateId,
        emails: [{ email: 'roles.archived@three.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0203' }],
      });
      await archiveContact(t.client, archived.id);

      const items = await search(t.client, 'roles');
      assert.equal(items.length, 1);
      assert.deepEqual(items[0].emailAddresses, [
        'roles@one.example',
        'roles.two@two.example',
        'roles.other@one.example',
      ]);
      assert.deepEqual(items[0].phoneNumbers, ['+44 20 7946 0201', '+44 20 7946 0202']);
      // The archived role's address and number find nobody.
      assert.deepEqual(await search(t.client, 'roles.archived@three.example'), []);
      assert.deepEqual(await search(t.client, '7946 0203'), []);
    });

    it('finds by an email address equal to the query or starting with it, ignoring case', async () => {
      const c = await makeContact(t.client, clientId, {
        firstName: 'Mail',
        lastName: 'Match',
        emails: [{ email: 'Mail.Match@Corp.example' }],
      });
      for (const query of ['mail.match@corp.example', 'MAIL.MATCH@CORP.EXAMPLE', 'mail.match@co', 'Mail.M']) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          [c.candidateId],
          query,
        );
      }
      assert.deepEqual(await search(t.client, 'match@corp'), [], 'an address is matched from its start only');
    });

    it('finds by part of a phone number written with spaces, dashes, brackets or a leading +', async () => {
      const uk = await makeContact(t.client, clientId, {
        firstName: 'Phone',
        lastName: 'Uk',
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0958' }],
      });
      const us = await makeContact(t.client, clientId, {
        firstName: 'Phone',
        lastName: 'Us',
        phoneNumbers: [{ phoneNumber: '+1 (415) 555-0199' }],
      });
      const cases: [string, string[]][] = [
        ['7946 0958', [uk.candidateId]],
        ['7946-0958', [uk.candidateId]],
        ['+44 20 7946 0958', [uk.candidateId]],
        ['+44-20-7946-0958', [uk.candidateId]],
        ['(415) 555', [us.candidateId]],
        ['555-0199', [us.candidateId]],
        ['0958', [uk.candidateId]],
        ['+1 415 555 0199', [us.candidateId]],
      ];
      for (const [query, ids] of cases) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          ids,
          query,
        );
      }
    });

    it('matches no phone for a query of fewer than 4 digits, or one not written like a number', async () => {
      await makeContact(t.client, clientId, {
        firstName: 'Short',
        lastName: 'Digits',
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0333' }],
      });
      assert.deepEqual(await search(t.client, '333'), []);
      assert.deepEqual(await search(t.client, '+44'), []);
      assert.deepEqual(await search(t.client, '7946x0333'), []);
    });

    it('finds by first name, last name or "first last", ignoring case and accents', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'José', lastName: 'Álvarez-Núñez' });
      for (const query of ['jose', 'JOSÉ', 'José Álv', 'jose alvarez n', 'alvarez', 'ÁLVAREZ-NUÑ', 'alvarez nunez']) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          [c.candidateId],
          query,
        );
      }
      assert.deepEqual(await search(t.client, 'nunez'), [], 'a name is matched from its start only');
    });

    it('finds names with apostrophes and hyphens however the apostrophe or dash is typed', async () => {
      const obrien = await makeContact(t.client, clientId, { firstName: 'Siobhán', lastName: "O'Brien" });
      const anne = await makeContact(t.client, clientId, { firstName: 'Anne-Marie', lastName: 'Zöller' });
      const cases: [string, string][] = [
        ["o'brien", obrien.candidateId],
        ['O’Brien', obrien.candidateId],
        ['obrien', obrien.candidateId],
        ["siobhan o'b", obrien.candidateId],
        ['anne-m', anne.candidateId],
        ['Anne-Marie Zoller', anne.candidateId],
        ['anne marie', anne.candidateId],
        ['zöl', anne.candidateId],
      ];
      for (const [query, id] of cases) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          [id],
          query,
        );
      }
    });

    it('ranks an equal address first, then a full-name prefix, a last-name prefix, an address prefix', async () => {
      // Names are free text, so one query can match all four ways; the last names run against the ranking.
      const query = 'rank@hit.example';
      const byEmail = await makeContact(t.client, clientId, {
        firstName: 'Zed',
        lastName: 'Zimmer',
        emails: [{ email: query }],
      });
      const byFullName = await makeContact(t.client, clientId, { firstName: 'Rank@hit.example', lastName: 'Young' });
      const byLastName = await makeContact(t.client, clientId, {
        firstName: 'Ann',
        lastName: 'Rank@hit.example-Smith',
      });
      const byEmailPrefix = await makeContact(t.client, clientId, {
        firstName: 'Abe',
        lastName: 'Adams',
        emails: [{ email: 'rank@hit.example.org' }],
      });
      assert.deepEqual(
        (await search(t.client, query)).map((i) => i.id),
        [byEmail, byFullName, byLastName, byEmailPrefix].map((c) => c.candidateId),
      );
    });

    it('ranks a full-name prefix over a last-name prefix over an address prefix, and ties by last name, first name', async () => {
      await makeContact(t.client, clientId, {
        firstName: 'Zoe',
        lastName: 'Adams',
        emails: [{ email: 'mortimer@x.example' }],
      });
      await makeContact(t.client, clientId, { firstName: 'Alice', lastName: 'Moreau' });
      await makeContact(t.client, clientId, { firstName: 'Morgan', lastName: 'Young' });
      await makeContact(t.client, clientId, { firstName: 'Mortimer', lastName: 'Black' });
      await makeContact(t.client, clientId, { firstName: 'Morris', lastName: 'Black' });
      await makeContact(t.client, clientId, { firstName: 'Bea', lastName: 'Morales' });
      assert.deepEqual(names(await search(t.client, 'mor')), [
        'Morris Black',
        'Mortimer Black',
        'Morgan Young',
        'Bea Morales',
        'Alice Moreau',
        'Zoe Adams',
      ]);
    });

    it('ranks an equal phone number before numbers that only contain its digits', async () => {
      const contains = await makeContact(t.client, clientId, {
        firstName: 'Aaron',
        lastName: 'Aardvark',
        phoneNumbers: [{ phoneNumber: '+1 212 555 01780' }],
      });
      const equal = await makeContact(t.client, clientId, {
        firstName: 'Zack',
        lastName: 'Zulu',
        phoneNumbers: [{ phoneNumber: '+1 (212) 555-0178' }],
      });
      assert.deepEqual(
        (await search(t.client, '+1 212-555-0178')).map((i) => i.id),
        [equal.candidateId, contains.candidateId],
      );
    });

    it('fills the answer with people holding a shared number before those whose numbers only contain it', async () => {
      const shared = [];
      for (const lastName of ['Board', 'Desk', 'Front']) {
        shared.push(
          await makeContact(t.client, clientId, {
            firstName: 'Switch',
            lastName,
            phoneNumbers: [{ phoneNumber: '+44 20 7946 0777' }],
          }),
        );
      }
      const contains = await makeContact(t.client, clientId, {
        firstName: 'Aaron',
        lastName: 'Extension',
        phoneNumbers: [{ phoneNumber: '+44 20 7946 07771' }],
      });
      const ids = shared.map((c) => c.candidateId);
      assert.deepEqual(
        (await search(t.client, '+44 20 7946 0777', '&limit=2')).map((i) => i.id),
        ids.slice(0, 2),
      );
      assert.deepEqual(
        (await search(t.client, '+44 20 7946 0777', '&limit=3')).map((i) => i.id),
        ids,
      );
      assert.deepEqual(
        (await search(t.client, '+44 20 7946 0777', '&limit=4')).map((i) => i.id),
        [...ids, contains.candidateId],
      );
    });

    it('leaves out people whose every role is archived, and finds them again once one is restored', async () => {
      const c = await makeContact(t.client, clientId, {
        firstName: 'Archie',
        lastName: 'Vault',
        emails: [{ email: 'archie@vault.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0444' }],
      });
      await archiveContact(t.client, c.id);
      for (const query of ['archie', 'vault', 'archie@vault.example', 'archie@', '7946 0444']) {
        assert.deepEqual(await search(t.client, query), [], query);
      }
      const restored = await t.client.request('POST', `/clients/contacts/${c.id}/restore`);
      assert.equal(restored.status, 200, restored.text);
      for (const query of ['archie', 'vault', 'archie@vault.example', 'archie@', '7946 0444']) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          [c.candidateId],
          query,
        );
      }
    });

    it('forgets an erased person', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Erased', lastName: 'Person' });
      assert.equal((await search(t.client, 'erased person')).length, 1);
      const res = await t.client.request('DELETE', `/clients/contacts/${c.id}?permanent=true`);
      assert.equal(res.status, 204, res.text);
      assert.deepEqual(await search(t.client, 'erased person'), []);
    });

    it('finds a renamed person under the new name and not the old', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Oldname', lastName: 'Renamed' });
      const res = await t.client.request('PATCH', `/clients/contacts/${c.id}`, {
        firstName: 'Nouvelle',
        lastName: 'Façade',
      });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(await search(t.client, 'oldname'), []);
      assert.deepEqual(await search(t.client, 'renamed'), []);
      const found = await search(t.client, 'nouvelle facade');
      assert.deepEqual(
        found.map((i) => [i.id, i.firstName, i.lastName]),
        [[c.candidateId, 'Nouvelle', 'Façade']],
      );
      assert.deepEqual(
        (await search(t.client, 'facade')).map((i) => i.id),
        [c.candidateId],
      );
    });

    it('answers at most `limit` people (25 by default), the best ranked', async () => {
      for (let i = 0; i < 30; i++) {
        await makeContact(t.client, clientId, { firstName: 'Limit', lastName: `Person${String(i).padStart(2, '0')}` });
      }
      assert.equal((await search(t.client, 'limit')).length, 25);
      assert.deepEqual(names(await search(t.client, 'limit', '&limit=3')), [
        'Limit Person00',
        'Limit Person01',
        'Limit Person02',
      ]);
      assert.equal((await search(t.client, 'limit', '&limit=100')).length, 30);
    });

    it("never shows another tenant's people, and theirs never see ours", async () => {
      const other = await t.newTenant('other agency');
      const otherClient = await makeClient(other, 'Other Ltd');
      const theirs = await makeContact(other, otherClient, {
        firstName: 'Tenancy',
        lastName: 'Theirs',
        emails: [{ email: 'tenancy@shared.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0555' }],
      });
      const ours = await makeContact(t.client, clientId, {
        firstName: 'Tenancy',
        lastName: 'Ours',
        emails: [{ email: 'tenancy@shared.example' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0555' }],
      });
      for (const query of [
        'tenancy',
        'theirs',
        'tenancy@shared.example',
        'tenancy@',
        '+44 20 7946 0555',
        '7946 0555',
      ]) {
        assert.deepEqual(
          (await search(t.client, query)).map((i) => i.id),
          query === 'theirs' ? [] : [ours.candidateId],
          query,
        );
        assert.deepEqual(
          (await search(other, query)).map((i) => i.id),
          [theirs.candidateId],
          query,
        );
      }
    });

    describe('refuses malformed requests', () => {
      const validation = (errors: { code: string; path: string }[]) => async (url: string) => {
        const res = await t.client.request('GET', url);
        assert.equal(res.status, 400, res.text);
        assert.deepEqual(
          { ...res.body, requestId: undefined, errors: undefined },
          { ...expectedEnvelope(400, 'Bad Request', 'VALIDATION_ERROR'), requestId: undefined, errors: undefined },
        );
        assert.deepEqual(
          res.body.errors.map((e: { code: string; path: string }) => ({ code: e.code, path: e.path })),
          errors,
        );
      };

      it('a missing query → REQUIRED at query', async () => {
        await validation([{ code: 'REQUIRED', path: 'query' }])('/search/people');
        await validation([{ code: 'REQUIRED', path: 'query' }])('/search/people?limit=5');
      });

      it('an empty or blank query → TOO_SMALL at query', async () => {
        await validation([{ code: 'TOO_SMALL', path: 'query' }])('/search/people?query=');
        await validation([{ code: 'TOO_SMALL', path: 'query' }])('/search/people?query=%20%20%20');
      });

      it('a query over 200 characters → TOO_BIG at query (200 after trimming is fine)', async () => {
        await validation([{ code: 'TOO_BIG', path: 'query' }])(`/search/people?query=${'a'.repeat(201)}`);
        const res = await t.client.request('GET', `/search/people?query=%20${'a'.repeat(200)}%20`);
        assert.equal(res.status, 200, res.text);
      });

      it('a limit outside 1–100 or not a whole number → TOO_SMALL, TOO_BIG or INVALID_TYPE at limit', async () => {
        await validation([{ code: 'TOO_SMALL', path: 'limit' }])('/search/people?query=a&limit=0');
        await validation([{ code: 'TOO_BIG', path: 'limit' }])('/search/people?query=a&limit=101');
        await validation([{ code: 'INVALID_TYPE', path: 'limit' }])('/search/people?query=a&limit=two');
      });

      it('without a valid API key → 401 INVALID_API_KEY', async () => {
        for (const headers of [{}, { 'x-api-key': 'ck_notakey000000000000000000000000000' }]) {
          const res = await t.app.inject({ method: 'GET', url: '/search/people?query=a', headers });
          assert.equal(res.statusCode, 401);
          assert.equal(JSON.parse(res.body).message, 'INVALID_API_KEY');
        }
      });

      it('a query that folds to nothing (only apostrophes or dashes) finds no names', async () => {
        assert.deepEqual(await search(t.client, "'"), []);
        assert.deepEqual(await search(t.client, '-'), []);
      });
    });
  });
}
