import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { clientRows } from '../../src/modules/clients/client.repository.js';
import { searchClients } from '../../src/modules/clients/client-search.repository.js';
import { searchPlan } from '../../src/modules/clients/client-search.rules.js';
import type { SearchClientsBody } from '../../src/modules/clients/client-search.schemas.js';
import { listStages } from '../../src/modules/stages/stage.repository.js';
import { buildTestApp, dialects, type TestApp } from '../harness.js';
import { insertContact } from './fixtures.js';

/**
 * POST /clients/_search against a model: random filter lists over a few hundred generated clients, each
 * answer compared with the same search done in plain JavaScript over the same records. Every search also
 * runs both ways the repository can take (the trigram index's matches, or walking the name order), which
 * must agree.
 */

interface Row {
  id: string;
  name: string;
  domain: string | null;
  description: string | null;
  stageId: string | null;
  contactIds: string[];
  createdAt: string;
  modifiedAt: string;
  archived: boolean;
}

type Filter = SearchClientsBody['filters'][number];

/** Few letters, so that substrings repeat: common ones walk the name order, rare ones use the trigram index. */
const SYLLABLES = ['ab', 'ba', 'ca', 'Ac', 'me', 'ÉL', 'é', 'ß', 'x_', '%o', ' ', 'Zo', 'İ', '"q'];

function word(rng: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
  return w.trim() || 'x';
}

/** Code-point order, as both databases compare the stored lower-cased names (binary collation). */
function byCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function holds(row: Row, f: Filter): boolean {
  if (f.type === 'text') {
    const field = {
      'client.company.name': row.name,
      'client.company.domain': row.domain,
      'client.company.description': row.description,
    }[f.path];
    const have = (field ?? '').toLowerCase();
    const want = f.value.trim().toLowerCase();
    if (f.operator === 'contains') return have.includes(want);
    if (f.operator === 'startsWith') return have.startsWith(want);
    if (f.operator === 'equals') return have === want;
    return have !== want;
  }
  if (f.type === 'entitySelect') {
    const has =
      f.path === 'client.stage'
        ? row.stageId !== null && f.value.includes(row.stageId)
        : row.contactIds.some((id) => f.value.includes(id));
    return f.operator === 'in' ? has : !has;
  }
  const at = f.path === 'client.createdAt' ? row.createdAt : row.modifiedAt;
  const bound = new Date(f.value).toISOString();
  return f.operator === 'before' ? at < bound : at > bound;
}

function expected(rows: Row[], body: SearchClientsBody): { ids: string[]; hasNextPage: boolean } {
  const size = body.pageSize ?? 20;
  const page = body.page ?? 0;
  const matching = rows
    .filter((r) => !r.archived && body.filters.every((f) => holds(r, f)))
    .sort((a, b) => byCodePoints(a.name.toLowerCase(), b.name.toLowerCase()) || (a.id < b.id ? -1 : 1));
  return {
    ids: matching.slice(page * size, (page + 1) * size).map((r) => r.id),
    hasNextPage: matching.length > (page + 1) * size,
  };
}

