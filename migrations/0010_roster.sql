-- Rosters (issue 12): the staff list each agency's HR uploads as CSV, its units (perangkat daerah), and
-- the two-step import (stage and preview, then apply). Every table is keyed by agency_id first; storage
-- reaches it only with the signed-in user's scope.

-- A unit (perangkat daerah / satuan kerja) of one agency, named as the roster names it.
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  name TEXT NOT NULL,                                    -- as first written in a roster
  name_key TEXT NOT NULL,                                -- lower-cased, white space folded: one unit however it is cased
  UNIQUE (agency_id, name_key)
);

-- One person on an agency's roster. Members missing from a later file are marked left, never deleted
-- (history kept). certificate_* is the member's best valid certificate under this agency (roster-confirmed
-- before self-declared, then the earliest), kept in the submit batch and by the recount; it makes the
-- pending list an index range instead of a join over every certificate.
CREATE TABLE roster_members (
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  nip TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units (id),
  email TEXT,
  first_import_id INTEGER,
  updated_import_id INTEGER,
  left_at TEXT,                                          -- ISO 8601 UTC, NULL while on the roster
  left_import_id INTEGER,
  certificate_code TEXT,
  certified_at TEXT,
  certified_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (certified_confirmed IN (0, 1)),
  PRIMARY KEY (agency_id, nip)
) WITHOUT ROWID;
CREATE INDEX roster_pending ON roster_members (agency_id, unit_id, name, nip) WHERE left_at IS NULL AND certificate_code IS NULL;
-- Covering for the per-unit recount (headcount, certified, confirmed) without touching the rows.
CREATE INDEX roster_active ON roster_members (agency_id, unit_id, certificate_code, certified_confirmed) WHERE left_at IS NULL;

-- One uploaded file. Staged rows wait in roster_import_rows until the import is applied or discarded.
CREATE TABLE roster_imports (
  id INTEGER PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  uploaded_by TEXT NOT NULL,                             -- user id
  uploaded_at TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  delimiter TEXT NOT NULL,
  rows_total INTEGER NOT NULL,
  rows_valid INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  to_add INTEGER NOT NULL,
  to_update INTEGER NOT NULL,
  to_leave INTEGER NOT NULL,
  unchanged INTEGER NOT NULL,
  new_units INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('staged', 'applied', 'discarded')),
  decided_at TEXT,                                       -- when applied or discarded
  decided_by TEXT
);
CREATE INDEX roster_imports_by_agency ON roster_imports (agency_id, id DESC);

-- Staging: every line of a staged file, valid (error NULL) or rejected (error = JSON list of problems).
-- Deleted when the import is applied or discarded. Reached only through an import id already checked
-- against the agency.
CREATE TABLE roster_import_rows (
  import_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  nip TEXT,
  name TEXT,
  unit TEXT,
  unit_key TEXT,
  email TEXT,
  error TEXT,
  PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
CREATE INDEX roster_import_rows_by_nip ON roster_import_rows (import_id, nip) WHERE error IS NULL;
