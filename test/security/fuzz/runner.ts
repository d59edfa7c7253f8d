import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import type { Dialect } from '../../../src/db/database.js';
import { createKey, requireIfMatch } from '../../../src/modules/tenants/tenant.service.js';
import { buildTestApp, type Client, clientFor, type TestApp } from '../../harness.js';
import {
  type BodySpec,
  type Case,
  caseArbitrary,
  type IdTransform,
  mutate,
  type ParamSpec,
  stringSlots,
} from './cases.js';
import { type ApiDocument, type Endpoint, readApiDocument } from './endpoints.js';
import {
  type Answer,
  checkAttributeText,
  checkEnvelope,
  checkPrototypes,
  checkRequestId,
  checkVerbatim,
  prototypeKeys,
  recordWithId,
} from './invariants.js';
import { clone, describe, IdRef, type Resolver, setOwn, toJsonText } from './json-text.js';
import { trimmed, validArbitrary } from './schema-arbitrary.js';
import { type Snapshot, Snapshotter, seedTenant, snapshotDiff } from './world.js';

/**
 * Runs fuzz cases against one app and database: builds each request, sends it through `app.inject`,
 * and checks every invariant against the answer and against snapshots of both tenants' data.
 */

export interface EndpointStats {
  endpoint: string;
  tried: number;
  serverErrors: number;
  refused: number;
  accepted: number;
  /** Requests light-my-request itself would not send (none expected; counted so they are not hidden). */
  unsendable: number;
  violations: number;
  /** Why app.inject would not send a request, and how often. */
  unsendableBy: Record<string, number>;
  /** Refusals by error code (`message`), to see which rule stops the cases. */
  refusedBy: Record<string, number>;
  /** The first few failing cases, described. */
  examples: string[];
}

export interface Outcome {
  status: number | 'unsendable';
  /** The error code of a refusal. */
  code?: string;
  problems: string[];
  request: string;
  response: string;
}

/** Where a later read of an accepted write looks, for endpoints whose own path has no GET. */
const READBACK: Record<string, string> = {
  'POST /users': '/users/_list?includeDeactivated=true',
  'PATCH /users/{id}': '/users/_list?includeDeactivated=true',
};

const WRONG_KEY = `ck_${'Z'.repeat(40)}`;
const FULLWIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function transformId(id: string, transform: IdTransform | undefined): string {
  switch (transform) {
    case undefined:
      return encodeURIComponent(id);
    case 'upper':
      return id.toUpperCase();
    case 'nul':
      return `${id}%00`;
    case 'dotdot':
      return `${id}/..`;
    case 'slash':
      return `${id}/`;
    case 'space':
      return `${id}%20`;
    case 'fullwidth':
      return encodeURIComponent(FULLWIDTH(id));
    case 'longer':
      return `${id}${'a'.repeat(200)}`;
    case 'prefixDots':
      return `..%2F${id}`;
  }
}

export interface FuzzerOptions {
  /** Start a fresh fuzzed tenant after this many cases (default 150). */
  rotateEvery?: number;
  /** ...or once it holds this many rows (default 600). */
  rotateRows?: number;
  /** Every this-many-th fuzzed tenant makes If-Match mandatory (default 6; 0 never). */
  strictEvery?: number;
}

export class Fuzzer {
  private main!: Client;
  private mainSnap!: Snapshot;
  private other!: Client;
  private otherSnap!: Snapshot;
  private sinceRotate = 0;
  /** The fuzzed tenant requires If-Match on writes to existing records. */
  private strict = false;
  private otherIds?: Set<string>;
  private tenants = 0;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly prototypes = prototypeKeys();
  private readonly ajv: Ajv;

  private constructor(
    readonly t: TestApp,
    readonly api: ApiDocument,
    private readonly snapshotter: Snapshotter,
    private readonly options: Required<FuzzerOptions>,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(this.ajv);
    for (const [name, schema] of Object.entries<any>(api.doc.components?.schemas ?? {})) {
      this.ajv.addSchema(schema, `#/components/schemas/${name}`);
    }
  }

