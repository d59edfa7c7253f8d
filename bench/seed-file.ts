import { readFileSync } from 'node:fs';

/** What `seed` writes for the runner: the key to call with and ids and texts that exist in the tenant. */
export interface SeedFile {
  databaseUrl: string;
  tenantId: string;
  apiKey: string;
  writer: string;
  contacts: number;
  people: number;
  clients: number;
  users: number;
  /** Every row inserted (people, contacts, emails, phones, attribute values, clients, companies, users…). */
  rows: number;
  elapsedSeconds: number;
  /** Where the time went: tenant and users, clients, contacts, rebuilding indexes, the final analyse/checkpoint. */
  phaseSeconds: Record<'setup' | 'clients' | 'contacts' | 'indexes' | 'settle', number>;
  /** Whether secondary indexes were dropped for the load and built afterwards (see index-rebuild.ts). */
  indexesRebuilt: boolean;
  /**
   * CPU time of the seed process, and of the PostgreSQL backend it talked to when that runs on this
   * machine (null otherwise, and for SQLite, whose work is in the seeder's own time). Unlike elapsed time,
   * it does not grow when other work shares the machine.
   */
  cpuSeconds: { seeder: number; database: number | null };
  /** Contacts over the CPU seconds above: roughly the rate an otherwise idle machine reaches. */
  contactsPerCpuSecond: number;
  rowsPerSecond: number;
  contactsPerSecond: number;
  samples: SeedSamples;
}

export interface SeedSamples {
  /** Non-archived contacts spread evenly over the tenant, with their person and primary email. */
  contacts: { id: string; candidateId: string; email: string }[];
  clientIds: string[];
  /** Users that may own contacts (all active). */
  userIds: string[];
  /** Lower-case prefixes of first names, last names and full names that occur in the tenant. */
  namePrefixes: string[];
}

export function readSeedFile(path: string): SeedFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedFile;
}
