import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/app.js';
import { run } from '../../src/cli/main.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import { runCli } from '../server/child-process.js';

const KEY = /^ck_[0-9A-Za-z]{32,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
const UNKNOWN_TENANT = '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d';

/**
 * The command line run in this process, as the `clientele` bin runs it, with what it printed and the exit
 * code the bin would exit with. A handful of tests below run the real bin for what only a process shows.
 */
async function cli(args: string[], env: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const code = await run(args, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: { LOG_LEVEL: 'silent', ...env },
  });
  return { code, ...out };
}

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

/** A port something else already listens on. */
async function busyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
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
    const first = await cli(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Applied migrations: 001_initial/);
    const second = await cli(['migrate'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /nothing to apply/);
  });

  it('migrate exits non-zero when the database cannot be reached', async () => {
    const res = await cli(['migrate'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DATABASE_TIMEOUT_MS: '1000',
    });
    assert.notEqual(res.code, 0);
    assert.equal(res.stdout, '');
  });

  let tenantId: string;
  let firstKey: string;

  it('tenant create --json prints exactly one JSON line with the tenant id and its key', async () => {
    const res = await cli(['tenant', 'create', '--name', 'Acme Recruiting', '--json'], env);
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

  let otherId: string;

  it('tenant create without --json says the key is shown once', async () => {
    const res = await cli(['tenant', 'create', '--name', 'Other'], env);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /only this once/);
    assert.match(res.stdout, /ck_[0-9A-Za-z]{32,}/);
    otherId = (res.stdout.match(/for tenant ([0-9a-f-]{36})/) ?? [])[1] as string;
    assert.match(otherId, UUID);
  });

  it('tenant list shows every tenant with its id, name, creation time and active keys', async () => {
    const json = await cli(['tenant', 'list', '--json'], env);
    assert.equal(json.code, 0, json.stderr);
    const tenants = JSON.parse(json.stdout);
    assert.deepEqual(
      tenants.map((t: { id: string; name: string; activeKeys: number }) => [t.id, t.name, t.activeKeys]),
      [
        [tenantId, 'Acme Recruiting', 1],
        [otherId, 'Other', 1],
      ],
    );
    for (const t of tenants) assert.match(t.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(Object.keys(tenants[0]).sort(), ['activeKeys', 'createdAt', 'id', 'name']);

    const table = await cli(['tenant', 'list'], env);
    assert.equal(table.code, 0, table.stderr);
    const lines = table.stdout.split('\n');
    assert.match(lines[0], /^ID\s+NAME\s+CREATED\s+ACTIVE KEYS$/);
    assert.match(lines[1], new RegExp(`^${tenantId}\\s+Acme Recruiting\\s+\\S+Z\\s+1$`));
    assert.match(lines[2], new RegExp(`^${otherId}\\s+Other\\s+\\S+Z\\s+1$`));
    assert.match(table.stdout, /clientele key create --tenant ID/, 'says how to get a key back');
    assert.ok(!table.stdout.includes(firstKey.slice(11)), 'never a key');
  });

  it('tenant list on a database with no tenant says how to make one', async () => {
    const res = await cli(['tenant', 'list'], { DATABASE_URL: `file:${join(dir, 'empty.db')}` });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^No tenants yet\..*\n.*clientele tenant create --name NAME/);
    const json = await cli(['tenant', 'list', '--json'], { DATABASE_URL: `file:${join(dir, 'empty.db')}` });
    assert.equal(json.stdout, '[]\n');
  });

  it('key create, key list and key revoke round-trip, and a revoked key is refused', async () => {
    const created = await cli(['key', 'create', '--tenant', tenantId, '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    const second = JSON.parse(created.stdout);
    assert.equal(second.tenantId, tenantId);
    assert.match(second.apiKey, KEY);
    assert.notEqual(second.apiKey, firstKey);

    const listed = await cli(['key', 'list', '--tenant', tenantId], env);
    assert.equal(listed.code, 0, listed.stderr);
    const firstPrefix = firstKey.slice(0, 11);
    const secondPrefix = second.apiKey.slice(0, 11);
    assert.match(listed.stdout, /PREFIX\s+CREATED\s+REVOKED/);
    assert.ok(listed.stdout.includes(firstPrefix) && listed.stdout.includes(secondPrefix));
    assert.ok(!listed.stdout.includes(firstKey) && !listed.stdout.includes(second.apiKey), 'never the key itself');
    assert.doesNotMatch(listed.stdout, /[0-9a-f]{64}/, 'never the hash');

    const revoked = await cli(['key', 'revoke', firstPrefix], env);
    assert.equal(revoked.code, 0, revoked.stderr);
    const again = await cli(['key', 'revoke', firstPrefix], env);
    assert.equal(again.code, 1, 'nothing left to revoke');

    const json = JSON.parse((await cli(['key', 'list', '--tenant', tenantId, '--json'], env)).stdout);
    assert.deepEqual(
      json.map((k: { prefix: string; revokedAt: string | null }) => [k.prefix, k.revokedAt === null]),
      [
        [firstPrefix, false],
        [secondPrefix, true],
      ],
    );
    // Two keys made, one revoked: one still active.
    const tenants = JSON.parse((await cli(['tenant', 'list', '--json'], env)).stdout);
    assert.equal(tenants.find((t: { id: string }) => t.id === tenantId).activeKeys, 1);
    await withApp(env.DATABASE_URL, async (get) => {
      assert.equal((await get('/users/_list', firstKey)).status, 401);
      assert.equal((await get('/users/_list', second.apiKey)).status, 200);
    });
  });

  it('key create, key list and require-if-match say on stderr, exit 1, when the tenant does not exist', async () => {
    for (const id of [UNKNOWN_TENANT, 'not-a-uuid']) {
      for (const args of [
        ['key', 'create', '--tenant', id],
        ['key', 'list', '--tenant', id],
        ['key', 'list', '--tenant', id, '--json'],
        ['tenant', 'require-if-match', '--tenant', id, '--on'],
      ]) {
        const res = await cli(args, env);
        assert.equal(res.code, 1, args.join(' '));
        assert.equal(res.stdout, '', args.join(' '));
        assert.equal(res.stderr, `No tenant with id ${id}. See the tenants with: npx clientele tenant list\n`);
      }
    }
    // Nothing was made for it.
    assert.equal(JSON.parse((await cli(['tenant', 'list', '--json'], env)).stdout).length, 2);
  });

  it('names a usage mistake in one line with the command’s usage line, exit code 2', async () => {
    const unknownOption = await cli(['key', 'list', '--tenant', tenantId, '--everything'], env);
    assert.equal(unknownOption.code, 2);
    assert.equal(unknownOption.stdout, '');
    assert.equal(
      unknownOption.stderr,
      'Unknown option --everything.\nUsage: clientele key list --tenant ID [--json]\n',
    );
    const short = await cli(['tenant', 'list', '-x'], env);
    assert.equal(short.code, 2);
    assert.equal(short.stderr, 'Unknown option -x.\nUsage: clientele tenant list [--json]\n');
    const noValue = await cli(['key', 'create', '--tenant'], env);
    assert.equal(noValue.code, 2);
    assert.equal(noValue.stderr, 'Option --tenant needs a value.\nUsage: clientele key create --tenant ID [--json]\n');
    const forgotten = await cli(['key', 'create', '--tenant', '--json'], env);
    assert.equal(forgotten.code, 2);
    assert.match(forgotten.stderr, /^Option --tenant needs a value\./);
    const valued = await cli(['tenant', 'list', '--json=yes'], env);
    assert.equal(valued.code, 2);
    assert.match(valued.stderr, /^Option --json takes no value\./);
    const topLevel = await cli(['--frobnicate'], env);
    assert.equal(topLevel.code, 2);
    assert.match(topLevel.stderr, /^Unknown option --frobnicate\.\nUsage: clientele <command> \[options\]/);
    const noName = await cli(['tenant', 'create'], env);
    assert.equal(noName.code, 2);
    assert.equal(noName.stderr, '--name is required.\nUsage: clientele tenant create --name NAME [--json]\n');
    const stray = await cli(['tenant', 'list', 'extra'], env);
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /^Unexpected argument extra\.\nUsage: clientele tenant list/);
    const badPort = await cli(['serve', '--port', 'eighty'], env);
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /^--port must be a whole number from 0 to 65535\.\nUsage: clientele serve/);
    assert.equal((await cli(['frobnicate'], env)).code, 2);
    assert.equal((await cli(['key', 'revoke', 'not-a-prefix'], env)).code, 2);
    for (const res of [unknownOption, short, noValue, forgotten, valued, topLevel, noName, stray, badPort]) {
      assert.doesNotMatch(res.stderr, /\n\s+at |To specify a positional|'--/, 'no stack, no parseArgs text');
    }
  });

  it('prints help for the program and for each command, and the version with -v', async () => {
    const top = await cli(['--help'], env);
    assert.equal(top.code, 0);
    for (const name of [
      'serve',
      'migrate',
      'tenant create',
      'tenant list',
      'key create',
      'key list',
      'key revoke',
      'demo',
    ]) {
      assert.ok(top.stdout.includes(name), name);
      const res = await cli([...name.split(' '), '--help'], env);
      assert.equal(res.code, 0, name);
      assert.match(res.stdout, new RegExp(`^Usage: clientele ${name}`), name);
    }
    assert.deepEqual(await cli(['-v'], env), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('serve on a port in use says which address is taken and how to pick another, exit 1', async () => {
    const { port, server } = await busyPort();
    try {
      const res = await cli(['serve', '--port', String(port)], env);
      assert.equal(res.code, 1);
      assert.equal(
        res.stderr,
        `Cannot listen on 127.0.0.1:${port}: the port is already in use (another Clientele, or another program); ` +
          `pick another port: PORT=${port + 1} npm start, or npx clientele serve --port ${port + 1}\n`,
      );
      const byEnv = await cli(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
      assert.equal(byEnv.code, 1);
      assert.match(byEnv.stderr, new RegExp(`^Cannot listen on 127\\.0\\.0\\.1:${port}: the port is already in use`));
    } finally {
      server.close();
    }
  });

  it('demo makes a new tenant full of sample data, made through the API', async () => {
    const res = await cli(['demo', '--json'], env);
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

  it('demo without --json prints a curl line for the configured PORT and HOST', async () => {
    const res = await cli(['demo', '--name', 'Second demo'], { ...env, PORT: '4123', HOST: '0.0.0.0' });
    assert.equal(res.code, 0, res.stderr);
    const key = (res.stdout.match(/ck_[0-9A-Za-z]{32,}/) ?? [])[0];
    assert.ok(key, res.stdout);
    assert.ok(res.stdout.includes(`curl -H "x-api-key: ${key}" http://127.0.0.1:4123/clients/contacts`), res.stdout);
    assert.doesNotMatch(res.stdout, /:3000/);
  });
});

/** What only the real `clientele` process shows: its exit codes, and that nothing else reaches its stdout. */
describe('the clientele bin', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-bin-'));
    env = { DATABASE_URL: `file:${join(dir, 'bin.db')}` };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--version prints the package version and exits 0', async () => {
    assert.deepEqual(await runCli(['--version'], env), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('exits 2 on an unknown option, with the one-line message', async () => {
    const res = await runCli(['key', 'list', '--everything'], env);
    assert.equal(res.code, 2);
    assert.equal(res.stderr, 'Unknown option --everything.\nUsage: clientele key list --tenant ID [--json]\n');
  });

  it('tenant create --json on a new database keeps stdout to the one JSON line, and exits 0', async () => {
    const res = await runCli(['tenant', 'create', '--name', 'Bin', '--json'], env);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^\{"tenantId":"[0-9a-f-]{36}","apiKey":"ck_[0-9A-Za-z]{32,}"\}\n$/);
    assert.match(res.stderr, /Applied migrations/, 'progress goes to stderr');
  });

  it('serve on a port in use prints one line, no stack trace, and exits 1', async () => {
    const { port, server } = await busyPort();
    try {
      const res = await runCli(['serve'], { ...env, PORT: String(port) });
      assert.equal(res.code, 1);
      assert.equal(
        res.stderr,
        `Cannot listen on 127.0.0.1:${port}: the port is already in use (another Clientele, or another program); ` +
          `pick another port: PORT=${port + 1} npm start, or npx clientele serve --port ${port + 1}\n`,
      );
      assert.doesNotMatch(res.stdout, /EADDRINUSE|\n\s+at /);
    } finally {
      server.close();
    }
  });
});
