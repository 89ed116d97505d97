/** Security headers and a no-store default, applied once at the root to every API response, errors included. */
import type { MiddlewareHandler } from 'hono';
import { withHeaders } from '../../http/security-headers';

/**
 * Adds `headers` (and `cache-control: no-store` unless a route chose a policy) to every response
 * after the rest of the app, so problem answers from onError and notFound carry them too.
 * @example app.use(securityHeaders({ headers: API_HEADERS }))
 */
export function securityHeaders(options: { headers: Record<string, string>; cacheControl?: string }): MiddlewareHandler {
  const defaults = { ...options.headers, 'cache-control': options.cacheControl ?? 'no-store' };
  return async (c, next) => {
    await next();
    c.res = withHeaders(c.res, defaults);
  };
}
