/** Names for the types of sdk/src/schema.ts, which openapi-typescript generates from the server's document. */
import type { components, paths } from './schema.js';

export type { components, paths } from './schema.js';

type Method = 'get' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON answer of an operation for a status. */
export type ResponseOf<P extends keyof paths, M extends Method, S extends number> = Json<
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? R[S] : never) : never
>;
/** The JSON request body of an operation. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

type Schemas = components['schemas'];

export type ErrorResponse = Schemas['ErrorResponse'];
/** The closed list of error codes: `ClienteleError.code`. */
export type ErrorCode = ErrorResponse['message'];

export interface Page<T> {
  items: T[];
  pageInfo: { nextCursor: string | null; hasNextPage: boolean };
}

export type Client = ResponseOf<'/clients', 'post', 201>;
export type ClientWithContacts = ResponseOf<'/clients/{id}', 'get', 200>;
export type CreateClientBody = BodyOf<'/clients', 'post'>;
export type UpdateClientBody = BodyOf<'/clients/{id}', 'patch'>;
export type ListClientsQuery = QueryOf<'/clients', 'get'>;
export type SearchClientsBody = BodyOf<'/clients/_search', 'post'>;
export type ClientSearchPage = ResponseOf<'/clients/_search', 'post', 200>;

export type ClientContact = Schemas['ClientContact'];
export type PersonView = Schemas['PersonView'];
export type CreateContactBody = BodyOf<'/clients/contacts/{id}', 'post'>;
export type UpdateContactBody = BodyOf<'/clients/contacts/{id}', 'patch'>;
export type ListContactsQuery = QueryOf<'/clients/contacts', 'get'>;
/** The export's query: the list's filters (no paging) and `format` (`ndjson`, the default, or `csv`). */
export type ExportContactsQuery = QueryOf<'/clients/contacts/_export', 'get'>;
/** POST /clients/contacts/_merge: the people to merge, and `dryRun` to see the result without writing. */
export type MergePeopleBody = BodyOf<'/clients/contacts/_merge', 'post'>;
/** The target's person view after the merge, and each role it changed. */
export type MergeResult = Schemas['MergeResult'];
export type MergeChange = Schemas['MergeChange'];

/** POST /clients/contacts/_batch (API.md §5.2): one operation, and the answer (207). */
export type ContactBatchOperation = BodyOf<'/clients/contacts/_batch', 'post'>['operations'][number];
type BatchAnswer = ResponseOf<'/clients/contacts/_batch', 'post', 207>['results'][number];
export type ContactBatchOutcome = BatchAnswer['outcome'];
/** One operation's result, told apart by `outcome`: the contact, null for an archive, or the error envelope. */
export type ContactBatchResult =
  | (Omit<BatchAnswer, 'outcome' | 'body'> & {
      outcome: Exclude<ContactBatchOutcome, 'archived' | 'failed'>;
      body: ClientContact;
    })
  | (Omit<BatchAnswer, 'outcome' | 'body'> & { outcome: 'archived'; body: null })
  | (Omit<BatchAnswer, 'outcome' | 'body'> & { outcome: 'failed'; body: ErrorResponse });
export interface ContactBatchResponse {
  results: ContactBatchResult[];
}

export type User = Schemas['User'];
export type UserSummary = Schemas['UserSummary'];
export type CreateUserBody = BodyOf<'/users', 'post'>;
export type UpdateUserBody = BodyOf<'/users/{id}', 'patch'>;

/** The two pipelines of every tenant (API.md §2.2); the document types the path parameter as any string. */
export type Pipeline = 'client-contacts' | 'clients';
export type Stage = ResponseOf<'/pipeline/{pipeline}/stages', 'post', 201>;
export type CreateStageBody = BodyOf<'/pipeline/{pipeline}/stages', 'post'>;
export type UpdateStageBody = BodyOf<'/pipeline/{pipeline}/stages/{id}', 'patch'>;

/** Whose attributes: client contacts' (`/clients/contacts/columns`) or clients' (`/clients/columns`). */
export type AttributeEntity = 'clientContact' | 'client';
export type AttributeDefinition = ResponseOf<'/clients/contacts/columns', 'post', 201>;
export type CreateAttributeBody = BodyOf<'/clients/contacts/columns', 'post'>;

export type PersonHit = Schemas['PersonHit'];
export type WebhookEvent = Schemas['Event'];
