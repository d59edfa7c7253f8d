import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { archiveContact, makeClient, makeContact, makeUser, readContact } from './fixtures.js';
import { addRole, makeAttribute, mergeOk, observableState } from './merge.fixtures.js';

const LOCATION = { type: 'work', city: 'Leeds', country: 'GB' };

for (const dialect of dialects()) {
  describe(`merging two people [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(async () => t.close());

    it('moves roles at other clients to the target and erases the source person', async () => {
      const acme = await makeClient(t.client, 'Acme');
      const globex = await makeClient(t.client, 'Globex');
      const target = await makeContact(t.client, acme, { emails: [{ email: 'jane@acme.example' }] });
      const source = await makeContact(t.client, globex, {
        firstName: 'Janet',
        lastName: 'Smyth',
        role: 'CFO',
        emails: [{ email: 'janet@globex.example' }],
      });

      const answer = await mergeOk(t.client, target.candidateId, source.candidateId);
      assert.equal(answer.person.candidateId, target.candidateId);
      assert.deepEqual(
        answer.person.clientContacts.map((r: { id: string }) => r.id),
        [target.id, source.id],
      );
      assert.equal(answer.changes.length, 1);
      const [change] = answer.changes;
      assert.deepEqual(
        { id: change.id, action: change.action, mergedInto: change.mergedInto, mergedFrom: change.mergedFrom },
        { id: source.id, action: 'moved', mergedInto: null, mergedFrom: [] },
      );
      assert.deepEqual(change.changes.candidateId, { from: source.candidateId, to: target.candidateId });
      assert.deepEqual(change.changes.firstName, { from: 'Janet', to: 'Jane' });

      const moved = await readContact(t.client, source.id);
      assert.equal(moved.candidateId, target.candidateId);
      assert.equal(moved.firstName, 'Jane');
      assert.equal(moved.role, 'CFO');
      assert.deepEqual(moved.emails, source.emails);
      assert.equal(moved.version, 2);
      assert.ok(moved.modifiedAt > source.modifiedAt);
      assert.equal((await readContact(t.client, target.id)).version, 1, 'an unchanged role keeps its version');

      const gone = await t.client.request('GET', `/clients/contacts/${source.candidateId}`);
      assert.equal(gone.status, 404);
      assert.equal(gone.body.message, 'CANDIDATE_NOT_FOUND');
      // The moved role's id now names the target person.
      const view = await t.client.request('GET', `/clients/contacts/${source.id}`);
      assert.equal(view.status, 200);
      assert.deepEqual(view.body, answer.person);
    });

    it('combines roles at the same client: target values first, source fills nulls, lists unioned', async () => {
      const acme = await makeClient(t.client, 'Acme Combined');
      const owner = await makeUser(t.client, 'Olga Owner');
      const score = await makeAttribute(t.client, 'Score', 'number');
      const tier = await makeAttribute(t.client, 'Tier');
      const target = await makeContact(t.client, acme, {
        role: 'CTO',
        startDate: '2020-01-01T00:00:00Z',
        emails: [{ email: 'cto@acme.example', purpose: 'work' }],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0958' }],
        customAttributes: [{ attributeDefinitionId: score, value: 5 }],
      });
      const first = await makeContact(t.client, acme, {
        firstName: 'Sam',
        lastName: 'Source',
        role: 'VP',
        department: 'Engineering',
        startDate: '2019-01-01T00:00:00Z',
        endDate: '2030-01-01T00:00:00Z',
        mainContactId: owner,
        emails: [{ email: 'sam@home.example', purpose: 'personal', isPrimary: true }],
        phoneNumbers: [{ phoneNumber: '+442079460958' }, { phoneNumber: '+1 212 555 0100', purpose: 'work' }],
        customAttributes: [
          { attributeDefinitionId: score, value: 7 },
          { attributeDefinitionId: tier, value: 'gold' },
        ],
      });
      // A second role of the source at the same client, sharing an address (in another case) and adding one.
      const second = await addRole(t.client, acme, first.candidateId, {
        emails: [{ email: 'SAM@home.example' }, { email: 'sam@acme.example' }],
      });

      const answer = await mergeOk(t.client, target.candidateId, first.candidateId);
      assert.deepEqual(
        answer.changes.map((c: any) => [c.id, c.action, c.mergedInto, c.mergedFrom]),
        [
          [target.id, 'combined', null, [first.id, second.id]],
          [first.id, 'erased', target.id, []],
          [second.id, 'erased', target.id, []],
        ],
      );
      const combined = await readContact(t.client, target.id);
      assert.equal(combined.version, target.version + 1);
      assert.equal(combined.role, 'CTO');
      assert.equal(combined.department, 'Engineering');
      assert.equal(combined.startDate, '2020-01-01T00:00:00.000Z');
      assert.equal(combined.endDate, '2030-01-01T00:00:00.000Z');
      assert.equal(combined.mainContact.id, owner);
      assert.equal(combined.stage.id, target.stage.id);
      assert.deepEqual(combined.emails, [
        { email: 'cto@acme.example', purpose: 'work', isPrimary: true },
        { email: 'sam@home.example', purpose: 'personal', isPrimary: false },
        { email: 'sam@acme.example', purpose: null, isPrimary: false },
      ]);
      assert.deepEqual(combined.phoneNumbers, [
        { phoneNumber: '+44 20 7946 0958', purpose: null, isPrimary: true },
        { phoneNumber: '+1 212 555 0100', purpose: 'work', isPrimary: false },
      ]);
      assert.deepEqual(
        combined.customAttributes.map((a: any) => [a.attributeDefinitionId, a.value]),
        [
          [score, 5],
          [tier, 'gold'],
        ],
      );
      assert.deepEqual(answer.changes[0].changes.department, { from: null, to: 'Engineering' });
      assert.equal(answer.changes[0].changes.role, undefined, 'the target’s role stood');

      for (const gone of [first.id, second.id]) {
        assert.equal(await readContact(t.client, gone), undefined);
        const patch = await t.client.request('PATCH', `/clients/contacts/${gone}`, { role: 'x' });
        assert.equal(patch.status, 404);
        assert.equal(patch.body.message, 'CLIENT_CONTACT_NOT_FOUND');
        assert.equal((await t.client.request('GET', `/clients/contacts/${gone}`)).status, 404);
      }
      assert.equal((await t.client.request('GET', `/clients/contacts/${first.candidateId}`)).status, 404);
      assert.deepEqual(answer.person, (await t.client.request('GET', `/clients/contacts/${target.candidateId}`)).body);
    });

    it('fills the person’s missing avatar and locations, which changes (and bumps) every target role', async () => {
      const acme = await makeClient(t.client, 'Acme Person');
      const globex = await makeClient(t.client, 'Globex Person');
      const target = await makeContact(t.client, acme, { firstName: 'Tara' });
      const targetElsewhere = await addRole(t.client, globex, target.candidateId);
      const source = await makeContact(t.client, globex, {
        firstName: 'Sue',
        avatarUrl: 'https://img.example/sue.png',
        locations: [LOCATION],
      });
      const answer = await mergeOk(t.client, target.candidateId, source.candidateId);
      assert.equal(answer.person.firstName, 'Tara');
      assert.equal(answer.person.avatarUrl, 'https://img.example/sue.png');
      assert.deepEqual(answer.person.locations, [{ ...LOCATION }]);
      const byId = new Map(answer.changes.map((c: any) => [c.id, c]));
      assert.equal((byId.get(target.id) as any).action, 'updated');
      assert.deepEqual(Object.keys((byId.get(target.id) as any).changes).sort(), ['avatarUrl', 'locations']);
      // The live role at the same client absorbed the source's one.
      assert.equal((byId.get(targetElsewhere.id) as any).action, 'combined');
      assert.equal((byId.get(source.id) as any).action, 'erased');
      for (const id of [target.id, targetElsewhere.id]) assert.equal((await readContact(t.client, id)).version, 2);

      // A target that has its own avatar and locations keeps them.
      const other = await makeContact(t.client, acme, { firstName: 'Olive', avatarUrl: 'https://img.example/o.png' });
      const third = await makeContact(t.client, globex, { firstName: 'Tom', avatarUrl: 'https://img.example/t.png' });
      const kept = await mergeOk(t.client, other.candidateId, third.candidateId);
      assert.equal(kept.person.avatarUrl, 'https://img.example/o.png');
      assert.equal((await readContact(t.client, other.id)).version, 1);
    });

    it('never combines archived roles: they move as they are', async () => {
      const acme = await makeClient(t.client, 'Acme Archive');
      const globex = await makeClient(t.client, 'Globex Archive');
      const target = await makeContact(t.client, acme);
      const targetArchived = await addRole(t.client, globex, target.candidateId);
      await archiveContact(t.client, targetArchived.id);
      const source = await makeContact(t.client, globex, { firstName: 'Sid' });
      const sourceArchived = await addRole(t.client, acme, source.candidateId, { role: 'Old role' });
      await archiveContact(t.client, sourceArchived.id);

      const answer = await mergeOk(t.client, target.candidateId, source.candidateId);
      assert.deepEqual(
        answer.changes.map((c: any) => [c.id, c.action]).sort(),
        [
          [source.id, 'moved'],
          [sourceArchived.id, 'moved'],
        ].sort(),
      );
      const archived = await readContact(t.client, sourceArchived.id);
      assert.equal(archived.candidateId, target.candidateId);
      assert.notEqual(archived.archivedAt, null);
      assert.equal(archived.role, 'Old role');
      assert.equal(archived.version, 3, 'archived, then moved');
      assert.deepEqual(
        answer.person.clientContacts.map((r: any) => r.id),
        [target.id, source.id],
      );
      assert.equal((await readContact(t.client, targetArchived.id)).version, 2, 'untouched');
    });

    it('hands the source’s addresses to the target: its other roles may use them, other people may not', async () => {
      const acme = await makeClient(t.client, 'Acme Mail');
      const globex = await makeClient(t.client, 'Globex Mail');
      const target = await makeContact(t.client, acme, { emails: [{ email: 'tess@acme.example' }] });
      const targetElsewhere = await addRole(t.client, globex, target.candidateId);
      const movedSource = await makeContact(t.client, globex, {
        firstName: 'Moe',
        emails: [{ email: 'moe@globex.example' }],
      });
      await addRole(t.client, acme, movedSource.candidateId, { emails: [{ email: 'moe.two@acme.example' }] });

      const before = await t.client.request('PATCH', `/clients/contacts/${targetElsewhere.id}`, {
        emails: [{ email: 'moe@globex.example' }],
      });
      assert.equal(before.status, 409, 'held by another person before the merge');

      await mergeOk(t.client, target.candidateId, movedSource.candidateId);
      // The people search finds the target by the source's addresses, and the source no more.
      const found = await t.client.request('GET', '/search/people?query=moe.two%40acme.example');
      assert.equal(found.status, 200, found.text);
      assert.deepEqual(
        found.body.items.map((p: { id: string }) => p.id),
        [target.candidateId],
      );
      const patched = await t.client.request('PATCH', `/clients/contacts/${targetElsewhere.id}`, {
        emails: [{ email: 'MOE@globex.example' }, { email: 'moe.two@acme.example' }],
      });
      assert.equal(patched.status, 200, patched.text);

      const stranger = await t.client.request('POST', `/clients/contacts/${acme}`, {
        firstName: 'Stan',
        lastName: 'Ger',
        emails: [{ email: 'moe.two@acme.example' }],
      });
      assert.equal(stranger.status, 409);
      assert.equal(stranger.body.message, 'EMAIL_ALREADY_IN_USE');
      assert.deepEqual(
        [...new Set(stranger.body.details.duplicates.map((d: any) => d.takenBy.candidateId))],
        [target.candidateId],
      );
    });
  });

  describe(`a dry run [${dialect}]`, () => {
    let t: TestApp;
    let frozen: string | undefined;
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => frozen ?? new Date().toISOString() } });
    });
    after(async () => t.close());

    it('answers exactly what the merge answers, and writes nothing', async () => {
      const acme = await makeClient(t.client, 'Acme Dry');
      const globex = await makeClient(t.client, 'Globex Dry');
      const target = await makeContact(t.client, acme, { emails: [{ email: 'd@acme.example' }] });
      const source = await makeContact(t.client, acme, {
        firstName: 'Dry',
        department: 'Ops',
        emails: [{ email: 'dry@acme.example' }],
        avatarUrl: 'https://img.example/dry.png',
      });
      await addRole(t.client, globex, source.candidateId, { role: 'Advisor' });

      const state = await observableState(t.client);
      frozen = new Date(Date.now() + 1000).toISOString();
      const dry = await mergeOk(t.client, target.candidateId, source.candidateId, true);
      assert.deepEqual(await observableState(t.client), state, 'nothing written');
      assert.equal(dry.changes.length, 3);

      const real = await mergeOk(t.client, target.candidateId, source.candidateId, false);
      frozen = undefined;
      assert.deepEqual(real, dry);
      assert.deepEqual((await t.client.request('GET', `/clients/contacts/${target.candidateId}`)).body, real.person);
    });
  });
}
