/** The audit log: appended in the same batch as the change it records, read by the agency admin. */
import type { AuditEvent } from '../auth/audit';
import { assertScope, type AgencyScope } from '../auth/scope';

export function auditStatement(db: D1Database, event: AuditEvent): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_events (at, agency_id, actor_user_id, actor_role, action, target, detail, ip_hint)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      event.at,
      event.agencyId,
      event.actorUserId,
      event.actorRole,
      event.action,
      event.target,
      event.detail ? JSON.stringify(event.detail) : null,
      event.ipHint,
    );
}

/**
 * The event, recorded only if `condition` (an SQL expression over parameters ?9 onwards) holds when the
 * statement runs: for a batch whose change may be refused by an earlier conditional statement.
 * @example auditIfStatement(db, event, 'EXISTS (SELECT 1 FROM user_tokens WHERE token_hash = ?9 AND used_at = ?10)', [hash, at])
 */
export function auditIfStatement(db: D1Database, event: AuditEvent, condition: string, params: unknown[]): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_events (at, agency_id, actor_user_id, actor_role, action, target, detail, ip_hint)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8 WHERE ${condition}`,
    )
    .bind(
      event.at,
      event.agencyId,
      event.actorUserId,
      event.actorRole,
      event.action,
      event.target,
      event.detail ? JSON.stringify(event.detail) : null,
      event.ipHint,
      ...params,
    );
}

export interface AuditEntry extends AuditEvent {
  id: number;
  actorEmail: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  agency_id: string | null;
  actor_user_id: string | null;
  actor_role: string | null;
  action: AuditEvent['action'];
  target: string | null;
  detail: string | null;
  ip_hint: string | null;
  actor_email: string | null;
}

/**
 * A page of the scope's agency's events, newest first, from before event id `before` (keyset paging).
 * @example const page = await listAuditEvents(db, scope, { limit: 50 }); listAuditEvents(db, scope, { before: page.at(-1).id, limit: 50 })
 */
export async function listAuditEvents(db: D1Database, scope: AgencyScope, page: { before?: number; limit: number }): Promise<AuditEntry[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(
      `SELECT e.id, e.at, e.agency_id, e.actor_user_id, e.actor_role, e.action, e.target, e.detail, e.ip_hint, u.email AS actor_email
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
       WHERE e.agency_id = ?1 AND e.id < ?2 ORDER BY e.id DESC LIMIT ?3`,
    )
    .bind(scope.agencyId, page.before ?? Number.MAX_SAFE_INTEGER, page.limit)
    .all<AuditRow>();
  return results.map((row) => ({
    id: row.id,
    at: row.at,
    agencyId: row.agency_id,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    target: row.target,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    ipHint: row.ip_hint,
    actorEmail: row.actor_email,
  }));
}
