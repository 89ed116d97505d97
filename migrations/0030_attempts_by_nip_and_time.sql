-- Retakes look up a NIP's attempts newest first (cooldown after failures, the daily cap counted in the
-- same statement as the insert, scenarios already seen). The stored `questions` JSON now holds
-- [{id, scenarioId, options: [{id, key, phrasing}]}] with opaque per-attempt ids; rows written before
-- keep [{scenarioId, optionKeys}] and are read as such (functions/storage/attempts.ts), so no rewrite.
CREATE INDEX attempts_by_nip_created ON attempts (nip, created_at);
