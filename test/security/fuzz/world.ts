import { type Kysely, sql } from 'kysely';
import type { Client, TestApp } from '../../harness.js';

/**
 * The data the fuzzer writes against: a tenant being fuzzed (replaced by a fresh one every so often, so
 * snapshots stay small and destructive endpoints do not run out of records), and another tenant that no
 * request may ever see or change. A snapshot is every row of every table that has a `tenant_id` column
 * (plus the tenant's own row), sorted, so "nothing changed" is a string comparison.
 */

export interface Snapshot {
  /** Every row, one JSON line each, tables in name order, rows sorted. */
  text: string;
  rows: Record<string, string[]>;
  /** The `id`s of each table's rows, sorted. */
  ids: Record<string, string[]>;
  /** id → version, for rows that have one. */
  versions: Map<string, number>;
  /** Every value of an `…_id` column (a reference to another record). */
  references: Set<string>;
  rowCount: number;
}

/** The tables with a `tenant_id` column, as the live database has them. */
async function tenantTables(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'tenant_id'`.execute(db);
    return rows.map((r) => r.table_name).sort();
  }
  const { rows } = await sql<{ name: string }>`
    select m.name from sqlite_master m join pragma_table_info(m.name) c
    where m.type = 'table' and c.name = 'tenant_id'`.execute(db);
  return rows.map((r) => r.name).sort();
}

export class Snapshotter {
  private constructor(
    private readonly db: Kysely<any>,
    readonly tables: string[],
  ) {}

  static async open(t: TestApp): Promise<Snapshotter> {
    const db = t.db.kysely as unknown as Kysely<any>;
    const tables = await tenantTables(db, t.db.dialect);
    if (tables.length < 5) throw new Error(`fuzz: found only these tenant tables: ${tables.join(', ')}`);
    return new Snapshotter(db, tables);
  }

  /** Snapshots of several tenants, with one query per table. */
  async take(tenantIds: string[]): Promise<Snapshot[]> {
    const per = tenantIds.map(() => ({ rows: {} as Record<string, string[]>, ids: {} as Record<string, string[]> }));
    const versions = tenantIds.map(() => new Map<string, number>());
    const references = tenantIds.map(() => new Set<string>());
    const tenantRows = await this.db.selectFrom('tenants').selectAll().where('id', 'in', tenantIds).execute();
    const results = await Promise.all(
      this.tables.map((table) => this.db.selectFrom(table).selectAll().where('tenant_id', 'in', tenantIds).execute()),
    );
    const tables = ['tenants', ...this.tables];
    [tenantRows, ...results].forEach((rows, i) => {
      const table = tables[i];
      for (const p of per) {
        p.rows[table] = [];
        p.ids[table] = [];
      }
      for (const row of rows) {
        const owner = tenantIds.indexOf(table === 'tenants' ? row.id : row.tenant_id);
        per[owner].rows[table].push(JSON.stringify(row));
        if (typeof row.id === 'string') per[owner].ids[table].push(row.id);
        if (typeof row.id === 'string' && row.version !== undefined) versions[owner].set(row.id, Number(row.version));
        for (const [column, value] of Object.entries(row)) {
          if (column.endsWith('_id') && typeof value === 'string') references[owner].add(value);
        }
      }
    });
    return per.map((p, i) => {
      let rowCount = 0;
      const text = tables
        .map((table) => {
          p.rows[table].sort();
          p.ids[table].sort();
          rowCount += p.rows[table].length;
          return `# ${table}\n${p.rows[table].join('\n')}`;
        })
        .join('\n');
      return { text, rows: p.rows, ids: p.ids, versions: versions[i], references: references[i], rowCount };
    });
  }
}

