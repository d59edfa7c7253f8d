import type { CallOptions, Transport, WriteOptions } from '../transport.js';
import type { CreateStageBody, Pipeline, Stage, UpdateStageBody } from '../types.js';

/** The stages of the two pipelines, `client-contacts` and `clients` (API.md §2.2). */
export class Stages {
  constructor(private readonly transport: Transport) {}

  /** GET /pipeline/{pipeline}/stages, in order. */
  async list(pipeline: Pipeline, options?: CallOptions): Promise<Stage[]> {
    const answer = await this.transport.request<{ stages: Stage[] }>('GET', '/pipeline/{pipeline}/stages', {
      ...options,
      params: { pipeline },
    });
    return answer.stages;
  }

  /** POST /pipeline/{pipeline}/stages: appended, or inserted at `order`. */
  create(pipeline: Pipeline, body: CreateStageBody, options?: WriteOptions): Promise<Stage> {
    return this.transport.request('POST', '/pipeline/{pipeline}/stages', { ...options, params: { pipeline }, body });
  }

  /** PATCH /pipeline/{pipeline}/stages/{id}: rename, recolour or move. */
  update(pipeline: Pipeline, id: string, body: UpdateStageBody, options?: WriteOptions): Promise<Stage> {
    return this.transport.request('PATCH', '/pipeline/{pipeline}/stages/{id}', {
      ...options,
      params: { pipeline, id },
      body,
    });
  }

  /** DELETE /pipeline/{pipeline}/stages/{id}; `moveTo` moves the records in it first (else 409 STAGE_IN_USE). */
  delete(pipeline: Pipeline, id: string, options?: WriteOptions & { moveTo?: string }): Promise<void> {
    const { moveTo, ...rest } = options ?? {};
    return this.transport.request('DELETE', '/pipeline/{pipeline}/stages/{id}', {
      ...rest,
      params: { pipeline, id },
      query: { moveTo },
    });
  }
}
