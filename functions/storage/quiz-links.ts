/**
 * Personal quiz links. HR's side takes the scope (links of their own roster only); the public side
 * finds a link by the SHA-256 of the token a member opened, which is itself the capability.
 */
import { assertScope, type AgencyScope } from '../auth/scope';
import { HOLDS_CURRENT_CYCLE as HOLDS_CURRENT } from './stats';
import { LATEST_REMINDER } from './reminders';

export interface NewLink {
  id: string;
  tokenHash: string;
  nip: string;
}

/** Links per INSERT … FROM json_each(?): ~150 bytes each, well under D1's limits per bound string. */
const LINK_CHUNK = 5_000;
const usable = (l: string, nowParam: string) => `${l}.used_at IS NULL AND ${l}.replaced_at IS NULL AND ${l}.expires_at > ${nowParam}`;

/**
 * Active members who need a link: those without a usable one, or everyone with `renew`; optionally in
 * one unit, optionally only those still without a certificate.
 */
export async function membersNeedingLinks(
  db: D1Database,
  scope: AgencyScope,
  options: { unitId?: number; renew: boolean; pendingOnly: boolean; now: Date },
): Promise<string[]> {
  assertScope(scope);
  const conditions = ['m.agency_id = ?1', 'm.left_at IS NULL'];
  const params: unknown[] = [scope.agencyId];
  if (options.unitId !== undefined) {
    params.push(options.unitId);
    conditions.push(`m.unit_id = ?${params.length}`);
  }
  if (options.pendingOnly) conditions.push(`NOT ${HOLDS_CURRENT}`);
  if (!options.renew) {
    params.push(options.now.toISOString());
    conditions.push(
      `NOT EXISTS (SELECT 1 FROM quiz_links l WHERE l.agency_id = ?1 AND l.nip = m.nip AND ${usable('l', `?${params.length}`)})`,
    );
  }
  const { results } = await db
    .prepare(`SELECT m.nip FROM roster_members m WHERE ${conditions.join(' AND ')} ORDER BY m.nip`)
    .bind(...params)
    .all<{ nip: string }>();
  return results.map((r) => r.nip);
}

