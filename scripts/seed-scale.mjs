// Scale data for the report benchmarks (`npm run seed:scale`, after `npm run db:setup`): in the LOCAL D1,
// Pemerintah Provinsi Jawa Timur gets a roster of 120,000 in 60 units and 100,000 certificates (60 % through
// personal links) over 60 days, plus 25,000 failed attempts; Kabupaten Malang the same shape at 100
// certificates; Kabupaten Lumajang stays empty for import benchmarks. Each has an HR account. Rows are made
// by SQL (recursive CTEs), so the file stays small; then the counters are recounted from them, as
// `npm run recount` would. Certificate signatures are placeholders: this is benchmark data, never real.
// Safe to run again (it replaces its own rows). Never run against production: it only ever uses `--local`.
// `--persist-to DIR` seeds another local state (the admin and exports benchmarks' servers).
import { parseArgs } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const { recountSqlFor } = await tsImport('../functions/storage/stats.ts', import.meta.url);
const { hashPassword } = await tsImport('../functions/auth/password.ts', import.meta.url);

export const SCALE_AGENCIES = [
  { id: 'prov-35', name: 'Pemerintah Provinsi Jawa Timur', certificates: 100_000, roster: 120_000, failed: 25_000, tag: '01' },
  { id: 'kab-35.07', name: 'Pemerintah Kabupaten Malang', certificates: 100, roster: 120, failed: 25, tag: '02' },
  { id: 'kab-35.08', name: 'Pemerintah Kabupaten Lumajang', certificates: 0, roster: 0, failed: 0, tag: '03' },
];
export const SCALE_USERS = [
  { id: '00000000-0000-4000-b000-000000000001', email: 'hr@jatim.example.id', agencyId: 'prov-35', password: 'skala-hr-jatim-2026' },
  { id: '00000000-0000-4000-b000-000000000002', email: 'hr@malang.example.id', agencyId: 'kab-35.07', password: 'skala-hr-malang-2026' },
  {
    id: '00000000-0000-4000-b000-000000000003',
    email: 'hr@lumajang.example.id',
    agencyId: 'kab-35.08',
    password: 'skala-hr-lumajang-2026',
  },
  {
    id: '00000000-0000-4000-b000-000000000004',
    email: 'admin@jatim.example.id',
    agencyId: 'prov-35',
    password: 'skala-admin-jatim-2026',
    role: 'agency_admin',
  },
];
const UNITS = 60;
const DAYS = 60;
const START = '2026-10-01T01:00:00Z';

const q = (v) => `'${String(v).replace(/'/g, "''")}'`;

/**
 * Member i's NIP, in SQL: a birth date from 1965 on (12,000 days), TMT 25 years later, month and gender
 * from i, the sequence from i / 12,000 plus the agency tag, so NIPs are valid and distinct per agency.
 */
const nipSql = (tag) =>
  `strftime('%Y%m%d', date('1965-01-01', '+' || (i % 12000) || ' days')) || (CAST(strftime('%Y', date('1965-01-01', '+' || (i % 12000) || ' days')) AS INTEGER) + 25) || printf('%02d', (i % 12) + 1) || ((i % 2) + 1) || printf('%03d', 1 + ${Number(tag) * 10} + i / 12000)`;
const seq = (n) => `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1})`;

