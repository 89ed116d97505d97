/**
 * /api/admin: the agency staff's API. Its own rules, separate from the public API's: a CSRF origin check
 * on form-like writes (Hono's csrf, against the configured site origin), larger bodies (rosters), and a
 * signed-in session for everything.
 *
 * Sessions arrive with agency accounts; until then every request is answered 401. Add routes with
 * `adminApi.route('/things', thingRoutes)` below the session check, using `apiRouter()` from ./env.
 */
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { apiRouter, factory } from './env';
import { ApiProblem } from './problem';
import { siteOrigin } from '../certificates/urls';

/** Room for a roster upload of a few thousand rows. */
export const ADMIN_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Placeholder for the session middleware: no session exists yet, so nobody is signed in. */
const requireSession = () =>
  factory.createMiddleware(async (_c, _next) => {
    throw new ApiProblem(401, 'detail.signInRequired');
  });

export const adminApi = apiRouter()
  .use(csrf({ origin: (origin, c) => origin === siteOrigin(c.env) }))
  .use(bodyLimit({ maxSize: ADMIN_MAX_BODY_BYTES }))
  .use(requireSession());
