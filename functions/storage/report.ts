/**
 * Reads behind the completion report: the counters (one row of totals, one per unit, one per day) and
 * keyset pages of the pending list. Each read is an index lookup or a short range, so the report costs
 * the same at 100 certificates as at 100,000.
 */
import { SCORE_BUCKETS } from '../domain/report';
import { assertScope, type AgencyScope } from '../auth/scope';

export interface AgencyTotals {
  headcount: number;
  certified: number;
  confirmed: number;
  holders: number;
  certificates: number;
  revoked: number;
  attempts: number;
  passed: number;
  scoreSum: number;
}

export interface UnitCounters {
  unitId: number;
  name: string;
  headcount: number;
  certified: number;
  confirmed: number;
}

export interface DayCounters {
  day: string;
  attempts: number;
  passed: number;
  certificates: number;
  buckets: number[];
}

const EMPTY_TOTALS: AgencyTotals = {
  headcount: 0,
  certified: 0,
  confirmed: 0,
  holders: 0,
  certificates: 0,
  revoked: 0,
  attempts: 0,
  passed: 0,
  scoreSum: 0,
};
const bucketColumns = Array.from({ length: SCORE_BUCKETS }, (_, i) => `s${i}`);
/** A year of days: the longest campaign the report draws. */
const MAX_DAYS = 366;

/** The agency's counters: totals, units (with members or certificates), and its latest days. One round trip. */
export async function readCounters(
  db: D1Database,
  scope: AgencyScope,
): Promise<{ totals: AgencyTotals; units: UnitCounters[]; days: DayCounters[] }> {
  assertScope(scope);
  const [totals, units, days] = await db.batch([
    db
      .prepare(
        `SELECT headcount, certified, confirmed, holders, certificates, revoked, attempts, passed, score_sum AS scoreSum
         FROM agency_totals WHERE agency_id = ?1`,
      )
      .bind(scope.agencyId),
    db
      .prepare(
        `SELECT s.unit_id AS unitId, u.name, s.headcount, s.certified, s.confirmed
         FROM unit_stats s JOIN units u ON u.id = s.unit_id WHERE s.agency_id = ?1`,
      )
      .bind(scope.agencyId),
    db
      .prepare(
        `SELECT day, attempts, passed, certificates, ${bucketColumns.join(', ')}
         FROM agency_daily_stats WHERE agency_id = ?1 ORDER BY day DESC LIMIT ${MAX_DAYS}`,
      )
      .bind(scope.agencyId),
  ]);
  return {
    totals: (totals!.results[0] as AgencyTotals | undefined) ?? EMPTY_TOTALS,
    units: units!.results as unknown as UnitCounters[],
    days: (days!.results as Record<string, number | string>[]).map((row) => ({
      day: row.day as string,
      attempts: row.attempts as number,
      passed: row.passed as number,
      certificates: row.certificates as number,
      buckets: bucketColumns.map((column) => row[column] as number),
    })),
  };
}

export interface PendingMember {
  nip: string;
  name: string;
  unitId: number;
  unit: string;
  email: string | null;
  /** The latest reminder emailed to the member (ISO 8601), or null. */
  remindedAt: string | null;
}

/** Where a pending page starts: after this member in (unit, name, NIP) order. */
export interface PendingCursor {
  unitId: number;
  name: string;
  nip: string;
}

/**
 * Active members without a valid certificate, 50 (or `limit`) at a time, ordered by unit, name and NIP,
 * optionally in one unit. A keyset page on the partial index roster_pending: the thousandth page costs
 * what the first does.
 */
export async function pendingPage(
  db: D1Database,
  scope: AgencyScope,
  options: { unitId?: number; after?: PendingCursor; limit: number },
): Promise<PendingMember[]> {
  assertScope(scope);
  const { unitId, after, limit } = options;
  const conditions = ['m.agency_id = ?1', 'm.left_at IS NULL', 'm.certificate_code IS NULL'];
  const params: unknown[] = [scope.agencyId];
  if (unitId !== undefined) {
    params.push(unitId);
    conditions.push(`m.unit_id = ?${params.length}`);
  }
  if (after) {
    params.push(after.unitId, after.name, after.nip);
    const n = params.length;
    conditions.push(`(m.unit_id, m.name, m.nip) > (?${n - 2}, ?${n - 1}, ?${n})`);
  }
  params.push(limit);
  const { results } = await db
    .prepare(
      `SELECT m.nip, m.name, m.unit_id AS unitId, u.name AS unit, m.email,
              (SELECT r.sent_at FROM reminders r WHERE r.agency_id = m.agency_id AND r.nip = m.nip ORDER BY r.sent_at DESC LIMIT 1) AS remindedAt
       FROM roster_members m INDEXED BY roster_pending JOIN units u ON u.id = m.unit_id
       WHERE ${conditions.join(' AND ')} ORDER BY m.unit_id, m.name, m.nip LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<PendingMember>();
  return results;
}

/** The agency's units (for the pending list's filter), by name. */
export async function listUnits(
  db: D1Database,
  scope: AgencyScope,
): Promise<{ id: number; name: string; headcount: number; pending: number }[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(
      `SELECT u.id, u.name, s.headcount, s.headcount - s.certified AS pending
       FROM unit_stats s JOIN units u ON u.id = s.unit_id WHERE s.agency_id = ?1 ORDER BY u.name`,
    )
    .bind(scope.agencyId)
    .all<{ id: number; name: string; headcount: number; pending: number }>();
  return results;
}

export interface NationalAgencyRow {
  agencyId: string;
  name: string;
  kind: string;
  province: string | null;
  headcount: number;
  certified: number;
  confirmed: number;
  holders: number;
  certificates: number;
}

/**
 * Every agency with any roster or certificate, for national viewers: counts only (no names, no NIPs;
 * UU 27/2022). At most ~550 agencies, one row each.
 */
export async function nationalRows(db: D1Database): Promise<NationalAgencyRow[]> {
  const { results } = await db
    .prepare(
      `SELECT t.agency_id AS agencyId, a.name, a.kind, a.province, t.headcount, t.certified, t.confirmed, t.holders, t.certificates
       FROM agency_totals t JOIN agencies a ON a.id = t.agency_id
       WHERE t.headcount > 0 OR t.certificates > 0`,
    )
    .all<NationalAgencyRow>();
  return results;
}
