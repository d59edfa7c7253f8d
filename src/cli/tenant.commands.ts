import { CliError, type Command, requireString, withDatabase } from './command.js';

const tenants = () => import('../modules/tenants/tenant.service.js');

const PREFIX = /^ck_[0-9A-Za-z]{8}$/;

function printKey(json: boolean, tenantId: string, apiKey: string, what: string): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ tenantId, apiKey })}\n`);
    return;
  }
  process.stdout.write(
    `${what} for tenant ${tenantId}. The API key is shown only this once:\n\n    ${apiKey}\n\n` +
      'Send it as the x-api-key header.\n',
  );
}

export const tenantCreate: Command = {
  summary: 'make a tenant (one agency workspace) and its first API key',
  help: `Usage: clientele tenant create --name NAME [--json]

Makes a tenant with the default pipeline stages and its first API key, and prints the key once.
  --name NAME   the tenant's name (1-255 characters)
  --json        print exactly one line: {"tenantId":"…","apiKey":"ck_…"}`,
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config }) {
    const name = requireString(values, 'name', tenantCreate.help);
    if (name.length > 255) throw new CliError('--name must be at most 255 characters.', 2);
    const { createTenant } = await tenants();
    const { tenantId, apiKey } = await withDatabase(config, (ctx) => createTenant(ctx, name));
    printKey(values.json === true, tenantId, apiKey, `Created tenant "${name}"`);
  },
};

export const keyCreate: Command = {
  summary: 'make another API key for a tenant',
  help: `Usage: clientele key create --tenant ID [--json]

Makes a new API key for an existing tenant and prints it once. Older keys keep working until revoked.
  --tenant ID   the tenant's id
  --json        print exactly one line: {"tenantId":"…","apiKey":"ck_…"}`,
  options: { tenant: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config }) {
    const tenantId = requireString(values, 'tenant', keyCreate.help);
    const { createKey } = await tenants();
    const key = await withDatabase(config, (ctx) => createKey(ctx, tenantId));
    if (!key) throw new CliError(`No tenant with id ${tenantId}.`);
    printKey(values.json === true, key.tenantId, key.apiKey, 'Created a key');
  },
};

export const keyList: Command = {
  summary: "list a tenant's API keys (prefix, created, revoked; never the key)",
  help: `Usage: clientele key list --tenant ID [--json]

Lists a tenant's keys by prefix, oldest first. Only a hash of each key is stored, so the keys themselves
cannot be shown again.
  --tenant ID   the tenant's id
  --json        print a JSON array of { prefix, createdAt, revokedAt }`,
  options: { tenant: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, config }) {
    const tenantId = requireString(values, 'tenant', keyList.help);
    const { listKeys } = await tenants();
    const keys = await withDatabase(config, (ctx) => listKeys(ctx, tenantId));
    const rows = keys.map((k) => ({ prefix: k.prefix, createdAt: k.createdAt, revokedAt: k.revokedAt }));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows)}\n`);
      return;
    }
    if (rows.length === 0) {
      process.stdout.write(`No keys for tenant ${tenantId}.\n`);
      return;
    }
    const lines = [['PREFIX', 'CREATED', 'REVOKED'], ...rows.map((r) => [r.prefix, r.createdAt, r.revokedAt ?? '-'])];
    const width = (i: number) => Math.max(...lines.map((l) => l[i].length));
    for (const line of lines) {
      process.stdout.write(`${line[0].padEnd(width(0))}  ${line[1].padEnd(width(1))}  ${line[2]}\n`);
    }
  },
};

export const keyRevoke: Command = {
  summary: 'revoke an API key by its prefix',
  help: `Usage: clientele key revoke KEY_PREFIX

Revokes the key whose prefix (ck_ and 8 characters, as "key list" shows) is KEY_PREFIX. Running servers
refuse it within API_KEY_CACHE_TTL_MS (5 s by default).`,
  options: {},
  positionals: 1,
  async run({ positionals, config }) {
    const prefix = positionals[0];
    if (!PREFIX.test(prefix)) throw new CliError('KEY_PREFIX is ck_ followed by 8 letters or digits.', 2);
    const { revokeKey } = await tenants();
    const count = await withDatabase(config, (ctx) => revokeKey(ctx, prefix));
    if (count === 0) throw new CliError(`No active key with prefix ${prefix}.`);
    process.stdout.write(`Revoked ${count} key${count === 1 ? '' : 's'} with prefix ${prefix}.\n`);
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
  async run({ values, config }) {
    const tenantId = requireString(values, 'tenant', tenantRequireIfMatch.help);
    if ((values.on === true) === (values.off === true)) {
      throw new CliError(`Give exactly one of --on and --off.\n\n${tenantRequireIfMatch.help}`, 2);
    }
    const required = values.on === true;
    const { requireIfMatch } = await tenants();
    if (!(await withDatabase(config, (ctx) => requireIfMatch(ctx, tenantId, required)))) {
      throw new CliError(`No tenant ${tenantId}.`);
    }
    process.stdout.write(`If-Match is now ${required ? 'required' : 'optional'} for tenant ${tenantId}.\n`);
  },
};
