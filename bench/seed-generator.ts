import type { Location } from '../src/core/schemas.js';
import { VIEW_TYPES } from '../src/modules/attributes/attribute.builtins.js';
import type { StoredDefinition } from '../src/modules/attributes/attribute.repository.js';
import type { CheckedAttribute, CustomType } from '../src/modules/attributes/attribute.schemas.js';
import type { ContactRecord, PersonRecord } from '../src/modules/client-contacts/client-contact.write-repository.js';
import {
  type EmailEntry,
  normalizePhoneNumber,
  type PhoneEntry,
} from '../src/modules/client-contacts/contact.rules.js';
import type { ClientRecord } from '../src/modules/clients/client.repository.js';
import type { ClientStatus } from '../src/modules/clients/client.schemas.js';
import type { Stage } from '../src/modules/stages/stage.repository.js';
import type { User } from '../src/modules/users/user.schemas.js';
import {
  CITIES,
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SIZES,
  COMPANY_SUFFIX,
  DEPARTMENTS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  phoneNumberAt,
  ROLES,
  USER_NAMES,
} from './seed-names.js';
import { Random } from './seed-random.js';

/** One role with its person and everything that hangs off it, in the shapes the repository writes. */
export interface SeedContact {
  contact: ContactRecord;
  person: PersonRecord;
  /** False for a second role of a person written earlier. */
  personIsNew: boolean;
  emails: EmailEntry[];
  phones: PhoneEntry[];
  attributes: CheckedAttribute[];
}

export interface GeneratorOptions {
  contacts: number;
  seed: number;
  /** The seed's "now" (ms): every generated time lies before it. */
  now: number;
  contactStages: Stage[];
  clientStages: Stage[];
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
/** The history the data pretends to span: created times spread over it, oldest first. */
const HISTORY_MS = 5 * YEAR_MS;
/** Every 25th role belongs to the person of the role before it (a person who moved between clients). */
const SECOND_ROLE_EVERY = 25;
const SENIORITY = ['Junior', 'Mid', 'Senior', 'Lead', 'Director', 'C-level'];
const NOTES = [
  'Prefers email',
  'Met at a conference',
  'Hiring freeze until Q3',
  'Warm intro via a candidate',
  'Call on Tuesdays',
];
/** Reused for every contact: normalising (libphonenumber) per row would cost more than writing the row. */
const PHONE_POOL: { phoneNumber: string; normalized: string }[] = Array.from({ length: 2000 }, (_, n) => {
  const phoneNumber = phoneNumberAt(n);
  return { phoneNumber, normalized: normalizePhoneNumber(phoneNumber) };
});

const iso = (ms: number) => new Date(ms).toISOString();

/** ASCII letters only, lower-cased: `O'Brien` → `obrien`, `Chloé` → `chloe`. */
function asciiWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/** Makes the tenant's users, attribute definitions, clients and contacts, deterministically from `seed`. */
export class SeedGenerator {
  private readonly rng: Random;
  private readonly start: number;
  private readonly clientDomains: string[] = [];
  private clientIds: string[] = [];
  private userIds: string[] = [];
  private definitionIds = { seniority: '', notes: '', headcount: '' };
  private previous: SeedContact | undefined;
  private index = 0;

  constructor(private readonly options: GeneratorOptions) {
    this.rng = new Random(options.seed);
    this.start = options.now - HISTORY_MS;
  }

  get clientCount(): number {
    return Math.max(1, Math.ceil(this.options.contacts / 20));
  }

  users(): User[] {
    const users = USER_NAMES.map((name) => {
      const created = iso(this.start - this.rng.int(YEAR_MS));
      return {
        userId: this.rng.uuid(Date.parse(created)),
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@agency.example`,
        avatarUrl: this.rng.chance(0.5) ? `https://avatars.example/users/${asciiWord(name)}.png` : null,
        deactivatedAt: null,
        createdAt: created,
        modifiedAt: created,
        version: 1,
      };
    });
    this.userIds = users.map((u) => u.userId);
    return users;
  }

  /** Three custom definitions (select, text, number): values on some contacts exercise the attribute read path. */
  definitions(): StoredDefinition[] {
    const createdAt = iso(this.start);
    const make = (key: string, label: string, type: CustomType, options: string[] | null, position: number) => ({
      id: this.rng.uuid(this.start),
      entity: 'clientContact' as const,
      key,
      label,
      type,
      viewType: VIEW_TYPES[type],
      options,
      position,
      createdAt,
    });
    const defs = [
      make('seniority', 'Seniority', 'select', SENIORITY, 0),
      make('notes', 'Notes', 'text', null, 1),
      make('headcountManaged', 'Headcount managed', 'number', null, 2),
    ];
    this.definitionIds = { seniority: defs[0].id, notes: defs[1].id, headcount: defs[2].id };
    return defs;
  }

