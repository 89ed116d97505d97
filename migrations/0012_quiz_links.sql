-- Personal quiz links (issue 12): one per roster member, so an attempt takes its NIP, name, agency and
-- unit from the roster. The link's token is derived from the link id with a key only the Worker holds
-- (so HR can export the links again); D1 stores only the token's SHA-256, so its contents alone open no
-- link.
CREATE TABLE quiz_links (
  id TEXT PRIMARY KEY,                                   -- random UUID
  token_hash TEXT NOT NULL UNIQUE,                       -- hex SHA-256 of the token in the link
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  nip TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,                              -- user id
  expires_at TEXT NOT NULL,
  used_at TEXT,                                          -- set by the submit that issued its certificate
  replaced_at TEXT                                       -- set when a newer link for the member replaces it
);
CREATE INDEX quiz_links_by_member ON quiz_links (agency_id, nip, created_at DESC);

-- The personal link an attempt was started from; NULL for an identity typed by hand.
ALTER TABLE attempts ADD COLUMN link_id TEXT;
