-- Reminders (issue 13): every email that told a pending roster member to take the quiz, with the
-- personal link it carried. At most one per member per week: the send route looks up each member's
-- latest reminder through reminders_by_member (agency, NIP, newest first). Rows are never updated; they
-- are the record of who was emailed when (the audit log holds one event per send, with counts only).
CREATE TABLE reminders (
  id INTEGER PRIMARY KEY,
  agency_id TEXT NOT NULL REFERENCES agencies (id),
  nip TEXT NOT NULL,
  sent_at TEXT NOT NULL,                                 -- ISO 8601 UTC
  sent_by TEXT NOT NULL,                                 -- user id
  channel TEXT NOT NULL CHECK (channel IN ('email')),
  link_id TEXT                                           -- the quiz_links row the message carried
);
CREATE INDEX reminders_by_member ON reminders (agency_id, nip, sent_at DESC);
