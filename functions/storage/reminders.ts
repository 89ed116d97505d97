/**
 * Reminders sent to pending roster members: who is pending with their address and latest reminder, and
 * the record of each send. HR's side only: every read and write takes the scope.
 */
import { assertScope, type AgencyScope } from '../auth/scope';
import { HOLDS_CURRENT_CYCLE } from './stats';

export interface ReminderMember {
  nip: string;
  name: string;
  email: string | null;
  lastRemindedAt: string | null;
  /** The member's newest usable personal link (unused, not replaced, not expired), or null. */
  liveLinkId: string | null;
  liveLinkExpiresAt: string | null;
}

/** SQL: roster member `m`'s latest reminder (one seek on reminders_by_member), or NULL. */
export const LATEST_REMINDER = `(SELECT r.sent_at FROM reminders r WHERE r.agency_id = m.agency_id AND r.nip = m.nip ORDER BY r.sent_at DESC LIMIT 1)`;

/** Reminders per INSERT … FROM json_each(?): ~80 bytes each. */
const REMINDER_CHUNK = 5_000;

/**
 * Active members without a valid certificate of the current cycle, optionally in one unit or among `nips`, with their email,
 * latest reminder and usable link at `now`, by unit and name (the pending list's order). The latest reminder and the link
 * are one seek each per member (reminders_by_member, quiz_links_by_member).
 */
export async function pendingForReminders(
  db: D1Database,
  scope: AgencyScope,
  options: { unitId?: number; nips?: readonly string[]; now: Date },
): Promise<ReminderMember[]> {
  assertScope(scope);
  const conditions = ['m.agency_id = ?1', 'm.left_at IS NULL', `NOT ${HOLDS_CURRENT_CYCLE}`];
  const params: unknown[] = [scope.agencyId, options.now.toISOString()];
  if (options.unitId !== undefined) {
    params.push(options.unitId);
    conditions.push(`m.unit_id = ?${params.length}`);
  }
  if (options.nips) {
    params.push(JSON.stringify(options.nips));
    conditions.push(`m.nip IN (SELECT value FROM json_each(?${params.length}))`);
  }
  const { results } = await db
    .prepare(
      `SELECT m.nip, m.name, m.email,
              ${LATEST_REMINDER} AS lastRemindedAt,
              l.id AS liveLinkId, l.expires_at AS liveLinkExpiresAt
       FROM roster_members m INDEXED BY roster_active_by_name
       LEFT JOIN quiz_links l ON l.id = (
         SELECT u.id FROM quiz_links u
         WHERE u.agency_id = m.agency_id AND u.nip = m.nip AND u.used_at IS NULL AND u.replaced_at IS NULL AND u.expires_at > ?2
         ORDER BY u.created_at DESC LIMIT 1)
       WHERE ${conditions.join(' AND ')} ORDER BY m.unit_id, m.name, m.nip`,
    )
    .bind(...params)
    .all<ReminderMember>();
  return results;
}

/** The statements recording sent reminders, for the batch that also writes the audit event. */
export function reminderStatements(
  db: D1Database,
  scope: AgencyScope,
  sent: readonly { nip: string; linkId: string }[],
  at: string,
): D1PreparedStatement[] {
  assertScope(scope);
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < sent.length; i += REMINDER_CHUNK) {
    const chunk = JSON.stringify(sent.slice(i, i + REMINDER_CHUNK).map((s) => ({ nip: s.nip, link: s.linkId })));
    statements.push(
      db
        .prepare(
          `INSERT INTO reminders (agency_id, nip, sent_at, sent_by, channel, link_id)
           SELECT ?1, j.value ->> 'nip', ?2, ?3, 'email', j.value ->> 'link' FROM json_each(?4) j`,
        )
        .bind(scope.agencyId, at, scope.userId, chunk),
    );
  }
  return statements;
}
