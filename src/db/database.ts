import type { Generated, Kysely } from 'kysely';

/**
 * Table types shared by both dialects. Times are stored as ISO-8601 UTC text (`YYYY-MM-DDTHH:mm:ss.sssZ`),
 * which sorts correctly as text; booleans are stored as 0/1 integers; JSON documents as text.
 * That keeps one set of queries and one mapper valid on SQLite and PostgreSQL alike.
 */
export interface TenantsTable {
  id: string;
  name: string;
  require_if_match: number;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  tenant_id: string;
  /** First characters of the key, shown in listings and used to revoke; never enough to authenticate. */
  prefix: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  name: string;
  email: string;
  avatar_url: string | null;
  deactivated_at: string | null;
  created_at: string;
  modified_at: string;
  version: number;
}

export interface StagesTable {
  id: string;
  tenant_id: string;
  pipeline: string;
  name: string;
  color_hex: string;
  position: number;
  created_at: string;
  modified_at: string;
  version: number;
}

export interface CompaniesTable {
  id: string;
  tenant_id: string;
  name: string;
  name_lower: string;
  /** Stored lower-cased. */
  domain: string | null;
  description: string | null;
  /** Lower-cased copy for the client search (POST /clients/_search); null when there is no description. */
  description_lower: string | null;
  industry: string | null;
  size: string | null;
  logo_url: string | null;
  linkedin_url: string | null;
}

/**
 * SQLite only: a stable integer key for each company, which the client search's trigram index
 * (`company_search`, an FTS5 table) uses as its rowid. Kept in step with companies by triggers.
 */
export interface CompanySearchRowsTable {
  id: Generated<number>;
  company_id: string;
}

export interface ClientsTable {
  id: string;
  tenant_id: string;
  company_id: string;
  status: string;
  stage_id: string | null;
  locations: string;
  created_at: string;
  modified_at: string;
  archived_at: string | null;
  version: number;
}

export interface PeopleTable {
  id: string;
  tenant_id: string;
  first_name: string;
  last_name: string;
  /** Lower-cased copies used for indexed prefix search. */
  first_name_lower: string;
  last_name_lower: string;
  full_name_lower: string;
  /**
   * Folded copies (src/core/fold.ts) used by the people search's indexed prefix matches. Written by every
   * insert and update of a person; the default ('') only serves rows written without them.
   */
  first_name_folded: Generated<string>;
  last_name_folded: Generated<string>;
  full_name_folded: Generated<string>;
  avatar_url: string | null;
  locations: string;
  created_at: string;
  modified_at: string;
}

export interface ClientContactsTable {
  id: string;
  tenant_id: string;
  person_id: string;
  client_id: string;
  role: string | null;
  department: string | null;
  start_date: string | null;
  end_date: string | null;
  stage_id: string | null;
  main_contact_id: string | null;
  created_at: string;
  modified_at: string;
  archived_at: string | null;
  version: number;
}

export interface ContactEmailsTable {
  tenant_id: string;
  contact_id: string;
  person_id: string;
  position: number;
  email: string;
  email_lower: string;
  purpose: string | null;
  is_primary: number;
}

export interface ContactPhonesTable {
  tenant_id: string;
  contact_id: string;
  position: number;
  phone_number: string;
  /** E.164 form when the number parses, else the digits; what duplicates are judged on. */
  normalized: string;
  /** The number's digits (src/core/fold.ts), matched by the people search for part of a number. */
  digits: Generated<string>;
  purpose: string | null;
  is_primary: number;
}

/**
 * SQLite only: a stable integer key for each phone row, which the trigram index of phone digits
 * (`phone_search`, an FTS5 table) uses as its rowid. Kept in step with contact_phones by triggers.
 */
export interface PhoneSearchRowsTable {
  id: Generated<number>;
  contact_id: string;
  position: number;
}

/** SQLite only: the FTS5 trigram index of phone digits (contentless; rowid = phone_search_rows.id). */
export interface PhoneSearchTable {
  rowid: number;
  digits: string;
}

export interface AttributeDefinitionsTable {
  id: string;
  tenant_id: string;
  entity: string;
  key: string;
  label: string;
  type: string;
  view_type: string;
  options: string | null;
  position: number;
  created_at: string;
}

export interface AttributeValuesTable {
  tenant_id: string;
  entity_id: string;
  definition_id: string;
  value: string;
}

