import { type Static, type TSchema, Type } from 'typebox';

/** `T | null` as one JSON-Schema type list (not anyOf), so validation errors stay precise. */
export function Nullable<T extends TSchema>(schema: T, options: Record<string, unknown> = {}) {
  const { type, enum: values, ...rest } = schema as unknown as { type: string; enum?: unknown[] };
  const nullable: Record<string, unknown> = { ...rest, ...options, type: [type, 'null'] };
  if (values) nullable.enum = [...values, null];
  return Type.Unsafe<Static<T> | null>(nullable);
}

/** A string from a fixed list, as a plain `enum` (reported as INVALID_ENUM_VALUE). */
export function StringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** The date-time pattern Spott documents for `startDate` (leap-year aware, `T` required, `Z` required). */
export const DATE_TIME_PATTERN =
  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z))$';

export const DateTimeInput = Type.String({
  pattern: DATE_TIME_PATTERN,
  description: 'ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.',
  examples: ['2023-11-07T05:31:56Z'],
});

export const DateTimeOutput = Type.String({
  description: 'ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.',
  examples: ['2023-11-07T05:31:56.000Z'],
});

export const Id = Type.String({ description: 'UUIDv7', examples: ['0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d'] });

export const HttpUrl = Type.String({
  maxLength: 2048,
  pattern: '^https?://[^\\s]+$',
  description: 'An http or https URL.',
});

export const ColorHex = Type.String({ pattern: '^#[0-9A-Fa-f]{6}$', examples: ['#4F46E5'] });

/** A list filter that may repeat (`a=1&a=2`) or be comma-separated (`a=1,2`). */
export const IdList = Type.Array(Type.String({ maxLength: 4000 }), { maxItems: 200 });

export const LOCATION_TYPES = ['primary_home', 'home', 'work', 'office', 'other'] as const;

const optionalText = (max = 255) => Type.Optional(Nullable(Type.String({ maxLength: max })));

export const Location = Type.Object(
  {
    type: Type.Optional(Nullable(StringEnum(LOCATION_TYPES))),
    street1: optionalText(),
    street2: optionalText(),
    postalCode: optionalText(32),
    city: optionalText(),
    region: optionalText(),
    state: optionalText(),
    country: optionalText(),
    rawCityCountry: optionalText(),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
    formattedAddress: optionalText(1000),
  },
  { additionalProperties: false },
);
export type Location = Static<typeof Location>;

export const Locations = Type.Array(Location, { maxItems: 20 });

/** A plausible email address (API.md §2.4): 3–254 characters, one `@`, a dotted domain. */
export const Email = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: '^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$',
  examples: ['jsmith@example.com'],
});
