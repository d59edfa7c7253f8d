import { Type } from 'typebox';
import { etag, expectedVersion } from '../../core/versions.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import {
  CreateStageBody,
  DeleteStageQuery,
  PipelineParams,
  Stage,
  StageList,
  StageParams,
  UpdateStageBody,
} from './stage.schemas.js';
import * as service from './stage.service.js';

const error = ErrorRef;
const tags = ['pipeline stages'];

/** API.md §2.2: the two pipelines' stages. Writes are Clientele extensions. */
export const stageRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/pipeline/:pipeline/stages',
    {
      schema: {
        tags,
        operationId: 'listStages',
        summary: "List a pipeline's stages",
        description: 'Stages of `client-contacts` or `clients`, ordered by `order` (0-based, contiguous).',
        params: PipelineParams,
        response: { 200: StageList, 400: error, 401: error, 404: error },
      },
    },
    async (request) => ({ stages: await service.listStages(ctx, request.tenantId, request.params.pipeline) }),
  );

  app.post(
    '/pipeline/:pipeline/stages',
    {
      schema: {
        tags,
        operationId: 'createStage',
        summary: 'Add a stage (ext)',
        description:
          'Appended at the end without `order`; with it, inserted there and the stages from that position on move ' +
          'down one. An `order` past the end appends. `colorHex` is stored upper-case.',
        params: PipelineParams,
        body: CreateStageBody,
        response: { 201: Stage, 400: error, 401: error, 404: error },
      },
    },
    async (request, reply) => {
      const { version, ...stage } = await service.createStage(
        ctx,
        request.tenantId,
        request.actor,
        request.params.pipeline,
        request.body,
      );
      return reply.code(201).header('etag', etag(version)).send(stage);
    },
  );

  app.patch(
    '/pipeline/:pipeline/stages/:id',
    {
      schema: {
        tags,
        operationId: 'updateStage',
        summary: 'Rename, recolour or move a stage (ext)',
        description:
          'Moving a stage shifts the ones between its old and new place, so orders stay 0..n-1. Honours `If-Match`. ' +
          'A body that changes nothing leaves the version alone.',
        params: StageParams,
        body: UpdateStageBody,
        response: { 200: Stage, 400: error, 401: error, 404: error, 412: error },
      },
    },
    async (request, reply) => {
      const { version, ...stage } = await service.updateStage(
        ctx,
        request.tenantId,
        request.actor,
        request.params.pipeline,
        request.params.id,
        request.body,
        expectedVersion(request.headers['if-match']),
      );
      return reply.header('etag', etag(version)).send(stage);
    },
  );

  app.delete(
    '/pipeline/:pipeline/stages/:id',
    {
      schema: {
        tags,
        operationId: 'deleteStage',
        summary: 'Delete a stage (ext)',
        description:
          'While records (archived ones included) are in the stage the delete is refused with 409 STAGE_IN_USE, ' +
          'unless `moveTo` names another stage of the same pipeline: those records then move there first (their ' +
          'version rises by one) and the stage is deleted, in one transaction. An unknown `moveTo` is 400 ' +
          'STAGE_NOT_FOUND. The remaining stages close the gap. Honours `If-Match`.',
        params: StageParams,
        querystring: DeleteStageQuery,
        response: {
          204: Type.Null({ description: 'Deleted' }),
          400: error,
          401: error,
          404: error,
          409: error,
          412: error,
        },
      },
    },
    async (request, reply) => {
      await service.deleteStage(
        ctx,
        request.tenantId,
        request.actor,
        request.params.pipeline,
        request.params.id,
        request.query.moveTo,
        expectedVersion(request.headers['if-match']),
      );
      return reply.code(204).send(null);
    },
  );
};
