/** Sessions: one row per signed-in browser, keyed by the SHA-256 of its cookie token. */
import type { AuthSession, SessionTimes } from '../auth/session';
import type { Role } from '../auth/roles';

interface SessionUserRow {
  id: string;
  created_at: string;
  expires_at: string;
  absolute_expires_at: string;
  user_id: string;
  email: string;
  name: string | null;
  role: Role;
  agency_id: string | null;
  disabled_at: string | null;
}

export function insertSessionStatement(db: D1Database, id: string, userId: string, times: SessionTimes): D1PreparedStatement {
  return db
    .prepare('INSERT INTO sessions (id, user_id, created_at, expires_at, absolute_expires_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(id, userId, times.createdAt, times.expiresAt, times.absoluteExpiresAt);
}

/**
 * The session with its user, whether or not it has expired (the caller decides with checkSession);
 * `null` if there is no such session or its user is disabled.
 */
export async function findSession(db: D1Database, id: string): Promise<AuthSession | null> {
  const row = await db
    .prepare(
      `SELECT s.id, s.created_at, s.expires_at, s.absolute_expires_at, u.id AS user_id, u.email, u.name, u.role, u.agency_id, u.disabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?1`,
    )
    .bind(id)
    .first<SessionUserRow>();
  if (!row || row.disabled_at !== null) return null;
  return {
    id: row.id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
    user: { id: row.user_id, email: row.email, name: row.name, role: row.role, agencyId: row.agency_id },
  };
}

export async function extendSession(db: D1Database, id: string, expiresAt: string): Promise<void> {
  await db.prepare('UPDATE sessions SET expires_at = ?2 WHERE id = ?1').bind(id, expiresAt).run();
}

export function deleteSessionStatement(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE id = ?1').bind(id);
}

export function deleteUserSessionsStatement(db: D1Database, userId: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE user_id = ?1').bind(userId);
}

/** Removes sessions past either expiry (called now and then on sign-in; nothing depends on it). */
export function deleteExpiredSessionsStatement(db: D1Database, now: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE expires_at <= ?1 OR absolute_expires_at <= ?1').bind(now);
}
