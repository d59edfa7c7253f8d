import { type Static, Type } from 'typebox';
import { StringEnum } from '../../core/schemas.js';

/** Which records a definition describes. */
export type AttributeEntity = 'clientContact' | 'client';

export const CUSTOM_TYPES = ['text', 'number', 'checkbox', 'select', 'multiSelect', 'date', 'currency', 'url'] as const;
export type CustomType = (typeof CUSTOM_TYPES)[number];

/** Types whose definitions carry `options`. */
export const OPTION_TYPES: readonly CustomType[] = ['select', 'multiSelect'];

export interface AttributeInput {
  attributeDefinitionId: string;
  value: unknown;
}

export interface AttributeValue {
  attributeDefinitionId: string;
  label: string;
  type: string;
  value: unknown;
}

/** A value that fits its definition, normalized; `null` clears the stored value. */
export interface CheckedAttribute {
  definitionId: string;
  value: unknown | null;
}

const VALUE_DESCRIPTION =
  "By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of " +
  '`options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` ' +
  '`{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL.';

/** Inside request bodies: merges per definition; `value: null` clears that one. */
export const CustomAttributeInputs = Type.Array(
  Type.Object(
    {
      attributeDefinitionId: Type.String({ maxLength: 100, description: 'Id of a custom attribute definition' }),
      value: Type.Unknown({ description: `${VALUE_DESCRIPTION} \`null\` clears it.` }),
    },
    { additionalProperties: false },
  ),
  {
    maxItems: 100,
    description:
      'Merges per definition (definitions not named keep their value); `value: null` clears one. A value that ' +
      'does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND.',
  },
);

/** Inside responses, ordered as the definitions are. */
export const CustomAttributeValues = Type.Array(
  Type.Object({
    attributeDefinitionId: Type.String(),
    label: Type.String(),
    type: Type.String(),
    value: Type.Unknown({ description: VALUE_DESCRIPTION }),
  }),
);

export const AttributeDefinition = Type.Object({
  id: Type.String({ description: 'UUID for custom definitions; the key itself for built-in ones' }),
  key: Type.String(),
  label: Type.String(),
  type: Type.String({
    description:
      'Custom: one of `text`, `number`, `checkbox`, `select`, `multiSelect`, `date`, `currency`, `url`. ' +
      'Built-in fields may also be `email`, `phone`, `stage`, `user`, `location`.',
  }),
  viewType: Type.String({
    description:
      'How a UI shows it: text→`textField`, number→`numberField`, checkbox→`checkbox`, select→`dropdown`, ' +
      'multiSelect→`multiDropdown`, date→`datePicker`, currency→`currencyField`, url→`link`; built-ins also ' +
      'use `emailList`, `phoneList`, `stagePicker`, `userPicker`, `locationList`.',
  }),
  options: Type.Optional(Type.Array(Type.String())),
  builtIn: Type.Boolean(),
});
export type AttributeDefinition = Static<typeof AttributeDefinition>;

export const DefinitionList = Type.Object({ definitions: Type.Array(AttributeDefinition) });

export const CreateDefinitionBody = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 255 }),
    type: StringEnum(CUSTOM_TYPES),
    key: Type.Optional(
      Type.String({
        pattern: '^[a-z][A-Za-z0-9]{0,63}$',
        description: 'camelCase identifier; derived from the label when absent. Unique per entity (409 CONFLICT).',
      }),
    ),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 255 }), {
        minItems: 1,
        maxItems: 200,
        uniqueItems: true,
        description: 'Required for `select` and `multiSelect`, refused for other types.',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      { label: 'Seniority', type: 'select', options: ['Junior', 'Senior', 'Executive'] },
      { label: 'Annual budget', type: 'currency' },
    ],
  },
);
export type CreateDefinitionBody = Static<typeof CreateDefinitionBody>;
