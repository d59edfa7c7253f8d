import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { appendEvents } from '../events/event.repository.js';
import type { Actor } from '../events/event.schemas.js';
import * as repo from './webhook.repository.js';

/**
 * POST /webhooks/{id}/test: a `webhook.test` event in the tenant's log, naming the endpoint as its
 * resource. The worker delivers webhook.test events only to the endpoint they name, so the test reaches
 * that endpoint alone, through the same queue, signing and retries as every other event. Answers its id.
 */
export async function sendTestEvent(ctx: Context, tenantId: string, id: string, actor: Actor): Promise<string> {
  if (!isUuid(id)) throw new AppError('WEBHOOK_NOT_FOUND');
  const eventId = ctx.newId();
  await ctx.db.transaction(async (trx) => {
    const row = await repo.findWebhook(trx, tenantId, id);
    if (!row) throw new AppError('WEBHOOK_NOT_FOUND');
    await appendEvents(trx, tenantId, [
      {
        id: eventId,
        type: 'webhook.test',
        occurredAt: ctx.now(),
        actor,
        resource: { type: 'webhook', id },
        data: { object: repo.toWebhook(row), changes: {} },
      },
    ]);
  });
  return eventId;
}
