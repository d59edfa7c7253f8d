import type { App } from '../../../src/http/route-module.js';
import type { JsonSchema } from './schema-arbitrary.js';

/**
 * The write endpoints, as the running app describes them in its own `/openapi.json`: every POST, PUT,
 * PATCH and DELETE, with its path and query parameters and its request-body schema. A new write endpoint
 * is fuzzed without touching the fuzzer.
 */

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const WRITE_METHODS: WriteMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

export interface Parameter {
  name: string;
  schema: JsonSchema;
  description?: string;
  examples?: unknown[];
}

export interface Endpoint {
  /** `PATCH /clients/{id}` */
  key: string;
  method: WriteMethod;
  /** The OpenAPI path template, `{name}` for parameters. */
  template: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The `application/json` request-body schema, when the endpoint takes a body. */
  body?: JsonSchema;
}

export interface ApiDocument {
  doc: any;
  endpoints: Endpoint[];
  /** True when the document has a GET for this template. */
  hasGet(template: string): boolean;
  /** The templates with a GET. */
  getTemplates(): string[];
}

export async function readApiDocument(app: App): Promise<ApiDocument> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`fuzz: /openapi.json answered ${res.statusCode}`);
  const doc = JSON.parse(res.body);
  const endpoints: Endpoint[] = [];
  for (const [template, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of WRITE_METHODS) {
      const op = item[method.toLowerCase()];
      if (!op) continue;
      const params: any[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const toParameter = (p: any): Parameter => ({
        name: p.name,
        schema: p.schema ?? {},
        description: p.description ?? p.schema?.description,
        examples: p.examples ? Object.values(p.examples) : p.schema?.examples,
      });
      endpoints.push({
        key: `${method} ${template}`,
        method,
        template,
        pathParams: params.filter((p) => p.in === 'path').map(toParameter),
        queryParams: params.filter((p) => p.in === 'query').map(toParameter),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  const gets = Object.entries<any>(doc.paths ?? {})
    .filter(([, item]) => item.get)
    .map(([t]) => t);
  return { doc, endpoints, hasGet: (t) => gets.includes(t), getTemplates: () => gets };
}
