/** GET /api/admin/audit: the agency admin reads their own agency's audit log, newest first, paged. */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { requireRole } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import { auditPageSchema, auditQuerySchema } from '../../../schemas/accounts';
import { listAuditEvents } from '../../../storage/audit';

const auditRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "Your agency's audit log (agency admin): sign-ins, user changes, imports, exports, revocations; newest first",
  middleware: [requireRole(...rolesWith('agency.audit'))],
  request: { query: auditQuerySchema },
  responses: { 200: { description: 'A page of events', content: { 'application/json': { schema: auditPageSchema } } }, ...problems(400, 401, 403) },
});

export const auditRoutes = apiRouter().openapi(auditRoute, async (c) => {
  const { before, limit } = c.req.valid('query');
  const rows = await listAuditEvents(c.env.DB, agencyScope(c), { before, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return c.json(
    {
      events: page.map((e) => ({
        id: e.id,
        at: e.at,
        action: e.action,
        actor: { id: e.actorUserId, email: e.actorEmail, role: e.actorRole },
        target: e.target,
        detail: e.detail,
        ipHint: e.ipHint,
      })),
      next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    },
    200,
  );
});
