/**
 * Reading what is left of a request body before answering. A Worker that answers early (403, 413, 415,
 * 429…) without reading the whole body leaves the runtime unable to reuse the keep-alive connection;
 * the local runtime (workerd behind miniflare's HTTP pool) then sends the next request down a closing
 * socket and answers it 500 "fetch failed". Draining first keeps the connection usable. Locally every
 * body arrives chunked (no Content-Length), so a body limit reads part of it before refusing: the
 * drain must be able to finish a body someone else started, which `drainableBody` allows.
 */

/** Bodies larger than this are not worth waiting for: they are cancelled and the connection closes. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads and discards the unread body of `request` (nothing if it was read, is being read, or is larger
 * than `maxBytes`). Never throws.
 * @example const response = await next(); await drainRequestBody(request); return response;
 */
export async function drainRequestBody(request: Request, maxBytes = DRAIN_LIMIT_BYTES): Promise<void> {
  const body = request.body;
  if (!body || request.bodyUsed || body.locked) return;
  await drainReader(body.getReader(), declaredLength(request), maxBytes);
}

/**
 * The same request with a body that reads through to the original, and a `drain()` that finishes
 * reading the original whatever the consumer did (read it all, part of it, or nothing).
 * @example const { request, drain } = drainableBody(c.req.raw); c.req.raw = request; await next(); await drain();
 */
export function drainableBody(request: Request, maxBytes = DRAIN_LIMIT_BYTES): { request: Request; drain: () => Promise<void> } {
  if (!request.body || request.bodyUsed) return { request, drain: async () => {} };
  const source = request.body.getReader();
  let finished = false;
  // The runtime's body stream allows one read at a time: drain() waits for the consumer's last one.
  let lastRead: Promise<unknown> = Promise.resolve();
  const passThrough = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const read = source.read();
        lastRead = read.catch(() => {});
        const { done, value } = await read;
        if (done) {
          finished = true;
          controller.close();
        } else {
          controller.enqueue(value);
        }
      },
      // A consumer that gives up (a body limit) leaves the rest to drain().
      cancel() {},
    },
    // Read from the source only when the consumer asks, never ahead of it.
    { highWaterMark: 0 },
  );
  return {
    // `duplex` is what the Fetch standard requires for a stream body (Node insists; workerd does not mind).
    request: new Request(request, { body: passThrough, duplex: 'half' } as RequestInit),
    drain: async () => {
      await lastRead;
      if (!finished) await drainReader(source, declaredLength(request), maxBytes);
    },
  };
}

function declaredLength(request: Request): number {
  return Number(request.headers.get('content-length') ?? 0);
}

async function drainReader(reader: ReadableStreamDefaultReader<Uint8Array>, declared: number, maxBytes: number): Promise<void> {
  try {
    if (declared > maxBytes) return void (await reader.cancel());
    for (let read = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > maxBytes) return void (await reader.cancel());
    }
  } catch {
    // The client went away: nothing left to keep alive.
  }
}
