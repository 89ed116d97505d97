/**
 * An agency's certificates as its staff see them: recent ones for the report, one looked up by code
 * for revocation. Scoped: another agency's code is a missing one.
 */
import type { CertificateIdentity } from '../domain/certificate';
import { assertScope, type AgencyScope } from '../auth/scope';
import { REVOKE_STATUS_INDEX, revokeStatements } from './stats';

export interface AgencyCertificate {
  code: string;
  nip: string;
  name: string;
  unit: string | null;
  /** The unit on the roster, when the holder is an active member. */
  rosterUnit: string | null;
  onRoster: boolean;
  score: number;
  total: number;
  issuedAt: string;
  identity: CertificateIdentity;
  status: 'valid' | 'revoked';
  revokedAt: string | null;
  revokedReason: string | null;
}

interface Row {
  code: string;
  nip: string;
  name: string;
  unit: string | null;
  roster_unit: string | null;
  score: number;
  total: number;
  issued_at: string;
  identity: CertificateIdentity;
  status: 'valid' | 'revoked';
  revoked_at: string | null;
  revoked_reason: string | null;
}

const SELECT = `SELECT c.code, c.nip, c.name, c.unit, u.name AS roster_unit, c.score, c.total, c.issued_at, c.identity, c.status, c.revoked_at, c.revoked_reason
  FROM certificates c
  LEFT JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip AND m.left_at IS NULL
  LEFT JOIN units u ON u.id = m.unit_id`;

export async function findAgencyCertificate(db: D1Database, scope: AgencyScope, code: string): Promise<AgencyCertificate | null> {
  assertScope(scope);
  const row = await db.prepare(`${SELECT} WHERE c.agency_id = ?1 AND c.code = ?2`).bind(scope.agencyId, code).first<Row>();
  return row && fromRow(row);
}

/** The latest certificates issued under the agency (index certificates_by_agency: no scan). */
export async function recentCertificates(db: D1Database, scope: AgencyScope, cycleId: string, limit: number): Promise<AgencyCertificate[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(`${SELECT} WHERE c.agency_id = ?1 AND c.campaign_id = ?3 ORDER BY c.issued_at DESC, c.code DESC LIMIT ?2`)
    .bind(scope.agencyId, limit, cycleId)
    .all<Row>();
  return results.map(fromRow);
}

/**
 * Revokes a valid certificate of the agency and updates the report's counters for its holder, in one
 * batch with `extra` (the audit event). Returns false if it was not valid (already revoked, or not the
 * agency's).
 */
export async function revokeCertificate(
  db: D1Database,
  scope: AgencyScope,
  code: string,
  reason: string,
  now: Date,
  extra: D1PreparedStatement[] = [],
): Promise<boolean> {
  assertScope(scope);
  const results = await db.batch([...revokeStatements(db, scope, code, reason, now.toISOString()), ...extra]);
  return results[REVOKE_STATUS_INDEX]!.meta.changes === 1;
}

function fromRow(row: Row): AgencyCertificate {
  return {
    code: row.code,
    nip: row.nip,
    name: row.name,
    unit: row.unit,
    rosterUnit: row.roster_unit,
    onRoster: row.roster_unit !== null,
    score: row.score,
    total: row.total,
    issuedAt: row.issued_at,
    identity: row.identity,
    status: row.status,
    revokedAt: row.revoked_at,
    revokedReason: row.revoked_reason,
  };
}