function agencySql(a) {
  const idLike = `00000000-5ca1-4${a.tag}0-`;
  const statements = [
    // Remove this script's earlier rows for the agency (roster, units, links, imports, its attempts and certificates).
    `DELETE FROM certificates WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM attempts WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM quiz_links WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM roster_members WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM roster_import_rows WHERE import_id IN (SELECT id FROM roster_imports WHERE agency_id = ${q(a.id)})`,
    `DELETE FROM roster_imports WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM unit_stats WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM unit_cycle_stats WHERE agency_id = ${q(a.id)}`,
    `DELETE FROM units WHERE agency_id = ${q(a.id)}`,
  ];
  if (a.roster > 0) {
    statements.push(
      `${seq(UNITS)} INSERT INTO units (agency_id, name, name_key) SELECT ${q(a.id)}, 'Unit Kerja ' || printf('%02d', i + 1), 'unit kerja ' || printf('%02d', i + 1) FROM s`,
      `${seq(a.roster)} INSERT INTO roster_members (agency_id, nip, name, unit_id, email, first_import_id)
       SELECT ${q(a.id)}, ${nipSql(a.tag)}, 'Pegawai ' || char(65 + i % 26) || char(65 + (i / 26) % 26) || char(65 + (i / 676) % 26),
              (SELECT id FROM units WHERE agency_id = ${q(a.id)} AND name_key = 'unit kerja ' || printf('%02d', (i % ${UNITS}) + 1)), NULL, NULL FROM s`,
    );
  }
  const attempts = a.certificates + a.failed;
  if (attempts > 0) {
    // Attempt i: the first `certificates` pass (member i), the rest fail (members again, earlier); spread over DAYS days.
    statements.push(
      `${seq(attempts)} INSERT INTO attempts (id, nip, name, agency_id, unit, locale, questions, created_at, expires_at, submitted_at, answers, score, total, passed)
       SELECT ${q(idLike)} || printf('%012d', i), ${nipSql(a.tag)
         .replaceAll('i %', '(i % ' + a.certificates + ') %')
         .replaceAll('i /', '(i % ' + a.certificates + ') /')},
              'Pegawai', ${q(a.id)}, NULL, 'id', '[]',
              strftime('%Y-%m-%dT%H:%M:%fZ', ${q(START)}, '+' || (i * ${DAYS * 86400} / ${attempts}) || ' seconds'),
              strftime('%Y-%m-%dT%H:%M:%fZ', ${q(START)}, '+' || (i * ${DAYS * 86400} / ${attempts} + 1800) || ' seconds'),
              strftime('%Y-%m-%dT%H:%M:%fZ', ${q(START)}, '+' || (i * ${DAYS * 86400} / ${attempts} + 600) || ' seconds'),
              '[]', CASE WHEN i < ${a.certificates} THEN 8 + i % 3 ELSE 3 + i % 5 END, 10, CASE WHEN i < ${a.certificates} THEN 1 ELSE 0 END FROM s`,
      `INSERT INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, unit, score, total, issued_at, signature, status, identity)
       SELECT printf('NA-SC${a.tag}-%04d-%04d', CAST(substr(id, -12) AS INTEGER) / 10000, CAST(substr(id, -12) AS INTEGER) % 10000), id, nip, name, agency_id, ${q(a.name)}, NULL,
              score, total, submitted_at, 'benchmark-data-not-signed', 'valid', CASE WHEN CAST(substr(id, -12) AS INTEGER) % 5 < 3 THEN 'roster' ELSE 'self_declared' END
       FROM attempts WHERE agency_id = ${q(a.id)} AND passed = 1`,
    );
  }
  return [...statements, ...recountSqlFor(a.id)];
}

async function usersSql() {
  const now = new Date().toISOString();
  const rows = [];
  for (const u of SCALE_USERS) {
    rows.push(
      `INSERT INTO users (id, email, name, role, agency_id, password_hash, created_at, password_changed_at) VALUES (${[u.id, u.email, `${u.role ?? 'agency_hr'} ${u.agencyId}`, u.role ?? 'agency_hr', u.agencyId, await hashPassword(u.password), now, now].map(q).join(', ')})
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, role = excluded.role, agency_id = excluded.agency_id, password_hash = excluded.password_hash, disabled_at = NULL`,
    );
  }
  return rows;
}

const { values: options } = parseArgs({ options: { 'persist-to': { type: 'string' } } });
const persistTo = options['persist-to'] ? ['--persist-to', options['persist-to']] : [];

const started = performance.now();
const sql = [...SCALE_AGENCIES.flatMap(agencySql), ...(await usersSql())].map((s) => `${s};`).join('\n');
const file = join(mkdtempSync(join(tmpdir(), 'netral-scale-')), 'scale.sql');
writeFileSync(file, sql);
const result = spawnSync('wrangler', ['d1', 'execute', 'DB', '--local', ...persistTo, '--file', file], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`seed:scale: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const a of SCALE_AGENCIES)
  console.log(`  ${a.id.padEnd(10)} ${a.name}: roster ${a.roster}, certificates ${a.certificates}, failed attempts ${a.failed}`);
console.log('  accounts (local only):');
for (const u of SCALE_USERS) console.log(`    ${u.email.padEnd(26)} ${u.password}  (${u.agencyId})`);
