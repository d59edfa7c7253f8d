// Generated from the server's OpenAPI document by `npm run sdk:generate` (sdk/scripts/generate.ts): do not edit.
// test/sdk/schema.fresh.test.ts fails when this file no longer matches what the server describes.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where to start: the API reference, the OpenAPI document and the console */
        get: operations["getServiceIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers (503 SERVICE_UNAVAILABLE otherwise) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (recruiters who own contacts)
         * @description Active users by name; `includeDeactivated=true` adds deactivated ones.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (same as /users/_list)
         * @description Active users by name; `includeDeactivated=true` adds deactivated ones. The same answer as `GET /users/_list`, for clients that call this form.
         */
        get: operations["listUsersShort"];
        put?: never;
        /** Create a user (ext) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update or deactivate a user (ext)
         * @description Only the fields present change. `deactivated: true` sets `deactivatedAt`: the user leaves `GET /users/_list` (unless `includeDeactivated=true`) and cannot be made a main contact (400 MAIN_CONTACT_DEACTIVATED); `false` reactivates. Honours `If-Match`. A body that changes nothing leaves `version` alone.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/pipeline/{pipeline}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a pipeline's stages
         * @description Stages of `client-contacts` or `clients`, ordered by `order` (0-based, contiguous).
         */
        get: operations["listStages"];
        put?: never;
        /**
         * Add a stage (ext)
         * @description Appended at the end without `order`; with it, inserted there and the stages from that position on move down one. An `order` past the end appends. `colorHex` is stored upper-case.
         */
        post: operations["createStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pipeline/{pipeline}/stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a stage (ext)
         * @description While records (archived ones included) are in the stage the delete is refused with 409 STAGE_IN_USE, unless `moveTo` names another stage of the same pipeline: those records then move there first (their version rises by one) and the stage is deleted, in one transaction. An unknown `moveTo` is 400 STAGE_NOT_FOUND. The remaining stages close the gap. Honours `If-Match`.
         */
        delete: operations["deleteStage"];
        options?: never;
        head?: never;
        /**
         * Rename, recolour or move a stage (ext)
         * @description Moving a stage shifts the ones between its old and new place, so orders stay 0..n-1. Honours `If-Match`. A body that changes nothing leaves the version alone.
         */
        patch: operations["updateStage"];
        trace?: never;
    };
    "/clients/contacts/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the attribute definitions of client contacts
         * @description Built-in definitions first (`builtIn: true`, id = key), then custom ones in creation order.
         */
        get: operations["listClientContactAttributes"];
        put?: never;
        /**
         * Define a custom attribute of client contacts (ext)
         * @description Defines a custom attribute, listed after the existing ones. `select` and `multiSelect` need a non-empty `options` list of distinct strings; other types must not send one (400 VALIDATION_ERROR). Without `key`, one is derived from the label in camelCase ("Annual budget" → `annualBudget`). A key equal (ignoring case) to a built-in or existing key → 409 CONFLICT. viewType follows the type: text→textField, number→numberField, checkbox→checkbox, select→dropdown, multiSelect→multiDropdown, date→datePicker, currency→currencyField, url→link.
         */
        post: operations["createClientContactAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the attribute definitions of clients
         * @description Built-in definitions first (`builtIn: true`, id = key), then custom ones in creation order.
         */
        get: operations["listClientAttributes"];
        put?: never;
        /**
         * Define a custom attribute of clients (ext)
         * @description Defines a custom attribute, listed after the existing ones. `select` and `multiSelect` need a non-empty `options` list of distinct strings; other types must not send one (400 VALIDATION_ERROR). Without `key`, one is derived from the label in camelCase ("Annual budget" → `annualBudget`). A key equal (ignoring case) to a built-in or existing key → 409 CONFLICT. viewType follows the type: text→textField, number→numberField, checkbox→checkbox, select→dropdown, multiSelect→multiDropdown, date→datePicker, currency→currencyField, url→link.
         */
        post: operations["createClientAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Cursor list ordered by `modifiedAt`, then `id`. Filters: `stageIds` and `status` (repeat or comma-separate; a stage id that is not a UUID matches nothing), `q` (case-insensitive substring of the company name or domain), `modifiedSince`/`modifiedUntil` (inclusive). Archived clients are left out unless `includeArchived=true`.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client (ext)
         * @description Status defaults to `lead`. Without `stageId` the client goes into the first stage of the `clients` pipeline (none if the pipeline is empty); `stageId: null` puts it in no stage. A `stageId` not in the `clients` pipeline → 400 STAGE_NOT_FOUND.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search clients
         * @description Structured search, page-based. Every filter must hold (AND); `filters: []` lists every client. Answers `pageSize` clients (1–100, default 20) of page `page` (0-based), ordered by lower-cased company name (code-point order), then id; archived clients are left out. `hasNextPage` says whether a later page holds any; a page past the end is empty.
         *
         *     - `text` (`contains`, `equals`, `startsWith`, `notEquals`) on `client.company.name`, `client.company.domain`, `client.company.description`: case-insensitive (both sides lower-cased). A field that is not set counts as the empty text, so `equals ""` finds the clients without it, `notEquals ""` those with it, and `notEquals "acme.example"` includes clients that have no domain (`notEquals` is exactly what `equals` leaves out). `contains ""` and `startsWith ""` match every client. Values are trimmed, like every string.
         *     - `entitySelect` (`in`, `notIn`) with an array of ids: `client.stage` — the client is in one of these stages (`in`) or not (`notIn`, which includes clients without a stage); `client.contacts` — the client has at least one of these client contacts (`in`) or none of them (`notIn`). Archived contacts count as gone. Ids that name nothing (unknown, not UUIDs, another tenant's) match nothing: `in` with an empty or unknown list matches no client, `notIn` with one matches every client.
         *     - **ext** `date` (`before`, `after`) on `client.createdAt`, `client.modifiedAt`: strictly before or after the given date-time (same pattern as every date-time input).
         *
         *     Any other type, operator, path or value (wrong type, missing or extra field) → 400 VALIDATION_ERROR with every problem at its path (`filters.0.operator`).
         */
        post: operations["searchClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a client with its contacts
         * @description Archived clients, other tenants' ids and non-UUIDs answer 404 CLIENT_NOT_FOUND.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        /**
         * Archive a client (ext)
         * @description Soft delete: the client disappears from reads but stays listed with `archivedAt` under `includeArchived=true`. While it has non-archived contacts → 409 CONFLICT (`details.activeContacts`), unless `cascade=true` archives them too (each contact's version rises), in one transaction. Honours `If-Match`.
         */
        delete: operations["archiveClient"];
        options?: never;
        head?: never;
        /**
         * Update a client
         * @description Only the fields present change; null clears a nullable field; unknown fields are refused. `customAttributes` merge per definition. Honours `If-Match` (412 with `details.currentVersion`). A body that changes nothing leaves `version` and `modifiedAt` alone.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/clients/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived client (ext)
         * @description Un-archives the client: `archivedAt` becomes null and `version` and `modifiedAt` change. Its archived contacts stay archived; restore them one by one (`POST /clients/contacts/{id}/restore`). A client that is not archived is answered unchanged. Unknown ids, non-UUIDs and other tenants' ids answer 404 CLIENT_NOT_FOUND. Honours `If-Match` (412 with `details.currentVersion`).
         */
        post: operations["restoreClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client contacts
         * @description Cursor pages ordered by modifiedAt then id, for incremental sync. Archived contacts are left out unless `includeArchived=true`. `email` matches any of a contact’s addresses exactly (ignoring case); `q` is a case-insensitive prefix of first, last or full name, or of any email. Array filters may repeat or be comma-separated.
         */
        get: operations["listClientContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person with their client-contact roles
         * @description `id` is a candidate (person) id, or a client-contact id, which answers with the view of that contact’s person. Lists the person’s non-archived roles; `mainContact` is the owner of the most recently modified active role.
         */
        get: operations["getClientContact"];
        put?: never;
        /**
         * Create a client contact at a client
         * @description `id` is the client id (404 CLIENT_NOT_FOUND when unknown or archived). `firstName` and `lastName` are required unless `candidateId` names an existing person, who then gets a new role. `stageId` defaults to the first stage of the 'client-contacts' pipeline. Every rule of the update applies.
         */
        post: operations["createClientContact"];
        /**
         * Archive or erase a client contact (ext)
         * @description Archives (soft delete; the contact then appears in lists only with includeArchived=true). With `permanent=true` erases the role, its emails, phones and attribute values, and the person when it was their last role (right to erasure); this also works on an archived contact.
         */
        delete: operations["archiveClientContact"];
        options?: never;
        head?: never;
        /**
         * Update a client contact
         * @description Partial update: only the fields present change, in one transaction. `null` clears role, department, endDate, mainContactId and avatarUrl, and is refused for the other fields. Names, avatar and locations belong to the person, so every role of that person shows (and is versioned with) the change. Send `If-Match: "<version>"` to refuse the write (412) if the contact changed since it was read. A body that changes nothing answers 200 and leaves `version` and `modifiedAt` as they were. Checks run in the documented order: body shape, the contact (404), rules within the body, references, If-Match, then email ownership (409).
         */
        patch: operations["updateClientContact"];
        trace?: never;
    };
    "/clients/contacts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived client contact (ext)
         * @description Un-archives the contact. A contact that is not archived is returned unchanged. 409 CONFLICT while its client is archived.
         */
        post: operations["restoreClientContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts/_batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create, update, upsert or archive many contacts (ext)
         * @description Runs 1–100 operations in order, each in its own transaction with exactly the rules of its single endpoint (`create`: POST /clients/contacts/{clientId}; `update`: PATCH /clients/contacts/{id}, `ifMatch` as the If-Match header; `archive`: DELETE /clients/contacts/{id}, which also takes `ifMatch`); one failing leaves the others applied. Answers 207 with one result per operation, in input order: `status` and `body` are what the single endpoint would answer (the contact, the error envelope with this request’s `requestId`, or null for an archive, 204), and `outcome` is `created`, `updated`, `unchanged` (a change that changed nothing: no new version, no event), `archived` or `failed`. A malformed operation (unknown `op`, missing `id`, a body the endpoint refuses) is that operation’s own 400 VALIDATION_ERROR, its body’s `errors[].path` relative to the body as the endpoint gives them, and the operation’s own fields named `op`, `id`, `clientId`, `ifMatch`, `body`. A request that is not `{ operations: [...] }` with 1–100 operations is a plain 400 and runs nothing. `upsert` matches on email: an address of the body held by a person with a role at `clientId` updates that role with PATCH semantics (200, or `unchanged`); held by a person with no role there, it adds a role to that person (201, as a create with `candidateId`); held by nobody, or no emails, it makes a new person and role (201; firstName and lastName then required); held by two or more people, 409 EMAIL_ALREADY_IN_USE with all of them in `details.duplicates`; held by a person whose only role there is archived, 409 CONFLICT with `details.reason: CLIENT_CONTACT_ARCHIVED` and the role’s `details.id` (restore it first: an upsert never undoes an archive). Match and write are one transaction. Where a tenant requires If-Match, an `update` or `archive` without `ifMatch` is 428; `create` and `upsert` are not versioned writes and need none. A batch costs one request of the rate limit.
         */
        post: operations["batchClientContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts/_export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export client contacts as NDJSON or CSV (ext)
         * @description Streams every contact the list’s filters match (the filters of `GET /clients/contacts`, without paging), in list order (modifiedAt, then id), from one consistent snapshot: writes made while the export runs are not in it, and are not held up by it. `format=ndjson` (the default) sends one ClientContact per line, exactly as a list item; `format=csv` sends a header line and one row per contact, with the columns `id`, `candidateId`, `clientId`, `clientName`, `firstName`, `lastName`, `role`, `department`, `email`, `email2`, `email3`, `phone`, `phone2`, `phone3`, `stage`, `owner`, `startDate`, `endDate`, `active`, `createdAt`, `modifiedAt` and then one column per custom attribute key of the tenant (`email`…`email3` and `phone`…`phone3` primary first; `owner` is the owner’s email; multiSelect and currency values as JSON). The body is streamed in chunked encoding, so a failure after the first bytes cannot change the status any more: the server then cuts the connection without the final chunk, and the client sees a truncated transfer (an error), never a short file that looks complete.
         */
        get: operations["exportClientContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts/_merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge two people (ext)
         * @description Folds the source person into the target, in one transaction. The source’s roles move to the target; a non-archived source role at a client where the target has a non-archived role is combined into the target’s (oldest) role there: the target’s values win where both are set and the source’s fill the target’s nulls (a filled date that would end the role before it starts is dropped); emails (ignoring case) and phone numbers (by E.164) are unioned, the target’s first, its primaries staying primary; custom attributes are the target’s, plus the source’s for definitions the target has no value for. Archived roles are never combined; they move. The person keeps the target’s names, and takes the source’s avatar and locations only where the target has none. The source person and its absorbed roles are erased; the source’s email addresses then belong to the target. Every surviving role that changed gets version + 1 and a new modifiedAt, and a `client_contact.updated` event with its field changes; each absorbed role a `client_contact.erased` event. Unlike `DELETE ?permanent=true`, a merge does not strip the absorbed roles’ earlier events: it is not an erasure request, and their data lives on in the target. Answers the target’s person view and `changes`, one entry per role the merge changed. With `dryRun: true` the same merge runs and is rolled back: the same answer, and nothing written (no version, no event, no webhook delivery). Errors: an id that names no person of the tenant, or a person whose every role is archived, 404 CANDIDATE_NOT_FOUND (checked first); the same person twice, 400 MERGE_SAME_PERSON.
         */
        post: operations["mergePeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the event feed (ext)
         * @description Every change recorded in the tenant, oldest first, as `{ items, pageInfo }`. Store `pageInfo.nextCursor` and send it back as `after` to poll: it is never null (the position after the last event returned, or `after` itself when nothing is new), and a consumer that does so sees every event exactly once, in order, however many server processes commit at once. `hasNextPage` says more events are already waiting. Without `after` the feed starts at the oldest retained event. `types` (repeat or comma-separate) and `resourceId` keep only some events. Events are kept for `EVENTS_RETENTION_DAYS` (30 by default): a cursor that retention has overtaken answers 410 CURSOR_EXPIRED (start again without `after`); an edited one, 400 INVALID_CURSOR. An erased contact's earlier events keep their place with `data: null`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/contacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a client contact (ext)
         * @description A cursor list, newest first, of `{ eventId, type, occurredAt, actor, changes }`: who changed the record, when, and which top-level fields went from what to what (`{}` for a creation, and for events whose personal data an erasure stripped). `cursor` and `limit` (1–200, default 25) as in every cursor list. The contact may be archived; an erased one keeps its history while its events are retained. Unknown ids and other tenants' ids answer 404 CLIENT_CONTACT_NOT_FOUND.
         */
        get: operations["getClientContactHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a client (ext)
         * @description A cursor list, newest first, of `{ eventId, type, occurredAt, actor, changes }`: who changed the record, when, and which top-level fields went from what to what (`{}` for a creation, and for events whose personal data an erasure stripped). `cursor` and `limit` (1–200, default 25) as in every cursor list. The client may be archived. Unknown ids and other tenants' ids answer 404 CLIENT_NOT_FOUND.
         */
        get: operations["getClientHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search people by name, email address or phone number
         * @description Finds the people behind client contacts as a recruiter types into a search box. Matches: an email address equal to `query` or starting with it (ignoring case); a phone number whose digits contain the digits of `query` (when it is written like a phone number and has at least 4 digits) or whose E.164 form equals its; a first name, last name or "first last" starting with `query`, ignoring case, accents, apostrophes and dashes. Ranked: an equal address or number first, then a full-name prefix, then a last-name prefix, then the rest; ties by last name, first name and id. Each person appears once; people whose every role is archived are left out. The addresses and numbers shown are those of the person's non-archived roles, primaries first. A match kind that hits very many people contributes its first ones in index order (alphabetical, for names): a longer query narrows them down.
         */
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks (ext)
         * @description Cursor list ordered by `modifiedAt`, then `id`. Secrets are never listed.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook (ext)
         * @description Registers an endpoint for the events of `types` (absent or empty: every type; an unknown type → 400 VALIDATION_ERROR), from the next event on. The answer holds the signing `secret`, shown only here and on rotation. A URL that is not http(s), or whose host resolves to a loopback, private, link-local or metadata address → 400 WEBHOOK_URL_NOT_ALLOWED (`details.reason`). Deliveries follow Standard Webhooks: a POST of the event JSON with `webhook-id` (the event id), `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the secret's base64-decoded bytes>`.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook (ext)
         * @description Without its secret. Other tenants' ids and non-UUIDs answer 404 WEBHOOK_NOT_FOUND.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook (ext)
         * @description Deletes the endpoint and its delivery log; nothing more is sent to it. Honours `If-Match`.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update, disable or enable a webhook (ext)
         * @description Only the fields present change. `enabled: true` on an endpoint that was disabled (by hand, or after 24 h of failed deliveries) resumes delivery from the event where it stopped. A new `url` is checked like one on create. Honours `If-Match` (412 with `details.currentVersion`).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret of a webhook (ext)
         * @description Answers the webhook with a new `secret`, shown only here. For 24 h the previous secret signs too: `webhook-signature` carries both signatures, space-separated, so a receiver can switch at leisure. Honours `If-Match`.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery attempts of a webhook (ext)
         * @description Every attempt, newest first, as a cursor list: the event, which attempt at it, the HTTP status (null when no answer came within 10 s), how long it took, why it failed and when it is tried again.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to a webhook (ext)
         * @description Records a `webhook.test` event (resource `{ type: "webhook", id }`) that is delivered to this endpoint only, signed and retried like any other. Answers at once with the event id; the outcome shows in the deliveries. A disabled endpoint receives it once enabled again.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            /** @description The HTTP status */
            status: number;
            /** @description The HTTP status again (Spott sends both) */
            statusCode: number;
            /**
             * @description The reason phrase of the status
             * @example Bad Request
             */
            error: string;
            /**
             * @description A machine-readable code from the closed list of API.md §1.4.
             * @enum {string}
             */
            message: "VALIDATION_ERROR" | "INVALID_JSON" | "INVALID_CURSOR" | "ONLY_ONE_PRIMARY_EMAIL_ALLOWED" | "ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED" | "DUPLICATE_EMAIL" | "DUPLICATE_PHONE_NUMBER" | "END_DATE_BEFORE_START_DATE" | "STAGE_NOT_FOUND" | "MAIN_CONTACT_NOT_FOUND" | "MAIN_CONTACT_DEACTIVATED" | "ATTRIBUTE_DEFINITION_NOT_FOUND" | "INVALID_ATTRIBUTE_VALUE" | "WEBHOOK_URL_NOT_ALLOWED" | "MERGE_SAME_PERSON" | "MALFORMED_REQUEST" | "INVALID_API_KEY" | "NOT_FOUND" | "CLIENT_NOT_FOUND" | "CLIENT_CONTACT_NOT_FOUND" | "CANDIDATE_NOT_FOUND" | "USER_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "EMAIL_ALREADY_IN_USE" | "STAGE_IN_USE" | "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE" | "CURSOR_EXPIRED" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "REQUEST_TIMEOUT" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "PRECONDITION_REQUIRED" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
            /** @description The `x-request-id` of the request, also in the server log */
            requestId: string;
            /** @description Every problem found; only with VALIDATION_ERROR */
            errors?: {
                /** @enum {string} */
                code: "REQUIRED" | "INVALID_TYPE" | "TOO_SMALL" | "TOO_BIG" | "INVALID_FORMAT" | "INVALID_ENUM_VALUE" | "UNRECOGNIZED_KEY";
                /** @description Dotted path of the field (`emails.1.email`) */
                path: string;
                message: string;
                received?: unknown;
            }[];
            /** @description More about some codes: `duplicates` (EMAIL_ALREADY_IN_USE), `currentVersion` (PRECONDITION_FAILED) */
            details?: {
                [key: string]: unknown;
            };
        };
        UserSummary: {
            userId: string;
            name: string;
            email: string;
            avatarUrl: string | null;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            deactivatedAt: string | null;
        };
        User: {
            userId: string;
            name: string;
            email: string;
            avatarUrl: string | null;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            deactivatedAt: string | null;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            modifiedAt: string;
            version: number;
        };
        /**
         * @example {
         *       "id": "01a21b21-ecdb-7041-b78e-63e149a2c016",
         *       "candidateId": "01a21b21-ecdb-7041-b78e-658ba4076a50",
         *       "clientId": "01a21b21-eb5e-7304-ac1c-a0f0e6c7b61b",
         *       "firstName": "Jane",
         *       "lastName": "Smith",
         *       "avatarUrl": null,
         *       "locations": [],
         *       "client": {
         *         "id": "01a21b21-eb5e-7304-ac1c-a0f0e6c7b61b",
         *         "company": {
         *           "id": "01a21b21-eb5e-7304-ac1c-a7c1553b5e75",
         *           "name": "Northwind Logistics",
         *           "logoUrl": null,
         *           "linkedinUrl": null
         *         },
         *         "locations": []
         *       },
         *       "role": "Head of Talent",
         *       "department": "People",
         *       "emails": [
         *         {
         *           "email": "jane@northwind.example",
         *           "purpose": "work",
         *           "isPrimary": true
         *         },
         *         {
         *           "email": "jane.smith@home.example",
         *           "purpose": "personal",
         *           "isPrimary": false
         *         }
         *       ],
         *       "phoneNumbers": [
         *         {
         *           "phoneNumber": "+44 20 7946 0958",
         *           "purpose": null,
         *           "isPrimary": true
         *         }
         *       ],
         *       "startDate": "2023-11-07T05:31:56.000Z",
         *       "endDate": null,
         *       "active": true,
         *       "stage": {
         *         "id": "01a21b21-dc62-76c1-9fbd-6c5d4953cf68",
         *         "order": 0,
         *         "name": "New",
         *         "colorHex": "#94A3B8"
         *       },
         *       "mainContact": null,
         *       "customAttributes": [],
         *       "createdAt": "2026-11-27T03:52:17.883Z",
         *       "modifiedAt": "2026-11-27T03:52:18.111Z",
         *       "archivedAt": null,
         *       "version": 2
         *     }
         */
        ClientContact: {
            id: string;
            candidateId: string;
            clientId: string;
            firstName: string;
            lastName: string;
            avatarUrl: string | null;
            locations: {
                /** @enum {string|null} */
                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                street1?: string | null;
                street2?: string | null;
                postalCode?: string | null;
                city?: string | null;
                region?: string | null;
                state?: string | null;
                country?: string | null;
                rawCityCountry?: string | null;
                latitude?: number | null;
                longitude?: number | null;
                formattedAddress?: string | null;
            }[];
            client: {
                id: string;
                company: {
                    id: string;
                    name: string;
                    logoUrl: string | null;
                    linkedinUrl: string | null;
                };
                locations: {
                    /** @enum {string|null} */
                    type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                    street1?: string | null;
                    street2?: string | null;
                    postalCode?: string | null;
                    city?: string | null;
                    region?: string | null;
                    state?: string | null;
                    country?: string | null;
                    rawCityCountry?: string | null;
                    latitude?: number | null;
                    longitude?: number | null;
                    formattedAddress?: string | null;
                }[];
            };
            role: string | null;
            department: string | null;
            emails: {
                email: string;
                /**
                 * @description `personal`, `work` or null
                 * @enum {string|null}
                 */
                purpose: "personal" | "work" | null;
                isPrimary: boolean;
            }[];
            phoneNumbers: {
                phoneNumber: string;
                /**
                 * @description `personal`, `work` or null
                 * @enum {string|null}
                 */
                purpose: "personal" | "work" | null;
                isPrimary: boolean;
            }[];
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            startDate: string | null;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            endDate: string | null;
            active: boolean;
            stage: {
                id: string;
                order: number;
                name: string;
                colorHex: string;
            } | null;
            mainContact: {
                id: string;
                name: string;
                avatarUrl: string | null;
                /**
                 * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                 * @example 2023-11-07T05:31:56.000Z
                 */
                deactivatedAt: string | null;
            } | null;
            customAttributes: {
                attributeDefinitionId: string;
                label: string;
                type: string;
                /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                value: unknown;
            }[];
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            modifiedAt: string;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            archivedAt: string | null;
            version: number;
        };
        PersonView: {
            candidateId: string;
            firstName: string;
            lastName: string;
            avatarUrl: string | null;
            locations: {
                /** @enum {string|null} */
                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                street1?: string | null;
                street2?: string | null;
                postalCode?: string | null;
                city?: string | null;
                region?: string | null;
                state?: string | null;
                country?: string | null;
                rawCityCountry?: string | null;
                latitude?: number | null;
                longitude?: number | null;
                formattedAddress?: string | null;
            }[];
            mainContact: {
                userId: string;
                name: string;
                email: string;
                avatarUrl: string | null;
                /**
                 * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                 * @example 2023-11-07T05:31:56.000Z
                 */
                deactivatedAt: string | null;
            } | null;
            clientContacts: {
                id: string;
                company: {
                    id: string;
                    name: string;
                    logoUrl: string | null;
                };
                role: string | null;
                department: string | null;
                /**
                 * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                 * @example 2023-11-07T05:31:56.000Z
                 */
                startDate: string | null;
                /**
                 * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                 * @example 2023-11-07T05:31:56.000Z
                 */
                endDate: string | null;
                active: boolean;
                emailAddresses: {
                    /**
                     * @description `personal`, `work` or null
                     * @enum {string|null}
                     */
                    purpose: "personal" | "work" | null;
                    email: string;
                    isPrimary: boolean;
                }[];
                phoneNumbers: {
                    /**
                     * @description `personal`, `work` or null
                     * @enum {string|null}
                     */
                    purpose: "personal" | "work" | null;
                    phoneNumber: string;
                    isPrimary: boolean;
                }[];
                stage: {
                    id: string;
                    order: number;
                    name: string;
                    colorHex: string;
                } | null;
                customAttributes: {
                    attributeDefinitionId: string;
                    label: string;
                    type: string;
                    /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                    value: unknown;
                }[];
                /**
                 * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                 * @example 2023-11-07T05:31:56.000Z
                 */
                modifiedAt: string;
                version: number;
            }[];
        };
        MergeChange: {
            /** @description The client-contact (role) id */
            id: string;
            /**
             * @description `moved`: a source role now held by the target person; `combined`: a target role that absorbed the source role(s) at the same client (`mergedFrom`); `updated`: a target role at another client, changed only by the person's fields; `erased`: a source role absorbed into `mergedInto`, now gone
             * @enum {string}
             */
            action: "moved" | "combined" | "updated" | "erased";
            /** @description For `erased`: the role that absorbed it */
            mergedInto: string | null;
            /** @description For `combined`: the source roles it absorbed */
            mergedFrom: string[];
            /** @description Each changed top-level field of the representation, `{ from, to }`; lists are compared whole. */
            changes: {
                [key: string]: {
                    from: unknown;
                    to: unknown;
                };
            };
        };
        MergeResult: {
            person: components["schemas"]["PersonView"];
            /** @description Each role the merge changed: the surviving ones (oldest first, as `client_contact.updated` events record them), then the erased ones. */
            changes: components["schemas"]["MergeChange"][];
        };
        Event: {
            /**
             * @description UUIDv7
             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
             */
            id: string;
            /** @enum {string} */
            type: "client.created" | "client.updated" | "client.archived" | "client.restored" | "client.erased" | "client_contact.created" | "client_contact.updated" | "client_contact.archived" | "client_contact.restored" | "client_contact.erased" | "user.created" | "user.updated" | "stage.created" | "stage.updated" | "stage.deleted" | "attribute.created" | "webhook.test";
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            occurredAt: string;
            /** @description Who made the change. */
            actor: {
                /** @enum {string} */
                type: "apiKey" | "system";
                /** @description The API key’s id (not the key); null for the system. */
                id: string | null;
            };
            resource: {
                /** @enum {string} */
                type: "client" | "client_contact" | "user" | "stage" | "attribute" | "webhook";
                /**
                 * @description UUIDv7
                 * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                 */
                id: string;
            };
            /** @description null once the record was erased (its personal data is stripped). */
            data: {
                /** @description The resource after the change, as its own write answers it; null for erased and deleted ones. */
                object: unknown;
                /** @description Each changed top-level field of the representation, `{ from, to }`; lists are compared whole. */
                changes: {
                    [key: string]: {
                        from: unknown;
                        to: unknown;
                    };
                };
            } | null;
        };
        PersonHit: {
            /** @enum {string} */
            entityType: "clientContact";
            /** @description The person (candidateId); GET /clients/contacts/{id} shows it */
            id: string;
            firstName: string;
            middleName: null;
            lastName: string;
            secondLastName: null;
            avatarUrl: string | null;
            /** @description The numbers of the person's non-archived roles, as written; primaries first, no repeats */
            phoneNumbers: string[];
            /** @description The addresses of the person's non-archived roles; primaries first, no repeats */
            emailAddresses: string[];
            linkedInUrl: null;
        };
        Webhook: {
            /**
             * @description UUIDv7
             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
             */
            id: string;
            url: string;
            /** @description Empty: every type. */
            types: string[];
            description: string | null;
            /** @description false after 24 h of failed deliveries, or when set so; enabling resumes where delivery stopped. */
            enabled: boolean;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            modifiedAt: string;
            version: number;
        };
        WebhookWithSecret: {
            /**
             * @description UUIDv7
             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
             */
            id: string;
            url: string;
            /** @description Empty: every type. */
            types: string[];
            description: string | null;
            /** @description false after 24 h of failed deliveries, or when set so; enabling resumes where delivery stopped. */
            enabled: boolean;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            modifiedAt: string;
            version: number;
            /**
             * @description Shown only in this answer: `whsec_` + base64 of 32 random bytes. Verify signatures with it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookDelivery: {
            /**
             * @description UUIDv7
             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
             */
            eventId: string;
            /** @description Which attempt at this event (1 for the first). */
            attempt: number;
            /** @description The endpoint's HTTP status; null when no answer came. */
            status: number | null;
            durationMs: number;
            /** @description Why the attempt failed (a timeout, a refused address, …). */
            error: string | null;
            /**
             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
             * @example 2023-11-07T05:31:56.000Z
             */
            at: string;
            /**
             * @description When this event is tried again; null after a success.
             * @example 2023-11-07T05:31:56.000Z
             */
            nextAttemptAt: string | null;
        };
        /**
         * text filter
         * @description Case-insensitive comparison of a company field with `value`. A field that is not set counts as the empty text: `equals ""` finds clients without it, `notEquals ""` those with it, and `notEquals "x"` includes clients without the field. `contains ""` and `startsWith ""` match every client.
         */
        TextFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @enum {string} */
            operator: "contains" | "equals" | "startsWith" | "notEquals";
            /** @enum {string} */
            path: "client.company.name" | "client.company.domain" | "client.company.description";
            value: string;
        };
        /**
         * entitySelect filter
         * @description `client.stage`: the client is (`in`) or is not (`notIn`) in one of these stages; a client without a stage is never `in` and always `notIn`. `client.contacts`: the client has (`in`) or has none (`notIn`) of these client contacts; archived contacts count as gone. Ids that name nothing (unknown, not UUIDs, another tenant's) match nothing, so an empty or unknown list makes `in` match no client and `notIn` every client.
         */
        EntitySelectFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "entitySelect";
            /** @enum {string} */
            operator: "in" | "notIn";
            /** @enum {string} */
            path: "client.stage" | "client.contacts";
            value: string[];
        };
        /**
         * date filter
         * @description **ext** The client was created or last modified strictly `before` or strictly `after` this date-time.
         */
        DateFilter: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "date";
            /** @enum {string} */
            operator: "before" | "after";
            /** @enum {string} */
            path: "client.createdAt" | "client.modifiedAt";
            /**
             * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
             * @example 2023-11-07T05:31:56Z
             */
            value: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
         * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: the caller’s own `x-request-id` when it sent a valid one (1–128 printable ASCII), else a UUIDv7. The same id is in every error body and in the server log. */
        XRequestId: string;
        /** @description Requests allowed per minute for this key (or client address) */
        RateLimitLimit: number;
        /** @description Requests left in the current window */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets */
        RateLimitReset: number;
        /** @description Seconds to wait before trying again */
        RetryAfter: number;
        /** @description The record’s `version`, quoted (`"3"`); send it back as `If-Match` */
        ETag: string;
        /** @description The path of the record just made */
        Location: string;
        /** @description `true` when this is the kept answer to an earlier request with the same `Idempotency-Key` (API.md §5.1) */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getServiceIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        name: "Clientele";
                        /** @description The running server's version */
                        version: string;
                        /** @description The interactive API reference */
                        docs: string;
                        /** @description The OpenAPI 3.1 document */
                        openapi: string;
                        /** @description The web console, when this build serves it */
                        console?: string;
                    };
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                includeDeactivated?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["UserSummary"][];
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsersShort: {
        parameters: {
            query?: {
                includeDeactivated?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["UserSummary"][];
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Dana Recruiter",
                 *       "email": "dana@agency.example"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @example jsmith@example.com */
                    email: string;
                    /** @description An http or https URL. */
                    avatarUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: the User */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deactivated": true
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /** @example jsmith@example.com */
                    email?: string;
                    /** @description An http or https URL. */
                    avatarUrl?: string | null;
                    /** @description true deactivates the user, false reactivates it */
                    deactivated?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: the User */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description `client-contacts` or `clients`; any other value answers 404 NOT_FOUND.
                 * @example client-contacts
                 */
                pipeline: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stages: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description Position in the pipeline, 0-based and contiguous. */
                            order: number;
                            name: string;
                            /**
                             * @description `#RRGGBB`
                             * @example #4F46E5
                             */
                            colorHex: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createStage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description `client-contacts` or `clients`; any other value answers 404 NOT_FOUND.
                 * @example client-contacts
                 */
                pipeline: string;
            };
            cookie?: never;
        };
        /** @description A new stage; appended at the end when `order` is absent. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Qualified",
                 *       "colorHex": "#0EA5E9",
                 *       "order": 1
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @example #4F46E5 */
                    colorHex: string;
                    /** @description 0-based position; the other stages shift to keep orders contiguous. Past the end means last. */
                    order?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        /** @description Position in the pipeline, 0-based and contiguous. */
                        order: number;
                        name: string;
                        /**
                         * @description `#RRGGBB`
                         * @example #4F46E5
                         */
                        colorHex: string;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteStage: {
        parameters: {
            query?: {
                /** @description A stage of the same pipeline that takes over every record (archived ones too) still in this stage. */
                moveTo?: string;
            };
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description `client-contacts` or `clients`; any other value answers 404 NOT_FOUND.
                 * @example client-contacts
                 */
                pipeline: string;
                /** @description Stage id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateStage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description `client-contacts` or `clients`; any other value answers 404 NOT_FOUND.
                 * @example client-contacts
                 */
                pipeline: string;
                /** @description Stage id */
                id: string;
            };
            cookie?: never;
        };
        /** @description Rename, recolour or move a stage; only the fields present change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Warm",
                 *       "order": 0
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /** @example #4F46E5 */
                    colorHex?: string;
                    /** @description 0-based position; the other stages shift to keep orders contiguous. Past the end means last. */
                    order?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        /** @description Position in the pipeline, 0-based and contiguous. */
                        order: number;
                        name: string;
                        /**
                         * @description `#RRGGBB`
                         * @example #4F46E5
                         */
                        colorHex: string;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClientContactAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definitions: {
                            /** @description UUID for custom definitions; the key itself for built-in ones */
                            id: string;
                            key: string;
                            label: string;
                            /** @description Custom: one of `text`, `number`, `checkbox`, `select`, `multiSelect`, `date`, `currency`, `url`. Built-in fields may also be `email`, `phone`, `stage`, `user`, `location`. */
                            type: string;
                            /** @description How a UI shows it: text→`textField`, number→`numberField`, checkbox→`checkbox`, select→`dropdown`, multiSelect→`multiDropdown`, date→`datePicker`, currency→`currencyField`, url→`link`; built-ins also use `emailList`, `phoneList`, `stagePicker`, `userPicker`, `locationList`. */
                            viewType: string;
                            options?: string[];
                            builtIn: boolean;
                        }[];
                    };
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClientContactAttribute: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /** @enum {string} */
                    type: "text" | "number" | "checkbox" | "select" | "multiSelect" | "date" | "currency" | "url";
                    /** @description camelCase identifier; derived from the label when absent. Unique per entity (409 CONFLICT). */
                    key?: string;
                    /** @description Required for `select` and `multiSelect`, refused for other types. */
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UUID for custom definitions; the key itself for built-in ones */
                        id: string;
                        key: string;
                        label: string;
                        /** @description Custom: one of `text`, `number`, `checkbox`, `select`, `multiSelect`, `date`, `currency`, `url`. Built-in fields may also be `email`, `phone`, `stage`, `user`, `location`. */
                        type: string;
                        /** @description How a UI shows it: text→`textField`, number→`numberField`, checkbox→`checkbox`, select→`dropdown`, multiSelect→`multiDropdown`, date→`datePicker`, currency→`currencyField`, url→`link`; built-ins also use `emailList`, `phoneList`, `stagePicker`, `userPicker`, `locationList`. */
                        viewType: string;
                        options?: string[];
                        builtIn: boolean;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClientAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definitions: {
                            /** @description UUID for custom definitions; the key itself for built-in ones */
                            id: string;
                            key: string;
                            label: string;
                            /** @description Custom: one of `text`, `number`, `checkbox`, `select`, `multiSelect`, `date`, `currency`, `url`. Built-in fields may also be `email`, `phone`, `stage`, `user`, `location`. */
                            type: string;
                            /** @description How a UI shows it: text→`textField`, number→`numberField`, checkbox→`checkbox`, select→`dropdown`, multiSelect→`multiDropdown`, date→`datePicker`, currency→`currencyField`, url→`link`; built-ins also use `emailList`, `phoneList`, `stagePicker`, `userPicker`, `locationList`. */
                            viewType: string;
                            options?: string[];
                            builtIn: boolean;
                        }[];
                    };
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClientAttribute: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /** @enum {string} */
                    type: "text" | "number" | "checkbox" | "select" | "multiSelect" | "date" | "currency" | "url";
                    /** @description camelCase identifier; derived from the label when absent. Unique per entity (409 CONFLICT). */
                    key?: string;
                    /** @description Required for `select` and `multiSelect`, refused for other types. */
                    options?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description UUID for custom definitions; the key itself for built-in ones */
                        id: string;
                        key: string;
                        label: string;
                        /** @description Custom: one of `text`, `number`, `checkbox`, `select`, `multiSelect`, `date`, `currency`, `url`. Built-in fields may also be `email`, `phone`, `stage`, `user`, `location`. */
                        type: string;
                        /** @description How a UI shows it: text→`textField`, number→`numberField`, checkbox→`checkbox`, select→`dropdown`, multiSelect→`multiDropdown`, date→`datePicker`, currency→`currencyField`, url→`link`; built-ins also use `emailList`, `phoneList`, `stagePicker`, `userPicker`, `locationList`. */
                        viewType: string;
                        options?: string[];
                        builtIn: boolean;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedSince?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedUntil?: string;
                stageIds?: string[];
                /** @description One or more of lead, prospect, active, inactive, lost (repeat or comma-separate) */
                status?: string[];
                /** @description Case-insensitive substring of company name or domain; empty is no filter */
                q?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            company: {
                                /**
                                 * @description UUIDv7
                                 * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                                 */
                                id: string;
                                name: string;
                                domain: string | null;
                                description: string | null;
                                industry: string | null;
                                size: string | null;
                                logoUrl: string | null;
                                linkedinUrl: string | null;
                            };
                            /**
                             * @description Commercial status; `lead` by default.
                             * @enum {string}
                             */
                            status: "lead" | "prospect" | "active" | "inactive" | "lost";
                            stage: {
                                /**
                                 * @description UUIDv7
                                 * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                                 */
                                id: string;
                                /** @description Position in the pipeline, 0-based and contiguous. */
                                order: number;
                                name: string;
                                /**
                                 * @description `#RRGGBB`
                                 * @example #4F46E5
                                 */
                                colorHex: string;
                            } | null;
                            locations: {
                                /** @enum {string|null} */
                                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                                street1?: string | null;
                                street2?: string | null;
                                postalCode?: string | null;
                                city?: string | null;
                                region?: string | null;
                                state?: string | null;
                                country?: string | null;
                                rawCityCountry?: string | null;
                                latitude?: number | null;
                                longitude?: number | null;
                                formattedAddress?: string | null;
                            }[];
                            customAttributes: {
                                attributeDefinitionId: string;
                                label: string;
                                type: string;
                                /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                                value: unknown;
                            }[];
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            createdAt: string;
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            modifiedAt: string;
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            archivedAt: string | null;
                            version: number;
                        }[];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company": {
                 *         "name": "Acme Robotics",
                 *         "domain": "acme.example",
                 *         "industry": "Manufacturing",
                 *         "size": "51-200"
                 *       },
                 *       "status": "prospect",
                 *       "locations": [
                 *         {
                 *           "type": "office",
                 *           "city": "Ghent",
                 *           "country": "Belgium"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    company: {
                        name: string;
                        /**
                         * @description Stored lower-cased; null clears it
                         * @example acme.example
                         */
                        domain?: string | null;
                        /** @description null clears it */
                        description?: string | null;
                        /** @description null clears it */
                        industry?: string | null;
                        /** @description null clears it */
                        size?: string | null;
                        /** @description An http or https URL. */
                        linkedinUrl?: string | null;
                        /** @description An http or https URL. */
                        logoUrl?: string | null;
                    };
                    /**
                     * @description Commercial status; `lead` by default.
                     * @enum {string}
                     */
                    status?: "lead" | "prospect" | "active" | "inactive" | "lost";
                    /** @description Default: the first stage of the `clients` pipeline; null for none */
                    stageId?: string | null;
                    locations?: {
                        /** @enum {string|null} */
                        type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                        street1?: string | null;
                        street2?: string | null;
                        postalCode?: string | null;
                        city?: string | null;
                        region?: string | null;
                        state?: string | null;
                        country?: string | null;
                        rawCityCountry?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        formattedAddress?: string | null;
                    }[];
                    /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                    customAttributes?: {
                        /** @description Id of a custom attribute definition */
                        attributeDefinitionId: string;
                        /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                        value: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        company: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            name: string;
                            domain: string | null;
                            description: string | null;
                            industry: string | null;
                            size: string | null;
                            logoUrl: string | null;
                            linkedinUrl: string | null;
                        };
                        /**
                         * @description Commercial status; `lead` by default.
                         * @enum {string}
                         */
                        status: "lead" | "prospect" | "active" | "inactive" | "lost";
                        stage: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description Position in the pipeline, 0-based and contiguous. */
                            order: number;
                            name: string;
                            /**
                             * @description `#RRGGBB`
                             * @example #4F46E5
                             */
                            colorHex: string;
                        } | null;
                        locations: {
                            /** @enum {string|null} */
                            type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                            street1?: string | null;
                            street2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            region?: string | null;
                            state?: string | null;
                            country?: string | null;
                            rawCityCountry?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            formattedAddress?: string | null;
                        }[];
                        customAttributes: {
                            attributeDefinitionId: string;
                            label: string;
                            type: string;
                            /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                            value: unknown;
                        }[];
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        createdAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        modifiedAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        archivedAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchClients: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filters": [
                 *         {
                 *           "type": "text",
                 *           "operator": "contains",
                 *           "path": "client.company.name",
                 *           "value": "robot"
                 *         },
                 *         {
                 *           "type": "entitySelect",
                 *           "operator": "notIn",
                 *           "path": "client.stage",
                 *           "value": [
                 *             "0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d"
                 *           ]
                 *         }
                 *       ],
                 *       "page": 0,
                 *       "pageSize": 20
                 *     }
                 */
                "application/json": {
                    /** @description Every filter must hold (AND); `[]` lists every client. */
                    filters: (components["schemas"]["TextFilter"] | components["schemas"]["EntitySelectFilter"] | components["schemas"]["DateFilter"])[];
                    /**
                     * @description 0-based
                     * @default 0
                     */
                    page?: number;
                    /** @default 20 */
                    pageSize?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description The company's name */
                            name: string;
                            domain: string | null;
                            logoUrl: string | null;
                            stage: {
                                /**
                                 * @description UUIDv7
                                 * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                                 */
                                id: string;
                                /** @description Position in the pipeline, 0-based and contiguous. */
                                order: number;
                                name: string;
                                /**
                                 * @description `#RRGGBB`
                                 * @example #4F46E5
                                 */
                                colorHex: string;
                            } | null;
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            createdAt: string;
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            modifiedAt: string;
                        }[];
                        pagination: {
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        company: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            name: string;
                            domain: string | null;
                            description: string | null;
                            industry: string | null;
                            size: string | null;
                            logoUrl: string | null;
                            linkedinUrl: string | null;
                        };
                        /**
                         * @description Commercial status; `lead` by default.
                         * @enum {string}
                         */
                        status: "lead" | "prospect" | "active" | "inactive" | "lost";
                        stage: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description Position in the pipeline, 0-based and contiguous. */
                            order: number;
                            name: string;
                            /**
                             * @description `#RRGGBB`
                             * @example #4F46E5
                             */
                            colorHex: string;
                        } | null;
                        locations: {
                            /** @enum {string|null} */
                            type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                            street1?: string | null;
                            street2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            region?: string | null;
                            state?: string | null;
                            country?: string | null;
                            rawCityCountry?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            formattedAddress?: string | null;
                        }[];
                        customAttributes: {
                            attributeDefinitionId: string;
                            label: string;
                            type: string;
                            /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                            value: unknown;
                        }[];
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        createdAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        modifiedAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        archivedAt: string | null;
                        version: number;
                        /** @description Non-archived contacts, by last name then first name */
                        contacts: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            candidateId: string;
                            firstName: string;
                            lastName: string;
                            role: string | null;
                            department: string | null;
                            /** @description `endDate` is null or later than now */
                            active: boolean;
                            primaryEmail: string | null;
                        }[];
                    };
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveClient: {
        parameters: {
            query?: {
                /** @description Archive the client's active contacts too */
                cascade?: boolean;
            };
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Only the fields present change; null clears a nullable field. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "active",
                 *       "company": {
                 *         "industry": null
                 *       }
                 *     }
                 */
                "application/json": {
                    company?: {
                        name?: string;
                        /**
                         * @description Stored lower-cased; null clears it
                         * @example acme.example
                         */
                        domain?: string | null;
                        /** @description null clears it */
                        description?: string | null;
                        /** @description null clears it */
                        industry?: string | null;
                        /** @description null clears it */
                        size?: string | null;
                        /** @description An http or https URL. */
                        linkedinUrl?: string | null;
                        /** @description An http or https URL. */
                        logoUrl?: string | null;
                    };
                    /**
                     * @description Commercial status; `lead` by default.
                     * @enum {string}
                     */
                    status?: "lead" | "prospect" | "active" | "inactive" | "lost";
                    /** @description null removes the client from the pipeline */
                    stageId?: string | null;
                    locations?: {
                        /** @enum {string|null} */
                        type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                        street1?: string | null;
                        street2?: string | null;
                        postalCode?: string | null;
                        city?: string | null;
                        region?: string | null;
                        state?: string | null;
                        country?: string | null;
                        rawCityCountry?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        formattedAddress?: string | null;
                    }[];
                    /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                    customAttributes?: {
                        /** @description Id of a custom attribute definition */
                        attributeDefinitionId: string;
                        /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                        value: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        company: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            name: string;
                            domain: string | null;
                            description: string | null;
                            industry: string | null;
                            size: string | null;
                            logoUrl: string | null;
                            linkedinUrl: string | null;
                        };
                        /**
                         * @description Commercial status; `lead` by default.
                         * @enum {string}
                         */
                        status: "lead" | "prospect" | "active" | "inactive" | "lost";
                        stage: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description Position in the pipeline, 0-based and contiguous. */
                            order: number;
                            name: string;
                            /**
                             * @description `#RRGGBB`
                             * @example #4F46E5
                             */
                            colorHex: string;
                        } | null;
                        locations: {
                            /** @enum {string|null} */
                            type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                            street1?: string | null;
                            street2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            region?: string | null;
                            state?: string | null;
                            country?: string | null;
                            rawCityCountry?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            formattedAddress?: string | null;
                        }[];
                        customAttributes: {
                            attributeDefinitionId: string;
                            label: string;
                            type: string;
                            /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                            value: unknown;
                        }[];
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        createdAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        modifiedAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        archivedAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    restoreClient: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        id: string;
                        company: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            name: string;
                            domain: string | null;
                            description: string | null;
                            industry: string | null;
                            size: string | null;
                            logoUrl: string | null;
                            linkedinUrl: string | null;
                        };
                        /**
                         * @description Commercial status; `lead` by default.
                         * @enum {string}
                         */
                        status: "lead" | "prospect" | "active" | "inactive" | "lost";
                        stage: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            id: string;
                            /** @description Position in the pipeline, 0-based and contiguous. */
                            order: number;
                            name: string;
                            /**
                             * @description `#RRGGBB`
                             * @example #4F46E5
                             */
                            colorHex: string;
                        } | null;
                        locations: {
                            /** @enum {string|null} */
                            type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                            street1?: string | null;
                            street2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            region?: string | null;
                            state?: string | null;
                            country?: string | null;
                            rawCityCountry?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                            formattedAddress?: string | null;
                        }[];
                        customAttributes: {
                            attributeDefinitionId: string;
                            label: string;
                            type: string;
                            /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. */
                            value: unknown;
                        }[];
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        createdAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        modifiedAt: string;
                        /**
                         * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                         * @example 2023-11-07T05:31:56.000Z
                         */
                        archivedAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClientContacts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedSince?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedUntil?: string;
                clientIds?: string[];
                client_ids?: string[];
                stageIds?: string[];
                mainContactIds?: string[];
                active?: boolean;
                /** @description Exact match against any email, ignoring case */
                email?: string;
                /** @description Case-insensitive prefix of first, last or full name, or of any email */
                q?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ClientContact"][];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClientContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the PersonView */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClientContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Role at the client; null clears it */
                    role?: string | null;
                    /** @description Department; null clears it */
                    department?: string | null;
                    firstName?: string;
                    lastName?: string;
                    /** @description Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. An address held by another person → 409 EMAIL_ALREADY_IN_USE. */
                    emails?: {
                        /** @example jsmith@example.com */
                        email: string;
                        /**
                         * @description `personal`, `work` or null
                         * @enum {string|null}
                         */
                        purpose?: "personal" | "work" | null;
                        /** @default false */
                        isPrimary?: boolean;
                    }[];
                    /** @description Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER. */
                    phoneNumbers?: {
                        /** @example +44 20 7946 0958 */
                        phoneNumber: string;
                        /**
                         * @description `personal`, `work` or null
                         * @enum {string|null}
                         */
                        purpose?: "personal" | "work" | null;
                        /** @default false */
                        isPrimary?: boolean;
                    }[];
                    /** @description An active user of the tenant; null clears it */
                    mainContactId?: string | null;
                    /** @description A stage of the 'client-contacts' pipeline */
                    stageId?: string;
                    /**
                     * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                     * @example 2023-11-07T05:31:56Z
                     */
                    startDate?: string;
                    /**
                     * @description Not before startDate; null clears it
                     * @example 2023-11-07T05:31:56Z
                     */
                    endDate?: string | null;
                    /** @description ext; person-level */
                    avatarUrl?: string | null;
                    locations?: {
                        /** @enum {string|null} */
                        type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                        street1?: string | null;
                        street2?: string | null;
                        postalCode?: string | null;
                        city?: string | null;
                        region?: string | null;
                        state?: string | null;
                        country?: string | null;
                        rawCityCountry?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        formattedAddress?: string | null;
                    }[];
                    /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                    customAttributes?: {
                        /** @description Id of a custom attribute definition */
                        attributeDefinitionId: string;
                        /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                        value: unknown;
                    }[];
                    /** @description Make a new role for this existing person (names then optional) */
                    candidateId?: string;
                };
            };
        };
        responses: {
            /** @description Created: the ClientContact */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientContact"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveClientContact: {
        parameters: {
            query?: {
                /** @description Erase instead of archive */
                permanent?: boolean;
            };
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateClientContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Every field optional; only the fields present change. Unknown fields → 400 UNRECOGNIZED_KEY. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Role at the client; null clears it */
                    role?: string | null;
                    /** @description Department; null clears it */
                    department?: string | null;
                    firstName?: string;
                    lastName?: string;
                    /** @description Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. An address held by another person → 409 EMAIL_ALREADY_IN_USE. */
                    emails?: {
                        /** @example jsmith@example.com */
                        email: string;
                        /**
                         * @description `personal`, `work` or null
                         * @enum {string|null}
                         */
                        purpose?: "personal" | "work" | null;
                        /** @default false */
                        isPrimary?: boolean;
                    }[];
                    /** @description Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER. */
                    phoneNumbers?: {
                        /** @example +44 20 7946 0958 */
                        phoneNumber: string;
                        /**
                         * @description `personal`, `work` or null
                         * @enum {string|null}
                         */
                        purpose?: "personal" | "work" | null;
                        /** @default false */
                        isPrimary?: boolean;
                    }[];
                    /** @description An active user of the tenant; null clears it */
                    mainContactId?: string | null;
                    /** @description A stage of the 'client-contacts' pipeline */
                    stageId?: string;
                    /**
                     * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                     * @example 2023-11-07T05:31:56Z
                     */
                    startDate?: string;
                    /**
                     * @description Not before startDate; null clears it
                     * @example 2023-11-07T05:31:56Z
                     */
                    endDate?: string | null;
                    /** @description ext; person-level */
                    avatarUrl?: string | null;
                    locations?: {
                        /** @enum {string|null} */
                        type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                        street1?: string | null;
                        street2?: string | null;
                        postalCode?: string | null;
                        city?: string | null;
                        region?: string | null;
                        state?: string | null;
                        country?: string | null;
                        rawCityCountry?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        formattedAddress?: string | null;
                    }[];
                    /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                    customAttributes?: {
                        /** @description Id of a custom attribute definition */
                        attributeDefinitionId: string;
                        /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                        value: unknown;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK: the ClientContact */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientContact"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    restoreClientContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the ClientContact */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientContact"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is one of `EMAIL_ALREADY_IN_USE`, `STAGE_IN_USE`, `CONFLICT`, `IDEMPOTENCY_KEY_IN_USE` */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    batchClientContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Run in this order, each in its own transaction */
                    operations: ({
                        /** @enum {string} */
                        op: "create";
                        /** @description A client id */
                        clientId: string;
                        /**
                         * @example {
                         *       "role": "Head of Talent",
                         *       "department": "People",
                         *       "firstName": "Jane",
                         *       "lastName": "Smith",
                         *       "emails": [
                         *         {
                         *           "email": "jsmith@example.com",
                         *           "isPrimary": true
                         *         }
                         *       ],
                         *       "phoneNumbers": [
                         *         {
                         *           "phoneNumber": "+44 20 7946 0958",
                         *           "isPrimary": true
                         *         }
                         *       ],
                         *       "startDate": "2023-11-07T05:31:56Z",
                         *       "endDate": "2024-11-07T05:31:56Z"
                         *     }
                         */
                        body: {
                            /** @description Role at the client; null clears it */
                            role?: string | null;
                            /** @description Department; null clears it */
                            department?: string | null;
                            firstName?: string;
                            lastName?: string;
                            /** @description Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. An address held by another person → 409 EMAIL_ALREADY_IN_USE. */
                            emails?: {
                                /** @example jsmith@example.com */
                                email: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER. */
                            phoneNumbers?: {
                                /** @example +44 20 7946 0958 */
                                phoneNumber: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description An active user of the tenant; null clears it */
                            mainContactId?: string | null;
                            /** @description A stage of the 'client-contacts' pipeline */
                            stageId?: string;
                            /**
                             * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                             * @example 2023-11-07T05:31:56Z
                             */
                            startDate?: string;
                            /**
                             * @description Not before startDate; null clears it
                             * @example 2023-11-07T05:31:56Z
                             */
                            endDate?: string | null;
                            /** @description ext; person-level */
                            avatarUrl?: string | null;
                            locations?: {
                                /** @enum {string|null} */
                                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                                street1?: string | null;
                                street2?: string | null;
                                postalCode?: string | null;
                                city?: string | null;
                                region?: string | null;
                                state?: string | null;
                                country?: string | null;
                                rawCityCountry?: string | null;
                                latitude?: number | null;
                                longitude?: number | null;
                                formattedAddress?: string | null;
                            }[];
                            /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                            customAttributes?: {
                                /** @description Id of a custom attribute definition */
                                attributeDefinitionId: string;
                                /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                                value: unknown;
                            }[];
                            /** @description Make a new role for this existing person (names then optional) */
                            candidateId?: string;
                        };
                    } | {
                        /** @enum {string} */
                        op: "update";
                        /** @description A client-contact id */
                        id: string;
                        /**
                         * @description Every field optional; only the fields present change. Unknown fields → 400 UNRECOGNIZED_KEY.
                         * @example {
                         *       "role": "Head of Talent",
                         *       "department": "People",
                         *       "firstName": "Jane",
                         *       "lastName": "Smith",
                         *       "emails": [
                         *         {
                         *           "email": "jsmith@example.com",
                         *           "isPrimary": true
                         *         }
                         *       ],
                         *       "phoneNumbers": [
                         *         {
                         *           "phoneNumber": "+44 20 7946 0958",
                         *           "isPrimary": true
                         *         }
                         *       ],
                         *       "startDate": "2023-11-07T05:31:56Z",
                         *       "endDate": "2024-11-07T05:31:56Z"
                         *     }
                         */
                        body: {
                            /** @description Role at the client; null clears it */
                            role?: string | null;
                            /** @description Department; null clears it */
                            department?: string | null;
                            firstName?: string;
                            lastName?: string;
                            /** @description Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. An address held by another person → 409 EMAIL_ALREADY_IN_USE. */
                            emails?: {
                                /** @example jsmith@example.com */
                                email: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER. */
                            phoneNumbers?: {
                                /** @example +44 20 7946 0958 */
                                phoneNumber: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description An active user of the tenant; null clears it */
                            mainContactId?: string | null;
                            /** @description A stage of the 'client-contacts' pipeline */
                            stageId?: string;
                            /**
                             * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                             * @example 2023-11-07T05:31:56Z
                             */
                            startDate?: string;
                            /**
                             * @description Not before startDate; null clears it
                             * @example 2023-11-07T05:31:56Z
                             */
                            endDate?: string | null;
                            /** @description ext; person-level */
                            avatarUrl?: string | null;
                            locations?: {
                                /** @enum {string|null} */
                                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                                street1?: string | null;
                                street2?: string | null;
                                postalCode?: string | null;
                                city?: string | null;
                                region?: string | null;
                                state?: string | null;
                                country?: string | null;
                                rawCityCountry?: string | null;
                                latitude?: number | null;
                                longitude?: number | null;
                                formattedAddress?: string | null;
                            }[];
                            /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                            customAttributes?: {
                                /** @description Id of a custom attribute definition */
                                attributeDefinitionId: string;
                                /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                                value: unknown;
                            }[];
                        };
                        /** @description As the If-Match header: `5`, `"5"`, `W/"5"` or `*` (412 PRECONDITION_FAILED when stale) */
                        ifMatch?: number | string;
                    } | {
                        /** @enum {string} */
                        op: "upsert";
                        /** @description A client id */
                        clientId: string;
                        /** @description The fields of a PATCH (no candidateId: the person is found by email). firstName and lastName are required only when the upsert makes a new person. */
                        body: {
                            /** @description Role at the client; null clears it */
                            role?: string | null;
                            /** @description Department; null clears it */
                            department?: string | null;
                            firstName?: string;
                            lastName?: string;
                            /** @description Replaces the whole list; `[]` clears it. At most one `isPrimary: true` (else 400 ONLY_ONE_PRIMARY_EMAIL_ALLOWED); with none, the first entry becomes primary. Entries equal ignoring case → 400 DUPLICATE_EMAIL. An address held by another person → 409 EMAIL_ALREADY_IN_USE. */
                            emails?: {
                                /** @example jsmith@example.com */
                                email: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description Replaces the whole list; `[]` clears it. At most one primary (else 400 ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED); with none, the first becomes primary. Duplicates are judged on the E.164 form → 400 DUPLICATE_PHONE_NUMBER. */
                            phoneNumbers?: {
                                /** @example +44 20 7946 0958 */
                                phoneNumber: string;
                                /**
                                 * @description `personal`, `work` or null
                                 * @enum {string|null}
                                 */
                                purpose?: "personal" | "work" | null;
                                /** @default false */
                                isPrimary?: boolean;
                            }[];
                            /** @description An active user of the tenant; null clears it */
                            mainContactId?: string | null;
                            /** @description A stage of the 'client-contacts' pipeline */
                            stageId?: string;
                            /**
                             * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                             * @example 2023-11-07T05:31:56Z
                             */
                            startDate?: string;
                            /**
                             * @description Not before startDate; null clears it
                             * @example 2023-11-07T05:31:56Z
                             */
                            endDate?: string | null;
                            /** @description ext; person-level */
                            avatarUrl?: string | null;
                            locations?: {
                                /** @enum {string|null} */
                                type?: "primary_home" | "home" | "work" | "office" | "other" | null;
                                street1?: string | null;
                                street2?: string | null;
                                postalCode?: string | null;
                                city?: string | null;
                                region?: string | null;
                                state?: string | null;
                                country?: string | null;
                                rawCityCountry?: string | null;
                                latitude?: number | null;
                                longitude?: number | null;
                                formattedAddress?: string | null;
                            }[];
                            /** @description Merges per definition (definitions not named keep their value); `value: null` clears one. A value that does not fit → 400 INVALID_ATTRIBUTE_VALUE; an unknown definition → 400 ATTRIBUTE_DEFINITION_NOT_FOUND. */
                            customAttributes?: {
                                /** @description Id of a custom attribute definition */
                                attributeDefinitionId: string;
                                /** @description By the definition's type: `text` a string (≤10000), `number` a number, `checkbox` a boolean, `select` one of `options`, `multiSelect` an array of distinct `options`, `date` a date-time (API.md §1.3), `currency` `{ amount: number, currency: "EUR" }` (ISO 4217), `url` an http(s) URL. `null` clears it. */
                                value: unknown;
                            }[];
                        };
                    } | {
                        /** @enum {string} */
                        op: "archive";
                        /** @description A client-contact id */
                        id: string;
                        /** @description As the If-Match header: `5`, `"5"`, `W/"5"` or `*` (412 PRECONDITION_FAILED when stale) */
                        ifMatch?: number | string;
                    })[];
                };
            };
        };
        responses: {
            /** @description Multi-Status */
            207: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** @description The operation’s position in `operations` */
                            index: number;
                            /** @description The status the single endpoint would answer */
                            status: number;
                            /**
                             * @description `created` (201), `updated` (200), `unchanged` (200: an update, or an upsert that matched, whose values were already stored: no new version, no event), `archived` (204) or `failed` (the error’s status)
                             * @enum {string}
                             */
                            outcome: "created" | "updated" | "unchanged" | "archived" | "failed";
                            /** @description The contact, the error envelope, or null for an archive */
                            body: components["schemas"]["ClientContact"] | components["schemas"]["ErrorResponse"] | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportClientContacts: {
        parameters: {
            query?: {
                /** @description `ndjson` (the default) or `csv` */
                format?: "ndjson" | "csv";
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedSince?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedUntil?: string;
                clientIds?: string[];
                client_ids?: string[];
                stageIds?: string[];
                mainContactIds?: string[];
                active?: boolean;
                /** @description Exact match against any email, ignoring case */
                email?: string;
                /** @description Case-insensitive prefix of first, last or full name, or of any email */
                q?: string;
                includeArchived?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching contacts, streamed */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    mergePeople: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The person who stays */
                    targetCandidateId: string;
                    /** @description The person folded into the target, then erased */
                    sourceCandidateId: string;
                    /**
                     * @description Answer what the merge would do, and write nothing
                     * @default false
                     */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: the MergeResult */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResult"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description A `nextCursor` from an earlier answer. */
                after?: string;
                /**
                 * @description Event types to keep (repeat or comma-separate); absent means every type.
                 * @example [
                 *       "client_contact.created",
                 *       "client_contact.updated"
                 *     ]
                 */
                types?: string[];
                /** @description Only the events of this record. */
                resourceId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Event"][];
                        pageInfo: {
                            /** @description Never null: the position after the last event returned, or `after` when nothing is new. */
                            nextCursor: string;
                            /** @description More events are already waiting after `nextCursor`. */
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: the error envelope; `message` is `CURSOR_EXPIRED` */
            410: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClientContactHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            eventId: string;
                            /** @enum {string} */
                            type: "client.created" | "client.updated" | "client.archived" | "client.restored" | "client.erased" | "client_contact.created" | "client_contact.updated" | "client_contact.archived" | "client_contact.restored" | "client_contact.erased" | "user.created" | "user.updated" | "stage.created" | "stage.updated" | "stage.deleted" | "attribute.created" | "webhook.test";
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            occurredAt: string;
                            /** @description Who made the change. */
                            actor: {
                                /** @enum {string} */
                                type: "apiKey" | "system";
                                /** @description The API key’s id (not the key); null for the system. */
                                id: string | null;
                            };
                            /** @description Each changed top-level field of the representation, `{ from, to }`; lists are compared whole. */
                            changes: {
                                [key: string]: {
                                    from: unknown;
                                    to: unknown;
                                };
                            };
                        }[];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClientHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description UUIDv7
                             * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                             */
                            eventId: string;
                            /** @enum {string} */
                            type: "client.created" | "client.updated" | "client.archived" | "client.restored" | "client.erased" | "client_contact.created" | "client_contact.updated" | "client_contact.archived" | "client_contact.restored" | "client_contact.erased" | "user.created" | "user.updated" | "stage.created" | "stage.updated" | "stage.deleted" | "attribute.created" | "webhook.test";
                            /**
                             * @description ISO 8601 UTC, always `YYYY-MM-DDTHH:mm:ss.sssZ`.
                             * @example 2023-11-07T05:31:56.000Z
                             */
                            occurredAt: string;
                            /** @description Who made the change. */
                            actor: {
                                /** @enum {string} */
                                type: "apiKey" | "system";
                                /** @description The API key’s id (not the key); null for the system. */
                                id: string | null;
                            };
                            /** @description Each changed top-level field of the representation, `{ from, to }`; lists are compared whole. */
                            changes: {
                                [key: string]: {
                                    from: unknown;
                                    to: unknown;
                                };
                            };
                        }[];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    searchPeople: {
        parameters: {
            query: {
                /**
                 * @description What the recruiter typed: the start of a name ("jose", "anne-m", "o'brien"; case and accents ignored), an email address or its start, or a phone number or at least 4 of its digits.
                 * @example jane sm
                 */
                query: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonHit"][];
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedSince?: string;
                /**
                 * @description ISO 8601 UTC date-time; `T` and `Z` required, seconds and fraction optional.
                 * @example 2023-11-07T05:31:56Z
                 */
                modifiedUntil?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/clientele",
                 *       "types": [
                 *         "client_contact.updated"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Where events are POSTed: an http or https URL without credentials, whose host is a public address. Anything else (loopback, private, link-local and metadata addresses among them) → 400 WEBHOOK_URL_NOT_ALLOWED, unless the server runs with WEBHOOK_ALLOW_PRIVATE_URLS=true.
                     * @example https://hooks.example.com/clientele
                     */
                    url: string;
                    /**
                     * @description Event types to receive; absent or empty means every type.
                     * @example [
                     *       "client_contact.created",
                     *       "client_contact.updated"
                     *     ]
                     */
                    types?: ("client.created" | "client.updated" | "client.archived" | "client.restored" | "client.erased" | "client_contact.created" | "client_contact.updated" | "client_contact.archived" | "client_contact.restored" | "client_contact.erased" | "user.created" | "user.updated" | "stage.created" | "stage.updated" | "stage.deleted" | "attribute.created" | "webhook.test")[];
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created: the WebhookWithSecret */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the Webhook */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Where events are POSTed: an http or https URL without credentials, whose host is a public address. Anything else (loopback, private, link-local and metadata addresses among them) → 400 WEBHOOK_URL_NOT_ALLOWED, unless the server runs with WEBHOOK_ALLOW_PRIVATE_URLS=true.
                     * @example https://hooks.example.com/clientele
                     */
                    url?: string;
                    /**
                     * @description Event types to receive; absent or empty means every type.
                     * @example [
                     *       "client_contact.created",
                     *       "client_contact.updated"
                     *     ]
                     */
                    types?: ("client.created" | "client.updated" | "client.archived" | "client.restored" | "client.erased" | "client_contact.created" | "client_contact.updated" | "client_contact.archived" | "client_contact.restored" | "client_contact.erased" | "user.created" | "user.updated" | "stage.created" | "stage.updated" | "stage.deleted" | "attribute.created" | "webhook.test")[];
                    description?: string | null;
                    /** @description true resumes delivery from where it stopped */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: the Webhook */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: the error envelope; `message` is `PAYLOAD_TOO_LARGE` */
            413: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: the error envelope; `message` is `UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The `version` the write expects (`"3"`, `W/"3"` or `3`; `*` matches any). If the record’s version differs the write is refused with 412 PRECONDITION_FAILED (`details.currentVersion`) and changes nothing. Without it the last write wins, unless the tenant requires it (428 PRECONDITION_REQUIRED).
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the WebhookWithSecret */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Failed: the error envelope; `message` is `PRECONDITION_FAILED` */
            412: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Precondition Required: the error envelope; `message` is `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: one page (`items`, `pageInfo`) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        pageInfo: {
                            nextCursor: string | null;
                            hasNextPage: boolean;
                        };
                    };
                };
            };
            /** @description Bad Request: the error envelope; `message` is one of `VALIDATION_ERROR`, `INVALID_JSON`, `INVALID_CURSOR`, `ONLY_ONE_PRIMARY_EMAIL_ALLOWED`, `ONLY_ONE_PRIMARY_PHONE_NUMBER_ALLOWED`, `DUPLICATE_EMAIL`, `DUPLICATE_PHONE_NUMBER`, `END_DATE_BEFORE_START_DATE`, `STAGE_NOT_FOUND`, `MAIN_CONTACT_NOT_FOUND`, `MAIN_CONTACT_DEACTIVATED`, `ATTRIBUTE_DEFINITION_NOT_FOUND`, `INVALID_ATTRIBUTE_VALUE`, `WEBHOOK_URL_NOT_ALLOWED`, `MERGE_SAME_PERSON`, `MALFORMED_REQUEST` */
            400: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe (API.md §5.1). Keys are per tenant. The first request with a key runs and its answer (status, body, `Content-Type`, `ETag`, `Location`) is kept for 24 h; the same key with the same method, path (query string included) and body answers the kept answer with `Idempotent-Replayed: true`, and runs nothing again. Another method, path or body: 422 IDEMPOTENCY_KEY_REUSED. While the first request runs: 409 IDEMPOTENCY_KEY_IN_USE with `Retry-After: 1`. Answers 401, 429 and 5xx are not kept, so a retry runs afresh; nor are bodies the server could not read (400 INVALID_JSON, 413, 415): those fail before the key is looked at. A malformed key (empty, over 255 characters, not printable ASCII) is a 400 VALIDATION_ERROR whose `errors[].path` is `Idempotency-Key`. The answer is kept just after the write commits: if the server dies in between, the key is held for its 60 s lease (409) and a retry after that runs again. GETs ignore the header.
                 * @example 6f1c3f0e-1a2b-4c5d-8e9f-0a1b2c3d4e5f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UUIDv7
                         * @example 0193b0c4-6f1e-7c3a-9d2b-5e8f1a2b3c4d
                         */
                        eventId: string;
                    };
                };
            };
            /** @description Unauthorized: the error envelope; `message` is `INVALID_API_KEY` */
            401: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: the error envelope; `message` is one of `STAGE_NOT_FOUND`, `NOT_FOUND`, `CLIENT_NOT_FOUND`, `CLIENT_CONTACT_NOT_FOUND`, `CANDIDATE_NOT_FOUND`, `USER_NOT_FOUND`, `WEBHOOK_NOT_FOUND` */
            404: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: the error envelope; `message` is `IDEMPOTENCY_KEY_IN_USE`: a request with the same `Idempotency-Key` is still running (retry after `Retry-After`, 1 second) */
            409: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Content: the error envelope; `message` is `IDEMPOTENCY_KEY_REUSED`: the `Idempotency-Key` was used within 24 h with another method, path or body */
            422: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: the error envelope; `message` is `RATE_LIMITED` */
            429: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: the error envelope; `message` is `SERVICE_UNAVAILABLE` */
            503: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
