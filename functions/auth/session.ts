/**
 * Session lifetimes and the session cookie, as pure functions: the storage and HTTP layers apply them.
 * A session expires after 60 idle minutes and, whatever the activity, 12 hours after sign-in.
 */
import type { Role } from './roles';

export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;

/** A signed-in user as the session middleware sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agencyId: string | null;
}

export interface SessionTimes {
  createdAt: string;
  expiresAt: string;
  absoluteExpiresAt: string;
}

/** An authenticated request's session: its id (the token's hash), times and user. */
export interface AuthSession extends SessionTimes {
  id: string;
  user: SessionUser;
}

/** The times of a session started at `now`. */
export function newSessionTimes(now: Date): SessionTimes {
  const at = now.getTime();
  return {
    createdAt: now.toISOString(),
    expiresAt: new Date(at + SESSION_IDLE_MS).toISOString(),
    absoluteExpiresAt: new Date(at + SESSION_ABSOLUTE_MS).toISOString(),
  };
}

export type SessionCheck = { state: 'expired' } | { state: 'valid' } | { state: 'extend'; expiresAt: string };

/**
 * Whether a stored session is still good at `now`, and whether to push its idle expiry forward. It is
 * extended only once less than half the idle window remains, so most requests write nothing; never past
 * the absolute limit.
 * @example checkSession(times, new Date()) // { state: 'extend', expiresAt: '…' }
 */
export function checkSession(times: Pick<SessionTimes, 'expiresAt' | 'absoluteExpiresAt'>, now: Date): SessionCheck {
  const at = now.getTime();
  const idle = Date.parse(times.expiresAt);
  const absolute = Date.parse(times.absoluteExpiresAt);
  if (!(at < idle && at < absolute)) return { state: 'expired' };
  if (idle - at >= SESSION_IDLE_MS / 2) return { state: 'valid' };
  const extended = Math.min(at + SESSION_IDLE_MS, absolute);
  return extended > idle ? { state: 'extend', expiresAt: new Date(extended).toISOString() } : { state: 'valid' };
}

/**
 * The cookie's name for a request scheme. On https the `__Host-` prefix makes the browser refuse it
 * unless it is Secure, host-only and Path=/; plain http only happens on a local runtime, where a Secure
 * cookie on http://127.0.0.1 is not something to rely on.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-nasn_session' : 'nasn_session';
}

/** Whether a request URL is https (the deployed site) rather than a local http runtime. */
export function isSecureUrl(url: string | URL): boolean {
  return new URL(url).protocol === 'https:';
}

/**
 * The Set-Cookie value carrying a session token: HttpOnly (no script reads it), SameSite=Lax (a link
 * from WhatsApp or email still arrives signed in; writes are guarded by the origin check), Path=/.
 * @example sessionCookie(token, { secure: true }) // '__Host-nasn_session=…; Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Lax'
 */
export function sessionCookie(token: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  const maxAge = options.maxAgeSeconds ?? SESSION_ABSOLUTE_MS / 1000;
  return [`${sessionCookieName(options.secure)}=${token}`, `Max-Age=${maxAge}`, 'Path=/', 'HttpOnly', ...(options.secure ? ['Secure'] : []), 'SameSite=Lax'].join('; ');
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return sessionCookie('', { ...options, maxAgeSeconds: 0 });
}
