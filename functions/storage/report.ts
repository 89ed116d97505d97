/**
 * Reads behind the completion report: the counters (one row of totals, one per unit, one per day) and
 * keyset pages of the pending list. Each read is an index lookup or a short range, so the report costs
 * the same at 100 certificates as at 100,000.
 */
import { SCORE_BUCKETS } from '../domain/report';
import { assertScope, type AgencyScope } from '../auth/scope';
import { LATEST_REMINDER } from './reminders';

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

/**
 * The agency's counters for one election cycle: totals, units (with members), and the cycle's latest
 * days; headcount is the roster's, whatever the cycle. One round trip, primary-key lookups and ranges.
 */
export async function readCounters(
  db: D1Database,
  scope: AgencyScope,
  cycleId: string,
): Promise<{ totals: AgencyTotals; units: UnitCounters[]; days: DayCounters[] }> {
  assertScope(scope);
  const [totals, units, days] = await db.batch([
    db
      .prepare(
        `SELECT coalesce((SELECT headcount FROM agency_headcount WHERE agency_id = ?1), 0) AS headcount,
           coalesce(t.certified, 0) AS certified, coalesce(t.confirmed, 0) AS confirmed, coalesce(t.holders, 0) AS holders,
           coalesce(t.certificates, 0) AS certificates, coalesce(t.revoked, 0) AS revoked, coalesce(t.attempts, 0) AS attempts,
           coalesce(t.passed, 0) AS passed, coalesce(t.score_sum, 0) AS scoreSum
         FROM (SELECT 1) LEFT JOIN agency_totals t ON t.agency_id = ?1 AND t.campaign_id = ?2`,
      )
      .bind(scope.agencyId, cycleId),
    db
      .prepare(
        `SELECT s.unit_id AS unitId, u.name, s.headcount, coalesce(c.certified, 0) AS certified, coalesce(c.confirmed, 0) AS confirmed
         FROM unit_stats s JOIN units u ON u.id = s.unit_id
           LEFT JOIN unit_cycle_stats c ON c.agency_id = ?1 AND c.campaign_id = ?2 AND c.unit_id = s.unit_id
         WHERE s.agency_id = ?1`,
      )
      .bind(scope.agencyId, cycleId),
    db
      .prepare(
        `SELECT day, attempts, passed, certificates, ${bucketColumns.join(', ')}
         FROM agency_daily_stats WHERE agency_id = ?1 AND campaign_id = ?2 ORDER BY day DESC LIMIT ${MAX_DAYS}`,
      )
      .bind(scope.agencyId, cycleId),
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

/** SQL: member `m` holds no valid certificate of cycle ?2. */
const NOT_CERTIFIED_IN_CYCLE =
  'NOT EXISTS (SELECT 1 FROM certificate_holders h WHERE h.agency_id = ?1 AND h.campaign_id = ?2 AND h.nip = m.nip)';

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
 * Active members without a valid certificate of the cycle, 50 (or `limit`) at a time, ordered by unit,
 * name and NIP, optionally in one unit. A keyset walk on the partial index roster_active_by_name with a
 * primary-key probe of certificate_holders per member: a page costs what the previous one did, and
 * reads about limit ÷ (pending share) members (all pending at a cycle's start, the tail near its end).
 */
export async function pendingPage(
  db: D1Database,
  scope: AgencyScope,
  options: { cycleId: string; unitId?: number; after?: PendingCursor; limit: number },
): Promise<PendingMember[]> {
  assertScope(scope);
  const { unitId, after, limit } = options;
  const conditions = ['m.agency_id = ?1', 'm.left_at IS NULL', NOT_CERTIFIED_IN_CYCLE];
  const params: unknown[] = [scope.agencyId, options.cycleId];
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
              ${LATEST_REMINDER} AS remindedAt
       FROM roster_members m INDEXED BY roster_active_by_name JOIN units u ON u.id = m.unit_id
       WHERE ${conditions.join(' AND ')} ORDER BY m.unit_id, m.name, m.nip LIMIT ?${params.length}`,
    )
    .bind(...params)
    .all<PendingMember>();
  return results;
}

/** The agency's units (for the pending list's filter), by name, with their pending count in the cycle. */
export async function listUnits(
  db: D1Database,
  scope: AgencyScope,
  cycleId: string,
): Promise<{ id: number; name: string; headcount: number; pending: number }[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(
      `SELECT u.id, u.name, s.headcount, s.headcount - coalesce(c.certified, 0) AS pending
       FROM unit_stats s JOIN units u ON u.id = s.unit_id
         LEFT JOIN unit_cycle_stats c ON c.agency_id = ?1 AND c.campaign_id = ?2 AND c.unit_id = s.unit_id
       WHERE s.agency_id = ?1 ORDER BY u.name`,
    )
    .bind(scope.agencyId, cycleId)
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
 * Every agency with a roster or a certificate of the cycle, for national viewers: counts only (no names,
 * no NIPs; UU 27/2022). At most ~550 agencies, one row each.
 */
export async function nationalRows(db: D1Database, cycleId: string): Promise<NationalAgencyRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id AS agencyId, a.name, a.kind, a.province, coalesce(hc.headcount, 0) AS headcount,
         coalesce(t.certified, 0) AS certified, coalesce(t.confirmed, 0) AS confirmed, coalesce(t.holders, 0) AS holders,
         coalesce(t.certificates, 0) AS certificates
       FROM agencies a LEFT JOIN agency_headcount hc ON hc.agency_id = a.id
         LEFT JOIN agency_totals t ON t.agency_id = a.id AND t.campaign_id = ?1
       WHERE hc.headcount > 0 OR t.certificates > 0`,
    )
    .bind(cycleId)
    .all<NationalAgencyRow>();
  return results;
}
