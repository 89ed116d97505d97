/** One-time setup tokens (invitation, password reset), stored as SHA-256 only. */
import type { UserTokenPurpose } from '../auth/tokens';

export interface UserTokenRecord {
  tokenHash: string;
  userId: string;
  purpose: UserTokenPurpose;
  expiresAt: string;
  usedAt: string | null;
}

export function insertUserTokenStatement(
  db: D1Database,
  token: { tokenHash: string; userId: string; purpose: UserTokenPurpose; createdAt: string; expiresAt: string; createdBy: string | null },
): D1PreparedStatement {
  return db
    .prepare('INSERT INTO user_tokens (token_hash, user_id, purpose, created_at, expires_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(token.tokenHash, token.userId, token.purpose, token.createdAt, token.expiresAt, token.createdBy);
}

export async function findUserToken(db: D1Database, tokenHash: string): Promise<UserTokenRecord | null> {
  const row = await db
    .prepare('SELECT token_hash, user_id, purpose, expires_at, used_at FROM user_tokens WHERE token_hash = ?1')
    .bind(tokenHash)
    .first<{ token_hash: string; user_id: string; purpose: UserTokenPurpose; expires_at: string; used_at: string | null }>();
  return row && { tokenHash: row.token_hash, userId: row.user_id, purpose: row.purpose, expiresAt: row.expires_at, usedAt: row.used_at };
}

/**
 * Marks a token used at `at` if it is still unused and unexpired: run first in the batch that sets the
 * password, so of two concurrent uses only one sets anything.
 */
export function consumeUserTokenStatement(db: D1Database, tokenHash: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE user_tokens SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2').bind(tokenHash, at);
}

/** Earlier unused links of a user stop working when a new one is issued or a password is set. */
export function retireUserTokensStatement(db: D1Database, userId: string, at: string): D1PreparedStatement {
  return db.prepare('UPDATE user_tokens SET used_at = ?2 WHERE user_id = ?1 AND used_at IS NULL').bind(userId, at);
}
