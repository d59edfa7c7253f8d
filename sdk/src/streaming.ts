/**
 * Reading a streamed answer (the contacts export) as it arrives, in constant memory, with nothing but `fetch`'s
 * body stream: it works the same in browsers, workers and Node.
 */

/**
 * The body as UTF-8 text chunks, in order (a character split across two network chunks is joined). Stopping
 * early (a `break`, a `return`, an error in the loop) cancels the body, which closes the connection: the server
 * then ends the export at once.
 */
export async function* textChunks(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string, void, undefined> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text !== '') yield text;
    }
    finished = true;
    const tail = decoder.decode();
    if (tail !== '') yield tail;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * One parsed JSON value per line of NDJSON text. Every line the server sends ends with a newline, so text left
 * without one at the end means the transfer was cut short: that is an error, not a last record.
 */
export async function* ndjsonValues<T>(chunks: AsyncIterable<string>): AsyncGenerator<T, void, undefined> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      const line = pending.slice(start, end);
      start = end + 1;
      if (line.trim() !== '') yield JSON.parse(line) as T;
    }
    pending = pending.slice(start);
  }
  if (pending.trim() !== '') throw new Error('Clientele: the export ended inside a line (the transfer was cut short)');
}
