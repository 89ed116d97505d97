/**
 * Reading what is left of a request body before answering. A Worker that answers early (403, 413, 415,
 * 429…) without reading the body leaves the runtime unable to reuse the keep-alive connection; the
 * local runtime (workerd behind miniflare's HTTP pool) then sends the next request down a closing
 * socket and answers it 500 "fetch failed". Draining first keeps the connection usable.
 */

/** Bodies larger than this are not worth waiting for: they are cancelled and the connection closes. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads and discards the unread rest of `request`'s body (nothing if it was read, is being read, or is
 * larger than `maxBytes`). Never throws.
 * @example const response = await next(); await drainRequestBody(request); return response;
 */
export async function drainRequestBody(request: Request, maxBytes = DRAIN_LIMIT_BYTES): Promise<void> {
  const body = request.body;
  if (!body || request.bodyUsed || body.locked) return;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await body.cancel().catch(() => {});
    return;
  }
  const reader = body.getReader();
  try {
    for (let read = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > maxBytes) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to keep alive.
  } finally {
    reader.releaseLock();
  }
}
