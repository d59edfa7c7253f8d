import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { systemContext } from '../../src/context.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { type Receiver, startReceiver, verifiedBy } from './support.js';

/** The server as `clientele serve` starts it: its worker delivers, and stops with it. */
describe('webhooks in the running server', () => {
  let dir: string;
  let server: RunningServer;
  let receiver: Receiver;
  let apiKey: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clientele-webhooks-'));
    receiver = await startReceiver();
    const config = loadConfig({
      DATABASE_URL: `file:${join(dir, 'db.sqlite')}`,
      PORT: '0',
      LOG_LEVEL: 'silent',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      WEBHOOK_POLL_MS: '20',
    });
    server = await startServer(config, { handleSignals: false, out: { write: () => true } });
    ({ apiKey } = await createTenant(systemContext(server.db), 'served'));
  });
  after(async () => {
    await server.close();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'x-api-key': apiKey, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: await res.json() };
  };

  it('delivers a write’s event and a test event, signed, within moments', async () => {
    const made = await call('POST', '/webhooks', { url: receiver.url });
    assert.equal(made.status, 201);
    const user = await call('POST', '/users', { name: 'Rae', email: 'rae@agency.example' });
    assert.equal(user.status, 201);
    const test = await call('POST', `/webhooks/${made.body.id}/test`);
    assert.equal(test.status, 202);
    const got = await receiver.waitFor(2, 3000);
    assert.deepEqual(
      got.map((r) => JSON.parse(r.body).type),
      ['user.created', 'webhook.test'],
    );
    for (const r of got) assert.deepEqual(verifiedBy([made.body.secret], r.headers, r.body), [made.body.secret]);
  });

  it('refuses private URLs by default', () => {
    assert.equal(loadConfig({}).WEBHOOK_ALLOW_PRIVATE_URLS, false);
    assert.equal(loadConfig({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }).WEBHOOK_ALLOW_PRIVATE_URLS, true);
    assert.equal(loadConfig({}).WEBHOOK_LEASE_MS, 30_000);
    assert.throws(() => loadConfig({ WEBHOOK_LEASE_MS: '60000' }), /WEBHOOK_LEASE_MS/);
  });
});
