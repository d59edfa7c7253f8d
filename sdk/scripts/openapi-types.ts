/**
 * The SDK's types come from the server's own OpenAPI document: the app is built in-process (on a throwaway
 * SQLite database; the document does not depend on the database), asked for `app.swagger()`, and the
 * document is turned into TypeScript by openapi-typescript. `npm run sdk:generate` writes the result to
 * sdk/src/schema.ts; test/sdk/schema.fresh.test.ts fails when the committed file differs from it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../../src/app.js';
import { systemContext } from '../../src/context.js';
import { connect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export const SCHEMA_FILE = new URL('../src/schema.ts', import.meta.url);
export const GENERATE_COMMAND = 'npm run sdk:generate';

const HEADER =
  `// Generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\` (sdk/scripts/generate.ts): do not edit.\n` +
  '// test/sdk/schema.fresh.test.ts fails when this file no longer matches what the server describes.\n\n';

/** The OpenAPI document the server serves at /openapi.json. */
export async function serverDocument(): Promise<OpenAPI3> {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-openapi-'));
  const db = connect(`file:${join(dir, 'openapi.db')}`, { relaxedDurability: true });
  try {
    await migrateToLatest(db);
    const app = await buildApp({
      ctx: systemContext(db),
      config: { LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1000, API_KEY_CACHE_TTL_MS: 5000, REDIS_URL: undefined },
    });
    try {
      await app.ready();
      return structuredClone(app.swagger()) as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of sdk/src/schema.ts for `doc`. */
export async function generateTypes(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc, { alphabetize: false, silent: true });
  return HEADER + astToString(ast);
}
