/**
 * The report's counters (unit_stats, unit_cycle_stats, agency_totals, agency_daily_stats and
 * certificate_holders): kept by the submit batch, recomputed from the raw tables on roster import,
 * revocation and `npm run recount`.
 *
 * Submit statements are conditional so a concurrent double submit cannot count twice: the attempt
 * counters run before the submission's UPDATE and only while the attempt is unsubmitted (the batch is
 * one serialised transaction, so exactly one batch sees it unsubmitted); the certificate counters read
 * the certificate row this batch inserted, so they run only if it was.
 *
 * Every counter except headcount is per election cycle (campaign): an attempt counts in the cycle in
 * force at its submitted_at, a certificate in the cycle of its issued_at (stored as certificates.campaign_id).
 * The cycle is looked up in SQL inside the batch (`CYCLE_AT`: the campaign with the greatest
 * starts_at <= the instant, one probe of the unique starts_at index) rather than in TS from a list read
 * first: no extra round trip on the submit path, and the batch sees the same campaigns table its writes
 * commit against, so a cycle created concurrently can never split one submission across two cycles.
 */
import { SCORE_BUCKETS, scoreBucket } from '../domain/report';
import { localDay, sqlDayModifier, zoneOfAgency } from '../domain/zone';
import { assertScope, type AgencyScope } from '../auth/scope';

const bucketColumns = Array.from({ length: SCORE_BUCKETS }, (_, i) => `s${i}`);

