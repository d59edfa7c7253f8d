/**
 * Quick start (sdk/README.md): run against a server with
 *   CLIENTELE_URL=http://127.0.0.1:3000 CLIENTELE_API_KEY=ck_… npx tsx sdk/examples/quick-start.ts
 * test/sdk/examples.test.ts compiles it against the package's types and runs it against a test server.
 */
import { type ClientContact, Clientele, ClienteleError, verifyWebhook } from '@clientele/sdk';

const api = new Clientele({
  baseUrl: process.env.CLIENTELE_URL ?? 'http://127.0.0.1:3000',
  apiKey: process.env.CLIENTELE_API_KEY ?? '',
});

const client = await api.clients.create({ company: { name: 'Northwind' } });
const contact = await api.contacts.create(client.id, {
  firstName: 'Jane',
  lastName: 'Smith',
  emails: [{ email: `jane.smith+${Date.now()}@northwind.example`, purpose: 'work' }],
});
const updated: ClientContact = await api.contacts.update(contact.id, { role: 'CTO' }, { ifMatch: contact.version });
console.log(`${updated.firstName} ${updated.lastName} is ${updated.role} at ${updated.client.company.name}`);

// Every page, fetched lazily as the loop goes.
for await (const c of api.contacts.list({ q: 'jan', clientIds: [client.id] })) {
  console.log(c.id, c.emails[0]?.email);
}

// A stale version: 412 PRECONDITION_FAILED.
try {
  await api.contacts.update(contact.id, { role: 'x' }, { ifMatch: 1 });
} catch (e) {
  if (!(e instanceof ClienteleError)) throw e;
  console.log(e.status, e.code, e.requestId, e.details?.currentVersion);
}

/** A webhook receiver checks every delivery before trusting it (`rawBody`: the bytes as received). */
export async function onDelivery(secret: string, headers: Headers, rawBody: string): Promise<string> {
  const event = verifyWebhook(secret, headers, rawBody);
  return `${event.type} ${event.resource.id}`;
}
