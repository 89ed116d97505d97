/**
 * Reading the bench server's local D1 from outside the Worker (`wrangler d1 execute --local`), for the
 * consistency check after each run and the storage arithmetic.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { benchConfig } from './config.mjs';

/** Runs one SQL statement against the bench D1 and returns its rows. */
export function query(sql) {
  const result = spawnSync(
    'wrangler',
    ['d1', 'execute', 'DB', '--local', '--persist-to', benchConfig.stateDir, '--json', '--command', sql],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    },
  );
  if (result.status !== 0) throw new Error(`wrangler d1 execute failed: ${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout)[0].results;
}

const TABLE_OF = {
  attempts: /^(attempts|attempts_by_.*|sqlite_autoindex_attempts_\d+)$/,
  certificates: /^(certificates|certificates_by_.*|sqlite_autoindex_certificates_\d+)$/,
};

/**
 * Bytes on disk per attempt row and per certificate row, indexes included: SQLite's own page accounting
 * (dbstat) over a checkpointed, vacuumed copy of the local D1 file (the live file carries a write-ahead log
 * and free pages, which say nothing about what a row costs).
 */
export function bytesPerRow() {
  const dir = join(benchConfig.stateDir, 'v3/d1/miniflare-D1DatabaseObject');
  const copy = mkdtempSync(join(tmpdir(), 'netral-bench-d1-'));
  try {
    for (const f of readdirSync(dir)) cpSync(join(dir, f), join(copy, f));
    const file = readdirSync(copy).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
    const db = new DatabaseSync(join(copy, file));
    db.exec('PRAGMA wal_checkpoint(TRUNCATE); VACUUM;');
    const pages = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all();
    const result = {};
    for (const [table, re] of Object.entries(TABLE_OF)) {
      const bytes = pages.filter((p) => re.test(p.name)).reduce((sum, p) => sum + p.bytes, 0);
      const { n } = db.prepare(`SELECT count(*) AS n FROM ${table}`).get();
      result[table] = { rows: n, bytes, perRow: bytes / n };
    }
    db.close();
    return result;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Checks what the clients were told against what D1 holds: every 201 start has its attempt row; every 2xx
 * submit has exactly one submitted attempt row with the score it answered and, if passed, exactly one
 * certificate with the code it answered (none if failed); no certificate code appears twice.
 * @param {{attemptId: string, score: number, passed: boolean, code: string | null}[]} submits
 * @param {string[]} started attempt ids answered 201
 * @returns {string[]} the problems found (empty when consistent)
 */
export function checkConsistency(started, submits) {
  const rows = query(
    `SELECT a.id, a.submitted_at IS NOT NULL AS submitted, a.score, a.passed,
       (SELECT count(*) FROM certificates c WHERE c.attempt_id = a.id) AS certificates,
       (SELECT group_concat(c.code) FROM certificates c WHERE c.attempt_id = a.id) AS codes
     FROM attempts a WHERE a.name LIKE 'Peserta Beban %'`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems = [];
  for (const id of started) if (!byId.has(id)) problems.push(`attempt ${id} answered 201 but has no row`);
  for (const s of submits) {
    const row = byId.get(s.attemptId);
    if (!row) problems.push(`submit of ${s.attemptId} answered 2xx but the attempt has no row`);
    else if (!row.submitted || row.score !== s.score || Boolean(row.passed) !== s.passed)
      problems.push(`attempt ${s.attemptId}: stored ${JSON.stringify(row)} but answered score ${s.score}, passed ${s.passed}`);
    else if (row.certificates !== (s.passed ? 1 : 0)) problems.push(`attempt ${s.attemptId}: ${row.certificates} certificates`);
    else if (s.passed && row.codes !== s.code) problems.push(`attempt ${s.attemptId}: stored code ${row.codes}, answered ${s.code}`);
  }
  const duplicates = query('SELECT code, count(*) AS n FROM certificates GROUP BY code HAVING n > 1');
  for (const d of duplicates) problems.push(`certificate code ${d.code} appears ${d.n} times`);
  return problems;
}
