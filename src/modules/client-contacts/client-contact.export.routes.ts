import { Readable } from 'node:stream';
import type { Context } from '../../context.js';
import type { RouteModule } from '../../http/route-module.js';
import { ErrorRef } from '../../http/schemas.js';
import { exportContacts } from './client-contact.export.js';
import { CSV_COLUMNS, EXPORT_MEDIA_TYPES, ExportContactsQuery } from './client-contact.export.schemas.js';

/** Bytes buffered ahead of a slow reader before the next batch is read: a little over one batch's text. */
const STREAM_BUFFER_BYTES = 256 * 1024;

/** Contacts per batch by app context, for tests that act between two batches; the service's default otherwise. */
const batchSizes = new WeakMap<Context, number>();

/** Makes the exports of the app built on `ctx` read `size` contacts per batch. */
export function setExportBatchSize(ctx: Context, size: number): void {
  batchSizes.set(ctx, size);
}

const DESCRIPTION =
  'Streams every contact the list’s filters match (the filters of `GET /clients/contacts`, without paging), in ' +
  'list order (modifiedAt, then id), from one consistent snapshot: writes made while the export runs are not in ' +
  'it, and are not held up by it. `format=ndjson` (the default) sends one ClientContact per line, exactly as a ' +
  'list item; `format=csv` sends a header line and one row per contact, with the columns ' +
  `${CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')} and then one column per custom attribute key of the tenant ` +
  '(`email`…`email3` and `phone`…`phone3` primary first; `owner` is the owner’s email; multiSelect and currency ' +
  'values as JSON). The body is streamed in chunked encoding, so a failure after the first bytes cannot change the ' +
  'status any more: the server then cuts the connection without the final chunk, and the client sees a truncated ' +
  'transfer (an error), never a short file that looks complete.';

/** API.md §5.4. A static path, so it wins over `GET /clients/contacts/{id}`. */
export const clientContactExportRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/clients/contacts/_export',
    {
      schema: {
        tags: ['client contacts'],
        operationId: 'exportClientContacts',
        summary: 'Export client contacts as NDJSON or CSV (ext)',
        description: DESCRIPTION,
        querystring: ExportContactsQuery,
        response: {
          200: {
            description: 'The matching contacts, streamed',
            content: {
              [EXPORT_MEDIA_TYPES.ndjson]: {
                schema: { type: 'string', description: 'One ClientContact (as a list item) as JSON per line' },
              },
              'text/csv': {
                schema: { type: 'string', description: 'UTF-8 CSV without a byte-order mark, header line first' },
              },
            },
          },
          400: ErrorRef,
        },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'ndjson';
      const chunks = exportContacts(ctx, request.tenantId, request.query, { batchSize: batchSizes.get(ctx) });
      // The first batch is read before anything is sent, so that a failure to start (the database unavailable)
      // still answers with its status and the error envelope.
      const first = await chunks.next();
      const body = Readable.from(following(first, chunks), { objectMode: false, highWaterMark: STREAM_BUFFER_BYTES });
      return reply
        .type(EXPORT_MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="contacts.${format}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};

/**
 * The first chunk and then the rest. Ending early (the client went away) ends `rest` too, which ends the
 * export's snapshot and frees its connection, even when the first chunk was never taken.
 */
async function* following(
  first: IteratorResult<string, void>,
  rest: AsyncGenerator<string, void, undefined>,
): AsyncGenerator<string, void, undefined> {
  try {
    if (!first.done) yield first.value;
    yield* rest;
  } finally {
    await rest.return();
  }
}
