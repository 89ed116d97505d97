/**
 * /api/auth: sign in and out, who am I, and setting a password from a one-time link. Composed with its
 * rules (origin check, JSON only, size, sessions where needed) in ../auth.ts.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiRouter, type AppEnv } from '../env';
import { problems } from '../openapi';
import { ApiProblem, validationProblem } from '../problem';
import { clientIp } from '../middleware/rate-limit';
import { DUMMY_PASSWORD_HASH, hashPassword, passwordProblem, verifyPassword } from '../../auth/password';
import { clearedSessionCookie, isSecureUrl, newSessionTimes, sessionCookie, type AuthSession } from '../../auth/session';
import { newToken, setupLink, tokenHash, tokenRe, userTokenExpiry } from '../../auth/tokens';
import { ipHint, type AuditEvent } from '../../auth/audit';
import { accountEmail, sendAccountEmail } from '../../auth/email';
import { loginRequestSchema, meSchema, passwordResetRequestSchema, setPasswordRequestSchema, type Me } from '../../schemas/accounts';
import { findAgency } from '../../storage/agencies';
import { findUserByEmail, findUserById, recordLoginStatement, setPasswordFromTokenStatement } from '../../storage/users';
import { deleteSessionStatement, deleteUserSessionsStatement, insertSessionStatement } from '../../storage/sessions';
import { consumeUserTokenStatement, findUserToken, insertUserTokenStatement, retireUserTokensStatement } from '../../storage/tokens';
import { auditIfStatement, auditStatement } from '../../storage/audit';
import { siteOrigin } from '../../certificates/urls';
import { isUserTokenUsable } from '../../auth/tokens';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const LIMIT_WINDOW_SECONDS = 60;
const noContent = { description: 'Done (no body)' };

/** The signed-in user as the API shows them. */
export async function meOf(db: D1Database, session: AuthSession): Promise<Me> {
  const { user } = session;
  const agency = user.agencyId ? await findAgency(db, user.agencyId) : null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agency: agency && { id: agency.id, name: agency.name },
    sessionExpiresAt: session.expiresAt,
  };
}

/** Counts one try against a limiter; false once over. A missing binding fails closed (503). */
async function withinLimit(limiter: RateLimit | undefined, key: string): Promise<boolean> {
  if (!limiter) throw new ApiProblem(503, 'detail.unavailable');
  return (await limiter.limit({ key })).success;
}

function throttled(): ApiProblem {
  return new ApiProblem(429, 'detail.loginThrottled', {
    params: { seconds: LIMIT_WINDOW_SECONDS },
    headers: { 'retry-after': String(LIMIT_WINDOW_SECONDS) },
  });
}

/** The throttles of sign-in and reset: per client and per account (the hashed email, known or not). */
async function throttle(c: Context<AppEnv>, email: string | null): Promise<void> {
  const byIp = await withinLimit(c.env.LOGIN_IP_LIMITER, clientIp(c));
  const byAccount = email === null || (await withinLimit(c.env.LOGIN_ACCOUNT_LIMITER, await tokenHash(email)));
  if (!byIp || !byAccount) throw throttled();
}

function event(c: Context<AppEnv>, fields: Omit<AuditEvent, 'at' | 'ipHint'> & { at?: string }): AuditEvent {
  return { at: new Date().toISOString(), ipHint: ipHint(c.req.header('cf-connecting-ip')), ...fields };
}

function actorOf(session: AuthSession) {
  return { agencyId: session.user.agencyId, actorUserId: session.user.id, actorRole: session.user.role };
}

