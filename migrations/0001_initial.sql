-- Agencies (instansi): provinces, kabupaten/kota governments and central ministries/agencies.
-- Rows come from 0002_agencies.sql, generated from the idn-area-data package (scripts/generate-agencies.mjs).
CREATE TABLE agencies (
  id TEXT PRIMARY KEY,                 -- prov-32, kab-32.04, kota-32.73, pusat-bkn
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'regency', 'city', 'central')),
  province TEXT                        -- the province's name, for regional governments
);

-- One quiz attempt. The drawn questions (which option id is which bank key) stay here, server-side.
CREATE TABLE attempts (
  id TEXT PRIMARY KEY,
  nip TEXT NOT NULL,
  name TEXT NOT NULL,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  unit TEXT,
  locale TEXT NOT NULL CHECK (locale IN ('id', 'en')),
  questions TEXT NOT NULL,             -- JSON [{scenarioId, optionKeys}]
  created_at TEXT NOT NULL,            -- ISO 8601 UTC
  expires_at TEXT NOT NULL,
  submitted_at TEXT,
  answers TEXT,                        -- JSON [{questionId, optionId}], set once on submit
  score INTEGER,
  total INTEGER,
  passed INTEGER CHECK (passed IN (0, 1))
);
CREATE INDEX attempts_by_agency ON attempts (agency_id, submitted_at);
CREATE INDEX attempts_by_nip ON attempts (nip);

-- Issued certificates: at most one per attempt (UNIQUE attempt_id makes a double submit unable to issue twice).
CREATE TABLE certificates (
  code TEXT PRIMARY KEY,               -- NA-XXXX-XXXX-XXXX
  attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts (id),
  nip TEXT NOT NULL,
  name TEXT NOT NULL,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  agency_name TEXT NOT NULL,           -- as signed, even if the agency is renamed later
  unit TEXT,
  score INTEGER NOT NULL,
  total INTEGER NOT NULL,
  issued_at TEXT NOT NULL,
  signature TEXT NOT NULL,             -- Ed25519 over the canonical content, base64url
  status TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
  revoked_at TEXT,
  revoked_reason TEXT
);
CREATE INDEX certificates_by_agency ON certificates (agency_id, issued_at);
CREATE INDEX certificates_by_nip ON certificates (nip);
