/** Early answers must not strand the request body (see functions/http/drain.ts). */
import type { MiddlewareHandler } from 'hono';
import { drainableBody } from '../../http/drain';

/**
 * Lets the app read the body as usual, then reads whatever it left (bounded), so an early 4xx does not
 * cost the connection (and, on the local runtime, the next request). Mount it first.
 * @example app.use(drainBody())
 */
export function drainBody(options: { maxBytes?: number } = {}): MiddlewareHandler {
  return async (c, next) => {
    const { request, drain } = drainableBody(c.req.raw, options.maxBytes);
    c.req.raw = request;
    await next();
    await drain();
  };
}
