import { type Static, Type } from 'typebox';
import {
  DateTimeInput,
  DateTimeOutput,
  Email,
  HttpUrl,
  IdList,
  Location,
  Locations,
  Nullable,
  StringEnum,
} from '../../core/schemas.js';
import { PageQuery } from '../../http/schemas.js';
import { CustomAttributeInputs, CustomAttributeValues } from '../attributes/attribute.schemas.js';

const PURPOSES = ['personal', 'work'] as const;
const Purpose = Nullable(StringEnum(PURPOSES), { description: '`personal`, `work` or null' });

const Text = Type.String({ maxLength: 255 });
const Name = Type.String({ minLength: 1, maxLength: 255 });

/** 3–40 characters of digits, spaces and `+-().`, with at least 3 digits. */
const PhoneNumber = Type.String({
  minLength: 3,
  maxLength: 40,
  pattern: '^(?=(?:[^0-9]*[0-9]){3})[0-9 +\\-().]+$',
  examples: ['+44 20 7946 0958'],
});

export const EmailInput = Type.Object(
  { email: Email, purpose: Type.Optional(Purpose), isPrimary: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export const PhoneInput = Type.Object(
  {
    phoneNumber: PhoneNumber,
    purpose: Type.Optional(Purpose),
    isPrimary: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

/** At most 50 of each per contact: far above real use, low enough to bound a request's work. */
const Emails = Type.Array(EmailInput, {
  maxItems: 50,
  description:
    'Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); ' +
    'with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. ' +
    'An address held by another person → 409 EMAIL_ALREADY_IN_USE.',
});
const PhoneNumbers = Type.Array(PhoneInput, {
  maxItems: 50,
  description:
    'Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); ' +
    'with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER.',
});

const updatableFields = {
  role: Type.Optional(Nullable(Text, { description: 'Role at the client; null clears it' })),
  department: Type.Optional(Nullable(Text, { description: 'Department; null clears it' })),
  firstName: Type.Optional(Name),
  lastName: Type.Optional(Name),
  emails: Type.Optional(Emails),
  phoneNumbers: Type.Optional(PhoneNumbers),
  mainContactId: Type.Optional(
    Nullable(Type.String({ maxLength: 100 }), { description: 'An active user of the tenant; null clears it' }),
  ),
  stageId: Type.Optional(Type.String({ maxLength: 100, description: "A stage of the 'client-contacts' pipeline" })),
  startDate: Type.Optional(DateTimeInput),
  endDate: Type.Optional(Nullable(DateTimeInput, { description: 'Not before startDate; null clears it' })),
  avatarUrl: Type.Optional(Nullable(HttpUrl, { description: 'ext; person-level' })),
  locations: Type.Optional(Locations),
  customAttributes: Type.Optional(CustomAttributeInputs),
};

const SPOTT_EXAMPLE = {
  role: 'Head of Talent',
  department: 'People',
  firstName: 'Jane',
  lastName: 'Smith',
  emails: [{ email: 'jsmith@example.com', isPrimary: true }],
  phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', isPrimary: true }],
  startDate: '2023-11-07T05:31:56Z',
  endDate: '2024-11-07T05:31:56Z',
};

export const UpdateContactBody = Type.Object(updatableFields, {
  additionalProperties: false,
  description: 'Every field optional; only the fields present change. Unknown fields → 400 UNRECOGNIZED_KEY.',
  examples: [SPOTT_EXAMPLE],
});
export type UpdateContactBody = Static<typeof UpdateContactBody>;

export const CreateContactBody = Type.Object(
  {
    ...updatableFields,
    candidateId: Type.Optional(
      Type.String({ maxLength: 100, description: 'Make a new role for this existing person (names then optional)' }),
    ),
  },
  {
    additionalProperties: false,
    // firstName and lastName are required unless the contact is a new role of an existing person.
    if: { not: { required: ['candidateId'] } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
    then: { required: ['firstName', 'lastName'] },
    examples: [SPOTT_EXAMPLE],
  },
);
export type CreateContactBody = Static<typeof CreateContactBody>;

export const ListContactsQuery = Type.Object({
  ...PageQuery,
  clientIds: Type.Optional(IdList),
  client_ids: Type.Optional(IdList),
  stageIds: Type.Optional(IdList),
  mainContactIds: Type.Optional(IdList),
  active: Type.Optional(Type.Boolean()),
  email: Type.Optional(Type.String({ maxLength: 254, description: 'Exact match against any email, ignoring case' })),
  q: Type.Optional(
    Type.String({
      maxLength: 255,
      description: 'Case-insensitive prefix of first, last or full name, or of any email',
    }),
  ),
  includeArchived: Type.Optional(Type.Boolean({ default: false })),
});
export type ListContactsQuery = Static<typeof ListContactsQuery>;

export const DeleteContactQuery = Type.Object({
  permanent: Type.Optional(Type.Boolean({ default: false, description: 'Erase instead of archive' })),
});

const StageOut = Type.Object({
  id: Type.String(),
  order: Type.Integer(),
  name: Type.String(),
  colorHex: Type.String(),
});
const EmailOut = Type.Object({ email: Type.String(), purpose: Purpose, isPrimary: Type.Boolean() });
const PhoneOut = Type.Object({ phoneNumber: Type.String(), purpose: Purpose, isPrimary: Type.Boolean() });

export const ClientContact = Type.Object(
  {
    id: Type.String(),
    candidateId: Type.String(),
    clientId: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    avatarUrl: Nullable(Type.String()),
    locations: Type.Array(Location),
    client: Type.Object({
      id: Type.String(),
      company: Type.Object({
        id: Type.String(),
        name: Type.String(),
        logoUrl: Nullable(Type.String()),
        linkedinUrl: Nullable(Type.String()),
      }),
      locations: Type.Array(Location),
    }),
    role: Nullable(Type.String()),
    department: Nullable(Type.String()),
    emails: Type.Array(EmailOut),
    phoneNumbers: Type.Array(PhoneOut),
    startDate: Nullable(DateTimeOutput),
    endDate: Nullable(DateTimeOutput),
    active: Type.Boolean(),
    stage: Nullable(StageOut),
    mainContact: Nullable(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        avatarUrl: Nullable(Type.String()),
        deactivatedAt: Nullable(DateTimeOutput),
      }),
    ),
    customAttributes: CustomAttributeValues,
    createdAt: DateTimeOutput,
    modifiedAt: DateTimeOutput,
    archivedAt: Nullable(DateTimeOutput),
    version: Type.Integer(),
  },
  {
    $id: 'ClientContact',
    examples: [
      {
        id: '01a21b21-ecdb-7041-b78e-63e149a2c016',
        candidateId: '01a21b21-ecdb-7041-b78e-658ba4076a50',
        clientId: '01a21b21-eb5e-7304-ac1c-a0f0e6c7b61b',
        firstName: 'Jane',
        lastName: 'Smith',
        avatarUrl: null,
        locations: [],
        client: {
          id: '01a21b21-eb5e-7304-ac1c-a0f0e6c7b61b',
          company: {
            id: '01a21b21-eb5e-7304-ac1c-a7c1553b5e75',
            name: 'Northwind Logistics',
            logoUrl: null,
            linkedinUrl: null,
          },
          locations: [],
        },
        role: 'Head of Talent',
        department: 'People',
        emails: [
          { email: 'jane@northwind.example', purpose: 'work', isPrimary: true },
          { email: 'jane.smith@home.example', purpose: 'personal', isPrimary: false },
        ],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', purpose: null, isPrimary: true }],
        startDate: '2023-11-07T05:31:56.000Z',
        endDate: null,
        active: true,
        stage: { id: '01a21b21-dc62-76c1-9fbd-6c5d4953cf68', order: 0, name: 'New', colorHex: '#94A3B8' },
        mainContact: null,
        customAttributes: [],
        createdAt: '2026-11-27T03:52:17.883Z',
        modifiedAt: '2026-11-27T03:52:18.111Z',
        archivedAt: null,
        version: 2,
      },
    ],
  },
);
export type ClientContact = Static<typeof ClientContact>;

export const PersonView = Type.Object(
  {
    candidateId: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    avatarUrl: Nullable(Type.String()),
    locations: Type.Array(Location),
    mainContact: Nullable(
      Type.Object({
        userId: Type.String(),
        name: Type.String(),
        email: Type.String(),
        avatarUrl: Nullable(Type.String()),
        deactivatedAt: Nullable(DateTimeOutput),
      }),
    ),
    clientContacts: Type.Array(
      Type.Object({
        id: Type.String(),
        company: Type.Object({ id: Type.String(), name: Type.String(), logoUrl: Nullable(Type.String()) }),
        role: Nullable(Type.String()),
        department: Nullable(Type.String()),
        startDate: Nullable(DateTimeOutput),
        endDate: Nullable(DateTimeOutput),
        active: Type.Boolean(),
        emailAddresses: Type.Array(Type.Object({ purpose: Purpose, email: Type.String(), isPrimary: Type.Boolean() })),
        phoneNumbers: Type.Array(
          Type.Object({ purpose: Purpose, phoneNumber: Type.String(), isPrimary: Type.Boolean() }),
        ),
        stage: Nullable(StageOut),
        customAttributes: CustomAttributeValues,
        modifiedAt: DateTimeOutput,
        version: Type.Integer(),
      }),
    ),
  },
  { $id: 'PersonView' },
);
export type PersonView = Static<typeof PersonView>;
