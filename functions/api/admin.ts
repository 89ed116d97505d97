/**
 * /api/admin: the agency staff's API. In this order: writes only from this site (origin check, then Hono's
 * csrf for form-like bodies), a signed-in session for everything (a stranger always gets 401, before the
 * content type, size or body is looked at), then writes as JSON (415) of at most 2 MB (413; rosters).
 * Routes check the role they need (403) and reach agency data only through `scopeOf(session)`, so
 * another agency's object is a 404.
 *
 * Add routes with `adminApi.route('/things', thingRoutes)` at the end, using `apiRouter()` from ./env.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { apiRouter } from './env';
import { jsonOnly } from './middleware/json-only';
import { sameOriginWrites } from './middleware/same-origin';
import { requireSession } from './middleware/session';
import { userRoutes } from './routes/admin/users';
import { auditRoutes } from './routes/admin/audit';
import { ROSTER_UPLOAD_PATH, rosterRoutes } from './routes/admin/roster';
import { reportRoutes } from './routes/admin/report';
import { certificateAdminRoutes } from './routes/admin/certificates';
import { reminderRoutes } from './routes/admin/reminders';
import { cycleRoutes } from './routes/admin/cycles';
import { exportRoutes } from './routes/admin/exports';
import { siteOrigin } from '../certificates/urls';

/** Room for a roster upload of a few thousand rows. */
const ADMIN_MAX_BODY_BYTES = 2 * 1024 * 1024;
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export const adminApi = apiRouter()
  .use(sameOriginWrites())
  .use(csrf({ origin: (origin, c) => origin === siteOrigin(c.env) || origin === new URL(c.req.url).origin }))
  .use(requireSession());

/** The roster upload is CSV of up to 5 MB, with its own content-type and size rules (routes/admin/roster.ts). */
const exceptRosterUpload =
  (middleware: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    c.req.method === 'POST' && c.req.path === ROSTER_UPLOAD_PATH ? next() : middleware(c, next);

adminApi.on(WRITE_METHODS, '*', exceptRosterUpload(jsonOnly()), exceptRosterUpload(bodyLimit({ maxSize: ADMIN_MAX_BODY_BYTES })));
adminApi.route('/users', userRoutes);
adminApi.route('/audit', auditRoutes);
adminApi.route('/roster', rosterRoutes);
adminApi.route('/', reportRoutes);
adminApi.route('/certificates', certificateAdminRoutes);
adminApi.route('/reminders', reminderRoutes);
adminApi.route('/cycles', cycleRoutes);
adminApi.route('/exports', exportRoutes);