  static async open(dialect: Dialect, options: FuzzerOptions = {}): Promise<Fuzzer> {
    const t = await buildTestApp(dialect);
    try {
      const api = await readApiDocument(t.app);
      const fuzzer = new Fuzzer(t, api, await Snapshotter.open(t), {
        rotateEvery: options.rotateEvery ?? 150,
        rotateRows: options.rotateRows ?? 600,
        strictEvery: options.strictEvery ?? 6,
      });
      fuzzer.other = await t.newTenant('other');
      await seedTenant(fuzzer.other, 'other');
      await fuzzer.rotate();
      return fuzzer;
    } catch (error) {
      await t.close();
      throw error;
    }
  }

  get endpoints(): Endpoint[] {
    return this.api.endpoints;
  }

  async close(): Promise<void> {
    await this.t.close();
  }

  /** Moves to a fresh fuzzed tenant, made with one of everything. */
  async rotate(): Promise<void> {
    this.tenants++;
    this.main = await this.t.newTenant(`fuzz-${this.tenants}`);
    await seedTenant(this.main, `t${this.tenants}`);
    this.strict = this.options.strictEvery > 0 && this.tenants % this.options.strictEvery === 0;
    if (this.strict) {
      await requireIfMatch(this.t.ctx, this.main.tenantId, true);
      // A new key: the one the fixtures were made with is cached as belonging to a tenant without the rule.
      const key = await createKey(this.t.ctx, this.main.tenantId);
      if (!key) throw new Error('fuzz: could not make a key');
      this.main = clientFor(this.t.app, this.main.tenantId, key.apiKey);
    }
    const [main, other] = await this.snapshotter.take([this.main.tenantId, this.other.tenantId]);
    this.mainSnap = main;
    if (this.otherSnap && other.text !== this.otherSnap.text) {
      throw new Error(
        `fuzz: the other tenant changed while making tenant ${this.tenants}:\n${snapshotDiff(this.otherSnap, other)}`,
      );
    }
    this.otherSnap ??= other;
    this.sinceRotate = 0;
  }

  arbitrary(endpoint: Endpoint): fc.Arbitrary<Case> {
    return caseArbitrary({ root: this.api.doc }, endpoint);
  }

  /**
   * The generator's own check: bodies it makes as valid are valid against the endpoint's published schema
   * (ids stood in for, strings trimmed). Returns the first few that are not.
   */
  invalidValidBodies(endpoint: Endpoint, samples: number, seed: number): string[] {
    const validate = this.validator(endpoint);
    if (!validate || !endpoint.body) return [];
    const standIn: Resolver = () => '01900000-0000-7000-8000-000000000000';
    const out: string[] = [];
    for (const value of fc.sample(validArbitrary({ root: this.api.doc }, endpoint.body), { numRuns: samples, seed })) {
      const text = toJsonText(value, standIn);
      if (!validate(trimmed(JSON.parse(text))) && out.length < 3) {
        out.push(`${JSON.stringify(validate.errors?.slice(0, 3))} for ${clip(text, 300)}`);
      }
    }
    return out;
  }

  private resolver(): Resolver {
    const resolve: Resolver = (ref: IdRef) => {
      const s = ref.source;
      if (s.from === 'fresh') return s.text;
      const snap = s.from === 'own' ? this.mainSnap : this.otherSnap;
      const tables = s.tables.length > 0 ? s.tables : Object.keys(snap.ids).filter((t) => t !== 'tenants');
      const pool = tables.flatMap((t) => snap.ids[t] ?? []);
      return pool.length === 0 ? '01900000-0000-7000-8000-000000000000' : pool[s.pick % pool.length];
    };
    resolve.typed = (definitionId, seed) => {
      const row = (this.mainSnap.rows.attribute_definitions ?? [])
        .map((r) => JSON.parse(r) as { id: string; type: string; options: string | null })
        .find((r) => r.id === definitionId);
      return attributeValue(row?.type ?? 'text', row?.options ? JSON.parse(row.options) : [], seed);
    };
    return resolve;
  }

  private validator(endpoint: Endpoint): ValidateFunction | undefined {
    if (!endpoint.body) return undefined;
    let v = this.validators.get(endpoint.key);
    if (!v) {
      v = this.ajv.compile(endpoint.body as object);
      this.validators.set(endpoint.key, v);
    }
    return v;
  }

