import { type Static, Type } from 'typebox';
import { DateTimeOutput, Id, Nullable, StringEnum } from '../../core/schemas.js';

/** Every event type of API.md §4.1. */
export const EVENT_TYPES = [
  'client.created',
  'client.updated',
  'client.archived',
  'client.restored',
  'client.erased',
  'client_contact.created',
  'client_contact.updated',
  'client_contact.archived',
  'client_contact.restored',
  'client_contact.erased',
  'user.created',
  'user.updated',
  'stage.created',
  'stage.updated',
  'stage.deleted',
  'attribute.created',
  'webhook.test',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const RESOURCE_TYPES = ['client', 'client_contact', 'user', 'stage', 'attribute', 'webhook'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Who made a change: an API key (its id, never the key) or the system (command line, background work). */
export const Actor = Type.Object(
  {
    type: StringEnum(['apiKey', 'system'] as const),
    id: Nullable(Type.String(), { description: 'The API key’s id (not the key); null for the system.' }),
  },
  { description: 'Who made the change.' },
);
export type Actor = Static<typeof Actor>;

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };

/** `{ field: { from, to } }` for each top-level field of the representation that changed. */
export const Changes = Type.Record(Type.String(), Type.Object({ from: Type.Unknown(), to: Type.Unknown() }), {
  description: 'Each changed top-level field of the representation, `{ from, to }`; lists are compared whole.',
});
export type Changes = Record<string, { from: unknown; to: unknown }>;

export const EventData = Type.Object({
  object: Type.Unknown({
    description: 'The resource after the change, as its own write answers it; null for erased and deleted ones.',
  }),
  changes: Changes,
});
export type EventData = { object: unknown; changes: Changes };

export const Event = Type.Object(
  {
    id: Id,
    type: StringEnum(EVENT_TYPES),
    occurredAt: DateTimeOutput,
    actor: Actor,
    resource: Type.Object({ type: StringEnum(RESOURCE_TYPES), id: Id }),
    data: Nullable(EventData, { description: 'null once the record was erased (its personal data is stripped).' }),
  },
  { $id: 'Event' },
);
export type Event = Static<typeof Event>;

export const EventPage = Type.Object({
  items: Type.Array(Type.Ref('Event')),
  pageInfo: Type.Object({
    nextCursor: Type.String({
      description: 'Never null: the position after the last event returned, or `after` when nothing is new.',
    }),
    hasNextPage: Type.Boolean({ description: 'More events are already waiting after `nextCursor`.' }),
  }),
});

export const ListEventsQuery = Type.Object({
  after: Type.Optional(Type.String({ maxLength: 512, description: 'A `nextCursor` from an earlier answer.' })),
  types: Type.Optional(
    Type.Array(Type.String({ maxLength: 4000 }), {
      maxItems: 50,
      description: 'Event types to keep (repeat or comma-separate); absent means every type.',
      examples: [['client_contact.created', 'client_contact.updated']],
    }),
  ),
  resourceId: Type.Optional(Type.String({ maxLength: 200, description: 'Only the events of this record.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
});
export type ListEventsQuery = Static<typeof ListEventsQuery>;

export const HistoryEntry = Type.Object({
  eventId: Id,
  type: StringEnum(EVENT_TYPES),
  occurredAt: DateTimeOutput,
  actor: Actor,
  changes: Changes,
});
export type HistoryEntry = Static<typeof HistoryEntry>;

export const HistoryPage = Type.Object({
  items: Type.Array(HistoryEntry),
  pageInfo: Type.Object({ nextCursor: Nullable(Type.String()), hasNextPage: Type.Boolean() }),
});

export const HistoryQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
});
export type HistoryQuery = Static<typeof HistoryQuery>;
