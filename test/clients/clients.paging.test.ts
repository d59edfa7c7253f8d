import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, type Client, dialects, type TestApp } from '../harness.js';
import { tickingClock } from './fixtures.js';

type Item = { id: string; modifiedAt: string; company: { name: string } };

/** Follows nextCursor to the end; `between` runs after each page (to write while paging). */
async function walk(client: Client, query: string, between: (page: number) => Promise<void> = async () => {}) {
  const seen: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const url: string = `/clients?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await client.request('GET', url);
    assert.equal(res.status, 200, res.text);
    seen.push(...res.body.items);
    assert.equal(res.body.pageInfo.hasNextPage, res.body.pageInfo.nextCursor !== null);
    if (!res.body.pageInfo.hasNextPage) return seen;
    cursor = res.body.pageInfo.nextCursor;
    await between(page);
  }
  throw new Error('paging never ended');
}

const byKey = (a: Item, b: Item) =>
  a.modifiedAt < b.modifiedAt ? -1 : a.modifiedAt > b.modifiedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const namesOf = (items: Item[]) => items.map((i) => i.company.name);

for (const dialect of dialects()) {
  describe(`clients list: paging and filters [${dialect}]`, () => {
    let t: TestApp;
    /** When set, every write gets this time, so several rows share one modifiedAt. */
    let frozen: string | undefined;
    const tick = tickingClock();
    before(async () => {
      t = await buildTestApp(dialect, { ctx: { now: () => frozen ?? tick() } });
    });
    after(async () => t.close());

    async function make(tenant: Client, name: string, extra: Record<string, unknown> = {}) {
      const { company, ...rest } = extra;
      const res = await tenant.request('POST', '/clients', { ...rest, company: { name, ...(company as object) } });
      assert.equal(res.status, 201, res.text);
      return res.body as Item & { version: number };
    }

    it('pages through every client in (modifiedAt, id) order, ties included, without repeats', async () => {
      const tenant = await t.newTenant();
      const made: Item[] = [];
      for (let i = 0; i < 7; i++) made.push(await make(tenant, `C${i}`));
      frozen = '2030-01-01T00:00:00.000Z';
      for (let i = 7; i < 11; i++) made.push(await make(tenant, `C${i}`));
      frozen = undefined;

      const first = await tenant.request('GET', '/clients?limit=3');
      assert.equal(first.body.items.length, 3);
      assert.equal(first.body.pageInfo.hasNextPage, true);

      const all = await walk(tenant, 'limit=3');
      assert.deepEqual(
        all.map((i) => i.id),
        [...made].sort(byKey).map((i) => i.id),
      );
      // The default page (25) holds them all, with no next page.
      const whole = await tenant.request('GET', '/clients');
      assert.equal(whole.body.items.length, 11);
      assert.deepEqual(whole.body.pageInfo, { nextCursor: null, hasNextPage: false });
      // A limit that divides the list exactly ends with an empty-free last page.
      const exact = await walk(tenant, 'limit=11');
      assert.equal(exact.length, 11);
    });

    it('never skips or repeats a client left unmodified while others change during the walk', async () => {
      const tenant = await t.newTenant();
      const made: Item[] = [];
      for (let i = 0; i < 10; i++) made.push(await make(tenant, `W${i}`));
      const touched = new Set<string>();
      const seen = await walk(tenant, 'limit=2', async (page) => {
        // Modify one already seen and one not yet seen; both move to the end of the order.
        for (const target of [made[page], made[9 - page]]) {
          if (touched.has(target.id)) continue;
          touched.add(target.id);
          const res = await tenant.request('PATCH', `/clients/${target.id}`, { status: 'active' });
          assert.equal(res.status, 200);
        }
        if (page === 0) await make(tenant, 'Added during the walk');
      });
      for (const item of made.filter((m) => !touched.has(m.id))) {
        assert.equal(seen.filter((s) => s.id === item.id).length, 1, `${item.company.name} seen exactly once`);
      }
      assert.ok(seen.some((s) => s.company.name === 'Added during the walk'));
    });

    it('bounds the list by modifiedSince and modifiedUntil, both inclusive', async () => {
      const tenant = await t.newTenant();
      const made = [];
      for (let i = 0; i < 5; i++) made.push(await make(tenant, `M${i}`));
      const since = made[1].modifiedAt;
      const until = made[3].modifiedAt;
      const res = await tenant.request('GET', `/clients?modifiedSince=${since}&modifiedUntil=${until}`);
      assert.deepEqual(namesOf(res.body.items), ['M1', 'M2', 'M3']);
      // Short forms (no milliseconds, no seconds) mean the same instants.
      const short = (iso: string) => iso.replace(/\.000Z$/, 'Z');
      const res2 = await tenant.request('GET', `/clients?modifiedSince=${short(since)}&modifiedUntil=${short(until)}`);
      assert.deepEqual(namesOf(res2.body.items), ['M1', 'M2', 'M3']);
      const minutes = since.slice(0, 16);
      const res3 = await tenant.request('GET', `/clients?modifiedUntil=${minutes}Z`);
      assert.ok(res3.body.items.every((i: Item) => i.modifiedAt <= `${minutes}:00.000Z`));
      assert.deepEqual(
        namesOf((await tenant.request('GET', `/clients?modifiedSince=${made[4].modifiedAt}`)).body.items),
        ['M4'],
      );
      assert.deepEqual((await tenant.request('GET', `/clients?modifiedUntil=2000-01-01T00:00Z`)).body.items, []);
      // Paging within bounds.
      assert.deepEqual(namesOf(await walk(tenant, `limit=1&modifiedSince=${since}&modifiedUntil=${until}`)), [
        'M1',
        'M2',
        'M3',
      ]);
    });

    it('filters by stageIds, repeated or comma-separated; ids that are not UUIDs match nothing', async () => {
      const tenant = await t.newTenant();
      const stages = (await tenant.request('GET', '/pipeline/clients/stages')).body.stages;
      await make(tenant, 'S0', { stageId: stages[0].id });
      await make(tenant, 'S1', { stageId: stages[1].id });
      await make(tenant, 'S2', { stageId: stages[2].id });
      await make(tenant, 'None', { stageId: null });
      const q = (query: string) => tenant.request('GET', `/clients?${query}`).then((r) => namesOf(r.body.items));
      assert.deepEqual(await q(`stageIds=${stages[1].id}`), ['S1']);
      assert.deepEqual(await q(`stageIds=${stages[0].id}&stageIds=${stages[2].id}`), ['S0', 'S2']);
      assert.deepEqual(await q(`stageIds=${stages[0].id},${stages[2].id}`), ['S0', 'S2']);
      assert.deepEqual(await q(`stageIds=${stages[0].id},nope&stageIds=${stages[1].id}`), ['S0', 'S1']);
      assert.deepEqual(await q('stageIds=nope'), []);
      assert.deepEqual(await q(`stageIds=${stages[4].id}`), []);
      assert.deepEqual(await q('stageIds='), ['S0', 'S1', 'S2', 'None']);
      assert.deepEqual(await q(`stageIds=${stages[0].id},${stages[1].id},${stages[2].id}&limit=1`), ['S0']);
    });

    it('filters by status, one or several', async () => {
      const tenant = await t.newTenant();
      await make(tenant, 'Lead');
      await make(tenant, 'Active', { status: 'active' });
      await make(tenant, 'Lost', { status: 'lost' });
      const q = (query: string) => tenant.request('GET', `/clients?${query}`).then((r) => namesOf(r.body.items));
      assert.deepEqual(await q('status=lead'), ['Lead']);
      assert.deepEqual(await q('status=active,lost'), ['Active', 'Lost']);
      assert.deepEqual(await q('status=active&status=lead'), ['Lead', 'Active']);
      assert.deepEqual(await q('status=prospect'), []);
    });

    it('filters by q: a case-insensitive substring of the company name or domain, wildcards taken literally', async () => {
      const tenant = await t.newTenant();
      await make(tenant, 'Acme Robotics', { company: { domain: 'acme.example' } });
      await make(tenant, 'Robo_Works', { company: { domain: 'works.example' } });
      await make(tenant, '100% Hiring', { company: { domain: 'HIRING.example' } });
      await make(tenant, 'Zürich Bank');
      const q = (text: string) =>
        tenant.request('GET', `/clients?q=${encodeURIComponent(text)}`).then((r) => namesOf(r.body.items));
      assert.deepEqual(await q('ROBO'), ['Acme Robotics', 'Robo_Works']);
      assert.deepEqual(await q('cme.EX'), ['Acme Robotics']);
      assert.deepEqual(await q('hiring.ex'), ['100% Hiring']);
      assert.deepEqual(await q('works'), ['Robo_Works']);
      assert.deepEqual(await q('o_w'), ['Robo_Works']);
      assert.deepEqual(await q('_'), ['Robo_Works']);
      assert.deepEqual(await q('%'), ['100% Hiring']);
      assert.deepEqual(await q('zürich'), ['Zürich Bank']);
      assert.deepEqual(await q('ZÜRICH'), ['Zürich Bank']);
      assert.deepEqual(await q('nothing'), []);
      assert.equal((await q('  ')).length, 4, 'a blank q is no filter');
    });

    it('leaves archived clients out unless includeArchived=true, and combines filters', async () => {
      const tenant = await t.newTenant();
      const kept = await make(tenant, 'Kept Co', { status: 'active' });
      const gone = await make(tenant, 'Gone Co', { status: 'active' });
      await make(tenant, 'Other Co', { status: 'lead' });
      assert.equal((await tenant.request('DELETE', `/clients/${gone.id}`)).status, 204);
      const q = (query: string) => tenant.request('GET', `/clients?${query}`).then((r) => r.body.items as Item[]);
      assert.deepEqual(namesOf(await q('status=active')), ['Kept Co']);
      const withArchived = await q('status=active&includeArchived=true');
      assert.deepEqual(namesOf(withArchived), ['Kept Co', 'Gone Co']);
      assert.equal((withArchived[1] as unknown as { archivedAt: string }).archivedAt, withArchived[1].modifiedAt);
      assert.deepEqual(namesOf(await q('status=active&q=co&includeArchived=false')), ['Kept Co']);
      assert.deepEqual(namesOf(await q(`q=co&includeArchived=true&modifiedSince=${kept.modifiedAt}&limit=1`)), [
        'Kept Co',
      ]);
    });
  });
}
