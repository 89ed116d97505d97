/**
 * Reads behind the exports (CSV, ZIP, merged PDF): an agency's certificates and its pending members,
 * one keyset page at a time (indexes certificates_export and roster_active_by_name, migration 0050), so
 * an export of 100,000 rows costs the same per page as one of 100 and never holds more than a page.
 * Every function takes the signed-in user's scope and binds `scope.agencyId` as ?1.
 */
import type { Page } from '../exports/pages';
import { certificateFromRow, type CertificateRecord, type CertificateRow } from './certificates';
import { assertScope, type AgencyScope } from '../auth/scope';

/**
 * Which certificates an export covers: issued in [fromAt, toAt) (UTC instants: the cycle and the date
 * range already intersected), optionally held by an active member of one unit.
 */
export interface ExportScope {
  fromAt: string;
  toAt: string;
  unitId?: number;
}

/** A certificate as exported: the stored record and the holder's unit on the roster, if an active member. */
export interface ExportCertificate extends CertificateRecord {
  rosterUnit: string | null;
}

/** After this certificate in (issued_at, code) order. */
export interface CertificateCursor {
  issuedAt: string;
  code: string;
}

type ExportRow = CertificateRow & { roster_unit: string | null };

/** The conditions after `c.agency_id = ?1` (written in each statement) and all parameters of a certificate export. */
function certificateWhere(scope: AgencyScope, filter: ExportScope, cursor: CertificateCursor | null) {
  const params: unknown[] = [scope.agencyId, filter.fromAt, filter.toAt, cursor?.issuedAt ?? '', cursor?.code ?? ''];
  const filters = ['c.issued_at >= ?2', 'c.issued_at < ?3', '(c.issued_at, c.code) > (?4, ?5)'];
  if (filter.unitId !== undefined) {
    params.push(filter.unitId);
    filters.push(`m.unit_id = ?${params.length}`);
  }
  return { where: filters.join(' AND '), params };
}

// A unit filter needs the roster join; without one the join only names the unit, one PK lookup a row.
const FROM = `FROM certificates c INDEXED BY certificates_export
  LEFT JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip AND m.left_at IS NULL
  LEFT JOIN units u ON u.id = m.unit_id`;

/**
 * One page of the scope's certificates in (issued_at, code) order, after `cursor`.
 * @example const { rows, next } = await certificateExportPage(db, scope, filter, null, 500)
 */
export async function certificateExportPage(
  db: D1Database,
  scope: AgencyScope,
  filter: ExportScope,
  cursor: CertificateCursor | null,
  limit: number,
): Promise<Page<ExportCertificate, CertificateCursor>> {
  assertScope(scope);
  const { where, params } = certificateWhere(scope, filter, cursor);
  params.push(limit);
  const { results } = await db
    .prepare(
      `SELECT c.code, c.attempt_id, c.nip, c.name, c.agency_id, c.agency_name, c.unit, u.name AS roster_unit, c.score, c.total,
              c.issued_at, c.signature, c.status, c.revoked_at, c.revoked_reason, c.identity, c.campaign_id
       ${FROM} WHERE c.agency_id = ?1 AND ${where} ORDER BY c.issued_at, c.code LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<ExportRow>();
  const rows = results.map(fromRow);
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? { issuedAt: last.issuedAt, code: last.code } : null };
}

/** How many certificates the export covers (one index range; for ZIP parts and the merged PDF's limit). */
export async function countExportCertificates(db: D1Database, scope: AgencyScope, filter: ExportScope): Promise<number> {
  assertScope(scope);
  const { where, params } = certificateWhere(scope, filter, null);
  const row = await db
    .prepare(`SELECT count(*) AS n ${FROM} WHERE c.agency_id = ?1 AND ${where}`)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Where part `part` (1-based) of `partSize` certificates starts: the cursor after the last certificate
 * of the previous part, found a part at a time from the covering index (no OFFSET, no row read).
 * Null for part 1.
 */
export async function partCursor(
  db: D1Database,
  scope: AgencyScope,
  filter: ExportScope,
  part: number,
  partSize: number,
): Promise<CertificateCursor | null> {
  assertScope(scope);
  let cursor: CertificateCursor | null = null;
  for (let i = 1; i < part; i++) {
    const { where, params } = certificateWhere(scope, filter, cursor);
    params.push(partSize);
    const last: { issued_at: string; code: string } | null = await db
      .prepare(
        `SELECT issued_at, code FROM (SELECT c.issued_at, c.code ${FROM} WHERE c.agency_id = ?1 AND ${where} ORDER BY c.issued_at, c.code LIMIT ?${params.length})
         ORDER BY issued_at DESC, code DESC LIMIT 1`,
      )
      .bind(...params)
      .first<{ issued_at: string; code: string }>();
    if (!last) return cursor;
    cursor = { issuedAt: last.issued_at, code: last.code };
  }
  return cursor;
}

/** Why a pending member counts as pending in the cycle. */
export type PendingReason = 'none' | 'revoked' | 'other_cycle';

export interface PendingExportMember {
  nip: string;
  name: string;
  unitId: number;
  unit: string;
  email: string | null;
  reason: PendingReason;
}

/** After this member in (unit id, name, NIP) order. */
export interface PendingExportCursor {
  unitId: number;
  name: string;
  nip: string;
}

/**
 * One page of the active members with no valid certificate issued in [fromAt, toAt) (the cycle), in
 * (unit, name, NIP) order, optionally in one unit. When the cycle holds every certificate (the first
 * cycle) these are exactly the report's pending members.
 */
export async function pendingExportPage(
  db: D1Database,
  scope: AgencyScope,
  filter: ExportScope,
  cursor: PendingExportCursor | null,
  limit: number,
): Promise<Page<PendingExportMember, PendingExportCursor>> {
  assertScope(scope);
  const params: unknown[] = [scope.agencyId, filter.fromAt, filter.toAt, cursor?.unitId ?? -1, cursor?.name ?? '', cursor?.nip ?? ''];
  const conditions = ['m.agency_id = ?1', 'm.left_at IS NULL', '(m.unit_id, m.name, m.nip) > (?4, ?5, ?6)'];
  if (filter.unitId !== undefined) {
    params.push(filter.unitId);
    conditions.push(`m.unit_id = ?${params.length}`);
  }
  params.push(limit);
  const held = (status: string, inCycle: boolean) =>
    `EXISTS (SELECT 1 FROM certificates c WHERE c.agency_id = m.agency_id AND c.nip = m.nip AND c.status = '${status}'
       AND ${inCycle ? '' : 'NOT '}(c.issued_at >= ?2 AND c.issued_at < ?3))`;
  const { results } = await db
    .prepare(
      `SELECT m.nip, m.name, m.unit_id AS unitId, u.name AS unit, m.email,
              CASE WHEN ${held('valid', false)} THEN 'other_cycle' WHEN ${held('revoked', true)} THEN 'revoked' ELSE 'none' END AS reason
       FROM roster_members m INDEXED BY roster_active_by_name JOIN units u ON u.id = m.unit_id
       WHERE ${conditions.join(' AND ')} AND NOT ${held('valid', true)}
       ORDER BY m.unit_id, m.name, m.nip LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<PendingExportMember>();
  const last = results.at(-1);
  return { rows: results, next: results.length === limit && last ? { unitId: last.unitId, name: last.name, nip: last.nip } : null };
}

function fromRow(row: ExportRow): ExportCertificate {
  return { ...certificateFromRow(row), rosterUnit: row.roster_unit };
}
