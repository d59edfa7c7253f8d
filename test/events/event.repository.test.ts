import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { v7 as uuidv7 } from 'uuid';
import {
  appendEvents,
  currentSeq,
  type NewEvent,
  pruneEventsBefore,
  readEvents,
  readFeed,
  readHistory,
  stripEventData,
} from '../../src/modules/events/event.repository.js';
import { dialects, openTestDb, type TestDb } from '../harness.js';

function event(resourceId: string, occurredAt: string, type: NewEvent['type'] = 'client.updated'): NewEvent {
  return {
    id: uuidv7(),
    type,
    occurredAt,
    actor: { type: 'apiKey', id: 'key-1' },
    resource: { type: 'client', id: resourceId },
    data: { object: { name: `at ${occurredAt}` }, changes: { name: { from: 'a', to: 'b' } } },
  };
}

for (const dialect of dialects()) {
  describe(`event log repository [${dialect}]`, () => {
    let t: TestDb;
    before(async () => {
      t = await openTestDb(dialect);
    });
    after(async () => t.close());

    it('numbers each tenant’s events 1, 2, 3, … in append order, per tenant, and reads them back oldest first', async () => {
      const [a, b] = [uuidv7(), uuidv7()];
      const x = uuidv7();
      await t.db.transaction((trx) => appendEvents(trx, a, [event(x, '2025-01-01T00:00:00.000Z')]));
      await t.db.transaction((trx) =>
        appendEvents(trx, a, [event(x, '2025-01-02T00:00:00.000Z'), event(uuidv7(), '2025-01-03T00:00:00.000Z')]),
      );
      await t.db.transaction((trx) => appendEvents(trx, b, [event(uuidv7(), '2025-01-04T00:00:00.000Z')]));
      const all = await readEvents(t.db.kysely, a, { afterSeq: 0, limit: 10 });
      assert.deepEqual(
        all.map((e) => e.seq),
        [1, 2, 3],
      );
      assert.deepEqual(all[0].data, {
        object: { name: 'at 2025-01-01T00:00:00.000Z' },
        changes: { name: { from: 'a', to: 'b' } },
      });
      assert.deepEqual(all[0].actor, { type: 'apiKey', id: 'key-1' });
      assert.deepEqual(
        (await readEvents(t.db.kysely, b, { afterSeq: 0, limit: 10 })).map((e) => e.seq),
        [1],
      );
      assert.equal(await currentSeq(t.db.kysely, a), 3);
      assert.equal(await currentSeq(t.db.kysely, uuidv7()), 0);
      assert.deepEqual(
        (await readEvents(t.db.kysely, a, { afterSeq: 1, resourceId: x, limit: 10 })).map((e) => e.seq),
        [2],
      );
      assert.deepEqual(
        (await readHistory(t.db.kysely, a, { type: 'client', id: x }, { limit: 10 })).map((e) => e.seq),
        [2, 1],
      );
    });

    it('leaves no gap when a transaction that appended rolls back', async () => {
      const tenant = uuidv7();
      await t.db.transaction((trx) => appendEvents(trx, tenant, [event(uuidv7(), '2025-01-01T00:00:00.000Z')]));
      await assert.rejects(
        t.db.transaction(async (trx) => {
          await appendEvents(trx, tenant, [event(uuidv7(), '2025-01-01T00:00:00.000Z')]);
          throw new Error('rolled back');
        }),
        /rolled back/,
      );
      await t.db.transaction((trx) => appendEvents(trx, tenant, [event(uuidv7(), '2025-01-01T00:00:00.000Z')]));
      assert.deepEqual(
        (await readEvents(t.db.kysely, tenant, { afterSeq: 0, limit: 10 })).map((e) => e.seq),
        [1, 2],
      );
    });

    it('strips the data of one record’s events and keeps the events', async () => {
      const tenant = uuidv7();
      const [gone, kept] = [uuidv7(), uuidv7()];
      await t.db.transaction((trx) =>
        appendEvents(trx, tenant, [event(gone, '2025-01-01T00:00:00.000Z'), event(kept, '2025-01-01T00:00:00.000Z')]),
      );
      assert.equal(await t.db.transaction((trx) => stripEventData(trx, tenant, gone)), 1);
      const [first, second] = await readEvents(t.db.kysely, tenant, { afterSeq: 0, limit: 10 });
      assert.equal(first.data, null);
      assert.notEqual(second.data, null);
    });

    it('prunes in batches, across tenants, and marks how far it went', async () => {
      const [a, b] = [uuidv7(), uuidv7()];
      const old = '2000-01-01T00:00:00.000Z';
      const recent = '2100-01-01T00:00:00.000Z';
      await t.db.transaction((trx) =>
        appendEvents(trx, a, [event(uuidv7(), old), event(uuidv7(), old), event(uuidv7(), recent)]),
      );
      await t.db.transaction((trx) => appendEvents(trx, b, [event(uuidv7(), old)]));
      const cutoff = '2001-01-01T00:00:00.000Z';
      assert.equal(await t.db.transaction((trx) => pruneEventsBefore(trx, cutoff, 2)), 2);
      assert.equal(await t.db.transaction((trx) => pruneEventsBefore(trx, cutoff, 2)), 1);
      assert.equal(await t.db.transaction((trx) => pruneEventsBefore(trx, cutoff, 2)), 0);
      const feedA = await readFeed(t.db.kysely, a, { afterSeq: 0, limit: 10 });
      assert.deepEqual(
        feedA.events.map((e) => e.seq),
        [3],
      );
      assert.equal(feedA.prunedSeq, 2);
      assert.equal(feedA.head, 3);
      const feedB = await readFeed(t.db.kysely, b, { afterSeq: 0, limit: 10 });
      assert.deepEqual(feedB, { events: [], head: 0, prunedSeq: 1 });
    });
  });
}
