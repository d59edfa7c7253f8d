import type { Config } from '../config.js';
import type { App } from '../http/route-module.js';
import { CliError, type CliIo, type Command, withDatabase } from './command.js';
import { DEMO_CLIENTS, DEMO_USERS, demoContacts } from './demo.data.js';

export const demo: Command = {
  summary: 'make a tenant filled with realistic sample data and print its key',
  help: `Usage: clientele demo [--name NAME] [--json]

Makes a new tenant and fills it through the HTTP API (in-process, so every rule applies) with a few
recruiters, 10 client companies and about 50 client contacts with emails and phone numbers.
  --name NAME   the tenant's name (default "Demo agency")
  --json        print exactly one line: {"tenantId":"…","apiKey":"ck_…","users":N,"clients":N,"contacts":N}`,
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config, io }) {
    const name = typeof values.name === 'string' && values.name.trim() ? values.name.trim() : 'Demo agency';
    const [{ buildApp }, { createTenant }] = await Promise.all([
      import('../app.js'),
      import('../modules/tenants/tenant.service.js'),
    ]);
    const result = await withDatabase(config, io, async (ctx) => {
      const tenant = await createTenant(ctx, name);
      const app = await buildApp({
        ctx,
        // In-process calls: no request logs, and no shared rate-limit budget to spend.
        config: { ...config, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000, REDIS_URL: undefined },
      });
      try {
        await app.ready();
        return { ...tenant, ...(await fill(app, tenant.apiKey, io)) };
      } finally {
        await app.close();
      }
    });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    io.stdout.write(
      `Created demo tenant "${name}" (${result.tenantId}) with ${result.users} users, ${result.clients} clients ` +
        `and ${result.contacts} client contacts.\nIts API key is shown only this once:\n\n    ${result.apiKey}\n\n` +
        `Start the server (npx clientele serve) and try:\n` +
        `    curl -H "x-api-key: ${result.apiKey}" ${serverUrl(config)}/clients/contacts\n`,
    );
  },
};

type Call = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<{ status: number; body: any }>;

function caller(app: App, apiKey: string): Call {
  return async (method, url, body) => {
    const res = await app.inject({
      method,
      url,
      headers: { 'x-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = res.body;
    }
    return { status: res.statusCode, body: parsed };
  };
}

/** A route that is not there at all (as opposed to a resource that is not): the feature is not built in. */
function routeMissing(res: { status: number; body: any }): boolean {
  return res.status === 404 && res.body?.message === 'NOT_FOUND';
}

function refuse(what: string, res: { status: number; body: any }): never {
  throw new CliError(`Could not create ${what}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Where `clientele serve` with the same settings listens, as a client on this machine would call it. */
export function serverUrl(config: Pick<Config, 'HOST' | 'PORT'>): string {
  let host = config.HOST;
  // A wildcard address listens everywhere but is no address to call; the loopback one reaches it.
  if (host === '0.0.0.0' || host === '') host = '127.0.0.1';
  else if (host === '::') host = '::1';
  if (host.includes(':')) host = `[${host}]`;
  return `http://${host}:${config.PORT === 0 ? '<port>' : config.PORT}`;
}

function warn(io: CliIo, message: string): void {
  io.stderr.write(`warning: ${message}\n`);
}

async function stageIds(call: Call, pipeline: string): Promise<string[]> {
  const res = await call('GET', `/pipeline/${pipeline}/stages`);
  return res.status === 200 && Array.isArray(res.body?.stages) ? res.body.stages.map((s: { id: string }) => s.id) : [];
}

async function fill(
  app: App,
  apiKey: string,
  io: CliIo,
): Promise<{ users: number; clients: number; contacts: number }> {
  const call = caller(app, apiKey);
  const userIds: string[] = [];
  for (const user of DEMO_USERS) {
    const res = await call('POST', '/users', user);
    if (res.status !== 201) refuse(`user ${user.name}`, res);
    userIds.push(res.body.userId);
  }

  const clientStages = await stageIds(call, 'clients');
  const contactStages = await stageIds(call, 'client-contacts');
  const clientIds: string[] = [];
  for (const [i, client] of DEMO_CLIENTS.entries()) {
    const res = await call('POST', '/clients', {
      company: {
        name: client.name,
        domain: client.domain,
        description: client.description,
        industry: client.industry,
        size: client.size,
        linkedinUrl: `https://www.linkedin.com/company/${client.domain.split('.')[0]}`,
      },
      status: client.status,
      ...(clientStages.length > 0 ? { stageId: clientStages[i % clientStages.length] } : {}),
      locations: [{ type: 'office', city: client.city, country: client.country }],
    });
    if (routeMissing(res)) {
      warn(io, 'this build has no POST /clients yet; the demo tenant has users only.');
      return { users: userIds.length, clients: 0, contacts: 0 };
    }
    if (res.status !== 201) refuse(`client ${client.name}`, res);
    clientIds.push(res.body.id);
  }

  let contacts = 0;
  for (const [c, clientId] of clientIds.entries()) {
    for (const contact of demoContacts(c)) {
      const n = contacts;
      const res = await call('POST', `/clients/contacts/${clientId}`, {
        ...contact,
        mainContactId: userIds[n % userIds.length],
        ...(contactStages.length > 0 ? { stageId: contactStages[n % contactStages.length] } : {}),
      });
      if (routeMissing(res)) {
        warn(io, 'this build has no POST /clients/contacts/{clientId} yet; the demo tenant has no contacts.');
        return { users: userIds.length, clients: clientIds.length, contacts: 0 };
      }
      if (res.status !== 201) refuse(`contact ${contact.firstName} ${contact.lastName}`, res);
      contacts++;
    }
  }
  return { users: userIds.length, clients: clientIds.length, contacts };
}
