/**
 * Must NOT compile: test/sdk/examples.test.ts checks that the package's types refuse these mistakes.
 * (Kept out of the repository's typecheck, tsconfig.check.json.)
 */
import { Clientele } from '@clientele/sdk';

const api = new Clientele({ baseUrl: 'http://127.0.0.1:3000', apiKey: 'ck_example' });
const client = await api.clients.create({ company: { name: 'Northwind' } });
// `role` is a string or null, not a number.
await api.contacts.update(client.id, { role: 42 });
