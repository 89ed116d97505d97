/**
 * Rosters: staging an uploaded file, its preview counts, applying it in one batch (members missing
 * from the file marked left, history kept) or discarding it. Every function takes the signed-in user's
 * scope and binds `scope.agencyId` as ?1; an import id from a request is only ever used together with
 * it, so another agency's import is indistinguishable from a missing one.
 */
import type { ParsedRoster, RejectedLine } from '../domain/roster';
import { unitKey } from '../domain/roster';
import { assertScope, type AgencyScope } from '../auth/scope';
import { recountStatements } from './stats';

export interface ImportRecord {
  id: number;
  uploadedBy: string;
  uploadedAt: string;
  fileSha256: string;
  delimiter: string;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  toAdd: number;
  toUpdate: number;
  toLeave: number;
  unchanged: number;
  newUnits: number;
  activeBefore: number;
  status: 'staged' | 'applied' | 'discarded';
  decidedAt: string | null;
}

interface ImportRow {
  id: number;
  uploaded_by: string;
  uploaded_at: string;
  file_sha256: string;
  delimiter: string;
  rows_total: number;
  rows_valid: number;
  rows_rejected: number;
  to_add: number;
  to_update: number;
  to_leave: number;
  unchanged: number;
  new_units: number;
  status: ImportRecord['status'];
  decided_at: string | null;
}

/**
 * Rows per INSERT … SELECT FROM json_each(?): one bound parameter whatever the row count (D1 allows
 * 100 per statement), and about 0.5 MB of JSON, well under D1's 2 MB per bound string.
 */
const STAGE_CHUNK_ROWS = 4_000;
const STAGED = `(SELECT id FROM roster_imports WHERE agency_id = ?1 AND status = 'staged')`;

// Members missing from a file are found with `nip NOT IN (SELECT nip … staged rows of import ?2)`: SQLite
// builds that list once, where a correlated NOT EXISTS (or a list depending on the outer row) was planned
// as a scan of the staged rows per member (10,000 members × 10,000 rows took minutes). Valid staged rows
// always have a NIP, so NOT IN is exact.

/**
 * Stages a parsed file, replacing any import of the agency still waiting, and computes what applying
 * it would do. One batch: a failure leaves no half-staged file.
 * @example const staged = await stageImport(db, scope, parsed, { sha256, now })
 */
export async function stageImport(
  db: D1Database,
  scope: AgencyScope,
  roster: ParsedRoster,
  meta: { sha256: string; now: Date },
): Promise<ImportRecord> {
  assertScope(scope);
  const lines = [
    ...roster.rows.map((r) => ({
      line: r.line,
      nip: r.nip,
      name: r.name,
      unit: r.unit,
      unit_key: unitKey(r.unit),
      email: r.email,
      error: null,
    })),
    ...roster.rejected.map((r) => ({
      line: r.line,
      nip: r.nip,
      name: null,
      unit: null,
      unit_key: null,
      email: null,
      error: JSON.stringify(r.problems),
    })),
  ];
  const chunks: D1PreparedStatement[] = [];
  for (let i = 0; i < lines.length; i += STAGE_CHUNK_ROWS) {
    chunks.push(
      db
        .prepare(
          `INSERT INTO roster_import_rows (import_id, line, nip, name, unit, unit_key, email, error)
           SELECT ${STAGED}, value ->> 'line', value ->> 'nip', value ->> 'name', value ->> 'unit', value ->> 'unit_key', value ->> 'email', value ->> 'error'
           FROM json_each(?2)`,
        )
        .bind(scope.agencyId, JSON.stringify(lines.slice(i, i + STAGE_CHUNK_ROWS))),
    );
  }
  const results = await db.batch([
    ...discardStatements(db, scope, meta.now.toISOString()),
    db
      .prepare(
        `INSERT INTO roster_imports (agency_id, uploaded_by, uploaded_at, file_sha256, delimiter, rows_total, rows_valid, rows_rejected,
           to_add, to_update, to_leave, unchanged, new_units, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, 0, 0, 0, 'staged')`,
      )
      .bind(
        scope.agencyId,
        scope.userId,
        meta.now.toISOString(),
        meta.sha256,
        roster.delimiter,
        lines.length,
        roster.rows.length,
        roster.rejected.length,
      ),
    ...chunks,
    ...previewCountsStatements(db, scope),
  ]);
  return importRecord(results.at(-1)!.results[0] as ImportRow & { active_before: number });
}