const loginRoute = createRoute({
  method: 'post',
  path: '/login',
  summary: 'Sign in with email and password; sets the session cookie (HttpOnly, SameSite=Lax). Throttled per account and per client.',
  request: { body: { required: true, content: json(loginRequestSchema) } },
  responses: {
    200: { description: 'Signed in', content: json(meSchema) },
    ...problems(400, 401, 403, 413, 415, 429, 503),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  summary: 'The signed-in user, their role and agency',
  responses: { 200: { description: 'The signed-in user', content: json(meSchema) }, ...problems(401) },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/logout',
  summary: 'Sign out this browser (send an empty JSON body)',
  responses: { 204: noContent, ...problems(401, 403, 415) },
});

const logoutAllRoute = createRoute({
  method: 'post',
  path: '/logout-all',
  summary: 'Sign out every browser of this user (send an empty JSON body)',
  responses: { 204: noContent, ...problems(401, 403, 415) },
});

const setPasswordRoute = createRoute({
  method: 'post',
  path: '/password',
  summary: 'Set a password with the token of an invitation or reset link (single use); ends every session of the user',
  request: { body: { required: true, content: json(setPasswordRequestSchema) } },
  responses: { 204: noContent, ...problems(400, 403, 413, 415, 429, 503) },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/password-reset',
  summary: 'Ask for a password reset link by email. Always 202, whether or not the account exists.',
  request: { body: { required: true, content: json(passwordResetRequestSchema) } },
  responses: { 202: { description: 'Accepted (a link is emailed if the account exists and email is configured)' }, ...problems(400, 403, 413, 415, 429, 503) },
});

export const authRoutes = apiRouter()
  .openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    await throttle(c, email);
    const user = await findUserByEmail(c.env.DB, email);
    // Always one KDF run, so an unknown email costs as long as a known one.
    const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    const db = c.env.DB;
    if (!user || !user.passwordHash || user.disabledAt || !matches) {
      const reason = !user ? 'unknown_email' : user.disabledAt ? 'disabled' : !user.passwordHash ? 'no_password' : 'wrong_password';
      await auditStatement(
        db,
        event(c, {
          agencyId: user?.agencyId ?? null,
          actorUserId: null,
          actorRole: null,
          action: 'login.fail',
          target: user ? `user:${user.id}` : null,
          detail: { reason, ...(user ? {} : { emailHash: (await tokenHash(email)).slice(0, 16) }) },
        }),
      ).run();
      throw new ApiProblem(401, 'detail.loginFailed');
    }
    const token = newToken();
    const id = await tokenHash(token);
    const times = newSessionTimes(new Date());
    await db.batch([
      insertSessionStatement(db, id, user.id, times),
      recordLoginStatement(db, user.id, times.createdAt),
      auditStatement(db, event(c, { at: times.createdAt, agencyId: user.agencyId, actorUserId: user.id, actorRole: user.role, action: 'login.ok', target: null, detail: null })),
    ]);
    const session: AuthSession = { id, ...times, user: { id: user.id, email: user.email, name: user.name, role: user.role, agencyId: user.agencyId } };
    c.header('set-cookie', sessionCookie(token, { secure: isSecureUrl(c.req.url) }));
    return c.json(await meOf(db, session), 200);
  })
  .openapi(meRoute, async (c) => c.json(await meOf(c.env.DB, c.var.session), 200))
  .openapi(logoutRoute, async (c) => {
    const { session } = c.var;
    await c.env.DB.batch([
      deleteSessionStatement(c.env.DB, session.id),
      auditStatement(c.env.DB, event(c, { ...actorOf(session), action: 'logout', target: null, detail: null })),
    ]);
    c.header('set-cookie', clearedSessionCookie({ secure: isSecureUrl(c.req.url) }));
    return c.body(null, 204);
  })
  .openapi(logoutAllRoute, async (c) => {
    const { session } = c.var;
    const [deleted] = await c.env.DB.batch([
      deleteUserSessionsStatement(c.env.DB, session.user.id),
      auditStatement(c.env.DB, event(c, { ...actorOf(session), action: 'logout.all', target: null, detail: null })),
    ]);
    c.header('set-cookie', clearedSessionCookie({ secure: isSecureUrl(c.req.url) }));
    return c.body(null, 204, { 'x-sessions-ended': String(deleted?.meta.changes ?? 0) });
  })
  .openapi(setPasswordRoute, async (c) => {
    const { token, password } = c.req.valid('json');
    await throttle(c, null);
    if (!tokenRe.test(token)) throw new ApiProblem(400, 'detail.tokenInvalid');
    const db = c.env.DB;
    const hash = await tokenHash(token);
    const stored = await findUserToken(db, hash);
    const user = stored && (await findUserById(db, stored.userId));
    if (!stored || !user || user.disabledAt || !isUserTokenUsable(stored, new Date())) throw new ApiProblem(400, 'detail.tokenInvalid');
    const problem = passwordProblem(password, user.email);
    if (problem) throw validationProblem([{ path: 'password', message: problem }]);
    const passwordHash = await hashPassword(password);
    const at = new Date().toISOString();
    const consumed = 'EXISTS (SELECT 1 FROM user_tokens WHERE token_hash = ?9 AND used_at = ?1)';
    const [consume] = await db.batch([
      consumeUserTokenStatement(db, hash, at),
      setPasswordFromTokenStatement(db, hash, at, passwordHash),
      db.prepare(`DELETE FROM sessions WHERE user_id = (SELECT user_id FROM user_tokens WHERE token_hash = ?1 AND used_at = ?2)`).bind(hash, at),
      auditIfStatement(db, { at, agencyId: user.agencyId, actorUserId: user.id, actorRole: user.role, action: 'password.set', target: `user:${user.id}`, detail: { via: stored.purpose }, ipHint: ipHint(c.req.header('cf-connecting-ip')) }, consumed, [hash]),
    ]);
    if (!consume?.meta.changes) throw new ApiProblem(400, 'detail.tokenInvalid');
    await retireUserTokensStatement(db, user.id, at).run();
    return c.body(null, 204);
  })
  .openapi(resetRoute, async (c) => {
    const { email } = c.req.valid('json');
    await throttle(c, email);
    const db = c.env.DB;
    const user = await findUserByEmail(db, email);
    // Without email there is no way to deliver a reset link; the agency admin issues a new invitation instead.
    if (user && !user.disabledAt && c.env.EMAIL) {
      const token = newToken();
      const now = new Date();
      const origin = siteOrigin(c.env);
      await db.batch([
        retireUserTokensStatement(db, user.id, now.toISOString()),
        insertUserTokenStatement(db, { tokenHash: await tokenHash(token), userId: user.id, purpose: 'reset', createdAt: now.toISOString(), expiresAt: userTokenExpiry('reset', now), createdBy: null }),
        auditStatement(db, event(c, { agencyId: user.agencyId, actorUserId: null, actorRole: null, action: 'password.reset_requested', target: `user:${user.id}`, detail: null })),
      ]);
      const locale = c.var.locale;
      await sendAccountEmail(c.env, user.email, accountEmail('reset', locale, setupLink(origin, token, locale)), origin);
    }
    return c.body(null, 202);
  });
