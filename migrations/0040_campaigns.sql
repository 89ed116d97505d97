-- Election cycles (campaigns): training is due again before each election. A certificate belongs to
-- the cycle in which it was issued: the latest cycle whose starts_at is at or before its issued_at, so a
-- cycle runs from its start until the next one starts (functions/domain/cycles.ts holds the rules).
-- When a new cycle starts, older certificates stay valid as records but no longer count as complete.
--
-- Instants are ISO 8601 in UTC with milliseconds ('2025-12-31T17:00:00.000Z'), the form issued_at
-- uses, so they also compare correctly as text. due_at is the date HR works towards (reports show
-- "overdue" after it); it does not end the cycle. A super admin sets both.
CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  starts_at TEXT NOT NULL UNIQUE,
  due_at TEXT NOT NULL,
  -- Canonical UTC form only, checked by a round trip (D1 caps GLOB patterns at 50 bytes); IS, not =,
  -- because strftime gives NULL for text that is no date and a NULL check passes.
  CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', starts_at) IS starts_at),
  CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', due_at) IS due_at),
  CHECK (due_at > starts_at)
);

-- The current cycle, from 1 January 2026 (WIB) towards the 2029 general election; its due date is the
-- end of 2028 (WIB) until the super admin sets the real one once the election schedule is fixed. It
-- starts before the first certificates this service issued, so every existing certificate is in it.
INSERT INTO campaigns (id, name, starts_at, due_at)
VALUES ('pemilu-2029', 'Menuju Pemilu 2029', '2025-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z');
