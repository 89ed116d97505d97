-- Counters behind the completion report (issue 12), so reading it costs the same at 100 certificates as at
-- 100,000: kept by the submit batch (conditional statements: a concurrent double submit cannot count twice)
-- and recomputed from the raw tables on roster import, revocation and `npm run recount`. No triggers:
-- remote `wrangler d1 migrations apply` has failed on trigger bodies.

-- Per unit: active roster members, how many hold a valid certificate, how many of those roster-confirmed.
CREATE TABLE unit_stats (
  agency_id TEXT NOT NULL,
  unit_id INTEGER NOT NULL,
  headcount INTEGER NOT NULL DEFAULT 0,
  certified INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, unit_id)
) WITHOUT ROWID;

-- Per agency. certified/confirmed count active roster members; holders counts distinct NIPs with a valid
-- certificate under this agency, on the roster or not; attempts are submitted attempts naming the agency.
CREATE TABLE agency_totals (
  agency_id TEXT PRIMARY KEY,
  headcount INTEGER NOT NULL DEFAULT 0,
  certified INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  holders INTEGER NOT NULL DEFAULT 0,
  certificates INTEGER NOT NULL DEFAULT 0,               -- valid
  revoked INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  passed INTEGER NOT NULL DEFAULT 0,
  score_sum INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Per agency and local day (WIB/WITA/WIT from the agency's province): submitted attempts, passes, valid
-- certificates issued that day, and the score histogram (s0 … s10 = attempts scoring 0 … 10 of 10).
CREATE TABLE agency_daily_stats (
  agency_id TEXT NOT NULL,
  day TEXT NOT NULL,                                     -- YYYY-MM-DD
  attempts INTEGER NOT NULL DEFAULT 0,
  passed INTEGER NOT NULL DEFAULT 0,
  certificates INTEGER NOT NULL DEFAULT 0,
  score_sum INTEGER NOT NULL DEFAULT 0,
  s0 INTEGER NOT NULL DEFAULT 0, s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0,
  s3 INTEGER NOT NULL DEFAULT 0, s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
  s6 INTEGER NOT NULL DEFAULT 0, s7 INTEGER NOT NULL DEFAULT 0, s8 INTEGER NOT NULL DEFAULT 0,
  s9 INTEGER NOT NULL DEFAULT 0, s10 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, day)
) WITHOUT ROWID;

-- Distinct holders of a valid certificate per agency, with their best certificate (roster-confirmed first,
-- then the earliest): counts "certified but not on the roster" without scanning certificates.
CREATE TABLE certificate_holders (
  agency_id TEXT NOT NULL,
  nip TEXT NOT NULL,
  code TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
  PRIMARY KEY (agency_id, nip)
) WITHOUT ROWID;

-- How a certificate's identity was established: typed by the participant (self_declared) or taken from
-- the agency's roster through a personal quiz link (roster; signed as content version 2).
ALTER TABLE certificates ADD COLUMN identity TEXT NOT NULL DEFAULT 'self_declared' CHECK (identity IN ('self_declared', 'roster'));
CREATE INDEX certificates_by_agency_nip ON certificates (agency_id, nip);

-- Existing attempts and certificates are counted by `npm run recount` (the seed runs it locally; run it
-- with --remote once after applying this migration in production).