/** One event of a tenant's log (API.md §4.1; migration 006). */
export interface EventsTable {
  tenant_id: string;
  /** Position in the tenant's log: 1, 2, 3, … with no gaps, in commit order (see event.repository.ts). */
  seq: number;
  /** The public id (UUIDv7). */
  id: string;
  type: string;
  occurred_at: string;
  /** 'apiKey' | 'system'. */
  actor_type: string;
  /** api_keys.id for an API key (never the key or its hash); null for the system. */
  actor_id: string | null;
  /** 'client' | 'client_contact' | 'user' | 'stage' | 'attribute' | 'webhook'. */
  resource_type: string;
  resource_id: string;
  /** JSON `{ object, changes }`; null once an erasure stripped the record's personal data. */
  data: string | null;
}

/** Per tenant: the last seq given out (the row every appending transaction locks) and how far pruning went. */
export interface EventSequencesTable {
  tenant_id: string;
  last_seq: number;
  pruned_seq: Generated<number>;
}

/** A webhook endpoint (API.md §4.3), which is also its own delivery queue (see migration 007). */
export interface WebhookEndpointsTable {
  id: string;
  tenant_id: string;
  url: string;
  /** JSON array of event types; empty means every type. */
  types: string;
  description: string | null;
  enabled: number;
  /** `whsec_…`, kept as given out: the server must sign with it, so it cannot be hashed. */
  secret: string;
  /** The secret before the last rotation, which still signs until `previous_secret_expires_at`. */
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  modified_at: string;
  version: number;
  /** The tenant's event seq up to which this endpoint is done; moves only after a 2xx. */
  delivered_seq: number;
  /** Failed attempts since the last success. */
  failed_attempts: number;
  failing_since: string | null;
  /** No process attempts a delivery before this. */
  next_attempt_at: string;
  /** The process holding the claim, until `lease_expires_at`. */
  lease_owner: string | null;
  lease_expires_at: string | null;
}

/** One delivery attempt, kept for GET /webhooks/{id}/deliveries. */
export interface WebhookAttemptsTable {
  id: string;
  tenant_id: string;
  endpoint_id: string;
  event_id: string;
  attempt: number;
  /** The endpoint's HTTP status; null when no answer came. */
  status: number | null;
  duration_ms: number;
  error: string | null;
  at: string;
  next_attempt_at: string | null;
}

/** A kept answer to an `Idempotency-Key` (API.md §5.1; migration 008); `status` is null while it runs. */
export interface IdempotencyKeysTable {
  tenant_id: string;
  idempotency_key: string;
  /** sha256 (base64url) of method, path with query and the canonical JSON of the body. */
  fingerprint: string;
  created_at: string;
  /** The claim that wrote the row: whoever holds it may answer or release the key. */
  lease_token: string;
  /** Until when a running claim holds the key; null once answered. */
  lease_expires_at: string | null;
  status: number | null;
  /** JSON object of the kept headers (content-type, etag, location). */
  headers: string | null;
  body: string | null;
}

export interface DB {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  stages: StagesTable;
  companies: CompaniesTable;
  company_search_rows: CompanySearchRowsTable;
  clients: ClientsTable;
  people: PeopleTable;
  client_contacts: ClientContactsTable;
  contact_emails: ContactEmailsTable;
  contact_phones: ContactPhonesTable;
  phone_search_rows: PhoneSearchRowsTable;
  phone_search: PhoneSearchTable;
  attribute_definitions: AttributeDefinitionsTable;
  attribute_values: AttributeValuesTable;
  events: EventsTable;
  event_sequences: EventSequencesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_attempts: WebhookAttemptsTable;
  idempotency_keys: IdempotencyKeysTable;
}

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the query builder plus what the rest of the code may need to know about it. */
export interface Database {
  kysely: Kysely<DB>;
  dialect: Dialect;
  /** Runs `work` in one transaction; on SQLite it takes the write lock up front (BEGIN IMMEDIATE). */
  transaction<T>(work: (trx: Kysely<DB>) => Promise<T>): Promise<T>;
  /** Cheap round trip used by /ready. */
  ping(): Promise<void>;
  /** Gathers the query planner's statistics now, in full (the server keeps them current on its own). */
  analyze(): Promise<void>;
  close(): Promise<void>;
  /** Connection-pool counts for /metrics; only PostgreSQL has a pool (SQLite is one in-process handle). */
  stats?(): PoolStats;
}

export interface PoolStats {
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a free connection. */
  waiting: number;
}