  /** The request a case describes, with ids resolved against the current tenants. */
  private build(endpoint: Endpoint, c: Case) {
    const resolve = this.resolver();
    let pathId: string | undefined;
    const param = (spec: ParamSpec): string => {
      if (spec.kind === 'text') return spec.encode ? encodeURIComponent(spec.text) : spec.text;
      const id = resolve(spec.ref);
      pathId ??= id;
      return transformId(id, spec.transform);
    };
    let url = endpoint.template.replace(/\{([^}]+)\}/g, (_, name: string) => param(c.params[name]));
    // A route certainly matches when every path parameter is a plain id or word (the auth-first check needs that).
    const routeMatched = endpoint.pathParams.every(({ name }) => {
      const spec = c.params[name];
      return spec.kind === 'id' ? !spec.transform : spec.encode && /^[A-Za-z0-9_~-]{1,100}$/.test(spec.text);
    });
    const query = c.query
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v instanceof IdRef ? resolve(v) : v)}`)
      .join('&');
    if (query) url += `?${query}`;

    const { payload, sentText } = this.payload(c.body, resolve);
    const headers: Record<string, string | string[]> = {};
    const h = c.headers;
    if (h.apiKey === 'valid') headers['x-api-key'] = this.main.apiKey;
    else if (h.apiKey === 'wrong') headers['x-api-key'] = WRONG_KEY;
    else if (h.apiKey === 'twice') headers['x-api-key'] = [this.main.apiKey, this.main.apiKey];
    else if (h.apiKey === 'padded') headers['x-api-key'] = ` ${this.main.apiKey} `;
    if (h.contentType !== null && (payload !== undefined || h.contentType !== 'application/json')) {
      headers['content-type'] = h.contentType;
    }
    if (h.requestId !== undefined) headers['x-request-id'] = h.requestId;
    if (h.ifMatch?.kind === 'text') headers['if-match'] = h.ifMatch.text;
    else if (h.ifMatch?.kind === 'current') {
      const v = String((pathId && this.mainSnap.versions.get(pathId)) ?? 1);
      headers['if-match'] = h.ifMatch.form === 'quoted' ? `"${v}"` : h.ifMatch.form === 'weak' ? `W/"${v}"` : v;
    }
    for (const [k, v] of h.extra) headers[k] = v;
    return { url, headers, payload, sentText, pathId, routeMatched };
  }

  private payload(body: BodySpec, resolve: Resolver) {
    let payload: string | Buffer | undefined;
    switch (body.kind) {
      case 'none':
        break;
      case 'raw':
        payload = body.text;
        break;
      case 'json':
        payload = toJsonText(mutate(body.value, body.mutations), resolve);
        break;
      case 'bytes': {
        const text = toJsonText(body.value, resolve);
        if (body.bad === 'utf16le') payload = Buffer.from(text, 'utf16le');
        else if (body.bad === 'utf16le-bom')
          payload = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        else if (body.bad === 'latin1') payload = Buffer.from(text.replace(/[^\u0000-\u00ff]/g, 'é'), 'latin1');
        else if (body.bad === 'utf8-bom') payload = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
        else {
          const marker = '\u0001FUZZ\u0001';
          const copy = clone(body.value);
          const strings = stringSlots(copy);
          if (strings.length > 0) {
            const slot = strings[body.pick % strings.length];
            if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = marker;
            else setOwn(slot.parent as Record<string, unknown>, slot.key as string, marker);
          } else if (copy !== null && typeof copy === 'object' && !Array.isArray(copy)) {
            setOwn(copy as Record<string, unknown>, 'x', marker);
          }
          const parts = toJsonText(copy, resolve).split(JSON.stringify(marker));
          const bad = Buffer.concat([Buffer.from('"a'), Buffer.from(body.bad), Buffer.from('b"')]);
          payload = Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [Buffer.from(p)] : [bad, Buffer.from(p)])));
        }
        break;
      }
    }
    const sentText = payload === undefined ? '' : typeof payload === 'string' ? payload : payload.toString('utf8');
    return { payload, sentText };
  }

  /** Sends one case and checks every invariant. */
  async run(endpoint: Endpoint, c: Case): Promise<Outcome> {
    if (this.sinceRotate >= this.options.rotateEvery || this.mainSnap.rowCount > this.options.rotateRows) {
      await this.rotate();
    }
    this.sinceRotate++;
    const req = this.build(endpoint, c);
    const request = describeRequest(endpoint.method, req.url, req.headers, req.payload);
    let answer: Answer;
    try {
      const res = await this.t.app.inject({
        method: endpoint.method,
        url: req.url,
        headers: req.headers,
        payload: req.payload,
      });
      answer = { status: res.statusCode, headers: res.headers, text: res.body };
    } catch (error) {
      return { status: 'unsendable', problems: [], request, response: String(error) };
    }
    const response = `${answer.status} ${clip(answer.text, 600)}`;
    const problems: string[] = [];
    if (answer.status >= 500) problems.push(`server error ${answer.status}`);
    problems.push(...checkRequestId(answer, c.headers.requestId));
    if (answer.status >= 400) problems.push(...checkEnvelope(answer));
    else if (answer.status === 204 && answer.text !== '') problems.push('204 with a body');

    const [main, other] = await this.snapshotter.take([this.main.tenantId, this.other.tenantId]);
    if (answer.status >= 400 && main.text !== this.mainSnap.text) {
      problems.push(
        `refused with ${answer.status}, yet the tenant's data changed:\n${snapshotDiff(this.mainSnap, main)}`,
      );
    }
    if (other.text !== this.otherSnap.text) {
      problems.push(`the other tenant's data changed:\n${snapshotDiff(this.otherSnap, other)}`);
    }
    if (main.text !== this.mainSnap.text) problems.push(...this.crossTenantReferences(main));
    problems.push(...this.foreignIdsShown(answer.text, `${req.url}\n${JSON.stringify(req.headers)}\n${req.sentText}`));
    this.mainSnap = main;
    problems.push(...checkPrototypes(this.prototypes));

    // Authentication comes first (API.md §1.4): on a route that exists, a bad key is 401 whatever else is wrong.
    if ((c.headers.apiKey === 'missing' || c.headers.apiKey === 'wrong') && req.routeMatched && answer.status !== 401) {
      problems.push(`no valid key, yet answered ${answer.status} rather than 401`);
    }
    // A tenant that requires If-Match: a write to an existing record without one is 428, whatever else is wrong.
    const versionedWrite =
      endpoint.method === 'PATCH' || endpoint.method === 'DELETE' || endpoint.template.endsWith('/restore');
    if (this.strict && versionedWrite && c.headers.apiKey === 'valid' && !c.headers.ifMatch && req.routeMatched) {
      if (answer.status !== 428) problems.push(`If-Match is mandatory for this tenant, yet answered ${answer.status}`);
    }
    // With its own content-length the body the server reads is not the one built here: no checks on it.
    const bodyAsBuilt = !c.headers.extra.some(([name]) => name === 'content-length');
    if (bodyAsBuilt) problems.push(...this.checkAgainstSchema(endpoint, req.sentText, answer));
    // JSON text is UTF-8 (RFC 8259 §8.1): bytes that are not must not be taken in (they would be stored as U+FFFD).
    if (bodyAsBuilt && answer.status < 300 && Buffer.isBuffer(req.payload) && !isUtf8(req.payload)) {
      problems.push('accepted a body that is not valid UTF-8');
    }
    // A 207 (a batch) accepted the request, not each operation in it: its results are each operation's own
    // answer, refusals included, so what was sent need not read back (the batch tests check every result).
    const accepted = answer.status < 300 && answer.status !== 204 && answer.status !== 207;
    if (bodyAsBuilt && accepted && c.body.kind === 'json' && endpoint.body) {
      problems.push(...(await this.checkReadback(endpoint, req.url, req.sentText, req.pathId, answer)));
    }
    let code: string | undefined;
    if (answer.status >= 400) {
      try {
        const message = JSON.parse(answer.text).message;
        code = typeof message === 'string' && /^[A-Z_]{1,64}$/.test(message) ? message : 'not the envelope';
      } catch {
        code = 'not JSON';
      }
    }
    return { status: answer.status, code, problems: problems.map((p) => clip(p, 600)), request, response };
  }

  /** The other tenant's record ids (its rows' `id`s and its tenant id). */
  private foreign(): Set<string> {
    this.otherIds ??= new Set([...Object.values(this.otherSnap.ids).flat(), this.other.tenantId]);
    return this.otherIds;
  }

  /** A reference (`…_id` column) of the fuzzed tenant's data that names one of the other tenant's records. */
  private crossTenantReferences(snap: Snapshot): string[] {
    const found = [...snap.references].filter((id) => this.foreign().has(id));
    return found.length > 0 ? [`the tenant's data refers to the other tenant's record(s) ${found.join(', ')}`] : [];
  }

  /**
   * An id of the other tenant's records under an `id` / `…Id` key of an answer, which the request did not
   * hold itself: a record of the other tenant shown to this one. (Free text may hold anything.)
   */
  private foreignIdsShown(answerText: string, requestText: string): string[] {
    let body: unknown;
    try {
      body = JSON.parse(answerText);
    } catch {
      return [];
    }
    const found = idValues(body).filter((id) => this.foreign().has(id) && !requestText.includes(id));
    return found.length > 0 ? [`the answer shows the other tenant's record(s) ${[...new Set(found)].join(', ')}`] : [];
  }

  /**
   * The published schema agrees with what the server does: an accepted body is valid against the
   * OpenAPI document's schema (after trimming). (The converse does not hold: some rules span fields, such
   * as `options` only for select types, and are reported as VALIDATION_ERROR too.)
   */
  private checkAgainstSchema(endpoint: Endpoint, sentText: string, answer: Answer) {
    const validate = this.validator(endpoint);
    if (!validate) return [];
    let parsed: unknown;
    try {
      parsed = sentText.trim() === '' ? {} : JSON.parse(sentText);
    } catch {
      return answer.status < 300 ? ['accepted a body that is not JSON'] : [];
    }
    const body = trimmed(parsed);
    const valid = validate(body);
    // A 207 accepted the batch's envelope; an operation the schema refuses is that operation's own 400 result.
    if (answer.status < 300 && answer.status !== 207 && !valid) {
      const why = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
      return [`accepted a body the published schema refuses (${why.join('; ')})`];
    }
    return [];
  }

  /** What a later GET shows of an accepted write: every sent string, verbatim (trimmed). */
  private async checkReadback(
    endpoint: Endpoint,
    url: string,
    sentText: string,
    pathId: string | undefined,
    answer: Answer,
  ) {
    let sent: unknown;
    let written: any;
    try {
      sent = JSON.parse(sentText);
      written = JSON.parse(answer.text);
    } catch {
      return [];
    }
    const recordId: string | undefined = written?.id ?? written?.userId ?? pathId;
    const problems = [
      ...checkVerbatim(sent, written, recordId, 'the answer'),
      ...checkAttributeText(sent, written, recordId, 'the answer'),
    ];
    const path = url.split('?')[0];
    let readUrl: string | undefined;
    const location = answer.headers.location;
    if (typeof location === 'string') readUrl = location;
    else if (READBACK[endpoint.key]) readUrl = READBACK[endpoint.key];
    else if (this.api.hasGet(endpoint.template)) readUrl = path;
    else {
      const t = endpoint.template.split('/');
      const p = path.split('/');
      while (t.length > 1 && !this.api.hasGet(t.join('/'))) {
        t.pop();
        p.pop();
      }
      if (t.length > 1) readUrl = p.join('/');
    }
    if (!readUrl) return problems;
    const read = await this.t.app.inject({ method: 'GET', url: readUrl, headers: { 'x-api-key': this.main.apiKey } });
    if (read.statusCode !== 200)
      return [...problems, `GET ${readUrl} after an accepted write answered ${read.statusCode}`];
    const tree = JSON.parse(read.body);
    if (recordId !== undefined && recordWithId(tree, recordId) === undefined) {
      return [...problems, `GET ${readUrl} does not show the written record ${recordId}`];
    }
    return [
      ...problems,
      ...checkVerbatim(sent, tree, recordId, `GET ${readUrl}`),
      ...checkAttributeText(sent, tree, recordId, `GET ${readUrl}`),
    ];
  }
}

