import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpClient } from './support.js';

/**
 * The webhook half of the crash test (crash-run.ts): a receiver in the test process that a webhook of the
 * crashing server delivers every event to, and the rule it is checked against after each restart.
 *
 * - Every acknowledged change's event is delivered at least once: for each acknowledged create or PATCH
 *   (a contact at a version), an event of that contact whose `data.object` is the contact at that version,
 *   as acknowledged. The server delivers after the restart what it had not delivered before the kill.
 * - No event exists for a change that was not made: every event delivered names a contact that exists, at
 *   a version it has reached (a change in flight at the kill that landed has its event too; one that was
 *   rolled back must have none).
 * - Every delivery carries a valid Standard Webhooks signature. Repeats (at least once) are counted, not refused.
 */

export interface DeliveredEvent {
  id: string;
  type: string;
  resourceId: string;
  object: any;
}

export interface CrashReceiver {
  url: string;
  /** Events received, by event id (the first copy). */
  events: Map<string, DeliveredEvent>;
  /** Events by contact id and version (`id@version`). */
  byVersion: Map<string, DeliveredEvent>;
  /** Deliveries of an event already received. */
  repeats: number;
  badSignatures: number;
  /** Set once the webhook exists, to verify signatures. */
  secret?: string;
  close(): Promise<void>;
}

function verified(secret: string, headers: Record<string, string | string[] | undefined>, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .map((s) => Buffer.from(s.replace(/^v1,/, ''), 'base64'))
    .some((s) => s.length === expected.length && timingSafeEqual(s, expected));
}

export async function startCrashReceiver(): Promise<CrashReceiver> {
  const receiver: CrashReceiver = {
    url: '',
    events: new Map(),
    byVersion: new Map(),
    repeats: 0,
    badSignatures: 0,
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (!receiver.secret || !verified(receiver.secret, req.headers, body)) {
        receiver.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const event = JSON.parse(body);
      if (receiver.events.has(event.id)) {
        receiver.repeats++;
      } else {
        const delivered = { id: event.id, type: event.type, resourceId: event.resource.id, object: event.data?.object };
        receiver.events.set(event.id, delivered);
        if (delivered.object?.version !== undefined) {
          receiver.byVersion.set(`${delivered.resourceId}@${delivered.object.version}`, delivered);
        }
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/crash-hook`;
  receiver.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** Registers the receiver as a webhook for every event type; remembers its secret. */
export async function subscribe(api: HttpClient, receiver: CrashReceiver): Promise<void> {
  const made = await api.send('POST', '/webhooks', { body: { url: receiver.url } });
  if (made.status !== 201) throw new Error(`POST /webhooks: ${made.status} ${JSON.stringify(made.body)}`);
  receiver.secret = made.body.secret;
}

/** What one contact's acknowledged writes expect to have been delivered. */
export interface AckedVersions {
  id: string;
  /** The contact as each acknowledged answer showed it, by version. */
  versions: Map<number, unknown>;
  /** The version the contact is at now (after the restart); undefined when it does not exist. */
  storedVersion?: number;
}

export interface WebhookCheck {
  /** Acknowledged changes whose event arrived, with the acknowledged content. */
  delivered: number;
  problems: string[];
}

/**
 * Waits (up to `timeoutMs`) until every acknowledged version's event has arrived, then checks them and
 * every event received so far against what exists. `shown` picks the fields compared.
 */
export async function checkDeliveries(
  receiver: CrashReceiver,
  contacts: AckedVersions[],
  shown: (contact: any) => unknown,
  timeoutMs: number,
): Promise<WebhookCheck> {
  const wanted = contacts.flatMap((c) => [...c.versions.keys()].map((v) => `${c.id}@${v}`));
  const deadline = Date.now() + timeoutMs;
  while (wanted.some((key) => !receiver.byVersion.has(key)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const problems: string[] = [];
  let delivered = 0;
  for (const c of contacts) {
    for (const [version, acked] of c.versions) {
      const event = receiver.byVersion.get(`${c.id}@${version}`);
      if (!event) {
        problems.push(`no event delivered for ${c.id} at acknowledged version ${version}`);
      } else if (JSON.stringify(shown(event.object)) !== JSON.stringify(acked)) {
        problems.push(
          `event ${event.id} shows ${c.id} at version ${version} as ${JSON.stringify(shown(event.object))}, ` +
            `acknowledged ${JSON.stringify(acked)}`,
        );
      } else {
        delivered++;
      }
    }
  }
  const stored = new Map(contacts.map((c) => [c.id, c.storedVersion]));
  for (const event of receiver.events.values()) {
    if (!event.type.startsWith('client_contact.')) continue;
    const version = stored.get(event.resourceId);
    if (version === undefined) {
      problems.push(`event ${event.id} (${event.type}) is for ${event.resourceId}, which does not exist`);
    } else if (event.object?.version > version) {
      problems.push(
        `event ${event.id} shows ${event.resourceId} at version ${event.object.version}, but it is at ${version}`,
      );
    }
  }
  if (receiver.badSignatures > 0) problems.push(`${receiver.badSignatures} deliveries with a bad signature`);
  return { delivered, problems };
}
