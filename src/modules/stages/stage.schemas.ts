import { type Static, Type } from 'typebox';
import { ColorHex, Id } from '../../core/schemas.js';

/** `Stage = { id, order, name, colorHex }` (API.md §2.2). Embedded (not referenced) wherever a record shows its stage. */
export const Stage = Type.Object({
  id: Id,
  order: Type.Integer({ minimum: 0, description: 'Position in the pipeline, 0-based and contiguous.' }),
  name: Type.String(),
  colorHex: Type.String({ description: '`#RRGGBB`', examples: ['#4F46E5'] }),
});

export const StageList = Type.Object({ stages: Type.Array(Stage) });

/** Not an enum: an unknown pipeline is a resource that does not exist (404 NOT_FOUND), not a bad request. */
const PipelineParam = Type.String({
  description: '`client-contacts` or `clients`; any other value answers 404 NOT_FOUND.',
  examples: ['client-contacts'],
});

export const PipelineParams = Type.Object({ pipeline: PipelineParam });

export const StageParams = Type.Object({ pipeline: PipelineParam, id: Type.String({ description: 'Stage id' }) });

const Name = Type.String({ minLength: 1, maxLength: 255 });
const Order = Type.Integer({
  minimum: 0,
  maximum: 10_000,
  description: '0-based position; the other stages shift to keep orders contiguous. Past the end means last.',
});

export const CreateStageBody = Type.Object(
  { name: Name, colorHex: ColorHex, order: Type.Optional(Order) },
  {
    additionalProperties: false,
    description: 'A new stage; appended at the end when `order` is absent.',
    examples: [{ name: 'Qualified', colorHex: '#0EA5E9', order: 1 }],
  },
);
export type CreateStageBody = Static<typeof CreateStageBody>;

export const UpdateStageBody = Type.Object(
  { name: Type.Optional(Name), colorHex: Type.Optional(ColorHex), order: Type.Optional(Order) },
  {
    additionalProperties: false,
    description: 'Rename, recolour or move a stage; only the fields present change.',
    examples: [{ name: 'Warm', order: 0 }],
  },
);
export type UpdateStageBody = Static<typeof UpdateStageBody>;

export const DeleteStageQuery = Type.Object({
  moveTo: Type.Optional(
    Type.String({
      description: 'A stage of the same pipeline that takes over every record (archived ones too) still in this stage.',
    }),
  ),
});
export type DeleteStageQuery = Static<typeof DeleteStageQuery>;