/** SQL: the id of the cycle in force at the ISO instant `at` (a parameter or column), or NULL before the first. */
export const cycleAt = (at: string) => `(SELECT id FROM campaigns WHERE starts_at <= ${at} ORDER BY starts_at DESC LIMIT 1)`;
/** SQL: the cycle in force now. */
const CURRENT_CYCLE = cycleAt(`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
/** SQL: roster member `m` holds a valid certificate of the current election cycle (an older cycle's does not count). */
export const HOLDS_CURRENT_CYCLE = `EXISTS (SELECT 1 FROM certificate_holders h WHERE h.agency_id = m.agency_id AND h.campaign_id = ${CURRENT_CYCLE} AND h.nip = m.nip)`;
/** SQL: each cycle with the start of the next (NULL for the latest), for assigning many rows at once. */
const CYCLE_RANGES = `(SELECT id, starts_at, lead(starts_at) OVER (ORDER BY starts_at) AS ends_at FROM campaigns)`;

interface SubmissionFacts {
  attemptId: string;
  agencyId: string;
  submittedAt: string;
  score: number;
  total: number;
  passed: boolean;
}

/** Counts the attempt (and its certificate, if it passed) on its local day and in the agency's totals of its cycle. To run before the submission's UPDATE. */
export function attemptCounterStatements(db: D1Database, s: SubmissionFacts): D1PreparedStatement[] {
  const bucket = bucketColumns[scoreBucket(s.score, s.total)]!;
  const day = localDay(s.submittedAt, zoneOfAgency(s.agencyId));
  const passed = s.passed ? 1 : 0;
  const cycle = `JOIN (SELECT ${cycleAt('?5')} AS id) k ON k.id IS NOT NULL`;
  return [
    db
      .prepare(
        `INSERT INTO agency_daily_stats (agency_id, campaign_id, day, attempts, passed, certificates, score_sum, ${bucket})
         SELECT a.agency_id, k.id, ?2, 1, ?3, ?3, ?4, 1 FROM attempts a ${cycle} WHERE a.id = ?1 AND a.submitted_at IS NULL
         ON CONFLICT (agency_id, campaign_id, day) DO UPDATE SET attempts = attempts + 1, passed = passed + excluded.passed,
           certificates = certificates + excluded.certificates, score_sum = score_sum + excluded.score_sum, ${bucket} = ${bucket} + 1`,
      )
      .bind(s.attemptId, day, passed, s.score, s.submittedAt),
    db
      .prepare(
        `INSERT INTO agency_totals (agency_id, campaign_id, attempts, passed, certificates, score_sum)
         SELECT a.agency_id, k.id, 1, ?2, ?2, ?3 FROM attempts a ${cycle.replace('?5', '?4')} WHERE a.id = ?1 AND a.submitted_at IS NULL
         ON CONFLICT (agency_id, campaign_id) DO UPDATE SET attempts = attempts + 1, passed = passed + excluded.passed,
           certificates = certificates + excluded.certificates, score_sum = score_sum + excluded.score_sum`,
      )
      .bind(s.attemptId, passed, s.score, s.submittedAt),
  ];
}

/** SQL: whether certificate `c`'s holder already holds a valid certificate of its cycle (optionally a roster-confirmed one). */
const holds = (c: string, confirmedOnly = false) =>
  `EXISTS (SELECT 1 FROM certificate_holders h WHERE h.agency_id = ${c}.agency_id AND h.campaign_id = ${c}.campaign_id AND h.nip = ${c}.nip${confirmedOnly ? ' AND h.confirmed = 1' : ''})`;
/** SQL: certificate `c` makes its holder certified in its cycle, or upgrades them to roster-confirmed. */
const improves = `(NOT ${holds('c')} OR (c.identity = 'roster' AND NOT ${holds('c', true)}))`;

/**
 * After the certificate insert: the member's unit and agency counts of the certificate's cycle (a first
 * certificate in the cycle, or a roster-confirmed one replacing a self-declared one), the holder, and the
 * personal link it came from. Each reads the certificate by its fresh code, so none
 * runs if the insert did not happen; the counts run before the holder row is written, which they compare with.
 */
export function certificateCounterStatements(db: D1Database, code: string): D1PreparedStatement[] {
  const member = `JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip AND m.left_at IS NULL`;
  return [
    db
      .prepare(
        `UPDATE agency_totals SET holders = holders + 1
         FROM certificates c WHERE c.code = ?1 AND agency_totals.agency_id = c.agency_id AND agency_totals.campaign_id = c.campaign_id
           AND NOT ${holds('c')}`,
      )
      .bind(code),
    db
      .prepare(
        `INSERT INTO unit_cycle_stats (agency_id, campaign_id, unit_id, certified, confirmed)
         SELECT c.agency_id, c.campaign_id, m.unit_id, NOT ${holds('c')}, c.identity = 'roster' AND NOT ${holds('c', true)}
         FROM certificates c ${member} WHERE c.code = ?1 AND c.campaign_id IS NOT NULL AND ${improves}
         ON CONFLICT (agency_id, campaign_id, unit_id) DO UPDATE SET certified = certified + excluded.certified,
           confirmed = confirmed + excluded.confirmed`,
      )
      .bind(code),
    db
      .prepare(
        `UPDATE agency_totals SET certified = certified + (NOT ${holds('c')}), confirmed = confirmed + (c.identity = 'roster' AND NOT ${holds('c', true)})
         FROM certificates c ${member}
         WHERE c.code = ?1 AND ${improves} AND agency_totals.agency_id = c.agency_id AND agency_totals.campaign_id = c.campaign_id`,
      )
      .bind(code),
    db
      .prepare(
        `INSERT INTO certificate_holders (agency_id, campaign_id, nip, code, issued_at, confirmed)
         SELECT agency_id, campaign_id, nip, code, issued_at, identity = 'roster' FROM certificates WHERE code = ?1 AND campaign_id IS NOT NULL
         ON CONFLICT (agency_id, campaign_id, nip) DO UPDATE SET code = excluded.code, issued_at = excluded.issued_at, confirmed = 1
           WHERE excluded.confirmed = 1 AND certificate_holders.confirmed = 0`,
      )
      .bind(code),
    db
      .prepare(
        `UPDATE quiz_links SET used_at = c.issued_at
         FROM certificates c JOIN attempts a ON a.id = c.attempt_id
         WHERE c.code = ?1 AND quiz_links.id = a.link_id AND quiz_links.used_at IS NULL`,
      )
      .bind(code),
  ];
}

/**
 * What changed, so a recount does only the work it needs: `roster` after an import (membership changed;
 * the import itself copied each listed member's certificate from certificate_holders), `all` for
 * repairs, the seed and tests.
 */
export type RecountScope = 'roster' | 'all';

/**
 * Statements recomputing the agency's counters of every cycle from the raw tables, in order. Each binds
 * the agency as ?1 and, where days are involved, the agency's day offset as ?2 (D1 refuses parameters a
 * statement does not use). `roster` reads the active members and their holder rows, not the certificates.
 */
export function recountStatements(db: D1Database, scope: AgencyScope, what: RecountScope): D1PreparedStatement[] {
  assertScope(scope);
  const modifier = sqlDayModifier(zoneOfAgency(scope.agencyId));
  return recountSql(what).map((sql) => db.prepare(sql).bind(...(sql.includes('?2') ? [scope.agencyId, modifier] : [scope.agencyId])));
}

/**
 * Revoking one certificate, in order: its day's and its cycle's certificate counts go down (only while
 * it is still valid: the first statements run before the status change, which they are conditional on),
 * the status changes, then its holder's best remaining certificate of the cycle and their unit's and
 * the agency's figures of that cycle are recomputed. Touches one person, one unit and
 * one cycle, not the agency.
 * @returns the statements; the status change is at index `REVOKE_STATUS_INDEX`.
 */
export function revokeStatements(db: D1Database, scope: AgencyScope, code: string, reason: string, at: string): D1PreparedStatement[] {
  assertScope(scope);
  const modifier = sqlDayModifier(zoneOfAgency(scope.agencyId));
  const stillValid = `EXISTS (SELECT 1 FROM certificates WHERE agency_id = ?1 AND code = ?2 AND status = 'valid')`;
  const nipOf = `(SELECT nip FROM certificates WHERE agency_id = ?1 AND code = ?2)`;
  const cycleOf = `(SELECT campaign_id FROM certificates WHERE agency_id = ?1 AND code = ?2)`;
  const unitCount = (expr: string) =>
    `(SELECT ${expr} FROM roster_members x JOIN certificate_holders h ON h.agency_id = ?1 AND h.campaign_id = ${cycleOf} AND h.nip = x.nip
      WHERE x.agency_id = ?1 AND x.unit_id = m.unit_id AND x.left_at IS NULL)`;
  return [
    db
      .prepare(
        `UPDATE agency_daily_stats SET certificates = certificates - 1
         WHERE agency_id = ?1 AND campaign_id = ${cycleOf}
           AND day = (SELECT date(issued_at, ?3) FROM certificates WHERE agency_id = ?1 AND code = ?2) AND ${stillValid}`,
      )
      .bind(scope.agencyId, code, modifier),
    db
      .prepare(
        `UPDATE agency_totals SET certificates = certificates - 1, revoked = revoked + 1
         WHERE agency_id = ?1 AND campaign_id = ${cycleOf} AND ${stillValid}`,
      )
      .bind(scope.agencyId, code),
    db
      .prepare(
        `UPDATE certificates SET status = 'revoked', revoked_at = ?3, revoked_reason = ?4 WHERE agency_id = ?1 AND code = ?2 AND status = 'valid'`,
      )
      .bind(scope.agencyId, code, at, reason),
    db
      .prepare(`DELETE FROM certificate_holders WHERE agency_id = ?1 AND campaign_id = ${cycleOf} AND nip = ${nipOf}`)
      .bind(scope.agencyId, code),
    db
      .prepare(
        `INSERT INTO certificate_holders (agency_id, campaign_id, nip, code, issued_at, confirmed)
         SELECT agency_id, campaign_id, nip, code, issued_at, identity = 'roster' FROM certificates
         WHERE agency_id = ?1 AND nip = ${nipOf} AND campaign_id = ${cycleOf} AND status = 'valid'
         ORDER BY identity = 'roster' DESC, issued_at, code LIMIT 1`,
      )
      .bind(scope.agencyId, code),
    db
      .prepare(
        `INSERT INTO unit_cycle_stats (agency_id, campaign_id, unit_id, certified, confirmed)
         SELECT ?1, ${cycleOf}, m.unit_id, ${unitCount('count(*)')}, ${unitCount('coalesce(sum(h.confirmed), 0)')}
         FROM roster_members m WHERE m.agency_id = ?1 AND m.nip = ${nipOf} AND m.left_at IS NULL AND ${cycleOf} IS NOT NULL
         ON CONFLICT (agency_id, campaign_id, unit_id) DO UPDATE SET certified = excluded.certified, confirmed = excluded.confirmed`,
      )
      .bind(scope.agencyId, code),
    db
      .prepare(
        `UPDATE agency_totals SET
           certified = (SELECT coalesce(sum(certified), 0) FROM unit_cycle_stats WHERE agency_id = ?1 AND campaign_id = agency_totals.campaign_id),
           confirmed = (SELECT coalesce(sum(confirmed), 0) FROM unit_cycle_stats WHERE agency_id = ?1 AND campaign_id = agency_totals.campaign_id),
           holders = (SELECT count(*) FROM certificate_holders WHERE agency_id = ?1 AND campaign_id = agency_totals.campaign_id)
         WHERE agency_id = ?1 AND campaign_id = ${cycleOf}`,
      )
      .bind(scope.agencyId, code),
  ];
}
export const REVOKE_STATUS_INDEX = 2;

/**
 * The recount for `npm run recount` and the seed, which run outside the Worker on any agency.
 * @public (imported by scripts through tsx, which knip cannot follow)
 */
export function recountSqlFor(agencyId: string, what: RecountScope = 'all'): string[] {
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const modifier = sqlDayModifier(zoneOfAgency(agencyId));
  return recountSql(what).map((sql) => sql.replace(/\?1\b/g, literal(agencyId)).replace(/\?2\b/g, literal(modifier)));
}

/** Each certificate's cycle from its issued_at (a repair: the submit batch sets it). */
const certificateCycles = [
  `UPDATE certificates SET campaign_id = ${cycleAt('certificates.issued_at')}
   WHERE agency_id = ?1 AND campaign_id IS NOT ${cycleAt('certificates.issued_at')}`,
];
const holders = [
  `DELETE FROM certificate_holders WHERE agency_id = ?1`,
  `INSERT INTO certificate_holders (agency_id, campaign_id, nip, code, issued_at, confirmed)
   SELECT agency_id, campaign_id, nip, code, issued_at, confirmed FROM (
     SELECT agency_id, campaign_id, nip, code, issued_at, identity = 'roster' AS confirmed,
            row_number() OVER (PARTITION BY campaign_id, nip ORDER BY identity = 'roster' DESC, issued_at, code) AS rank
     FROM certificates WHERE agency_id = ?1 AND status = 'valid' AND campaign_id IS NOT NULL)
   WHERE rank = 1`,
];
const units = [
  `DELETE FROM unit_stats WHERE agency_id = ?1`,
  `INSERT INTO unit_stats (agency_id, unit_id, headcount)
   SELECT ?1, unit_id, count(*) FROM roster_members WHERE agency_id = ?1 AND left_at IS NULL GROUP BY unit_id`,
  `DELETE FROM unit_cycle_stats WHERE agency_id = ?1`,
  `INSERT INTO unit_cycle_stats (agency_id, campaign_id, unit_id, certified, confirmed)
   SELECT ?1, h.campaign_id, m.unit_id, count(*), sum(h.confirmed)
   FROM certificate_holders h JOIN roster_members m ON m.agency_id = ?1 AND m.nip = h.nip AND m.left_at IS NULL
   WHERE h.agency_id = ?1 GROUP BY h.campaign_id, m.unit_id`,
];
const dailyAttempts = [
  `DELETE FROM agency_daily_stats WHERE agency_id = ?1`,
  `INSERT INTO agency_daily_stats (agency_id, campaign_id, day, attempts, passed, score_sum, ${bucketColumns.join(', ')})
   SELECT ?1, k.id, date(a.submitted_at, ?2), count(*), sum(a.passed), sum(a.score), ${bucketColumns.map((_, i) => `sum(a.bucket = ${i})`).join(', ')}
   FROM (SELECT submitted_at, passed, score, CAST(round(score * ${SCORE_BUCKETS - 1}.0 / total) AS INTEGER) AS bucket
         FROM attempts WHERE agency_id = ?1 AND submitted_at IS NOT NULL) a
     JOIN ${CYCLE_RANGES} k ON a.submitted_at >= k.starts_at AND (k.ends_at IS NULL OR a.submitted_at < k.ends_at)
   GROUP BY 2, 3`,
];
const dailyCertificates = [
  `INSERT INTO agency_daily_stats (agency_id, campaign_id, day, certificates)
   SELECT ?1, campaign_id, date(issued_at, ?2), count(*) FROM certificates
   WHERE agency_id = ?1 AND status = 'valid' AND campaign_id IS NOT NULL GROUP BY 2, 3
   ON CONFLICT (agency_id, campaign_id, day) DO UPDATE SET certificates = excluded.certificates`,
];
const totalsRoster = [
  `INSERT INTO agency_headcount (agency_id, headcount)
   SELECT ?1, coalesce(sum(headcount), 0) FROM unit_stats WHERE agency_id = ?1
   ON CONFLICT (agency_id) DO UPDATE SET headcount = excluded.headcount`,
  `UPDATE agency_totals SET certified = 0, confirmed = 0, holders = 0 WHERE agency_id = ?1`,
  `INSERT INTO agency_totals (agency_id, campaign_id, certified, confirmed, holders)
   SELECT ?1, h.campaign_id, coalesce(s.certified, 0), coalesce(s.confirmed, 0), h.holders
   FROM (SELECT campaign_id, count(*) AS holders FROM certificate_holders WHERE agency_id = ?1 GROUP BY campaign_id) h
     LEFT JOIN (SELECT campaign_id, sum(certified) AS certified, sum(confirmed) AS confirmed
                FROM unit_cycle_stats WHERE agency_id = ?1 GROUP BY campaign_id) s ON s.campaign_id = h.campaign_id
   WHERE true
   ON CONFLICT (agency_id, campaign_id) DO UPDATE SET certified = excluded.certified, confirmed = excluded.confirmed, holders = excluded.holders`,
];
const totalsCertificates = [
  `INSERT INTO agency_totals (agency_id, campaign_id, certificates, revoked)
   SELECT ?1, campaign_id, count(*) FILTER (WHERE status = 'valid'), count(*) FILTER (WHERE status = 'revoked')
   FROM certificates WHERE agency_id = ?1 AND campaign_id IS NOT NULL GROUP BY campaign_id
   ON CONFLICT (agency_id, campaign_id) DO UPDATE SET certificates = excluded.certificates, revoked = excluded.revoked`,
];
const totalsAttempts = [
  `INSERT INTO agency_totals (agency_id, campaign_id, attempts, passed, score_sum)
   SELECT ?1, campaign_id, sum(attempts), sum(passed), sum(score_sum)
   FROM agency_daily_stats WHERE agency_id = ?1 GROUP BY campaign_id
   ON CONFLICT (agency_id, campaign_id) DO UPDATE SET attempts = excluded.attempts, passed = excluded.passed, score_sum = excluded.score_sum`,
];

function recountSql(what: RecountScope): string[] {
  switch (what) {
    case 'roster':
      return [...units, ...totalsRoster];
    case 'all':
      return [
        ...certificateCycles,
        ...holders,
        ...units,
        ...dailyAttempts,
        ...dailyCertificates,
        `DELETE FROM agency_totals WHERE agency_id = ?1`,
        ...totalsRoster,
        ...totalsCertificates,
        ...totalsAttempts,
      ];
  }
}
