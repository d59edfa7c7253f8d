import { type Static, Type } from 'typebox';
import { DateTimeOutput, HttpUrl, Id, IdList, Location, Locations, Nullable, StringEnum } from '../../core/schemas.js';
import { Page, PageQuery } from '../../http/schemas.js';
import { CustomAttributeInputs, CustomAttributeValues } from '../attributes/attribute.schemas.js';
import { Stage } from '../stages/stage.schemas.js';

export const CLIENT_STATUSES = ['lead', 'prospect', 'active', 'inactive', 'lost'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

const Status = StringEnum(CLIENT_STATUSES, { description: 'Commercial status; `lead` by default.' });

export const Company = Type.Object({
  id: Id,
  name: Type.String(),
  domain: Nullable(Type.String()),
  description: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  size: Nullable(Type.String()),
  logoUrl: Nullable(Type.String()),
  linkedinUrl: Nullable(Type.String()),
});
export type Company = Static<typeof Company>;

const clientFields = {
  id: Id,
  company: Company,
  status: Status,
  stage: Nullable(Stage),
  locations: Type.Array(Location),
  customAttributes: CustomAttributeValues,
  createdAt: DateTimeOutput,
  modifiedAt: DateTimeOutput,
  archivedAt: Nullable(DateTimeOutput),
  version: Type.Integer({ minimum: 1 }),
};

export const Client = Type.Object(clientFields);
export type Client = Static<typeof Client>;

/** One of a client's non-archived contacts, as GET /clients/{id} lists them. */
export const ContactSummary = Type.Object({
  id: Id,
  candidateId: Id,
  firstName: Type.String(),
  lastName: Type.String(),
  role: Nullable(Type.String()),
  department: Nullable(Type.String()),
  active: Type.Boolean({ description: '`endDate` is null or later than now' }),
  primaryEmail: Nullable(Type.String()),
});
export type ContactSummary = Static<typeof ContactSummary>;

export const ClientWithContacts = Type.Object({
  ...clientFields,
  contacts: Type.Array(ContactSummary, { description: 'Non-archived contacts, by last name then first name' }),
});
export type ClientWithContacts = Static<typeof ClientWithContacts>;

export const ClientPage = Page(Client);

const Text = (max: number) => Nullable(Type.String({ maxLength: max }), { description: 'null clears it' });
const Domain = Nullable(Type.String({ minLength: 1, maxLength: 255, pattern: '^\\S+$', examples: ['acme.example'] }), {
  description: 'Stored lower-cased; null clears it',
});

const companyFields = {
  domain: Type.Optional(Domain),
  description: Type.Optional(Text(10_000)),
  industry: Type.Optional(Text(255)),
  size: Type.Optional(Text(255)),
  linkedinUrl: Type.Optional(Nullable(HttpUrl)),
  logoUrl: Type.Optional(Nullable(HttpUrl)),
};
const CompanyName = Type.String({ minLength: 1, maxLength: 255 });
const StageId = Type.String({ maxLength: 100, description: 'A stage of the `clients` pipeline' });

export const CreateClientBody = Type.Object(
  {
    company: Type.Object({ name: CompanyName, ...companyFields }, { additionalProperties: false }),
    status: Type.Optional(Status),
    stageId: Type.Optional(
      Nullable(StageId, { description: 'Default: the first stage of the `clients` pipeline; null for none' }),
    ),
    locations: Type.Optional(Locations),
    customAttributes: Type.Optional(CustomAttributeInputs),
  },
  {
    additionalProperties: false,
    examples: [
      {
        company: { name: 'Acme Robotics', domain: 'acme.example', industry: 'Manufacturing', size: '51-200' },
        status: 'prospect',
        locations: [{ type: 'office', city: 'Ghent', country: 'Belgium' }],
      },
    ],
  },
);
export type CreateClientBody = Static<typeof CreateClientBody>;

export const UpdateClientBody = Type.Object(
  {
    company: Type.Optional(
      Type.Object({ name: Type.Optional(CompanyName), ...companyFields }, { additionalProperties: false }),
    ),
    status: Type.Optional(Status),
    stageId: Type.Optional(Nullable(StageId, { description: 'null removes the client from the pipeline' })),
    locations: Type.Optional(Locations),
    customAttributes: Type.Optional(CustomAttributeInputs),
  },
  {
    additionalProperties: false,
    description: 'Only the fields present change; null clears a nullable field.',
    examples: [{ status: 'active', company: { industry: null } }],
  },
);
export type UpdateClientBody = Static<typeof UpdateClientBody>;

export const ListClientsQuery = Type.Object({
  ...PageQuery,
  stageIds: Type.Optional(IdList),
  status: Type.Optional(
    Type.Array(Type.String({ maxLength: 200 }), {
      maxItems: 20,
      description: 'One or more of lead, prospect, active, inactive, lost (repeat or comma-separate)',
    }),
  ),
  q: Type.Optional(
    Type.String({
      maxLength: 255,
      description: 'Case-insensitive substring of company name or domain; empty is no filter',
    }),
  ),
  includeArchived: Type.Optional(Type.Boolean({ default: false })),
});
export type ListClientsQuery = Static<typeof ListClientsQuery>;

export const DeleteClientQuery = Type.Object({
  cascade: Type.Optional(Type.Boolean({ default: false, description: "Archive the client's active contacts too" })),
});