const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length];

/** Text-attribute values: every script, SQL and LIKE metacharacters, controls, padding, the 10,000 limit. */
const ATTRIBUTE_TEXTS = [
  'plain',
  '  padded\t',
  'Zoë Ångström',
  '字 𝒳 🙂',
  "'; drop table people; --",
  '%_\\',
  'line\nbreak\u2028',
  '\u202eevil',
  'x'.repeat(10_000),
  'é'.repeat(10_000),
];

/** A value that fits a custom-attribute definition of `type` (API.md §2.5), chosen by `seed`. */
function attributeValue(type: string, options: string[], seed: number): unknown {
  switch (type) {
    case 'number':
      return pick([0, -1, 1.5, 1e308, -1e-308, 123456789.125, 2 ** 53], seed);
    case 'checkbox':
      return seed % 2 === 0;
    case 'select':
      return options.length > 0 ? `${seed % 3 === 0 ? ' ' : ''}${pick(options, seed)}` : 'a';
    case 'multiSelect':
      return options.filter((_, i) => (seed >> i) & 1);
    case 'date':
      return pick(
        ['2024-02-29T12:00:00Z', '0001-01-01T00:00Z', '9999-12-31T23:59:59.9999999Z', '2000-01-01T00:00:00.5Z'],
        seed,
      );
    case 'currency':
      return { amount: pick([0, 12.5, -3, 1e15], seed), currency: pick(['EUR', 'USD', 'JPY', 'GBP'], seed >> 2) };
    case 'url':
      return pick(
        ['https://example.com/a?b=c#d', 'http://例え.jp/パス', 'https://x.example/%27%3B--', 'http://a'],
        seed,
      );
    default:
      return pick(ATTRIBUTE_TEXTS, seed);
  }
}

