import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type Reply, type TestApp } from '../harness.js';
import { allContacts, makeClient, makeContact } from './fixtures.js';

/**
 * Writers racing on the same records (API.md §1.6, §2.4). What a caller can observe afterwards must be
 * the result of some order of the requests, one at a time: no lost version, no half-applied body, no
 * email held by two people, no 500. SQLite serialises writers in the process; PostgreSQL relies on row
 * and advisory locks, so both paths are exercised.
 */

interface Email {
  email: string;
  purpose: 'personal' | 'work' | null;
  isPrimary: boolean;
}

const primaries = (emails: Email[]) => emails.filter((e) => e.isPrimary).length;

for (const dialect of dialects()) {
  describe(`client contacts, concurrent writes [${dialect}]`, () => {
    let t: TestApp;
    let clientId: string;
    let otherClientId: string;
    before(async () => {
      t = await buildTestApp(dialect);
      clientId = await makeClient(t.client, 'Race Ltd');
      otherClientId = await makeClient(t.client, 'Second Race Ltd');
    });
    after(async () => t.close());

    const read = async (id: string) => (await allContacts(t.client)).find((c) => c.id === id);
    const patch = (id: string, body: unknown, headers?: Record<string, string>) =>
      t.client.request('PATCH', `/clients/contacts/${id}`, body, headers);

    it('50 parallel PATCHes: the result is one request’s state, with one version per change', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'Many', lastName: 'Writers' });
      // 40 distinct bodies; the last 10 repeat the first 10, so some requests may find nothing to change.
      const bodies = Array.from({ length: 50 }, (_, i) => {
        const k = i % 40;
        const count = 1 + (k % 3);
        return {
          role: `role-${k}`,
          emails: Array.from({ length: count }, (_, j) => ({
            email: `w${k}-${j}@parallel.example`,
            purpose: j === 1 ? 'work' : null,
            isPrimary: j === k % count,
          })),
        };
      });
      /** What a contact shows after `body`: its role, and its emails primary first. */
      const shownAfter = (body: (typeof bodies)[number]) => ({
        role: body.role,
        emails: [...body.emails.filter((e) => e.isPrimary), ...body.emails.filter((e) => !e.isPrimary)],
      });

      const replies = await Promise.all(bodies.map((body) => patch(c.id, body)));
      replies.forEach((res, i) => {
        assert.equal(res.status, 200, res.text);
        // Each answer is the state its own request left: its role with its emails, one primary.
        assert.deepEqual({ role: res.body.role, emails: res.body.emails }, shownAfter(bodies[i]));
        assert.equal(primaries(res.body.emails), 1);
        assert.equal(res.headers.etag, `"${res.body.version}"`);
      });

      // Every request that changed something made exactly one new version; the versions leave no gap.
      const byVersion = new Map<number, Reply[]>();
      for (const res of replies) byVersion.set(res.body.version, [...(byVersion.get(res.body.version) ?? []), res]);
      const versions = [...byVersion.keys()].sort((a, b) => a - b);
      assert.deepEqual(
        versions,
        Array.from({ length: versions.length }, (_, i) => i + 2),
        'versions 2, 3, … with none skipped',
      );
      assert.ok(versions.length >= 40, 'at least every distinct body changed something once');
      for (const same of byVersion.values()) {
        for (const res of same) assert.deepEqual(res.body, same[0].body, 'answers naming one version show one state');
      }

      const final = await read(c.id);
      assert.equal(final.version, 1 + versions.length, 'version = 1 + the number of requests that changed something');
      assert.deepEqual(final, byVersion.get(final.version)?.[0].body, 'the last change is what a read shows');
      assert.ok(
        bodies.some(
          (b) => JSON.stringify(shownAfter(b)) === JSON.stringify({ role: final.role, emails: final.emails }),
        ),
        'role and emails come from the same request',
      );
      assert.equal(primaries(final.emails), 1);
    });

    it('two writers with the same If-Match: exactly one 200, the other 412', async () => {
      const c = await makeContact(t.client, clientId, { firstName: 'If', lastName: 'Match' });
      for (let round = 0; round < 8; round++) {
        const current = await read(c.id);
        const bodies = [{ role: `left-${round}` }, { role: `right-${round}`, department: `d${round}` }];
        const replies = await Promise.all(
          bodies.map((body) => patch(c.id, body, { 'if-match': `"${current.version}"` })),
        );
        const statuses = replies.map((r) => r.status).sort();
        assert.deepEqual(statuses, [200, 412], replies.map((r) => r.text).join('\n'));
        const winner = replies.findIndex((r) => r.status === 200);
        const loser = replies[1 - winner];
        assert.equal(loser.body.message, 'PRECONDITION_FAILED');
        assert.deepEqual(loser.body.details, { currentVersion: current.version + 1 });
        const after = await read(c.id);
        assert.equal(after.version, current.version + 1);
        assert.equal(after.role, bodies[winner].role);
        assert.deepEqual(after, replies[winner].body);
      }
    });

    it('two people racing for one new email: exactly one gets it, the other 409 EMAIL_ALREADY_IN_USE', async () => {
      const x = await makeContact(t.client, clientId, { firstName: 'Xavi', lastName: 'Racer' });
      const y = await makeContact(t.client, clientId, { firstName: 'Yara', lastName: 'Racer' });
      const people = [x, y];
      for (let round = 0; round < 10; round++) {
        const address = `race${round}@conc.example`;
        // Alternate the case of the address so that equality ignoring case is what is raced on.
        const replies = await Promise.all([
          patch(x.id, { emails: [{ email: address }] }),
          patch(y.id, { emails: [{ email: address.toUpperCase().replace('@CONC.EXAMPLE', '@conc.example') }] }),
        ]);
        const statuses = replies.map((r) => r.status).sort();
        assert.deepEqual(statuses, [200, 409], replies.map((r) => r.text).join('\n'));
        const winner = replies.findIndex((r) => r.status === 200);
        const loser = replies[1 - winner];
        assert.equal(loser.body.message, 'EMAIL_ALREADY_IN_USE');
        const holder = people[winner];
        assert.deepEqual(loser.body.details.duplicates, [
          {
            email: replies[winner].body.emails[0].email,
            takenBy: {
              type: 'clientContact',
              id: holder.id,
              candidateId: holder.candidateId,
              name: `${holder.firstName} ${holder.lastName}`,
            },
          },
        ]);
        const holders = await t.client.request('GET', `/clients/contacts?email=${address}`);
        assert.deepEqual(
          holders.body.items.map((c: { id: string }) => c.id),
          [holder.id],
        );
      }
    });

    it('two new people created at once with one email: one 201, the other 409', async () => {
      for (let round = 0; round < 6; round++) {
        const address = `born${round}@conc.example`;
        const replies = await Promise.all(
          ['Ada', 'Bea'].map((firstName) =>
            t.client.request('POST', `/clients/contacts/${clientId}`, {
              firstName,
              lastName: 'Twin',
              emails: [{ email: address }],
            }),
          ),
        );
        assert.deepEqual(replies.map((r) => r.status).sort(), [201, 409], replies.map((r) => r.text).join('\n'));
        const winner = replies.find((r) => r.status === 201) as Reply;
        const loser = replies.find((r) => r.status === 409) as Reply;
        assert.equal(loser.body.details.duplicates[0].takenBy.id, winner.body.id);
        const holders = await t.client.request('GET', `/clients/contacts?email=${address}`);
        assert.deepEqual(
          holders.body.items.map((c: { id: string }) => c.id),
          [winner.body.id],
        );
      }
    });

    it('parallel PATCHes to two roles of one person: names agree, one primary each, every change counted', async () => {
      const a = await makeContact(t.client, clientId, { firstName: 'Two', lastName: 'Roles' });
      const created = await t.client.request('POST', `/clients/contacts/${otherClientId}`, {
        candidateId: a.candidateId,
        role: 'Advisor',
      });
      assert.equal(created.status, 201, created.text);
      const b = created.body;
      const roles = [a, b];
      const requests = Array.from({ length: 20 }, (_, i) => ({
        target: roles[i % 2].id,
        body: {
          firstName: `Name${i}`,
          emails: [
            { email: `role${i}@two.example` },
            // Both roles may hold this one: they are the same person.
            { email: 'shared@two.example', isPrimary: i % 3 === 0 },
          ],
        },
      }));
      const replies = await Promise.all(requests.map((r) => patch(r.target, r.body)));
      for (const res of replies) {
        assert.equal(res.status, 200, res.text);
        assert.equal(primaries(res.body.emails), 1);
      }
      // Each request renames the person, which changes (and versions) both roles once.
      const versions = replies.map((r) => r.body.version).sort((x, y) => x - y);
      assert.deepEqual(
        versions,
        Array.from({ length: 20 }, (_, i) => i + 2),
      );

      const [finalA, finalB] = await Promise.all(roles.map((r) => read(r.id)));
      assert.equal(finalA.version, 21);
      assert.equal(finalB.version, 21);
      const last = replies.findIndex((r) => r.body.version === 21);
      assert.equal(finalA.firstName, requests[last].body.firstName, 'the last rename wins');
      assert.equal(finalB.firstName, finalA.firstName, 'both roles show the person’s one name');
      for (const [index, role] of [finalA, finalB].entries()) {
        assert.equal(primaries(role.emails), 1);
        // Its emails are those of the last request aimed at it.
        const mine = replies
          .map((res, i) => ({ res, i }))
          .filter(({ i }) => i % 2 === index)
          .sort((x, y) => y.res.body.version - x.res.body.version)[0];
        assert.deepEqual(role.emails, mine.res.body.emails);
      }
      const view = await t.client.request('GET', `/clients/contacts/${a.candidateId}`);
      assert.equal(view.status, 200, view.text);
      assert.equal(view.body.firstName, finalA.firstName);
      assert.deepEqual(
        view.body.clientContacts.map((r: { version: number }) => r.version),
        [21, 21],
      );
    });
  });
}
