import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeCursor } from '../../src/core/cursor.js';
import { AppError } from '../../src/core/errors.js';
import { listParam, MAX_LIST_VALUES } from '../../src/core/list-param.js';
import { toPage } from '../../src/db/keyset.js';
import type { ClientRecord } from '../../src/modules/clients/client.repository.js';
import { canonicalLocation, clientFilter, mergeClient, sameClient } from '../../src/modules/clients/client.rules.js';

const UUID = '01936b1e-0000-7000-8000-000000000001';

describe('list query parameters', () => {
  it('splits repeated and comma-separated values, trimming and de-duplicating', () => {
    assert.equal(listParam(undefined), undefined);
    assert.deepEqual(listParam(['a']), ['a']);
    assert.deepEqual(listParam('a,b'), ['a', 'b']);
    assert.deepEqual(listParam(['a,b', 'c', ' b ', '']), ['a', 'b', 'c']);
    assert.equal(listParam(['', ',', ' ']), undefined);
  });

  it('refuses more values than a filter can hold', () => {
    const many = Array.from({ length: MAX_LIST_VALUES + 1 }, (_, i) => `v${i}`);
    assert.deepEqual(listParam(many.slice(0, MAX_LIST_VALUES))?.length, MAX_LIST_VALUES);
    assert.throws(
      () => listParam([many.join(',')], 'stageIds'),
      (e: unknown) =>
        e instanceof AppError && e.code === 'VALIDATION_ERROR' && e.options.errors?.[0].path === 'stageIds',
    );
  });
});

describe('client list filter', () => {
  it('drops stage ids that are not UUIDs, keeping an empty list that matches nothing', () => {
    assert.deepEqual(clientFilter({ stageIds: [`${UUID},nope`] }).stageIds, [UUID]);
    assert.deepEqual(clientFilter({ stageIds: ['nope'] }).stageIds, []);
    assert.equal(clientFilter({}).stageIds, undefined);
  });

  it('checks statuses and lower-cases q', () => {
    assert.deepEqual(clientFilter({ status: ['lead,lost'] }).statuses, ['lead', 'lost']);
    assert.throws(() => clientFilter({ status: ['hot'] }), /VALIDATION_ERROR/);
    assert.equal(clientFilter({ q: '  AcMe ' }).q, 'acme');
    assert.equal(clientFilter({ q: '  ' }).q, undefined);
    assert.equal(clientFilter({}).includeArchived, false);
  });
});

describe('client merge and change detection', () => {
  const current: ClientRecord = {
    id: UUID,
    company: {
      id: UUID,
      name: 'Acme',
      domain: 'acme.example',
      description: null,
      industry: 'Robots',
      size: null,
      logoUrl: null,
      linkedinUrl: null,
    },
    status: 'lead',
    stage: null,
    // As stored: canonical key order.
    locations: [{ type: 'office', city: 'Oslo' }],
    createdAt: '2025-01-01T00:00:00.000Z',
    modifiedAt: '2025-01-01T00:00:00.000Z',
    archivedAt: null,
    version: 1,
  };

  it('keeps absent fields, clears nulls and lower-cases the domain', () => {
    const next = mergeClient(current, { company: { industry: null, domain: 'NEW.Example' }, status: 'active' }, null);
    assert.equal(next.company.industry, null);
    assert.equal(next.company.domain, 'new.example');
    assert.equal(next.company.name, 'Acme');
    assert.equal(next.status, 'active');
    assert.deepEqual(next.locations, current.locations);
    assert.equal(sameClient(current, next), false);
  });

  it('sees equal values, locations with keys in another order included, as no change', () => {
    const next = mergeClient(
      current,
      { company: { name: 'Acme' }, locations: [{ type: 'office', city: 'Oslo' }] },
      null,
    );
    assert.equal(sameClient(current, next), true);
    assert.deepEqual(canonicalLocation({ country: 'NO', city: 'Oslo', type: null }), {
      type: null,
      city: 'Oslo',
      country: 'NO',
    });
    assert.equal(
      sameClient(current, mergeClient(current, {}, { id: UUID, order: 0, name: 'Lead', colorHex: '#000000' })),
      false,
    );
  });
});

describe('keyset pages', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, at: `2025-01-0${n}T00:00:00.000Z` }));
  const cursorOf = (r: (typeof rows)[number]) => ({ modifiedAt: r.at, id: UUID });

  it('cuts the extra row off and points the cursor at the last row returned', () => {
    const page = toPage(rows, 2, cursorOf);
    assert.deepEqual(page.items, rows.slice(0, 2));
    assert.deepEqual(page.pageInfo, { hasNextPage: true, nextCursor: encodeCursor(cursorOf(rows[1])) });
  });

  it('ends with a null cursor when no extra row came back', () => {
    assert.deepEqual(toPage(rows, 3, cursorOf), { items: rows, pageInfo: { nextCursor: null, hasNextPage: false } });
    assert.deepEqual(toPage([], undefined, cursorOf).pageInfo, { nextCursor: null, hasNextPage: false });
  });
});
