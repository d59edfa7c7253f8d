import { Attributes } from './resources/attributes.js';
import { Clients } from './resources/clients.js';
import { Contacts } from './resources/contacts.js';
import { Events } from './resources/events.js';
import { People } from './resources/people.js';
import { Stages } from './resources/stages.js';
import { Users } from './resources/users.js';
import { Webhooks } from './resources/webhooks.js';
import { type ClienteleOptions, Transport } from './transport.js';

/**
 * The Clientele API. Every method answers the record(s) the server answers, throws ClienteleError for any
 * other status, sends writes with an `Idempotency-Key`, and retries 429 and 503 up to `maxRetries` times.
 */
export class Clientele {
  readonly clients: Clients;
  readonly contacts: Contacts;
  readonly users: Users;
  readonly stages: Stages;
  readonly attributes: Attributes;
  readonly people: People;
  // API.md §4: the groups of the event log's endpoints.
  readonly events: Events;
  readonly webhooks: Webhooks;

  constructor(options: ClienteleOptions) {
    const transport = new Transport(options);
    this.clients = new Clients(transport);
    this.contacts = new Contacts(transport);
    this.users = new Users(transport);
    this.stages = new Stages(transport);
    this.attributes = new Attributes(transport);
    this.people = new People(transport);
    this.events = new Events(transport);
    this.webhooks = new Webhooks(transport);
  }
}
