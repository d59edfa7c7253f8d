import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { assertVersion } from '../../core/versions.js';
import type { DB } from '../../db/database.js';
import { type Page, type PageParams, toPage } from '../../db/keyset.js';
import { lockForWrite } from '../../db/versioned-update.js';
import { applyAttributeValues, readAttributeValues } from '../attributes/attribute.repository.js';
import type { AttributeInput, CheckedAttribute } from '../attributes/attribute.schemas.js';
import { checkAttributeInputs } from '../attributes/attribute.service.js';
import { loadContacts } from '../client-contacts/client-contact.read-repository.js';
import { computeChanges } from '../events/event.changes.js';
import type { Actor } from '../events/event.schemas.js';
import { type Change, recordChanges } from '../events/event.service.js';
import { findStage, listStages, type Stage } from '../stages/stage.repository.js';
import * as repo from './client.repository.js';
import { clientFilter, type ListFilterQuery, mergeClient, sameClient } from './client.rules.js';
import type { Client, ClientWithContacts, CreateClientBody, UpdateClientBody } from './client.schemas.js';
import * as contacts from './contact-summary.repository.js';

type Expected = number | undefined | 'unmatchable';

async function withAttributes(db: Kysely<DB>, tenantId: string, records: repo.ClientRecord[]): Promise<Client[]> {
  const values = await readAttributeValues(
    db,
    tenantId,
    records.map((r) => r.id),
  );
  return records.map((r) => ({ ...r, customAttributes: values.get(r.id) ?? [] }));
}

/** A present, non-archived client of the tenant, or 404 (non-UUIDs and other tenants' ids included). */
async function clientInPath(db: Kysely<DB>, tenantId: string, id: string): Promise<repo.ClientRecord> {
  const client = isUuid(id) ? await repo.findClient(db, tenantId, id) : undefined;
  if (!client) throw new AppError('CLIENT_NOT_FOUND');
  return client;
}

/**
 * The client a write starts from, row-locked on PostgreSQL until the transaction ends (see
 * versioned-update.ts), or 404. Archived clients only when asked for.
 */
async function clientForWrite(
  trx: Kysely<DB>,
  tenantId: string,
  id: string,
  options: { includeArchived?: boolean } = {},
): Promise<repo.ClientRecord> {
  if (!isUuid(id)) throw new AppError('CLIENT_NOT_FOUND');
  await lockForWrite(trx, 'clients', { tenantId, id });
  const client = await repo.findClient(trx, tenantId, id, options);
  if (!client) throw new AppError('CLIENT_NOT_FOUND');
  return client;
}

/** A stage of the tenant's `clients` pipeline, or 400 STAGE_NOT_FOUND. */
async function clientStage(db: Kysely<DB>, tenantId: string, stageId: string): Promise<Stage> {
  const stage = isUuid(stageId) ? await findStage(db, tenantId, 'clients', stageId) : undefined;
  if (!stage) throw new AppError('STAGE_NOT_FOUND');
  const { version: _version, ...shown } = stage;
  return shown;
}

async function checkAttributes(
  db: Kysely<DB>,
  tenantId: string,
  body: { customAttributes?: AttributeInput[] },
): Promise<CheckedAttribute[] | undefined> {
  return body.customAttributes && checkAttributeInputs(db, tenantId, 'client', body.customAttributes);
}

export async function listClients(
  ctx: Context,
  tenantId: string,
  query: ListFilterQuery & PageParams,
): Promise<Page<Client>> {
  const filter = clientFilter(query);
  const db = ctx.db.kysely;
  const rows = await repo.listClients(db, tenantId, filter, query);
  const page = toPage(rows, query.limit, (r) => ({ modifiedAt: r.modifiedAt, id: r.id }));
  return { items: await withAttributes(db, tenantId, page.items), pageInfo: page.pageInfo };
}

export async function getClient(ctx: Context, tenantId: string, id: string): Promise<ClientWithContacts> {
  const db = ctx.db.kysely;
  const client = await clientInPath(db, tenantId, id);
  const [[shown], summaries] = await Promise.all([
    withAttributes(db, tenantId, [client]),
    contacts.listContactSummaries(db, tenantId, id, ctx.now()),
  ]);
  return { ...shown, contacts: summaries };
}

/** A new client with its company; in the first stage of the `clients` pipeline unless `stageId` says otherwise. */
export async function createClient(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  body: CreateClientBody,
): Promise<Client> {
  return ctx.db.transaction(async (trx) => {
    let stage: Stage | null;
    if (body.stageId === null) stage = null;
    else if (body.stageId !== undefined) stage = await clientStage(trx, tenantId, body.stageId);
    else stage = (await listStages(trx, tenantId, 'clients'))[0] ?? null;
    const attributes = await checkAttributes(trx, tenantId, body);
    const now = ctx.now();
    const empty: repo.ClientRecord = {
      id: ctx.newId(),
      company: {
        id: ctx.newId(),
        name: body.company.name,
        domain: null,
        description: null,
        industry: null,
        size: null,
        logoUrl: null,
        linkedinUrl: null,
      },
      status: 'lead',
      stage,
      locations: [],
      createdAt: now,
      modifiedAt: now,
      archivedAt: null,
      version: 1,
    };
    const record = mergeClient(empty, body, stage);
    await repo.insertClient(trx, tenantId, record);
    if (attributes) await applyAttributeValues(trx, tenantId, record.id, attributes);
    const created = (await withAttributes(trx, tenantId, [record]))[0];
    await recordChanges(ctx, trx, tenantId, actor, [
      { type: 'client.created', resource: { type: 'client', id: record.id }, object: created },
    ]);
    return created;
  });
}

