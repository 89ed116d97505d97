-- Election cycles (issue 13): the report's counters become per cycle. A certificate belongs to the cycle
-- in force when it was issued (the campaign with the greatest starts_at <= issued_at; migration 0040) and
-- an attempt to the cycle in force when it was submitted, so after a new cycle starts its counters begin
-- at zero while the older cycle's stay as they were. The roster's size (headcount) is not per cycle: it
-- lives in its own tables (unit_stats, agency_headcount) and is joined to each cycle's counts on reading.
-- SQLite cannot change a primary key: new tables are created, the old rows copied into 'pemilu-2029' (the
-- only cycle so far, which began before the first certificate), the old tables dropped and the new renamed.

-- The certificate's cycle, set at issue in the submit batch; existing rows backfilled. The index serves
-- a cycle's certificates of an agency in issue order (recent list, exports). No REFERENCES clause: a
-- backup (`wrangler d1 export`) recreates tables in creation order, so certificates (0001) would be filled
-- before campaigns (0040) exists and the restore would fail; a cycle with certificates cannot be deleted
-- (routes/admin/cycles.ts), which is the guarantee the foreign key would have given.
ALTER TABLE certificates ADD COLUMN campaign_id TEXT;
UPDATE certificates SET campaign_id =
  (SELECT k.id FROM campaigns k WHERE k.starts_at <= certificates.issued_at ORDER BY k.starts_at DESC LIMIT 1);
CREATE INDEX certificates_by_agency_campaign ON certificates (agency_id, campaign_id, issued_at);

-- Roster size per agency (active members), whatever the cycle.
CREATE TABLE agency_headcount (
  agency_id TEXT PRIMARY KEY,
  headcount INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO agency_headcount (agency_id, headcount) SELECT agency_id, headcount FROM agency_totals;

-- Per agency and cycle: certified/confirmed count active roster members holding a valid certificate of
-- the cycle; holders distinct NIPs with one; attempts those submitted in the cycle.
CREATE TABLE agency_cycle_totals (
  agency_id TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  certified INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  holders INTEGER NOT NULL DEFAULT 0,
  certificates INTEGER NOT NULL DEFAULT 0,               -- valid
  revoked INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  passed INTEGER NOT NULL DEFAULT 0,
  score_sum INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, campaign_id)
) WITHOUT ROWID;
INSERT INTO agency_cycle_totals (agency_id, campaign_id, certified, confirmed, holders, certificates, revoked, attempts, passed, score_sum)
SELECT agency_id, 'pemilu-2029', certified, confirmed, holders, certificates, revoked, attempts, passed, score_sum FROM agency_totals;
DROP TABLE agency_totals;
ALTER TABLE agency_cycle_totals RENAME TO agency_totals;

-- Per unit: active members (unit_stats, roster-wide) and, per cycle, how many of them hold a valid
-- certificate of the cycle and how many of those are roster-confirmed (unit_cycle_stats).
CREATE TABLE unit_cycle_stats (
  agency_id TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  unit_id INTEGER NOT NULL,
  certified INTEGER NOT NULL DEFAULT 0,
  confirmed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, campaign_id, unit_id)
) WITHOUT ROWID;
INSERT INTO unit_cycle_stats (agency_id, campaign_id, unit_id, certified, confirmed)
SELECT agency_id, 'pemilu-2029', unit_id, certified, confirmed FROM unit_stats;
CREATE TABLE unit_headcount (
  agency_id TEXT NOT NULL,
  unit_id INTEGER NOT NULL,
  headcount INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, unit_id)
) WITHOUT ROWID;
INSERT INTO unit_headcount (agency_id, unit_id, headcount) SELECT agency_id, unit_id, headcount FROM unit_stats;
DROP TABLE unit_stats;
ALTER TABLE unit_headcount RENAME TO unit_stats;

-- Per agency, cycle and local day. A day on which a new cycle starts has a row in each.
CREATE TABLE agency_cycle_daily_stats (
  agency_id TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  day TEXT NOT NULL,                                     -- YYYY-MM-DD
  attempts INTEGER NOT NULL DEFAULT 0,
  passed INTEGER NOT NULL DEFAULT 0,
  certificates INTEGER NOT NULL DEFAULT 0,
  score_sum INTEGER NOT NULL DEFAULT 0,
  s0 INTEGER NOT NULL DEFAULT 0, s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0,
  s3 INTEGER NOT NULL DEFAULT 0, s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
  s6 INTEGER NOT NULL DEFAULT 0, s7 INTEGER NOT NULL DEFAULT 0, s8 INTEGER NOT NULL DEFAULT 0,
  s9 INTEGER NOT NULL DEFAULT 0, s10 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, campaign_id, day)
) WITHOUT ROWID;
INSERT INTO agency_cycle_daily_stats
SELECT agency_id, 'pemilu-2029', day, attempts, passed, certificates, score_sum, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10
FROM agency_daily_stats;
DROP TABLE agency_daily_stats;
ALTER TABLE agency_cycle_daily_stats RENAME TO agency_daily_stats;

-- Distinct holders per agency and cycle, with their best certificate of the cycle (roster-confirmed
-- first, then the earliest). A member is pending for a cycle when they have no row here.
CREATE TABLE cycle_certificate_holders (
  agency_id TEXT NOT NULL,
  campaign_id TEXT NOT NULL,
  nip TEXT NOT NULL,
  code TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
  PRIMARY KEY (agency_id, campaign_id, nip)
) WITHOUT ROWID;
INSERT INTO cycle_certificate_holders (agency_id, campaign_id, nip, code, issued_at, confirmed)
SELECT agency_id, 'pemilu-2029', nip, code, issued_at, confirmed FROM certificate_holders;
DROP TABLE certificate_holders;
ALTER TABLE cycle_certificate_holders RENAME TO certificate_holders;

-- roster_members.certificate_code/certified_at/certified_confirmed keep the member's best certificate
-- of the latest cycle in which they hold one (for the roster pages); completion per cycle reads
-- certificate_holders. Rows copied above are exact only if every certificate was issued in
-- 'pemilu-2029' (true for every database so far); `npm run recount` recomputes them all per cycle.

-- Pending for a cycle = active members without a holder row of that cycle: a keyset walk in (unit, name,
-- NIP) order over active members with a primary-key probe each. roster_pending (certificate_code IS NULL)
-- cannot say "pending for this cycle" and is dropped. (0050 made the same index for the pending export.)
CREATE INDEX IF NOT EXISTS roster_active_by_name ON roster_members (agency_id, unit_id, name, nip) WHERE left_at IS NULL;
DROP INDEX roster_pending;