/** The string values under `id` and `…Id` keys, anywhere in a parsed answer. */
function idValues(tree: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64 || tree === null || typeof tree !== 'object') return out;
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string' && (key === 'id' || /[a-z]Id$/.test(key))) out.push(value);
    else idValues(value, out, depth + 1);
  }
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s;
}

function describeRequest(method: string, url: string, headers: Record<string, string | string[]>, payload: unknown) {
  const shown: Record<string, unknown> = { ...headers };
  if (shown['x-api-key']) shown['x-api-key'] = '…';
  for (const [k, v] of Object.entries(shown))
    if (typeof v === 'string' && v.length > 200) shown[k] = `${v.slice(0, 60)}…(${v.length})`;
  const body =
    payload === undefined
      ? '(no body)'
      : Buffer.isBuffer(payload)
        ? `bytes ${payload.length > 300 ? `${payload.subarray(0, 200).toString('hex')}…(${payload.length})` : payload.toString('hex')} = ${describe(payload.toString('utf8'))}`
        : describe(payload);
  return `${method} ${url.length > 300 ? `${url.slice(0, 200)}…(${url.length})` : url}\nheaders ${JSON.stringify(shown)}\nbody ${body}`;
}

/** The seed of one endpoint's run: the run's seed plus a hash of `METHOD /path`, so one endpoint replays alone. */
export function endpointSeed(seed: number, key: string): number {
  let h = 0;
  for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return (seed + h) >>> 1;
}

