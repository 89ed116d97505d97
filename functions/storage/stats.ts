/**
 * The report's counters (unit_stats, agency_totals, agency_daily_stats, certificate_holders and the
 * denormalised certificate columns of roster_members): kept by the submit batch, recomputed from the
 * raw tables on roster import, revocation and `npm run recount`.
 *
 * Submit statements are conditional so a concurrent double submit cannot count twice: the attempt
 * counters run before the submission's UPDATE and only while the attempt is unsubmitted (the batch is
 * one serialised transaction, so exactly one batch sees it unsubmitted); the certificate counters read
 * the certificate row this batch inserted, so they run only if it was.
 */
import { SCORE_BUCKETS, scoreBucket } from '../domain/report';
import { localDay, sqlDayModifier, zoneOfAgency } from '../domain/zone';
import { assertScope, type AgencyScope } from '../auth/scope';

const bucketColumns = Array.from({ length: SCORE_BUCKETS }, (_, i) => `s${i}`);

interface SubmissionFacts {
  attemptId: string;
  agencyId: string;
  submittedAt: string;
  score: number;
  total: number;
  passed: boolean;
}

/** Counts the attempt (and its certificate, if it passed) on its local day and in the agency's totals. To run before the submission's UPDATE. */
export function attemptCounterStatements(db: D1Database, s: SubmissionFacts): D1PreparedStatement[] {
  const bucket = bucketColumns[scoreBucket(s.score, s.total)]!;
  const day = localDay(s.submittedAt, zoneOfAgency(s.agencyId));
  const passed = s.passed ? 1 : 0;
  return [
    db
      .prepare(
        `INSERT INTO agency_daily_stats (agency_id, day, attempts, passed, certificates, score_sum, ${bucket})
         SELECT agency_id, ?2, 1, ?3, ?3, ?4, 1 FROM attempts WHERE id = ?1 AND submitted_at IS NULL
         ON CONFLICT (agency_id, day) DO UPDATE SET attempts = attempts + 1, passed = passed + excluded.passed,
           certificates = certificates + excluded.certificates, score_sum = score_sum + excluded.score_sum, ${bucket} = ${bucket} + 1`,
      )
      .bind(s.attemptId, day, passed, s.score),
    db
      .prepare(
        `INSERT INTO agency_totals (agency_id, attempts, passed, certificates, score_sum)
         SELECT agency_id, 1, ?2, ?2, ?3 FROM attempts WHERE id = ?1 AND submitted_at IS NULL
         ON CONFLICT (agency_id) DO UPDATE SET attempts = attempts + 1, passed = passed + excluded.passed,
           certificates = certificates + excluded.certificates, score_sum = score_sum + excluded.score_sum`,
      )
      .bind(s.attemptId, passed, s.score),
  ];
}

/**
 * After the certificate insert: the holder, the roster member (a first certificate, or a roster-confirmed
 * one replacing a self-declared one), their unit and agency counts, and the personal link it came from.
 * Each reads the certificate by its fresh code, so none runs if the insert did not happen.
 */
