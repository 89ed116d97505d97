/** Who is signed in: the session cookie checked against D1, and the role a route needs. */
import { getCookie } from 'hono/cookie';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ApiProblem } from '../problem';
import { checkSession, isSecureUrl, sessionCookieName, type AuthSession } from '../../auth/session';
import { tokenHash, tokenRe } from '../../auth/tokens';
import type { Role } from '../../auth/roles';
import { ipHint, type AuditAction, type AuditEvent } from '../../auth/audit';
import { deleteSessionStatement, extendSession, findSession } from '../../storage/sessions';

/**
 * The valid session of a request, or null: no or malformed cookie, unknown token, expired (the row is
 * then deleted), or a disabled user. Pushes the idle expiry forward when less than half of it remains.
 */
async function sessionOfRequest(c: Context<AppEnv>, now = new Date()): Promise<AuthSession | null> {
  const token = getCookie(c, sessionCookieName(isSecureUrl(c.req.url)));
  if (!token || !tokenRe.test(token)) return null;
  const id = await tokenHash(token);
  const session = await findSession(c.env.DB, id);
  if (!session) return null;
  const check = checkSession(session, now);
  if (check.state === 'expired') {
    await deleteSessionStatement(c.env.DB, id).run();
    return null;
  }
  if (check.state === 'extend') {
    await extendSession(c.env.DB, id, check.expiresAt);
    return { ...session, expiresAt: check.expiresAt };
  }
  return session;
}

/**
 * 401 unless signed in; sets `c.var.session`. Mount it before content-type, size and body checks, so a
 * stranger learns nothing about a route but that it needs a session.
 * @example adminApi.use(requireSession())
 */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await sessionOfRequest(c);
    if (!session) throw new ApiProblem(401, 'detail.signInRequired');
    c.set('session', session);
    await next();
  };
}

/**
 * 403 unless the signed-in user has one of `roles`. Use after requireSession.
 * @example createRoute({ …, middleware: [requireRole('agency_admin')] })
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.var.session.user.role)) throw new ApiProblem(403, 'detail.roleForbidden');
    await next();
  };
}

/**
 * An audit event by the signed-in user (their agency, id and role) from the network they came from.
 * @example auditStatement(db, sessionAuditEvent(c, 'cert.revoke', `certificate:${code}`, { reason }, at))
 */
export function sessionAuditEvent(
  c: Context<AppEnv>,
  action: AuditAction,
  target: string | null,
  detail: Record<string, unknown> | null,
  at = new Date().toISOString(),
): AuditEvent {
  const { user } = c.var.session;
  return {
    at,
    agencyId: user.agencyId,
    actorUserId: user.id,
    actorRole: user.role,
    action,
    target,
    detail,
    ipHint: ipHint(c.req.header('cf-connecting-ip')),
  };
}