export function emptyStats(endpoint: string): EndpointStats {
  return {
    endpoint,
    tried: 0,
    serverErrors: 0,
    refused: 0,
    accepted: 0,
    unsendable: 0,
    violations: 0,
    refusedBy: {},
    unsendableBy: {},
    examples: [],
  };
}

export function count(stats: EndpointStats, outcome: Outcome, keepExamples = 5): void {
  stats.tried++;
  if (outcome.status === 'unsendable') {
    stats.unsendable++;
    const why = outcome.response.split('\n')[0].slice(0, 200);
    stats.unsendableBy[why] = (stats.unsendableBy[why] ?? 0) + 1;
  } else if (outcome.status >= 500) stats.serverErrors++;
  else if (outcome.status >= 400) stats.refused++;
  if (typeof outcome.status === 'number' && outcome.status >= 400) {
    const key = `${outcome.status} ${outcome.code}`;
    stats.refusedBy[key] = (stats.refusedBy[key] ?? 0) + 1;
  } else stats.accepted++;
  if (outcome.problems.length > 0) {
    stats.violations++;
    if (stats.examples.length < keepExamples) stats.examples.push(formatOutcome(outcome));
  }
}

export function formatOutcome(o: Outcome): string {
  return `${o.problems.map((p) => `✗ ${p}`).join('\n')}\n${o.request}\n→ ${o.response}`;
}

export function statsTable(all: EndpointStats[]): string {
  const rows = all.map((s) => [s.endpoint, s.tried, s.serverErrors, s.refused, s.accepted, s.violations]);
  const head = ['endpoint', 'tried', '5xx', 'refused', 'accepted', 'violations'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) =>
    r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
  const total = ['total', ...[1, 2, 3, 4, 5].map((i) => rows.reduce((n, r) => n + Number(r[i]), 0))];
  return [line(head), ...rows.map(line), line(total)].join('\n');
}