/** Fill the staged import's preview counts from its rows and the current roster; the last returns it. */
function previewCountsStatements(db: D1Database, scope: AgencyScope): D1PreparedStatement[] {
  const valid = `FROM roster_import_rows r WHERE r.import_id = i.id AND r.error IS NULL`;
  const active = `roster_members m WHERE m.agency_id = ?1 AND m.nip = r.nip AND m.left_at IS NULL`;
  const counts = db
    .prepare(
      `UPDATE roster_imports AS i SET
         to_add = (SELECT count(*) ${valid} AND NOT EXISTS (SELECT 1 FROM ${active})),
         to_update = (SELECT count(*) ${valid} AND EXISTS (SELECT 1 FROM ${active} AND (m.name IS NOT r.name OR m.email IS NOT r.email
           OR m.unit_id IS NOT (SELECT id FROM units u WHERE u.agency_id = ?1 AND u.name_key = r.unit_key)))),
         new_units = (SELECT count(DISTINCT r.unit_key) ${valid} AND NOT EXISTS (SELECT 1 FROM units u WHERE u.agency_id = ?1 AND u.name_key = r.unit_key))
       WHERE i.agency_id = ?1 AND i.status = 'staged'`,
    )
    .bind(scope.agencyId);
  // A second statement because SET expressions see the row as it was before the UPDATE. Valid rows have
  // distinct NIPs, so the active members not in the file are the active ones minus those matched.
  const unchanged = db
    .prepare(
      `UPDATE roster_imports SET unchanged = rows_valid - to_add - to_update,
         to_leave = (SELECT count(*) FROM roster_members m WHERE m.agency_id = ?1 AND m.left_at IS NULL) - (rows_valid - to_add)
       WHERE agency_id = ?1 AND status = 'staged'
       RETURNING *, (SELECT count(*) FROM roster_members m WHERE m.agency_id = ?1 AND m.left_at IS NULL) AS active_before`,
    )
    .bind(scope.agencyId);
  return [counts, unchanged];
}

/** The agency's import with this id, or null (another agency's id included). */
export async function findImport(db: D1Database, scope: AgencyScope, importId: number): Promise<ImportRecord | null> {
  assertScope(scope);
  const row = await db
    .prepare(
      `SELECT *, (SELECT count(*) FROM roster_members m WHERE m.agency_id = ?1 AND m.left_at IS NULL) AS active_before
       FROM roster_imports WHERE agency_id = ?1 AND id = ?2`,
    )
    .bind(scope.agencyId, importId)
    .first<ImportRow & { active_before: number }>();
  return row && importRecord(row);
}

/** Rejected lines of the agency's import, in file order. */
export async function listRejectedLines(db: D1Database, scope: AgencyScope, importId: number, limit: number): Promise<RejectedLine[]> {
  assertScope(scope);
  const { results } = await db
    .prepare(
      `SELECT r.line, r.nip, r.error FROM roster_import_rows r JOIN roster_imports i ON i.id = r.import_id
       WHERE i.agency_id = ?1 AND i.id = ?2 AND r.error IS NOT NULL ORDER BY r.line LIMIT ?3`,
    )
    .bind(scope.agencyId, importId, limit)
    .all<{ line: number; nip: string; error: string }>();
  return results.map((r) => ({ line: r.line, nip: r.nip, problems: JSON.parse(r.error) }));
}

/** A few of the members the import would mark as left, so HR sees who before applying. */
export async function listLeavers(db: D1Database, scope: AgencyScope, importId: number, limit: number) {
  assertScope(scope);
  const { results } = await db
    .prepare(
      `SELECT m.nip, m.name, u.name AS unit FROM roster_members m JOIN units u ON u.id = m.unit_id
       WHERE m.agency_id = ?1 AND m.left_at IS NULL
         AND EXISTS (SELECT 1 FROM roster_imports i WHERE i.agency_id = ?1 AND i.id = ?2 AND i.status = 'staged')
         AND m.nip NOT IN (SELECT r.nip FROM roster_import_rows r WHERE r.import_id = ?2 AND r.error IS NULL)
       ORDER BY u.name, m.name, m.nip LIMIT ?3`,
    )
    .bind(scope.agencyId, importId, limit)
    .all<{ nip: string; name: string; unit: string }>();
  return results;
}

/**
 * Applies a staged import in one batch: new units, members added or updated (a member who had left and
 * is back becomes active again; each listed member's certificate of their latest cycle copied from certificate_holders),
 * members missing from the file marked left, unit and agency counters recounted, the staging rows
 * dropped. The cost follows the file and the number of units, not the agency's certificates. Every write is conditional on the import still being staged, so an apply racing
 * a discard or another apply changes nothing twice. Returns false if it was not staged any more.
 */
