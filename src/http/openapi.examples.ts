/**
 * Named request examples, by `method path` of the OpenAPI document. Each must be valid against its body schema:
 * `redocly lint` checks them (test/http/openapi.lint.test.ts).
 */

/** Spott's own example for `PATCH /clients/contacts/{id}`, its `<string>` placeholders filled in. */
const SPOTT_UPDATE = {
  role: 'Head of Talent',
  department: 'People',
  firstName: 'Jane',
  lastName: 'Smith',
  emails: [{ email: 'jsmith@example.com', isPrimary: true }],
  phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', isPrimary: true }],
  mainContactId: '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d',
  stageId: '0193b0c4-7a10-7d2e-8f3a-1b2c3d4e5f60',
  startDate: '2023-11-07T05:31:56Z',
  endDate: '2023-11-07T05:31:56Z',
};

interface Example {
  summary: string;
  description?: string;
  value: unknown;
}

export const REQUEST_EXAMPLES: Record<string, Record<string, Example>> = {
  'post /clients/contacts/{id}': {
    newPerson: {
      summary: 'A new person with a role at this client',
      value: {
        firstName: 'Jane',
        lastName: 'Smith',
        role: 'Head of Talent',
        department: 'People',
        emails: [
          { email: 'jane.smith@northwind.example', purpose: 'work', isPrimary: true },
          { email: 'jane@smith.example', purpose: 'personal' },
        ],
        phoneNumbers: [{ phoneNumber: '+44 20 7946 0958', purpose: 'work' }],
        startDate: '2023-11-07T05:31:56Z',
      },
    },
    newRole: {
      summary: 'A further role for an existing person',
      description: 'With `candidateId` the names may be left out: the person keeps theirs.',
      value: { candidateId: '0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d', role: 'Advisor' },
    },
  },
  'patch /clients/contacts/{id}': {
    spott: {
      summary: "Spott's documented example",
      description: 'Every field Spott documents, with its `<string>` placeholders filled in.',
      value: SPOTT_UPDATE,
    },
    role: { summary: 'Change the role only', value: { role: 'CTO' } },
    clear: {
      summary: 'Clear fields',
      description: '`null` clears role, department, endDate, mainContactId and avatarUrl; `[]` clears a list.',
      value: { department: null, endDate: null, mainContactId: null, phoneNumbers: [] },
    },
  },
};