  clients(): ClientRecord[] {
    const statuses: ClientStatus[] = ['lead', 'prospect', 'active', 'inactive', 'lost'];
    const clients: ClientRecord[] = [];
    for (let k = 0; k < this.clientCount; k++) {
      const first = this.rng.pick(COMPANY_FIRST);
      const second = this.rng.pick(COMPANY_SECOND);
      const domain = `${first}-${second}-${k.toString(36)}.example`.toLowerCase();
      const created = this.start - this.rng.int(YEAR_MS);
      const modified = created + this.rng.int(this.options.now - created);
      const place = this.rng.pick(CITIES);
      this.clientDomains.push(domain);
      clients.push({
        id: this.rng.uuid(created),
        company: {
          id: this.rng.uuid(created),
          name: `${first} ${second}${this.rng.pick(COMPANY_SUFFIX)}`,
          domain,
          description: this.rng.chance(0.5) ? `${second} company based in ${place.city}.` : null,
          industry: this.rng.pick(INDUSTRIES),
          size: this.rng.pick(COMPANY_SIZES),
          logoUrl: this.rng.chance(0.5) ? `https://logos.example/${domain}.png` : null,
          linkedinUrl: `https://www.linkedin.com/company/${domain.replace('.example', '')}`,
        },
        status: this.rng.weighted(statuses, [3, 2, 4, 1, 1]),
        stage: this.rng.chance(0.9) ? this.rng.pick(this.options.clientStages) : null,
        locations: [{ type: 'office', city: place.city, country: place.country }],
        createdAt: iso(created),
        modifiedAt: iso(modified),
        archivedAt: null,
        version: modified === created ? 1 : 2 + this.rng.int(4),
      });
    }
    this.clientIds = clients.map((c) => c.id);
    return clients;
  }

  /** The next contact, or undefined after `contacts` of them. Call users(), definitions() and clients() first. */
  next(): SeedContact | undefined {
    const i = this.index;
    if (i >= this.options.contacts) return undefined;
    this.index++;
    const rng = this.rng;
    const { now } = this.options;

    // Created times rise with the index (as a real tenant grows); modified somewhere since, or never.
    const created = Math.min(
      now - 1,
      this.start + Math.floor((i / this.options.contacts) * HISTORY_MS) + rng.int(60_000),
    );
    const modified = rng.chance(0.4) ? created : created + rng.int(now - created);
    // Skewed toward the first clients: a few big clients hold many contacts, most hold a handful.
    const clientIndex = Math.floor(this.clientCount * rng.next() ** 1.6);
    const clientId = this.clientIds[clientIndex];

    const second = i % SECOND_ROLE_EVERY === SECOND_ROLE_EVERY - 1 && this.previous !== undefined;
    const person: PersonRecord =
      second && this.previous
        ? this.previous.person
        : {
            id: rng.uuid(created),
            firstName: rng.pick(FIRST_NAMES),
            lastName: rng.pick(LAST_NAMES),
            avatarUrl: rng.chance(0.2) ? `https://avatars.example/people/${i.toString(36)}.png` : null,
            locations: rng.chance(0.4) ? [this.location()] : [],
          };

    const startMs = rng.chance(0.8) ? created - rng.int(8 * YEAR_MS) : null;
    // A second role is the person's earlier job: it has ended.
    const ended = startMs !== null && (second || rng.chance(0.07));
    const endMs = ended && startMs !== null ? startMs + rng.int(Math.max(1, now - startMs)) : null;
    const archived = rng.chance(0.02);
    const contact: ContactRecord = {
      id: rng.uuid(created),
      personId: person.id,
      clientId,
      role: rng.chance(0.85) ? rng.pick(ROLES) : null,
      department: rng.chance(0.7) ? rng.pick(DEPARTMENTS) : null,
      startDate: startMs === null ? null : iso(startMs),
      endDate: endMs === null ? null : iso(endMs),
      stageId: rng.weighted(this.options.contactStages, [35, 25, 20, 10, 10]).id,
      mainContactId: rng.chance(0.92) ? this.userIds[Math.floor(this.userIds.length * rng.next() ** 1.3)] : null,
      createdAt: iso(created),
      modifiedAt: iso(modified),
      archivedAt: archived ? iso(modified) : null,
      version: modified === created ? 1 : 2 + rng.int(6),
    };

    const seed: SeedContact = {
      contact,
      person,
      personIsNew: !second,
      emails: this.emails(i, person, this.clientDomains[clientIndex]),
      phones: this.phones(),
      attributes: this.attributes(),
    };
    this.previous = seed;
    return seed;
  }

  private location(): Location {
    const place = this.rng.pick(CITIES);
    return { type: 'work', city: place.city, country: place.country };
  }

  /** 1–3 addresses; the index in each makes every address unique across people. */
  private emails(i: number, person: PersonRecord, clientDomain: string): EmailEntry[] {
    const first = asciiWord(person.firstName) || 'x';
    const last = asciiWord(person.lastName) || 'x';
    const tag = i.toString(36);
    const all: EmailEntry[] = [
      { email: `${first}.${last}.${tag}@${clientDomain}`, purpose: 'work', isPrimary: true },
      { email: `${first[0]}${last}${tag}@mail.example`, purpose: 'personal', isPrimary: false },
      { email: `${last}.${first}.${tag}@inbox.example`, purpose: null, isPrimary: false },
    ];
    return all.slice(0, this.rng.weighted([1, 2, 3], [50, 35, 15]));
  }

  /** 0–2 numbers; consecutive pool entries alternate UK/US, so one contact's two never collide. */
  private phones(): PhoneEntry[] {
    const count = this.rng.weighted([0, 1, 2], [30, 50, 20]);
    const base = this.rng.int(PHONE_POOL.length - 1);
    return Array.from({ length: count }, (_, n) => ({
      ...PHONE_POOL[base + n],
      purpose: n === 0 ? 'work' : 'personal',
      isPrimary: n === 0,
    }));
  }

  private attributes(): CheckedAttribute[] {
    const values: CheckedAttribute[] = [];
    const ids = this.definitionIds;
    if (this.rng.chance(0.6)) values.push({ definitionId: ids.seniority, value: this.rng.pick(SENIORITY) });
    if (this.rng.chance(0.25)) values.push({ definitionId: ids.notes, value: this.rng.pick(NOTES) });
    if (this.rng.chance(0.3)) values.push({ definitionId: ids.headcount, value: 1 + this.rng.int(500) });
    return values;
  }
}
