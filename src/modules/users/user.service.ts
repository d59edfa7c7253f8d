import type { Context } from '../../context.js';
import { normalizeEmail } from '../../core/email.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import { lockForWrite } from '../../db/versioned-update.js';
import { computeChanges } from '../events/event.changes.js';
import type { Actor } from '../events/event.schemas.js';
import { recordChanges } from '../events/event.service.js';
import * as repo from './user.repository.js';
import type { CreateUserBody, UpdateUserBody, User } from './user.schemas.js';

export async function listUsers(ctx: Context, tenantId: string, includeDeactivated: boolean): Promise<User[]> {
  return repo.listUsers(ctx.db.kysely, tenantId, includeDeactivated);
}

export async function createUser(ctx: Context, tenantId: string, actor: Actor, body: CreateUserBody): Promise<User> {
  const now = ctx.now();
  const user: User = {
    userId: ctx.newId(),
    name: body.name,
    email: normalizeEmail(body.email),
    avatarUrl: body.avatarUrl ?? null,
    deactivatedAt: null,
    createdAt: now,
    modifiedAt: now,
    version: 1,
  };
  await ctx.db.transaction(async (trx) => {
    await repo.insertUser(trx, tenantId, user);
    await recordChanges(ctx, trx, tenantId, actor, [
      { type: 'user.created', resource: { type: 'user', id: user.userId }, object: user },
    ]);
  });
  return user;
}

export async function updateUser(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  body: UpdateUserBody,
  expectedVersion: number | undefined | 'unmatchable',
): Promise<User> {
  if (!isUuid(id)) throw new AppError('USER_NOT_FOUND');
  return ctx.db.transaction(async (trx) => {
    await lockForWrite(trx, 'users', { tenantId, id });
    const current = await repo.findUser(trx, tenantId, id);
    if (!current) throw new AppError('USER_NOT_FOUND');
    assertVersion(expectedVersion, current.version);
    const now = ctx.now();
    const next: User = {
      ...current,
      name: body.name ?? current.name,
      email: body.email === undefined ? current.email : normalizeEmail(body.email),
      avatarUrl: body.avatarUrl === undefined ? current.avatarUrl : body.avatarUrl,
      deactivatedAt:
        body.deactivated === undefined
          ? current.deactivatedAt
          : body.deactivated
            ? (current.deactivatedAt ?? now)
            : null,
    };
    const changed =
      next.name !== current.name ||
      next.email !== current.email ||
      next.avatarUrl !== current.avatarUrl ||
      next.deactivatedAt !== current.deactivatedAt;
    if (!changed) return current;
    const saved = { ...next, modifiedAt: now };
    const updated = { ...saved, version: await repo.updateUser(trx, tenantId, saved, current.version) };
    await recordChanges(ctx, trx, tenantId, actor, [
      {
        type: 'user.updated',
        resource: { type: 'user', id },
        object: updated,
        changes: computeChanges(current, updated),
      },
    ]);
    return updated;
  });
}
