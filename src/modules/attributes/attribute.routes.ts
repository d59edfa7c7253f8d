import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import {
  AttributeDefinition,
  type AttributeEntity,
  CreateDefinitionBody,
  DefinitionList,
} from './attribute.schemas.js';
import * as service from './attribute.service.js';

const error = ErrorRef;
const tags = ['custom attributes'];

const CREATE_DESCRIPTION =
  'Defines a custom attribute, listed after the existing ones. `select` and `multiSelect` need a non-empty ' +
  '`options` list of distinct strings; other types must not send one (400 VALIDATION_ERROR). Without `key`, ' +
  'one is derived from the label in camelCase ("Annual budget" → `annualBudget`). A key equal (ignoring case) ' +
  'to a built-in or existing key → 409 CONFLICT. viewType follows the type: text→textField, number→numberField, ' +
  'checkbox→checkbox, select→dropdown, multiSelect→multiDropdown, date→datePicker, currency→currencyField, url→link.';

/** The columns endpoints of both entities (API.md §2.5): the same handlers, one per entity path. */
const ENTITIES: { path: string; entity: AttributeEntity; noun: string; ids: { list: string; create: string } }[] = [
  {
    path: '/clients/contacts/columns',
    entity: 'clientContact',
    noun: 'client contacts',
    ids: { list: 'listClientContactAttributes', create: 'createClientContactAttribute' },
  },
  {
    path: '/clients/columns',
    entity: 'client',
    noun: 'clients',
    ids: { list: 'listClientAttributes', create: 'createClientAttribute' },
  },
];

export const attributeRoutes: RouteModule = (app, ctx) => {
  for (const { path, entity, noun, ids } of ENTITIES) {
    app.get(
      path,
      {
        schema: {
          tags,
          operationId: ids.list,
          summary: `List the attribute definitions of ${noun}`,
          description: 'Built-in definitions first (`builtIn: true`, id = key), then custom ones in creation order.',
          response: { 200: DefinitionList, 401: error },
        },
      },
      async (request) => ({ definitions: await service.listDefinitions(ctx, request.tenantId, entity) }),
    );

    app.post(
      path,
      {
        schema: {
          tags,
          operationId: ids.create,
          summary: `Define a custom attribute of ${noun} (ext)`,
          description: CREATE_DESCRIPTION,
          body: CreateDefinitionBody,
          response: { 201: AttributeDefinition, 400: error, 401: error, 409: error },
        },
      },
      async (request, reply) => {
        const definition = await service.createDefinition(ctx, request.tenantId, request.actor, entity, request.body);
        return reply.code(201).send(definition);
      },
    );
  }
};
