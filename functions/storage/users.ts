/**
 * Users (agency staff and national accounts). Sign-in looks a user up by email or id (no agency yet);
 * everything an agency admin does goes through the functions taking an `AgencyScope`, which bind
 * `scope.agencyId` so another agency's user is indistinguishable from a missing one.
 */
import type { AgencyRole, Role } from '../auth/roles';
import { assertScope, type AgencyScope } from '../auth/scope';

export interface UserRecord {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agencyId: string | null;
  passwordHash: string | null;
  disabledAt: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agency_id: string | null;
  password_hash: string | null;
  disabled_at: string | null;
  created_at: string;
  last_login_at: string | null;
}

const COLUMNS = 'id, email, name, role, agency_id, password_hash, disabled_at, created_at, last_login_at';

function record(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    passwordHash: row.password_hash,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

/** Emails are stored trimmed and lower-cased (the table's CHECK insists). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: D1Database, email: string): Promise<UserRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM users WHERE email = ?1`).bind(normalizeEmail(email)).first<UserRow>();
  return row && record(row);
}

export async function findUserById(db: D1Database, id: string): Promise<UserRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?1`).bind(id).first<UserRow>();
  return row && record(row);
}

export interface NewUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agencyId: string | null;
  passwordHash: string | null;
  createdAt: string;
  createdBy: string | null;
}

/** The insert of a new user, as a statement for a batch (with its setup token and audit event). */
export function insertUserStatement(db: D1Database, user: NewUser): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO users (id, email, name, role, agency_id, password_hash, created_at, created_by, password_changed_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ?6 IS NULL THEN NULL ELSE ?7 END)`,
    )
    .bind(user.id, normalizeEmail(user.email), user.name, user.role, user.agencyId, user.passwordHash, user.createdAt, user.createdBy);
}

export function recordLoginStatement(db: D1Database, userId: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE users SET last_login_at = ?2 WHERE id = ?1').bind(userId, at);
}

/** Sets the password of an active user whose setup token was consumed at exactly `usedAt` in the same batch. */
export function setPasswordFromTokenStatement(db: D1Database, tokenHash: string, usedAt: string, passwordHash: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE users SET password_hash = ?3, password_changed_at = ?2
       WHERE disabled_at IS NULL AND id = (SELECT user_id FROM user_tokens WHERE token_hash = ?1 AND used_at = ?2)`,
    )
    .bind(tokenHash, usedAt, passwordHash);
}

/** The users of the scope's agency, admins first. */
export async function listAgencyUsers(db: D1Database, scope: AgencyScope): Promise<UserRecord[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM users WHERE agency_id = ?1 ORDER BY disabled_at IS NOT NULL, role, email`)
    .bind(scope.agencyId)
    .all<UserRow>();
  return results.map(record);
}

/** A user of the scope's agency; `null` for a missing id and for another agency's user alike. */
export async function findAgencyUser(db: D1Database, scope: AgencyScope, userId: string): Promise<UserRecord | null> {
  assertScope(scope);
  const row = await db.prepare(`SELECT ${COLUMNS} FROM users WHERE agency_id = ?1 AND id = ?2`).bind(scope.agencyId, userId).first<UserRow>();
  return row && record(row);
}

export interface UserChange {
  role: AgencyRole;
  disabled: boolean;
}

/**
 * The statements that give a user of the scope's agency a new role and enabled state, ending their
 * sessions so they lose rights at once. The update only happens if the agency still has another active
 * admin afterwards, checked inside the statement so two admins demoting each other at the same moment
 * cannot both succeed; the session delete only happens if the user is then in the requested state.
 * Run them in one batch and read the first result's `meta.changes` (0: refused).
 */
export function changeAgencyUserStatements(db: D1Database, scope: AgencyScope, userId: string, change: UserChange, at: string): D1PreparedStatement[] {
  assertScope(scope);
  const disabled = change.disabled ? 1 : 0;
  return [
    db
      .prepare(
        `UPDATE users
         SET role = ?3, disabled_at = CASE WHEN ?4 = 1 THEN coalesce(disabled_at, ?5) ELSE NULL END
         WHERE agency_id = ?1 AND id = ?2
           AND ((?3 = 'agency_admin' AND ?4 = 0)
                OR EXISTS (SELECT 1 FROM users other WHERE other.agency_id = ?1 AND other.id <> ?2
                           AND other.role = 'agency_admin' AND other.disabled_at IS NULL))`,
      )
      .bind(scope.agencyId, userId, change.role, disabled, at),
    db
      .prepare(
        `DELETE FROM sessions WHERE user_id = ?2
         AND EXISTS (SELECT 1 FROM users WHERE agency_id = ?1 AND id = ?2 AND role = ?3 AND (disabled_at IS NOT NULL) = ?4)`,
      )
      .bind(scope.agencyId, userId, change.role, disabled),
  ];
}
