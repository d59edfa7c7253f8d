import type { ValidateFunction } from 'ajv';
import { envelope } from '../../http/envelope.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { buildValidator } from '../../http/validation.js';
import { type BatchItemResult, runBatch } from './client-contact.batch.js';
import { BatchBody, BatchEnvelope, BatchResponse, operationParser } from './client-contact.batch.schemas.js';
import { ClientContact } from './client-contact.schemas.js';

const STATUS: Record<BatchItemResult['outcome'], number> = {
  created: 201,
  updated: 200,
  unchanged: 200,
  archived: 204,
  failed: 0,
};

/**
 * API.md §5.2. A static path: `_batch` is matched before the templated `POST /clients/contacts/{clientId}`.
 * The request is validated as a whole against BatchEnvelope only (the documented BatchBody would refuse the
 * whole batch for one bad operation); each operation is then checked on its own, as its endpoint would.
 */
export const clientContactBatchRoutes: RouteModule = (app, ctx) => {
  app.addSchema(ClientContact);
  const parse = operationParser();
  const envelopeValidator = buildValidator()({
    schema: BatchEnvelope,
    httpPart: 'body',
    method: 'POST',
    url: '/clients/contacts/_batch',
  }) as unknown as ValidateFunction;

  app.post(
    '/clients/contacts/_batch',
    {
      // Operations are trimmed and checked one by one (an unstorable string fails its operation only).
      config: { trimsOwnBody: true },
      validatorCompiler: ({ httpPart }) => (httpPart === 'body' ? envelopeValidator : () => true),
      schema: {
        tags: ['client contacts'],
        operationId: 'batchClientContacts',
        summary: 'Create, update, upsert or archive many contacts (ext)',
        description:
          'Runs 1–100 operations in order, each in its own transaction with exactly the rules of its single endpoint ' +
          '(`create`: POST /clients/contacts/{clientId}; `update`: PATCH /clients/contacts/{id}, `ifMatch` as the ' +
          'If-Match header; `archive`: DELETE /clients/contacts/{id}, which also takes `ifMatch`); one failing leaves ' +
          'the others applied. Answers 207 with one result per operation, in input order: `status` and `body` are ' +
          'what the single endpoint would answer (the contact, the error envelope with this request’s `requestId`, ' +
          'or null for an archive, 204), and `outcome` is `created`, `updated`, `unchanged` (a change that changed ' +
          'nothing: no new version, no event), `archived` or `failed`. A malformed operation (unknown `op`, missing ' +
          '`id`, a body the endpoint refuses) is that operation’s own 400 VALIDATION_ERROR, its body’s `errors[].path` ' +
          'relative to the body as the endpoint gives them, and the operation’s own fields named `op`, `id`, ' +
          '`clientId`, `ifMatch`, `body`. A request that is not `{ operations: [...] }` with 1–100 operations is a ' +
          'plain 400 and runs nothing. `upsert` matches on email: an address of the body held by a person with a ' +
          'role at `clientId` updates that role with PATCH semantics (200, or `unchanged`); held by a person with ' +
          'no role there, it adds a role to that person (201, as a create with `candidateId`); held by nobody, or ' +
          'no emails, it makes a new person and role (201; firstName and lastName then required); held by two or ' +
          'more people, 409 EMAIL_ALREADY_IN_USE with all of them in `details.duplicates`; held by a person whose ' +
          'only role there is archived, 409 CONFLICT with `details.reason: CLIENT_CONTACT_ARCHIVED` and the role’s ' +
          '`details.id` (restore it first: an upsert never undoes an archive). Match and write are one transaction. ' +
          'Where a tenant requires If-Match, an `update` or `archive` without `ifMatch` is 428; `create` and ' +
          '`upsert` are not versioned writes and need none. A batch costs one request of the rate limit.',
        body: BatchBody,
        response: { 207: BatchResponse, 400: ErrorRef, 401: ErrorRef },
      },
    },
    async (request, reply) => {
      const { operations } = request.body as { operations: unknown[] };
      const ifMatchRequired = request.requireIfMatch;
      const parsed = operations.map((raw) => parse(raw, { ifMatchRequired }));
      const outcomes = await runBatch(ctx, request.tenantId, request.actor, parsed);
      const results = outcomes.map((result, index) => {
        if (result.outcome !== 'failed') {
          return { index, status: STATUS[result.outcome], outcome: result.outcome, body: result.contact };
        }
        if (result.cause) request.log.error({ err: result.cause, index }, 'batch operation failed');
        const body = envelope(result.error, request.id);
        return { index, status: body.status, outcome: result.outcome, body };
      });
      return reply.code(207).send({ results });
    },
  );
};
