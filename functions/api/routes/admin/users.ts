/**
 * /api/admin/users: an agency admin lists the agency's users, invites HR staff or admins into their own
 * agency (never a national role), disables them and changes their role. Disabling or a role change ends
 * the user's sessions in the same batch; the agency always keeps one active admin.
 */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import { newToken, setupLink, tokenHash, userTokenExpiry } from '../../../auth/tokens';
import { accountEmail, sendAccountEmail } from '../../../auth/email';
import {
  inviteRequestSchema,
  inviteResponseSchema,
  userListSchema,
  userParamsSchema,
  userPatchSchema,
  userSchema,
  type User,
} from '../../../schemas/accounts';
import {
  changeAgencyUserStatements,
  findAgencyUser,
  findUserByEmail,
  insertUserStatement,
  listAgencyUsers,
  type UserRecord,
} from '../../../storage/users';
import { insertUserTokenStatement } from '../../../storage/tokens';
import { auditIfStatement, auditStatement } from '../../../storage/audit';
import { siteOrigin } from '../../../certificates/urls';
import { csvText } from '../../../exports/csv';
import { downloadHeaders } from '../../../exports/download';
import type { Locale } from '../../../schemas/content';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const adminsOnly = requireRole(...rolesWith('agency.users'));

function userView(user: UserRecord): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.disabledAt ? 'disabled' : user.passwordHash ? 'active' : 'invited',
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "Your agency's users (agency admin)",
  middleware: [adminsOnly],
  responses: { 200: { description: 'Users, admins first', content: json(userListSchema) }, ...problems(401, 403) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/export.csv',
  summary:
    "Your agency's users as CSV (UTF-8 with BOM) for an access review (agency admin): email, name, role, status, created, last sign-in; audited",
  middleware: [adminsOnly],
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problems(401, 403) },
});

const ROLE_LABELS: Record<Locale, Record<User['role'], string>> = {
  id: { agency_hr: 'Kepegawaian', agency_admin: 'Admin instansi', national_viewer: 'Peninjau nasional', super_admin: 'Super admin' },
  en: { agency_hr: 'HR', agency_admin: 'Agency admin', national_viewer: 'National viewer', super_admin: 'Super admin' },
};
const STATUS_LABELS: Record<Locale, Record<User['status'], string>> = {
  id: { active: 'Aktif', invited: 'Diundang', disabled: 'Dinonaktifkan' },
  en: { active: 'Active', invited: 'Invited', disabled: 'Disabled' },
};

const inviteRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Invite a user into your agency (agency admin): returns the one-time setup link (72 h), shown once, and emails it when email is configured',
  middleware: [adminsOnly],
  request: { body: { required: true, content: json(inviteRequestSchema) } },
  responses: { 201: { description: 'Invited', content: json(inviteResponseSchema) }, ...problems(400, 401, 403, 409, 413, 415) },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/{userId}',
  summary: "Change a user's role or disable/enable them (agency admin); ends their sessions. The agency keeps one active admin (409).",
  middleware: [adminsOnly],
  request: { params: userParamsSchema, body: { required: true, content: json(userPatchSchema) } },
  responses: {
    200: { description: 'The user after the change', content: json(userSchema) },
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});

export const userRoutes = apiRouter()
  .openapi(listRoute, async (c) => c.json({ users: (await listAgencyUsers(c.env.DB, agencyScope(c))).map(userView) }, 200))
  .openapi(exportRoute, async (c) => {
    const scope = agencyScope(c);
    const locale = c.var.locale;
    const users = (await listAgencyUsers(c.env.DB, scope)).map(userView);
    const header =
      locale === 'en'
        ? ['Email', 'Name', 'Role', 'Status', 'Created', 'Last sign-in']
        : ['Email', 'Nama', 'Peran', 'Status', 'Dibuat', 'Terakhir masuk'];
    const rows = users.map((u) => [
      u.email,
      u.name,
      ROLE_LABELS[locale][u.role],
      STATUS_LABELS[locale][u.status],
      u.createdAt.slice(0, 10),
      u.lastLoginAt?.slice(0, 10) ?? '',
    ]);
    const at = new Date().toISOString();
    await auditStatement(c.env.DB, sessionAuditEvent(c, 'export.users_csv', null, { count: rows.length }, at)).run();
    const name = `${locale === 'en' ? 'users' : 'pengguna'}-${scope.agencyId}-${at.slice(0, 10)}`;
    return c.body(csvText(header, rows), 200, Object.fromEntries(downloadHeaders('csv', name)));
  })
  .openapi(inviteRoute, async (c) => {
    const scope = agencyScope(c);
    const { email, name, role } = c.req.valid('json');
    const db = c.env.DB;
    if (await findUserByEmail(db, email)) throw new ApiProblem(409, 'detail.emailTaken');
    const now = new Date();
    const token = newToken();
    const user = {
      id: crypto.randomUUID(),
      email,
      name,
      role,
      agencyId: scope.agencyId,
      passwordHash: null,
      createdAt: now.toISOString(),
      createdBy: scope.userId,
    };
    const expiresAt = userTokenExpiry('invite', now);
    try {
      await db.batch([
        insertUserStatement(db, user),
        insertUserTokenStatement(db, {
          tokenHash: await tokenHash(token),
          userId: user.id,
          purpose: 'invite',
          createdAt: user.createdAt,
          expiresAt,
          createdBy: scope.userId,
        }),
        auditStatement(db, sessionAuditEvent(c, 'user.invite', `user:${user.id}`, { email, role }, user.createdAt)),
      ]);
    } catch (error) {
      // Two admins inviting the same address at once: the UNIQUE email decides.
      if (String(error).includes('UNIQUE')) throw new ApiProblem(409, 'detail.emailTaken');
      throw error;
    }
    const origin = siteOrigin(c.env);
    const locale = c.var.locale;
    const link = setupLink(origin, token, locale);
    const emailed = await sendAccountEmail(c.env, email, accountEmail('invite', locale, link), origin);
    return c.json({ user: userView({ ...user, disabledAt: null, lastLoginAt: null }), setupLink: link, expiresAt, emailed }, 201);
  })
  .openapi(patchRoute, async (c) => {
    const scope = agencyScope(c);
    const { userId } = c.req.valid('param');
    const patch = c.req.valid('json');
    const db = c.env.DB;
    const user = await findAgencyUser(db, scope, userId);
    if (!user || (user.role !== 'agency_hr' && user.role !== 'agency_admin')) throw new ApiProblem(404, 'detail.userNotFound');
    const change = { role: patch.role ?? user.role, disabled: patch.disabled ?? user.disabledAt !== null };
    if (change.role === user.role && change.disabled === (user.disabledAt !== null)) return c.json(userView(user), 200);
    const at = new Date().toISOString();
    const applied = 'EXISTS (SELECT 1 FROM users WHERE agency_id = ?2 AND id = ?9 AND role = ?10 AND (disabled_at IS NOT NULL) = ?11)';
    const [update] = await db.batch([
      ...changeAgencyUserStatements(db, scope, userId, change, at),
      auditIfStatement(
        db,
        sessionAuditEvent(
          c,
          'user.update',
          `user:${userId}`,
          { from: { role: user.role, disabled: user.disabledAt !== null }, to: change },
          at,
        ),
        applied,
        [userId, change.role, change.disabled ? 1 : 0],
      ),
    ]);
    if (!update?.meta.changes) throw new ApiProblem(409, 'detail.lastAdmin');
    const updated = await findAgencyUser(db, scope, userId);
    return c.json(userView(updated!), 200);
  });
