/**
 * Writes only from this site. JSON bodies already need a CORS preflight (never granted), and Hono's csrf
 * covers form-like content types; this check refuses any unsafe request a browser marks as coming from
 * another origin, whatever its content type, so a write is never even attempted cross-site.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ApiProblem } from '../problem';
import { siteOrigin } from '../../certificates/urls';

const safeMethodRe = /^(GET|HEAD|OPTIONS)$/;
/** Sec-Fetch-Site values a browser sends for a request the site itself (or the user, typing) made. */
const ownFetchSites = new Set(['same-origin', 'none']);

/**
 * Answers 403 problem+json to an unsafe request whose `Origin` is neither the configured site origin nor
 * the request's own origin (a local preview on another port), or, without `Origin`, whose
 * `Sec-Fetch-Site` says another site. Clients that are not browsers send neither and pass: they cannot
 * carry a victim's cookie.
 * @example adminApi.use(sameOriginWrites())
 */
export function sameOriginWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!safeMethodRe.test(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const allowed = origin === undefined ? fetchSite === undefined || ownFetchSites.has(fetchSite) : origin === siteOrigin(c.env) || origin === new URL(c.req.url).origin;
      if (!allowed) throw new ApiProblem(403, 'detail.crossOrigin');
    }
    await next();
  };
}
