import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CliProcess } from './child-process.js';

const KEY = /ck_[0-9A-Za-z]{32,}/;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, body: await res.json() };
}

function freshConnectionGet(url: string, apiKey: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { 'x-api-key': apiKey } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A POST whose body is held back until `release()`: the headers reach the server (it answers
 * `100 Continue`), so the request is in flight while the test does something else.
 */
function heldPost(url: string, headers: Record<string, string>, body: string) {
  let continued!: () => void;
  const headersArrived = new Promise<void>((resolve) => {
    continued = resolve;
  });
  const req = request(url, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      expect: '100-continue',
    },
  });
  req.on('continue', continued);
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  return { headersArrived, release: () => req.end(body), answer };
}

describe('server process', () => {
  let dir: string;
  let env: Record<string, string>;
  const running: CliProcess[] = [];
  const serve = (...args: string[]) => {
    const server = new CliProcess(['serve', '--port', '0', ...args], env);
    running.push(server);
    return server;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-server-'));
    env = { DATABASE_URL: `file:${join(dir, 'server.db')}` };
  });
  after(() => {
    for (const server of running) server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  let apiKey: string;

  it('on first start makes the default tenant, prints its key once with how to make more, and serves', async () => {
    const server = serve();
    const url = await server.url();
    apiKey = (server.stdout.match(KEY) ?? [])[0] as string;
    assert.ok(apiKey, `a key on stdout:\n${server.stdout}`);
    assert.match(server.stdout, /npx clientele tenant create --name NAME/);
    assert.match(server.stdout, /Lost this key\? Make another with: npx clientele key create --tenant [0-9a-f-]{36}\n/);
    assert.deepEqual(await get(`${url}/health`), { status: 200, body: { status: 'ok' } });
    assert.deepEqual(await get(`${url}/ready`), { status: 200, body: { status: 'ready' } });
    assert.deepEqual(await get(`${url}/users/_list`, { 'x-api-key': apiKey }), { status: 200, body: { users: [] } });
    assert.equal((await get(`${url}/users/_list`)).status, 401);

    server.child.kill('SIGTERM');
    assert.equal(await server.exitCode(), 0);
  });

  it('on SIGTERM finishes the request in flight, then exits 0; a later start prints no key', async () => {
    const server = serve();
    const url = await server.url();
    assert.doesNotMatch(server.stdout, KEY, 'the key is printed on the first start only');

    const held = heldPost(
      `${url}/users`,
      { 'x-api-key': apiKey },
      JSON.stringify({ name: 'Late', email: 'late@b.example' }),
    );
    await held.headersArrived;
    server.child.kill('SIGTERM');
    await server.waitFor(/shutting down/);
    held.release();
    const answer = await held.answer;
    assert.equal(answer.status, 201);
    assert.equal(answer.body.name, 'Late');
    assert.equal(await server.exitCode(), 0);

    // What it acknowledged was kept.
    const again = serve();
    const url2 = await again.url();
    const list = await get(`${url2}/users/_list`, { 'x-api-key': apiKey });
    assert.deepEqual(
      list.body.users.map((u: { name: string }) => u.name),
      ['Late'],
    );
    again.child.kill('SIGINT');
    assert.equal(await again.exitCode(), 0);
  });

  it('with --workers 2 serves from several processes on one port, replaces a dead one, stops them all on SIGTERM', async () => {
    const server = serve('--workers', '2');
    const url = await server.url();
    // Both workers report listening on the same address.
    await server.waitFor(new RegExp(`Server listening at ${url}[^]*Server listening at ${url}`));
    // A new connection each time: the primary hands connections to the workers in turn.
    for (let i = 0; i < 6; i++) assert.equal(await freshConnectionGet(`${url}/users/_list`, apiKey), 200);
    const pids = new Set<number>();
    for (const line of server.stdout.split('\n')) {
      if (line.includes('"request completed"')) pids.add(JSON.parse(line).pid);
    }
    assert.equal(pids.size, 2, 'both workers answered');
    assert.ok(!pids.has(server.child.pid as number), 'the primary serves nothing itself');

    // A worker that dies is replaced, and the service goes on meanwhile.
    process.kill([...pids][0], 'SIGKILL');
    const listening = new RegExp(`(Server listening at ${url}[^]*){3}`);
    await server.waitFor(listening);
    assert.match(server.stderr, /exited \(SIGKILL\); starting another/);
    for (let i = 0; i < 4; i++) assert.equal(await freshConnectionGet(`${url}/users/_list`, apiKey), 200);

    server.child.kill('SIGTERM');
    assert.equal(await server.exitCode(), 0);
  });

  it('with --workers 2 on a port in use says so once and exits 1, instead of restarting workers', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const server = new CliProcess(['serve', '--workers', '2', '--port', String(port)], env);
      running.push(server);
      assert.equal(await server.exitCode(), 1);
      assert.equal(
        server.stderr,
        `Cannot listen on 127.0.0.1:${port}: the port is already in use (another Clientele, or another program); ` +
          `pick another port: PORT=${port + 1} npm start, or npx clientele serve --port ${port + 1}\n`,
      );
    } finally {
      busy.close();
    }
  });
});