export async function applyImport(
  db: D1Database,
  scope: AgencyScope,
  importId: number,
  now: Date,
  extra: D1PreparedStatement[] = [],
): Promise<boolean> {
  assertScope(scope);
  const at = now.toISOString();
  const stillStaged = `EXISTS (SELECT 1 FROM roster_imports WHERE agency_id = ?1 AND id = ?2 AND status = 'staged')`;
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO units (agency_id, name, name_key)
         SELECT ?1, min(unit), unit_key FROM roster_import_rows WHERE import_id = ?2 AND error IS NULL AND ${stillStaged} GROUP BY unit_key
         ON CONFLICT (agency_id, name_key) DO NOTHING`,
      )
      .bind(scope.agencyId, importId),
    db
      .prepare(
        `INSERT INTO roster_members (agency_id, nip, name, unit_id, email, first_import_id, updated_import_id)
         SELECT ?1, r.nip, r.name, u.id, r.email, ?2, ?2
         FROM roster_import_rows r JOIN units u ON u.agency_id = ?1 AND u.name_key = r.unit_key
         WHERE r.import_id = ?2 AND r.error IS NULL AND ${stillStaged}
         ON CONFLICT (agency_id, nip) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id, email = excluded.email,
           updated_import_id = excluded.updated_import_id, left_at = NULL, left_import_id = NULL`,
      )
      .bind(scope.agencyId, importId),
    db
      .prepare(
        `UPDATE roster_members SET left_at = ?3, left_import_id = ?2
         WHERE agency_id = ?1 AND left_at IS NULL AND ${stillStaged}
           AND nip NOT IN (SELECT r.nip FROM roster_import_rows r WHERE r.import_id = ?2 AND r.error IS NULL)`,
      )
      .bind(scope.agencyId, importId, at),
    ...recountStatements(db, scope, 'roster'),
    ...extra,
    db
      .prepare(
        `UPDATE roster_imports SET status = 'applied', decided_at = ?3, decided_by = ?4 WHERE agency_id = ?1 AND id = ?2 AND status = 'staged'`,
      )
      .bind(scope.agencyId, importId, at, scope.userId),
    db
      .prepare(
        `DELETE FROM roster_import_rows WHERE import_id = ?2 AND EXISTS (SELECT 1 FROM roster_imports WHERE agency_id = ?1 AND id = ?2)`,
      )
      .bind(scope.agencyId, importId),
  ]);
  return results.at(-2)!.meta.changes === 1;
}

/** Discards the agency's staged import; false if there was none with this id. */
export async function discardImport(
  db: D1Database,
  scope: AgencyScope,
  importId: number,
  now: Date,
  extra: D1PreparedStatement[] = [],
): Promise<boolean> {
  assertScope(scope);
  const results = await db.batch([
    db
      .prepare(
        `UPDATE roster_imports SET status = 'discarded', decided_at = ?3, decided_by = ?4 WHERE agency_id = ?1 AND id = ?2 AND status = 'staged'`,
      )
      .bind(scope.agencyId, importId, now.toISOString(), scope.userId),
    db
      .prepare(
        `DELETE FROM roster_import_rows WHERE import_id = ?2 AND EXISTS (SELECT 1 FROM roster_imports WHERE agency_id = ?1 AND id = ?2)`,
      )
      .bind(scope.agencyId, importId),
    ...extra,
  ]);
  return results[0]!.meta.changes === 1;
}

/** Statements discarding whatever import of the agency is still staged (a new upload replaces it). */
function discardStatements(db: D1Database, scope: AgencyScope, at: string): D1PreparedStatement[] {
  return [
    db.prepare(`DELETE FROM roster_import_rows WHERE import_id IN ${STAGED}`).bind(scope.agencyId),
    db
      .prepare(
        `UPDATE roster_imports SET status = 'discarded', decided_at = ?2, decided_by = ?3 WHERE agency_id = ?1 AND status = 'staged'`,
      )
      .bind(scope.agencyId, at, scope.userId),
  ];
}

function importRecord(row: ImportRow & { active_before: number }): ImportRecord {
  return {
    id: row.id,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
    fileSha256: row.file_sha256,
    delimiter: row.delimiter,
    rowsTotal: row.rows_total,
    rowsValid: row.rows_valid,
    rowsRejected: row.rows_rejected,
    toAdd: row.to_add,
    toUpdate: row.to_update,
    toLeave: row.to_leave,
    unchanged: row.unchanged,
    newUnits: row.new_units,
    activeBefore: row.active_before,
    status: row.status,
    decidedAt: row.decided_at,
  };
}
