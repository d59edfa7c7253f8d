import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import { runCli } from '../server/child-process.js';

const KEY = /^ck_[0-9A-Za-z]{32,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The API as a server on this database file would answer it, with no key cache (so revokes show at once). */
async function withApp<T>(
  url: string,
  work: (get: (path: string, key: string) => Promise<{ status: number; body: any }>) => Promise<T>,
) {
  const db = connect(url);
  const app = await buildApp({
    ctx: systemContext(db),
    config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1000, API_KEY_CACHE_TTL_MS: 0 },
  });
  try {
    return await work(async (path, key) => {
      const res = await app.inject({ method: 'GET', url: path, headers: { 'x-api-key': key } });
      return { status: res.statusCode, body: res.json() };
    });
  } finally {
    await app.close();
    await db.close();
  }
}

describe('clientele command line', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-cli-'));
    env = { DATABASE_URL: `file:${join(dir, 'cli.db')}` };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate applies the schema to a new database, then has nothing to do', async () => {
    const first = await runCli(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Applied migrations: 001_initial/);
    const second = await runCli(['migrate'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /nothing to apply/);
  });

  it('migrate exits non-zero when the database cannot be reached', async () => {
    const res = await runCli(['migrate'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DATABASE_TIMEOUT_MS: '1000',
    });
    assert.notEqual(res.code, 0);
    assert.equal(res.stdout, '');
  });

  let tenantId: string;
  let firstKey: string;

  it('tenant create --json prints exactly one JSON line with the tenant id and its key', async () => {
    const res = await runCli(['tenant', 'create', '--name', 'Acme Recruiting', '--json'], env);
    assert.equal(res.code, 0, res.stderr);
    assert.ok(res.stdout.endsWith('\n') && res.stdout.indexOf('\n') === res.stdout.length - 1, 'one line');
    const printed = JSON.parse(res.stdout);
    assert.deepEqual(Object.keys(printed).sort(), ['apiKey', 'tenantId']);
    assert.match(printed.tenantId, UUID);
    assert.match(printed.apiKey, KEY);
    tenantId = printed.tenantId;
    firstKey = printed.apiKey;
    await withApp(env.DATABASE_URL, async (get) => {
      assert.equal((await get('/users/_list', firstKey)).status, 200);
    });
  });

  it('tenant create without --json says the key is shown once', async () => {
    const res = await runCli(['tenant', 'create', '--name', 'Other'], env);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /only this once/);
    assert.match(res.stdout, /ck_[0-9A-Za-z]{32,}/);
  });

  it('key create, key list and key revoke round-trip, and a revoked key is refused', async () => {
    const created = await runCli(['key', 'create', '--tenant', tenantId, '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const second = JSON.parse(created.stdout);
    assert.equal(second.tenantId, tenantId);
    assert.match(second.apiKey, KEY);
    assert.notEqual(second.apiKey, firstKey);

    const listed = await runCli(['key', 'list', '--tenant', tenantId], env);
    assert.equal(listed.code, 0, listed.stderr);
    const firstPrefix = firstKey.slice(0, 11);
    const secondPrefix = second.apiKey.slice(0, 11);
    assert.match(listed.stdout, /PREFIX\s+CREATED\s+REVOKED/);
    assert.ok(listed.stdout.includes(firstPrefix) && listed.stdout.includes(secondPrefix));
    assert.ok(!listed.stdout.includes(firstKey) && !listed.stdout.includes(second.apiKey), 'never the key itself');
    assert.doesNotMatch(listed.stdout, /[0-9a-f]{64}/, 'never the hash');

    const revoked = await runCli(['key', 'revoke', firstPrefix], env);
    assert.equal(revoked.code, 0, revoked.stderr);
    const again = await runCli(['key', 'revoke', firstPrefix], env);
    assert.equal(again.code, 1, 'nothing left to revoke');

    const json = JSON.parse((await runCli(['key', 'list', '--tenant', tenantId, '--json'], env)).stdout);
    assert.deepEqual(
      json.map((k: { prefix: string; revokedAt: string | null }) => [k.prefix, k.revokedAt === null]),
      [
        [firstPrefix, false],
        [secondPrefix, true],
      ].map(([prefix]) => [prefix, prefix !== firstPrefix]),
    );
    await withApp(env.DATABASE_URL, async (get) => {
      assert.equal((await get('/users/_list', firstKey)).status, 401);
      assert.equal((await get('/users/_list', second.apiKey)).status, 200);
    });
  });

  it('refuses bad usage with exit code 2 and a hint, and unknown tenants with 1', async () => {
    const noName = await runCli(['tenant', 'create'], env);
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /--name is required/);
    const unknownOption = await runCli(['key', 'list', '--tenant', tenantId, '--everything'], env);
    assert.equal(unknownOption.code, 2);
    const unknownCommand = await runCli(['frobnicate'], env);
    assert.equal(unknownCommand.code, 2);
    const badPrefix = await runCli(['key', 'revoke', 'not-a-prefix'], env);
    assert.equal(badPrefix.code, 2);
    const noTenant = await runCli(['key', 'create', '--tenant', '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d'], env);
    assert.equal(noTenant.code, 1);
    assert.match(noTenant.stderr, /No tenant/);
    assert.equal(noTenant.stdout, '');
  });

  it('prints help for the program and for each command', async () => {
    const top = await runCli(['--help'], env);
    assert.equal(top.code, 0);
    for (const name of ['serve', 'migrate', 'tenant create', 'key create', 'key list', 'key revoke', 'demo']) {
      assert.ok(top.stdout.includes(name), name);
      const res = await runCli([...name.split(' '), '--help'], env);
      assert.equal(res.code, 0, name);
      assert.match(res.stdout, new RegExp(`^Usage: clientele ${name}`), name);
    }
  });

  it('demo makes a new tenant full of sample data, made through the API', async () => {
    const res = await runCli(['demo', '--json'], env);
    assert.equal(res.code, 0, res.stderr);
    const demo = JSON.parse(res.stdout);
    assert.match(demo.apiKey, KEY);
    assert.equal(demo.users, 4);
    await withApp(env.DATABASE_URL, async (get) => {
      assert.equal((await get('/users/_list', demo.apiKey)).body.users.length, 4);
      // Clients and contacts are filled when this build serves their endpoints (the demo says so otherwise).
      const clients = await get('/clients?limit=200', demo.apiKey);
      if (clients.status === 404) assert.match(res.stderr, /no POST \/clients/);
      else {
        assert.equal(demo.clients, 10);
        assert.equal(clients.body.items.length, 10);
        const contacts = await get('/clients/contacts?limit=200', demo.apiKey);
        if (contacts.status === 404) assert.match(res.stderr, /no POST \/clients\/contacts/);
        else {
          assert.equal(demo.contacts, 50);
          assert.equal(contacts.body.items.length, 50);
        }
      }
      // The other tenants see none of it.
      assert.equal((await get('/users/_list', firstKey)).status, 401);
    });
  });
});
