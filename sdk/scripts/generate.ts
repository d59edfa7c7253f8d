/** `npm run sdk:generate`: writes sdk/src/schema.ts from the server's current OpenAPI document. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes, SCHEMA_FILE, serverDocument } from './openapi-types.js';

const text = await generateTypes(await serverDocument());
let before = '';
try {
  before = readFileSync(SCHEMA_FILE, 'utf8');
} catch {}
writeFileSync(SCHEMA_FILE, text);
console.log(`${fileURLToPath(SCHEMA_FILE)}: ${before === text ? 'unchanged' : 'written'}`);
