import { CliError, type CliIo, type Command, requireString, usageError, withDatabase } from './command.js';

const tenants = () => import('../modules/tenants/tenant.service.js');

const PREFIX = /^ck_[0-9A-Za-z]{8}$/;

function printKey(io: CliIo, json: boolean, tenantId: string, apiKey: string, what: string): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ tenantId, apiKey })}\n`);
    return;
  }
  io.stdout.write(
    `${what} for tenant ${tenantId}. The API key is shown only this once:\n\n    ${apiKey}\n\n` +
      'Send it as the x-api-key header.\n',
  );
}

/** Left-aligned columns, two spaces apart; the last column is not padded. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '))
    .join('\n');
}

function noSuchTenant(tenantId: string): CliError {
  return new CliError(`No tenant with id ${tenantId}. See the tenants with: npx clientele tenant list`);
}

export const tenantCreate: Command = {
  summary: 'make a tenant (one agency workspace) and its first API key',
  help: `Usage: clientele tenant create --name NAME [--json]

Makes a tenant with the default pipeline stages and its first API key, and prints the key once.
  --name NAME   the tenant's name (1-255 characters)
  --json        print exactly one line: {"tenantId":"…","apiKey":"ck_…"}`,
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config, io }) {
    const name = requireString(values, 'name', tenantCreate.help);
    if (name.length > 255) throw usageError(tenantCreate.help, '--name must be at most 255 characters.');
    const { createTenant } = await tenants();
    const { tenantId, apiKey } = await withDatabase(config, io, (ctx) => createTenant(ctx, name));
    printKey(io, values.json === true, tenantId, apiKey, `Created tenant "${name}"`);
  },
};

export const tenantList: Command = {
  summary: 'list the tenants (id, name, created, active keys)',
  help: `Usage: clientele tenant list [--json]

Lists every tenant, oldest first, with its number of active (not revoked) API keys. Keys themselves
cannot be shown again (only a hash is stored); make a new one with: clientele key create --tenant ID
  --json        print a JSON array of { id, name, createdAt, activeKeys }`,
  options: { json: { type: 'boolean' } },
  async run({ values, config, io }) {
    const { listTenants } = await tenants();
    const rows = await withDatabase(config, io, (ctx) => listTenants(ctx));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(rows)}\n`);
      return;
    }
    if (rows.length === 0) {
      io.stdout.write(
        'No tenants yet. The server makes one ("default") on its first start, or make one with:\n' +
          '  npx clientele tenant create --name NAME\n',
      );
      return;
    }
    const lines = [
      ['ID', 'NAME', 'CREATED', 'ACTIVE KEYS'],
      ...rows.map((t) => [t.id, t.name, t.createdAt, String(t.activeKeys)]),
    ];
    io.stdout.write(`${table(lines)}\n\nLost a key? Make another: npx clientele key create --tenant ID\n`);
  },
};

export const keyCreate: Command = {
  summary: 'make another API key for a tenant',
  help: `Usage: clientele key create --tenant ID [--json]

Makes a new API key for an existing tenant and prints it once. Older keys keep working until revoked.
  --tenant ID   the tenant's id (clientele tenant list shows them)
  --json        print exactly one line: {"tenantId":"…","apiKey":"ck_…"}`,
  options: { tenant: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config, io }) {
    const tenantId = requireString(values, 'tenant', keyCreate.help);
    const { createKey } = await tenants();
    const key = await withDatabase(config, io, (ctx) => createKey(ctx, tenantId));
    if (!key) throw noSuchTenant(tenantId);
    printKey(io, values.json === true, key.tenantId, key.apiKey, 'Created a key');
  },
};

export const keyList: Command = {
  summary: "list a tenant's API keys (prefix, created, revoked; never the key)",
  help: `Usage: clientele key list --tenant ID [--json]

Lists a tenant's keys by prefix, oldest first. Only a hash of each key is stored, so the keys themselves
cannot be shown again.
  --tenant ID   the tenant's id (clientele tenant list shows them)
  --json        print a JSON array of { prefix, createdAt, revokedAt }`,
  options: { tenant: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config, io }) {
    const tenantId = requireString(values, 'tenant', keyList.help);
    const { findTenant, listKeys } = await tenants();
    const keys = await withDatabase(config, io, async (ctx) =>
      (await findTenant(ctx, tenantId)) ? listKeys(ctx, tenantId) : undefined,
    );
    if (!keys) throw noSuchTenant(tenantId);
    const rows = keys.map((k) => ({ prefix: k.prefix, createdAt: k.createdAt, revokedAt: k.revokedAt }));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(rows)}\n`);
      return;
    }
    if (rows.length === 0) {
      io.stdout.write(`Tenant ${tenantId} has no keys. Make one with: npx clientele key create --tenant ${tenantId}\n`);
      return;
    }
    io.stdout.write(
      `${table([['PREFIX', 'CREATED', 'REVOKED'], ...rows.map((r) => [r.prefix, r.createdAt, r.revokedAt ?? '-'])])}\n`,
    );
  },
};

export const keyRevoke: Command = {
  summary: 'revoke an API key by its prefix',
  help: `Usage: clientele key revoke KEY_PREFIX

Revokes the key whose prefix (ck_ and 8 characters, as "key list" shows) is KEY_PREFIX. Running servers
refuse it within API_KEY_CACHE_TTL_MS (5 s by default).`,
  options: {},
  positionals: 1,
  async run({ positionals, config, io }) {
    const prefix = positionals[0];
    if (!PREFIX.test(prefix)) throw usageError(keyRevoke.help, 'KEY_PREFIX is ck_ followed by 8 letters or digits.');
    const { revokeKey } = await tenants();
    const count = await withDatabase(config, io, (ctx) => revokeKey(ctx, prefix));
    if (count === 0) throw new CliError(`No active key with prefix ${prefix}.`);
    io.stdout.write(`Revoked ${count} key${count === 1 ? '' : 's'} with prefix ${prefix}.\n`);
  },
};

export const tenantRequireIfMatch: Command = {
  summary: 'make If-Match mandatory (or optional again) on a tenant’s writes',
  help: `Usage: clientele tenant require-if-match --tenant ID --on|--off

With --on, every PATCH, DELETE and restore of an existing record must send If-Match; one without it is
refused with 428 PRECONDITION_REQUIRED. Running servers apply the change within API_KEY_CACHE_TTL_MS.
  --tenant ID   the tenant's id
  --on / --off  require If-Match, or make it optional again (the default)`,
  options: { tenant: { type: 'string' }, on: { type: 'boolean' }, off: { type: 'boolean' } },
  async run({ values, config, io }) {
    const tenantId = requireString(values, 'tenant', tenantRequireIfMatch.help);
    if ((values.on === true) === (values.off === true)) {
      throw usageError(tenantRequireIfMatch.help, 'Give exactly one of --on and --off.');
    }
    const required = values.on === true;
    const { findTenant, requireIfMatch } = await tenants();
    const changed = await withDatabase(
      config,
      io,
      async (ctx) => (await findTenant(ctx, tenantId)) !== undefined && requireIfMatch(ctx, tenantId, required),
    );
    if (!changed) throw noSuchTenant(tenantId);
    io.stdout.write(`If-Match is now ${required ? 'required' : 'optional'} for tenant ${tenantId}.\n`);
  },
};