/** Marks the unused links of the chunk's members replaced, except the chunk's own links. */
function replaceOthers(db: D1Database, agencyId: string, at: string, chunk: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE quiz_links SET replaced_at = ?2
       WHERE agency_id = ?1 AND used_at IS NULL AND replaced_at IS NULL AND nip IN (SELECT value ->> 'nip' FROM json_each(?3))
         AND id NOT IN (SELECT value ->> 'id' FROM json_each(?3))`,
    )
    .bind(agencyId, at, chunk);
}

/**
 * Stores new links, in one batch with `extra`, each replacing whatever unused link its member had; with `replace: false`
 * the old links keep working until `settleLinks` (a reminder replaces a link only once the new one was delivered).
 * Only members still active on the roster get one (the insert joins the roster).
 */
export async function insertLinks(
  db: D1Database,
  scope: AgencyScope,
  links: readonly NewLink[],
  meta: { now: Date; expiresAt: string; replace?: boolean },
  extra: D1PreparedStatement[] = [],
): Promise<number> {
  assertScope(scope);
  const at = meta.now.toISOString();
  const statements: D1PreparedStatement[] = [];
  const inserts: D1PreparedStatement[] = [];
  for (let i = 0; i < links.length; i += LINK_CHUNK) {
    const chunk = JSON.stringify(links.slice(i, i + LINK_CHUNK).map((l) => ({ id: l.id, hash: l.tokenHash, nip: l.nip })));
    if (meta.replace ?? true) statements.push(replaceOthers(db, scope.agencyId, at, chunk));
    const insert = db
      .prepare(
        `INSERT INTO quiz_links (id, token_hash, agency_id, nip, created_at, created_by, expires_at)
           SELECT j.value ->> 'id', j.value ->> 'hash', ?1, m.nip, ?2, ?3, ?4
           FROM json_each(?5) j JOIN roster_members m ON m.agency_id = ?1 AND m.nip = j.value ->> 'nip' AND m.left_at IS NULL`,
      )
      .bind(scope.agencyId, at, scope.userId, meta.expiresAt, chunk);
    statements.push(insert);
    inserts.push(insert);
  }
  if (statements.length + extra.length === 0) return 0; // D1 refuses an empty batch
  const results = await db.batch([...statements, ...extra]);
  return results.filter((_, i) => inserts.includes(statements[i]!)).reduce((sum, r) => sum + r.meta.changes, 0);
}

/**
 * After sending links made with `replace: false`: a delivered link replaces its member's other unused links; an
 * undelivered one is retired at once, so no working link exists that nobody received.
 */
export function settleLinks(
  db: D1Database,
  scope: AgencyScope,
  outcome: { delivered: readonly { id: string; nip: string }[]; undelivered: readonly string[] },
  at: string,
): D1PreparedStatement[] {
  assertScope(scope);
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < outcome.delivered.length; i += LINK_CHUNK) {
    const chunk = JSON.stringify(outcome.delivered.slice(i, i + LINK_CHUNK).map((l) => ({ id: l.id, nip: l.nip })));
    statements.push(replaceOthers(db, scope.agencyId, at, chunk));
  }
  for (let i = 0; i < outcome.undelivered.length; i += LINK_CHUNK) {
    statements.push(
      db
        .prepare(
          `UPDATE quiz_links SET replaced_at = ?2
           WHERE agency_id = ?1 AND used_at IS NULL AND replaced_at IS NULL AND id IN (SELECT value FROM json_each(?3))`,
        )
        .bind(scope.agencyId, at, JSON.stringify(outcome.undelivered.slice(i, i + LINK_CHUNK))),
    );
  }
  return statements;
}

export interface LiveLink {
  id: string;
  nip: string;
  name: string;
  unit: string;
  email: string | null;
  expiresAt: string;
  certified: boolean;
  /** The latest reminder emailed to the member (ISO 8601), or null. */
  remindedAt: string | null;
}

/** Every usable link of the agency's active members (for the CSV export), by unit and name. */
export async function listLiveLinks(
  db: D1Database,
  scope: AgencyScope,
  options: { unitId?: number; pendingOnly: boolean; now: Date },
): Promise<LiveLink[]> {
  assertScope(scope);
  const conditions = ['l.agency_id = ?1', usable('l', '?2'), 'm.left_at IS NULL'];
  const params: unknown[] = [scope.agencyId, options.now.toISOString()];
  if (options.unitId !== undefined) {
    params.push(options.unitId);
    conditions.push(`m.unit_id = ?${params.length}`);
  }
  if (options.pendingOnly) conditions.push(`NOT ${HOLDS_CURRENT}`);
  const { results } = await db
    .prepare(
      `SELECT l.id, m.nip, m.name, u.name AS unit, m.email, l.expires_at AS expiresAt, ${HOLDS_CURRENT} AS certified,
              ${LATEST_REMINDER} AS remindedAt
       FROM quiz_links l JOIN roster_members m ON m.agency_id = l.agency_id AND m.nip = l.nip JOIN units u ON u.id = m.unit_id
       WHERE ${conditions.join(' AND ')} ORDER BY u.name, m.name, m.nip`,
    )
    .bind(...params)
    .all<Omit<LiveLink, 'certified'> & { certified: number }>();
  return results.map((r) => ({ ...r, certified: r.certified === 1 }));
}

export interface ResolvedLink {
  id: string;
  agencyId: string;
  agencyName: string;
  nip: string;
  name: string;
  unit: string;
  expiresAt: string;
  usedAt: string | null;
  replacedAt: string | null;
  memberActive: boolean;
}

/** The link a token opens (by its hash), with the member as the roster has them now. */
export async function findLinkByTokenHash(db: D1Database, tokenHash: string): Promise<ResolvedLink | null> {
  const row = await db
    .prepare(
      `SELECT l.id, l.agency_id AS agencyId, a.name AS agencyName, m.nip, m.name, u.name AS unit, l.expires_at AS expiresAt,
              l.used_at AS usedAt, l.replaced_at AS replacedAt, m.left_at IS NULL AS memberActive
       FROM quiz_links l JOIN roster_members m ON m.agency_id = l.agency_id AND m.nip = l.nip
         JOIN units u ON u.id = m.unit_id JOIN agencies a ON a.id = l.agency_id
       WHERE l.token_hash = ?1`,
    )
    .bind(tokenHash)
    .first<Omit<ResolvedLink, 'memberActive'> & { memberActive: number }>();
  return row && { ...row, memberActive: row.memberActive === 1 };
}
