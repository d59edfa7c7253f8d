import { v7 as uuidv7 } from 'uuid';
import type { Database } from './db/database.js';

/** What every service needs from outside: the database, the time and new ids. Tests fix the last two. */
export interface Context {
  db: Database;
  /** Current time as the stored ISO text (`YYYY-MM-DDTHH:mm:ss.sssZ`). */
  now: () => string;
  newId: () => string;
}

export function systemContext(db: Database): Context {
  return { db, now: () => new Date().toISOString(), newId: () => uuidv7() };
}
