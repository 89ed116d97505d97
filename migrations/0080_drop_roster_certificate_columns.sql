-- roster_members.certificate_code, certified_at and certified_confirmed (0010) were kept up to date by the
-- submit batch, revocation, roster import and recount, but nothing has read them since completion moved to
-- certificate_holders per election cycle (0060): the report, pending list, exports and reminders all ask
-- certificate_holders. Dropping them takes one UPDATE off every passing submit.
DROP INDEX IF EXISTS roster_active;
ALTER TABLE roster_members DROP COLUMN certificate_code;
ALTER TABLE roster_members DROP COLUMN certified_at;
ALTER TABLE roster_members DROP COLUMN certified_confirmed;
