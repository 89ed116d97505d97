-- Exports (issue 13) read an agency's certificates and its active roster page by page with keyset
-- cursors, never OFFSET. Certificates go in (issued_at, code) order: with the code in the index the
-- cursor `(issued_at, code) > (?, ?)` is a range seek and ORDER BY needs no sort, whatever the size.
CREATE INDEX certificates_export ON certificates (agency_id, issued_at, code);
-- The pending export of a cycle cannot use roster_pending (certificate_code IS NULL means "no valid
-- certificate at all", not "none in this cycle"): it walks active members in (unit, name, NIP) order
-- and checks each against certificates_by_agency_nip.
CREATE INDEX roster_active_by_name ON roster_members (agency_id, unit_id, name, nip) WHERE left_at IS NULL;