export function certificateCounterStatements(db: D1Database, code: string): D1PreparedStatement[] {
  const improves = (m: string) =>
    `${m}.left_at IS NULL AND (${m}.certificate_code IS NULL OR (c.identity = 'roster' AND ${m}.certified_confirmed = 0))`;
  return [
    db
      .prepare(
        `UPDATE agency_totals SET holders = holders + 1
         FROM certificates c WHERE c.code = ?1 AND agency_totals.agency_id = c.agency_id
           AND NOT EXISTS (SELECT 1 FROM certificate_holders h WHERE h.agency_id = c.agency_id AND h.nip = c.nip)`,
      )
      .bind(code),
    db
      .prepare(
        `INSERT INTO certificate_holders (agency_id, nip, code, issued_at, confirmed)
         SELECT agency_id, nip, code, issued_at, identity = 'roster' FROM certificates WHERE code = ?1
         ON CONFLICT (agency_id, nip) DO UPDATE SET code = excluded.code, issued_at = excluded.issued_at, confirmed = 1
           WHERE excluded.confirmed = 1 AND certificate_holders.confirmed = 0`,
      )
      .bind(code),
    db
      .prepare(
        `UPDATE unit_stats SET certified = certified + (m.certificate_code IS NULL), confirmed = confirmed + (c.identity = 'roster')
         FROM certificates c JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip
         WHERE c.code = ?1 AND ${improves('m')} AND unit_stats.agency_id = m.agency_id AND unit_stats.unit_id = m.unit_id`,
      )
      .bind(code),
    db
      .prepare(
        `UPDATE agency_totals SET certified = certified + (m.certificate_code IS NULL), confirmed = confirmed + (c.identity = 'roster')
         FROM certificates c JOIN roster_members m ON m.agency_id = c.agency_id AND m.nip = c.nip
         WHERE c.code = ?1 AND ${improves('m')} AND agency_totals.agency_id = m.agency_id`,
      )
      .bind(code),
    db
      .prepare(
        `UPDATE roster_members SET certificate_code = c.code, certified_at = c.issued_at, certified_confirmed = (c.identity = 'roster')
         FROM certificates c WHERE c.code = ?1 AND roster_members.agency_id = c.agency_id AND roster_members.nip = c.nip
           AND ${improves('roster_members')}`,
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
 * Statements recomputing the agency's counters from the raw tables, in order. Each binds the agency as
 * ?1 and, where days are involved, the agency's day offset as ?2 (D1 refuses parameters a statement
 * does not use). `roster` reads only the covering index roster_active and the units: about 0.1 s at
 * 120,000 members.
 */
export function recountStatements(db: D1Database, scope: AgencyScope, what: RecountScope): D1PreparedStatement[] {
  assertScope(scope);
  const modifier = sqlDayModifier(zoneOfAgency(scope.agencyId));
  return recountSql(what).map((sql) => db.prepare(sql).bind(...(sql.includes('?2') ? [scope.agencyId, modifier] : [scope.agencyId])));
}

/**
 * Revoking one certificate, in order: its day and the agency's certificate counts go down (only while
 * it is still valid: the first statements run before the status change, which they are conditional on),
 * the status changes, then its holder's best remaining certificate, their roster entry, their unit and
 * the agency's roster figures are recomputed. Touches one person and one unit, not the agency.
 * @returns the statements; the status change is at index `REVOKE_STATUS_INDEX`.
 */
export function revokeStatements(db: D1Database, scope: AgencyScope, code: string, reason: string, at: string): D1PreparedStatement[] {
  assertScope(scope);
  const modifier = sqlDayModifier(zoneOfAgency(scope.agencyId));
  const stillValid = `EXISTS (SELECT 1 FROM certificates WHERE agency_id = ?1 AND code = ?2 AND status = 'valid')`;
  const nipOf = `(SELECT nip FROM certificates WHERE agency_id = ?1 AND code = ?2)`;
  return [
    db
      .prepare(
        `UPDATE agency_daily_stats SET certificates = certificates - 1
         WHERE agency_id = ?1 AND day = (SELECT date(issued_at, ?3) FROM certificates WHERE agency_id = ?1 AND code = ?2) AND ${stillValid}`,
      )
      .bind(scope.agencyId, code, modifier),
    db
      .prepare(`UPDATE agency_totals SET certificates = certificates - 1, revoked = revoked + 1 WHERE agency_id = ?1 AND ${stillValid}`)
      .bind(scope.agencyId, code),
    db
      .prepare(
        `UPDATE certificates SET status = 'revoked', revoked_at = ?3, revoked_reason = ?4 WHERE agency_id = ?1 AND code = ?2 AND status = 'valid'`,
      )
      .bind(scope.agencyId, code, at, reason),
    db.prepare(`DELETE FROM certificate_holders WHERE agency_id = ?1 AND nip = ${nipOf}`).bind(scope.agencyId, code),
    db
      .prepare(
        `INSERT INTO certificate_holders (agency_id, nip, code, issued_at, confirmed)
         SELECT agency_id, nip, code, issued_at, identity = 'roster' FROM certificates
         WHERE agency_id = ?1 AND nip = ${nipOf} AND status = 'valid'
         ORDER BY identity = 'roster' DESC, issued_at, code LIMIT 1`,
      )
      .bind(scope.agencyId, code),
    db
      .prepare(
        `UPDATE roster_members SET
           certificate_code = (SELECT h.code FROM certificate_holders h WHERE h.agency_id = ?1 AND h.nip = roster_members.nip),
           certified_at = (SELECT h.issued_at FROM certificate_holders h WHERE h.agency_id = ?1 AND h.nip = roster_members.nip),
           certified_confirmed = coalesce((SELECT h.confirmed FROM certificate_holders h WHERE h.agency_id = ?1 AND h.nip = roster_members.nip), 0)
         WHERE agency_id = ?1 AND nip = ${nipOf} AND left_at IS NULL`,
      )
      .bind(scope.agencyId, code),
    db
      .prepare(
        `UPDATE unit_stats SET (headcount, certified, confirmed) =
           (SELECT count(*), count(certificate_code), coalesce(sum(certified_confirmed), 0) FROM roster_members
            WHERE agency_id = ?1 AND unit_id = unit_stats.unit_id AND left_at IS NULL)
         WHERE agency_id = ?1 AND unit_id = (SELECT unit_id FROM roster_members WHERE agency_id = ?1 AND nip = ${nipOf} AND left_at IS NULL)`,
      )
      .bind(scope.agencyId, code),
    ...totalsRoster.map((sql) => db.prepare(sql).bind(scope.agencyId)),
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

const holders = [
  `DELETE FROM certificate_holders WHERE agency_id = ?1`,
  `INSERT INTO certificate_holders (agency_id, nip, code, issued_at, confirmed)
   SELECT agency_id, nip, code, issued_at, confirmed FROM (
     SELECT agency_id, nip, code, issued_at, identity = 'roster' AS confirmed,
            row_number() OVER (PARTITION BY nip ORDER BY identity = 'roster' DESC, issued_at, code) AS rank
     FROM certificates WHERE agency_id = ?1 AND status = 'valid')
   WHERE rank = 1`,
];
const members = [
  `UPDATE roster_members SET certificate_code = NULL, certified_at = NULL, certified_confirmed = 0
   WHERE agency_id = ?1 AND certificate_code IS NOT NULL`,
  `UPDATE roster_members SET certificate_code = h.code, certified_at = h.issued_at, certified_confirmed = h.confirmed
   FROM certificate_holders h
   WHERE roster_members.agency_id = ?1 AND roster_members.left_at IS NULL AND h.agency_id = ?1 AND h.nip = roster_members.nip`,
];
const units = [
  `DELETE FROM unit_stats WHERE agency_id = ?1`,
  `INSERT INTO unit_stats (agency_id, unit_id, headcount, certified, confirmed)
   SELECT ?1, unit_id, count(*), count(certificate_code), sum(certified_confirmed)
   FROM roster_members WHERE agency_id = ?1 AND left_at IS NULL GROUP BY unit_id`,
];
const dailyAttempts = [
  `DELETE FROM agency_daily_stats WHERE agency_id = ?1`,
  `INSERT INTO agency_daily_stats (agency_id, day, attempts, passed, score_sum, ${bucketColumns.join(', ')})
   SELECT ?1, date(submitted_at, ?2), count(*), sum(passed), sum(score), ${bucketColumns.map((_, i) => `sum(bucket = ${i})`).join(', ')}
   FROM (SELECT submitted_at, passed, score, CAST(round(score * ${SCORE_BUCKETS - 1}.0 / total) AS INTEGER) AS bucket
         FROM attempts WHERE agency_id = ?1 AND submitted_at IS NOT NULL)
   GROUP BY 2`,
];
const dailyCertificates = [
  `UPDATE agency_daily_stats SET certificates = 0 WHERE agency_id = ?1`,
  `INSERT INTO agency_daily_stats (agency_id, day, certificates)
   SELECT ?1, date(issued_at, ?2), count(*) FROM certificates WHERE agency_id = ?1 AND status = 'valid' GROUP BY 2
   ON CONFLICT (agency_id, day) DO UPDATE SET certificates = excluded.certificates`,
];
const totalsRoster = [
  `INSERT INTO agency_totals (agency_id, headcount, certified, confirmed, holders)
   SELECT ?1, coalesce(sum(headcount), 0), coalesce(sum(certified), 0), coalesce(sum(confirmed), 0),
          (SELECT count(*) FROM certificate_holders WHERE agency_id = ?1)
   FROM unit_stats WHERE agency_id = ?1
   ON CONFLICT (agency_id) DO UPDATE SET headcount = excluded.headcount, certified = excluded.certified,
     confirmed = excluded.confirmed, holders = excluded.holders`,
];
const totalsCertificates = [
  `INSERT INTO agency_totals (agency_id, certificates, revoked)
   SELECT ?1, count(*) FILTER (WHERE status = 'valid'), count(*) FILTER (WHERE status = 'revoked')
   FROM certificates WHERE agency_id = ?1
   ON CONFLICT (agency_id) DO UPDATE SET certificates = excluded.certificates, revoked = excluded.revoked`,
];
const totalsAttempts = [
  `INSERT INTO agency_totals (agency_id, attempts, passed, score_sum)
   SELECT ?1, coalesce(sum(attempts), 0), coalesce(sum(passed), 0), coalesce(sum(score_sum), 0)
   FROM agency_daily_stats WHERE agency_id = ?1
   ON CONFLICT (agency_id) DO UPDATE SET attempts = excluded.attempts, passed = excluded.passed, score_sum = excluded.score_sum`,
];

function recountSql(what: RecountScope): string[] {
  switch (what) {
    case 'roster':
      return [...units, ...totalsRoster];
    case 'all':
      return [
        ...holders,
        ...members,
        ...units,
        ...dailyAttempts,
        ...dailyCertificates,
        ...totalsRoster,
        ...totalsCertificates,
        ...totalsAttempts,
      ];
  }
}
