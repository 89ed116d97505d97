/**
 * /api/auth: signing in and out. Writes come from this site only (origin check and Hono's csrf), are JSON
 * only (415) and small (413); the routes that need a session check it before anything else.
 */
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { apiRouter } from './env';
import { ApiProblem } from './problem';
import { jsonOnly } from './middleware/json-only';
import { sameOriginWrites } from './middleware/same-origin';
import { requireSession } from './middleware/session';
import { authRoutes } from './routes/auth';
import { siteOrigin } from '../certificates/urls';

export const AUTH_MAX_BODY_BYTES = 4 * 1024;
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export const authApi = apiRouter()
  .use(sameOriginWrites())
  .use(csrf({ origin: (origin, c) => origin === siteOrigin(c.env) || origin === new URL(c.req.url).origin }));

for (const path of ['/me', '/logout', '/logout-all']) authApi.use(path, requireSession());
authApi.on(WRITE_METHODS, '*', jsonOnly(), bodyLimit({ maxSize: AUTH_MAX_BODY_BYTES, onError: () => { throw new ApiProblem(413, 'detail.payloadTooLarge'); } }));
authApi.route('/', authRoutes);
