import assert from 'node:assert/strict';
import type { Client } from '../harness.js';

/** An event as GET /events answers it. */
export interface FeedEvent {
  id: string;
  type: string;
  occurredAt: string;
  actor: { type: string; id: string | null };
  resource: { type: string; id: string };
  data: { object: any; changes: Record<string, { from: unknown; to: unknown }> } | null;
}

/** Reads the feed after `cursor` (from the start when undefined) to its end; answers the events and the last cursor. */
export async function readFeed(
  api: Client,
  cursor?: string,
  query = '',
): Promise<{ events: FeedEvent[]; cursor: string }> {
  const events: FeedEvent[] = [];
  let after = cursor;
  for (;;) {
    const params = [`limit=200`, ...(after ? [`after=${encodeURIComponent(after)}`] : []), ...(query ? [query] : [])];
    const res = await api.request('GET', `/events?${params.join('&')}`);
    assert.equal(res.status, 200, res.text);
    assert.equal(typeof res.body.pageInfo.nextCursor, 'string');
    events.push(...res.body.items);
    after = res.body.pageInfo.nextCursor as string;
    if (!res.body.pageInfo.hasNextPage) return { events, cursor: after };
  }
}

/** Follows one tenant's feed: each call answers the events recorded since the previous call. */
export async function feedFollower(api: Client) {
  let cursor = (await readFeed(api)).cursor;
  return async (): Promise<FeedEvent[]> => {
    const read = await readFeed(api, cursor);
    cursor = read.cursor;
    return read.events;
  };
}

/** `type resourceId` of each event, for comparing sequences. */
export function summary(events: FeedEvent[]): string[] {
  return events.map((e) => `${e.type} ${e.resource.id}`);
}
