/** Early answers must not strand the request body (see functions/http/drain.ts). */
import type { MiddlewareHandler } from 'hono';
import { drainRequestBody } from '../../http/drain';

/**
 * After the app has answered, reads what is left of the original request body, so an early 4xx does
 * not cost the connection (and, on the local runtime, the next request).
 * @example app.use(drainBody())
 */
export function drainBody(options: { maxBytes?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    const request = c.req.raw;
    await next();
    await drainRequestBody(request, options.maxBytes);
  };
}
