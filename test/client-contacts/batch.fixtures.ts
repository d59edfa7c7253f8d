import assert from 'node:assert/strict';
import type { Client, Reply } from '../harness.js';

/** Helpers for POST /clients/contacts/_batch tests (API.md §5.2). */

export interface BatchResult {
  index: number;
  status: number;
  outcome: 'created' | 'updated' | 'unchanged' | 'archived' | 'failed';
  body: any;
}

export async function sendBatch(api: Client, operations: unknown[], headers?: Record<string, string>): Promise<Reply> {
  return api.request('POST', '/clients/contacts/_batch', { operations }, headers);
}

/** Sends a batch that must be answered 207, and answers its results (checked to be in input order). */
export async function batch(api: Client, operations: unknown[], headers?: Record<string, string>) {
  const res = await sendBatch(api, operations, headers);
  assert.equal(res.status, 207, res.text);
  const results = res.body.results as BatchResult[];
  assert.deepEqual(
    results.map((r) => r.index),
    operations.map((_, i) => i),
  );
  return { results, requestId: res.headers['x-request-id'] as string };
}

/** An error body without its request id (which differs from request to request). */
export function withoutRequestId(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _, ...rest } = body;
  return rest;
}

/** The events recorded for one resource, oldest first, as `type` strings. */
export async function eventTypes(api: Client, resourceId: string): Promise<string[]> {
  const res = await api.request('GET', `/events?resourceId=${resourceId}&limit=200`);
  assert.equal(res.status, 200, res.text);
  return res.body.items.map((e: { type: string }) => e.type);
}

/** How many events the tenant's feed holds. */
export async function eventCount(api: Client): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const res = await api.request('GET', `/events?limit=200${after}`);
    assert.equal(res.status, 200, res.text);
    count += res.body.items.length;
    if (!res.body.pageInfo.hasNextPage) return count;
    after = `&after=${encodeURIComponent(res.body.pageInfo.nextCursor)}`;
  }
}