/** What changed between two snapshots, briefly, for a failure message. */
export function snapshotDiff(before: Snapshot, after: Snapshot): string {
  const out: string[] = [];
  for (const table of Object.keys({ ...before.rows, ...after.rows })) {
    const a = new Set(before.rows[table] ?? []);
    const b = new Set(after.rows[table] ?? []);
    const removed = [...a].filter((r) => !b.has(r));
    const added = [...b].filter((r) => !a.has(r));
    if (removed.length === 0 && added.length === 0) continue;
    out.push(`${table}: -${removed.length} +${added.length}`);
    for (const r of removed.slice(0, 2)) out.push(`  - ${r.slice(0, 300)}`);
    for (const r of added.slice(0, 2)) out.push(`  + ${r.slice(0, 300)}`);
  }
  return out.join('\n');
}

const CUSTOM_TYPES: { type: string; options?: string[] }[] = [
  { type: 'text' },
  { type: 'number' },
  { type: 'checkbox' },
  { type: 'select', options: ['a', 'b', 'c'] },
  { type: 'multiSelect', options: ['a', 'b', 'c', 'd'] },
  { type: 'date' },
  { type: 'currency' },
  { type: 'url' },
];

async function ok(api: Client, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<any> {
  const res = await api.request(method, url, body);
  if (res.status >= 300) throw new Error(`fuzz fixture: ${method} ${url} answered ${res.status}: ${res.text}`);
  return res.body;
}

/**
 * One of everything, made through the API: active and deactivated users, a custom attribute of every type
 * for both entities, an extra (empty) stage in each pipeline, clients (one archived, two without contacts),
 * and contacts (one archived, one person holding two roles).
 */
export async function seedTenant(api: Client, tag: string): Promise<void> {
  const userA = (await ok(api, 'POST', '/users', { name: `Ada ${tag}`, email: `ada.${tag}@agency.example` })).userId;
  await ok(api, 'POST', '/users', { name: `Bo ${tag}`, email: `bo.${tag}@agency.example` });
  const gone = (await ok(api, 'POST', '/users', { name: `Cy ${tag}`, email: `cy.${tag}@agency.example` })).userId;
  await ok(api, 'PATCH', `/users/${gone}`, { deactivated: true });
  for (const path of ['/clients/contacts/columns', '/clients/columns']) {
    for (const { type, options } of CUSTOM_TYPES) {
      await ok(api, 'POST', path, { label: `Fixture ${type}`, type, ...(options ? { options } : {}) });
    }
  }
  for (const pipeline of ['client-contacts', 'clients']) {
    await ok(api, 'POST', `/pipeline/${pipeline}/stages`, { name: 'Spare', colorHex: '#123456' });
  }
  const one = (await ok(api, 'POST', '/clients', { company: { name: `One ${tag}`, domain: 'one.example' } })).id;
  const two = (await ok(api, 'POST', '/clients', { company: { name: `Two ${tag}` }, status: 'active' })).id;
  const gone2 = (await ok(api, 'POST', '/clients', { company: { name: `Gone ${tag}` } })).id;
  await ok(api, 'DELETE', `/clients/${gone2}`);
  for (const name of ['Spare A', 'Spare B']) await ok(api, 'POST', '/clients', { company: { name: `${name} ${tag}` } });
  const held = await ok(api, 'POST', `/clients/contacts/${one}`, {
    firstName: 'Holly',
    lastName: `Holder ${tag}`,
    role: 'Head of Talent',
    emails: [{ email: `held.${tag}@fixture.example`, isPrimary: true }],
    phoneNumbers: [{ phoneNumber: '+44 20 7946 0958' }],
    mainContactId: userA,
    startDate: '2022-01-01T00:00:00Z',
  });
  await ok(api, 'POST', `/clients/contacts/${two}`, { candidateId: held.candidateId, role: 'Advisor' });
  const archived = await ok(api, 'POST', `/clients/contacts/${two}`, { firstName: 'Archie', lastName: 'Ved' });
  await ok(api, 'DELETE', `/clients/contacts/${archived.id}`);
  await ok(api, 'POST', `/clients/contacts/${two}`, { firstName: 'Pat', lastName: `Plain ${tag}` });
}