/**
 * Partial update in one transaction. Checks run in the documented order (404, stage and attribute
 * references, If-Match); an update that changes nothing keeps version and modifiedAt.
 */
export async function updateClient(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  body: UpdateClientBody,
  expected: Expected,
): Promise<Client> {
  return ctx.db.transaction(async (trx) => {
    const current = await clientForWrite(trx, tenantId, id);
    let stage = current.stage;
    if (body.stageId === null) stage = null;
    else if (body.stageId !== undefined && body.stageId !== current.stage?.id) {
      stage = await clientStage(trx, tenantId, body.stageId);
    }
    const attributes = await checkAttributes(trx, tenantId, body);
    assertVersion(expected, current.version);
    const next = mergeClient(current, body, stage);
    const before = (await withAttributes(trx, tenantId, [current]))[0];
    const attributesChanged = attributes ? await applyAttributeValues(trx, tenantId, id, attributes) : false;
    if (!attributesChanged && sameClient(current, next)) return before;
    const saved = { ...next, modifiedAt: ctx.now() };
    const version = await repo.updateClient(trx, tenantId, saved, current.version);
    const updated = (await withAttributes(trx, tenantId, [{ ...saved, version }]))[0];
    await recordChanges(ctx, trx, tenantId, actor, [
      {
        type: 'client.updated',
        resource: { type: 'client', id },
        object: updated,
        changes: computeChanges(before, updated),
      },
    ]);
    return updated;
  });
}

/**
 * Archives a client (soft delete). While it has non-archived contacts the archive is refused with
 * 409 CONFLICT (details.activeContacts), unless `cascade` archives them too, in the same transaction.
 */
export async function archiveClient(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  cascade: boolean,
  expected: Expected,
): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    const current = await clientForWrite(trx, tenantId, id);
    assertVersion(expected, current.version);
    const now = ctx.now();
    const activeContacts = await contacts.countActiveContacts(trx, tenantId, id);
    let archivedContacts: Change[] = [];
    if (activeContacts > 0) {
      if (!cascade) throw new AppError('CONFLICT', { details: { activeContacts } });
      archivedContacts = await archiveContactsWithEvents(trx, tenantId, id, now);
    }
    const version = await repo.setClientArchived(trx, tenantId, id, current.version, now, now);
    const [before, archived] = await withAttributes(trx, tenantId, [
      current,
      { ...current, archivedAt: now, modifiedAt: now, version },
    ]);
    await recordChanges(ctx, trx, tenantId, actor, [
      ...archivedContacts,
      {
        type: 'client.archived',
        resource: { type: 'client', id },
        object: archived,
        changes: computeChanges(before, archived),
      },
    ]);
  });
}

/** Archives a client's remaining contacts (cascade), and says so for each: client_contact.archived. */
async function archiveContactsWithEvents(
  trx: Kysely<DB>,
  tenantId: string,
  clientId: string,
  now: string,
): Promise<Change[]> {
  const ids = await contacts.activeContactIds(trx, tenantId, clientId);
  const before = await loadContacts(trx, tenantId, ids, now);
  await contacts.archiveContactsOfClient(trx, tenantId, clientId, now);
  const after = await loadContacts(trx, tenantId, ids, now);
  return after.map((contact, i) => ({
    type: 'client_contact.archived',
    resource: { type: 'client_contact', id: contact.id },
    object: contact,
    changes: computeChanges(before[i], contact),
  }));
}

/**
 * Un-archives a client. Its archived contacts stay archived (each is restored on its own). A client that
 * is not archived is answered unchanged, version and modifiedAt included.
 */
export async function restoreClient(
  ctx: Context,
  tenantId: string,
  actor: Actor,
  id: string,
  expected: Expected,
): Promise<Client> {
  return ctx.db.transaction(async (trx) => {
    const current = await clientForWrite(trx, tenantId, id, { includeArchived: true });
    assertVersion(expected, current.version);
    if (current.archivedAt === null) return (await withAttributes(trx, tenantId, [current]))[0];
    const now = ctx.now();
    const version = await repo.setClientArchived(trx, tenantId, id, current.version, null, now);
    const [before, restored] = await withAttributes(trx, tenantId, [
      current,
      { ...current, archivedAt: null, modifiedAt: now, version },
    ]);
    await recordChanges(ctx, trx, tenantId, actor, [
      {
        type: 'client.restored',
        resource: { type: 'client', id },
        object: restored,
        changes: computeChanges(before, restored),
      },
    ]);
    return restored;
  });
}
