import type { Kysely, Selectable } from 'kysely';
import type { DB, UsersTable } from '../../db/database.js';
import { prepared } from '../../db/prepared.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { User } from './user.schemas.js';

export function toUser(row: Selectable<UsersTable>): User {
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    avatarUrl: row.avatar_url,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
    version: row.version,
  };
}

export async function listUsers(db: Kysely<DB>, tenantId: string, includeDeactivated: boolean): Promise<User[]> {
  let query = db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId);
  if (!includeDeactivated) query = query.where('deactivated_at', 'is', null);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(toUser);
}

const userById = prepared((db, _dialect, tenantId: string, id: string) =>
  db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id),
);

export async function findUser(db: Kysely<DB>, tenantId: string, id: string): Promise<User | undefined> {
  const row = await userById.first(db, tenantId, id);
  return row && toUser(row);
}

export async function insertUser(db: Kysely<DB>, tenantId: string, user: User): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.userId,
      tenant_id: tenantId,
      name: user.name,
      email: user.email,
      avatar_url: user.avatarUrl,
      deactivated_at: user.deactivatedAt,
      created_at: user.createdAt,
      modified_at: user.modifiedAt,
      version: user.version,
    })
    .execute();
}

/**
 * Writes a user changed from version `fromVersion`; answers the new version. A row that has moved on since
 * is refused with 412 (see versioned-update.ts).
 */
export async function updateUser(db: Kysely<DB>, tenantId: string, user: User, fromVersion: number): Promise<number> {
  return updateVersioned(
    db,
    'users',
    { tenantId, id: user.userId, fromVersion, notFound: 'USER_NOT_FOUND' },
    {
      name: user.name,
      email: user.email,
      avatar_url: user.avatarUrl,
      deactivated_at: user.deactivatedAt,
      modified_at: user.modifiedAt,
    },
  );
}