for (const dialect of dialects()) {
  describe(`clients search against a model [${dialect}]`, () => {
    let t: TestApp;
    const rows: Row[] = [];
    let stageIds: string[];
    const contactIds: string[] = [];

    before(async () => {
      t = await buildTestApp(dialect);
      const tenantId = t.client.tenantId;
      const db = t.db.kysely;
      const stages = await listStages(db, tenantId, 'clients');
      stageIds = stages.map((s) => s.id);
      let seed = 7;
      const rng = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const start = Date.parse('2024-01-01T00:00:00.000Z');
      await t.db.transaction(async (trx) => {
        for (let i = 0; i < 400; i++) {
          const created = new Date(start + Math.floor(rng() * 1e9)).toISOString();
          const pick = rng();
          const row: Row = {
            id: uuidv7(),
            name: `${word(rng, 1 + Math.floor(rng() * 3))}${rng() < 0.5 ? ' Ltd' : ''}`,
            domain:
              pick < 0.2
                ? null
                : `${
                    word(rng, 2)
                      .toLowerCase()
                      .replace(/[^a-z0-9]/g, '') || 'd'
                  }.example`,
            description: pick < 0.3 ? null : pick < 0.35 ? '' : word(rng, 4),
            stageId: rng() < 0.2 ? null : stageIds[Math.floor(rng() * stageIds.length)],
            contactIds: [],
            createdAt: created,
            modifiedAt: rng() < 0.5 ? created : new Date(Date.parse(created) + 1000).toISOString(),
            archived: rng() < 0.05,
          };
          rows.push(row);
          const stage = stages.find((s) => s.id === row.stageId);
          const { company, client } = clientRows(tenantId, {
            id: row.id,
            company: {
              id: uuidv7(),
              name: row.name,
              domain: row.domain,
              description: row.description,
              industry: null,
              size: null,
              logoUrl: null,
              linkedinUrl: null,
            },
            status: 'lead',
            stage: stage ? { id: stage.id, order: stage.order, name: stage.name, colorHex: stage.colorHex } : null,
            locations: [],
            createdAt: row.createdAt,
            modifiedAt: row.modifiedAt,
            archivedAt: row.archived ? row.modifiedAt : null,
            version: 1,
          });
          await trx.insertInto('companies').values(company).execute();
          await trx.insertInto('clients').values(client).execute();
        }
        for (let i = 0; i < 120; i++) {
          const row = rows[Math.floor(rng() * rows.length)];
          const archived = rng() < 0.2;
          const contact = await insertContact(trx, tenantId, {
            clientId: row.id,
            archivedAt: archived ? '2024-06-01T00:00:00.000Z' : null,
          });
          // An archived contact counts as gone: filters may name it, no client has it.
          if (!archived) row.contactIds.push(contact.id);
          contactIds.push(contact.id);
        }
      });
      await t.db.analyze();
    });
    after(async () => t.close());

    /** Bodies of up to three filters, with texts cut from the data (so that they match) and a few that do not. */
    const body = () => {
      const textValue = () =>
        fc.oneof(
          fc
            .tuple(fc.nat(rows.length - 1), fc.constantFrom('name', 'domain', 'description'), fc.nat(8), fc.nat(6))
            .map(([i, field, from, length]) => {
              const source = (rows[i][field as 'name'] ?? '') as string;
              const cut = source.slice(from % (source.length + 1), (from % (source.length + 1)) + length);
              return cut;
            }),
          fc.constantFrom('', ' ', 'zz', 'É', 'ss', 'x_', '%', '_', '"', 'ab', 'aba', 'ltd', 'LTD', '.example'),
        );
      const textFilter = fc.record({
        type: fc.constant('text' as const),
        operator: fc.constantFrom('contains' as const, 'equals' as const, 'startsWith' as const, 'notEquals' as const),
        path: fc.constantFrom(
          'client.company.name' as const,
          'client.company.domain' as const,
          'client.company.description' as const,
        ),
        value: textValue(),
      });
      const idsFilter = fc.record({
        type: fc.constant('entitySelect' as const),
        operator: fc.constantFrom('in' as const, 'notIn' as const),
        path: fc.constantFrom('client.stage' as const, 'client.contacts' as const),
        value: fc.array(
          fc.oneof(
            fc.constantFrom(...stageIds),
            fc.constantFrom(...contactIds),
            fc.constant('not-a-uuid'),
            fc.constant(uuidv7()),
          ),
          { maxLength: 4 },
        ),
      });
      const dateFilter = fc.record({
        type: fc.constant('date' as const),
        operator: fc.constantFrom('before' as const, 'after' as const),
        path: fc.constantFrom('client.createdAt' as const, 'client.modifiedAt' as const),
        value: fc.oneof(
          fc.constantFrom(...rows.map((r) => r.createdAt)),
          fc
            .date({ min: new Date('2023-12-01'), max: new Date('2024-02-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
        ),
      });
      return fc.record(
        {
          filters: fc.array(fc.oneof({ weight: 3, arbitrary: textFilter }, idsFilter, dateFilter), { maxLength: 3 }),
          page: fc.nat(3),
          pageSize: fc.constantFrom(1, 5, 20, 100),
        },
        { requiredKeys: ['filters'] },
      );
    };

    it('answers every search as the model does', async () => {
      await fc.assert(
        fc.asyncProperty(body(), async (b) => {
          const res = await t.client.request('POST', '/clients/_search', b);
          assert.equal(res.status, 200, res.text);
          const want = expected(rows, b as SearchClientsBody);
          assert.deepEqual(
            { ids: res.body.items.map((i: { id: string }) => i.id), hasNextPage: res.body.pagination.hasNextPage },
            want,
          );
        }),
        { numRuns: 300, seed: 20_260_101 },
      );
    });

    it('answers the same from the trigram index as from walking the name order', async () => {
      await fc.assert(
        fc.asyncProperty(body(), async (b) => {
          const plan = searchPlan(b as SearchClientsBody);
          const tenantId = t.client.tenantId;
          const walked = await searchClients(t.db.kysely, dialect, tenantId, plan, 0);
          const indexed = await searchClients(t.db.kysely, dialect, tenantId, plan, Number.MAX_SAFE_INTEGER);
          assert.deepEqual(indexed, walked);
        }),
        { numRuns: 200, seed: 20_260_102 },
      );
    });
  });
}
