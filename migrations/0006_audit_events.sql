-- What agency staff did, readable by their agency's admin. Append-only: the code never updates or
-- deletes a row. `detail` is a small JSON object (counts, changed fields), never a password or token.
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,                                      -- ISO 8601 UTC
  agency_id TEXT,                                        -- NULL for events outside any agency (national roles, unknown emails)
  actor_user_id TEXT,                                    -- NULL when nobody is signed in (a failed login)
  actor_role TEXT,
  action TEXT NOT NULL,                                  -- login.ok, login.fail, logout, user.invite, user.update, …
  target TEXT,                                           -- e.g. user:<id>
  detail TEXT,                                           -- JSON object
  ip_hint TEXT                                           -- the client network, truncated (/24 or /48)
);
CREATE INDEX audit_by_agency ON audit_events (agency_id, id DESC);
