import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { GENERATE_COMMAND, generateTypes, SCHEMA_FILE, serverDocument } from '../../sdk/scripts/openapi-types.js';

describe('sdk/src/schema.ts (generated types)', () => {
  it('matches what the server describes now', async () => {
    const expected = await generateTypes(await serverDocument());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed === expected) return;
    const a = committed.split('\n');
    const b = expected.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    assert.fail(
      `sdk/src/schema.ts is stale: the server's OpenAPI document changed. Run \`${GENERATE_COMMAND}\` and commit ` +
        `the result.\nFirst difference at line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}`,
    );
  });

  it('is generated the same way twice (the document is deterministic)', async () => {
    const [one, two] = [await serverDocument(), await serverDocument()];
    assert.deepEqual(one, two);
  });
});
