// Local development data: demo attempts and certificates (signed with the .dev.vars key) in the local D1,
// so `npm start` shows a working product. Safe to run again.
// Never run against production: it only ever uses `--local`. Extra arguments go to `wrangler d1 execute`
// (the browser tests pass `--persist-to` to seed their own database).
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';
import { ensureDevSigningKey } from './dev-key.mjs';

// The Worker's own modules (loaded through tsx, which resolves their extensionless imports): the demo
// certificates are signed exactly as the API signs them.
const { importSigningKey } = await tsImport('../functions/domain/certificate.ts', import.meta.url);
const { signFacts } = await tsImport('../functions/certificates/content.ts', import.meta.url);
const { recountSqlFor } = await tsImport('../functions/storage/stats.ts', import.meta.url);
const { hashPassword } = await tsImport('../functions/auth/password.ts', import.meta.url);

// Demo accounts for the agency dashboard (/admin), with passwords listed in the README. Local only.
export const DEMO_USERS = [
  {
    id: '00000000-0000-4000-a000-000000000001',
    email: 'admin@bantul.example.id',
    name: 'Admin BKPSDM Bantul',
    role: 'agency_admin',
    agencyId: 'kab-34.02',
    password: 'demo-admin-bantul-2026',
  },
  {
    id: '00000000-0000-4000-a000-000000000002',
    email: 'hr@bantul.example.id',
    name: 'Staf Kepegawaian Bantul',
    role: 'agency_hr',
    agencyId: 'kab-34.02',
    password: 'demo-hr-bantul-2026',
  },
  {
    id: '00000000-0000-4000-a000-000000000003',
    email: 'admin@balikpapan.example.id',
    name: 'Admin BKPSDM Balikpapan',
    role: 'agency_admin',
    agencyId: 'kota-64.71',
    password: 'demo-admin-balikpapan-2026',
  },
  {
    id: '00000000-0000-4000-a000-000000000004',
    email: 'nasional@bkn.example.id',
    name: 'Pemantau Nasional',
    role: 'national_viewer',
    agencyId: null,
    password: 'demo-nasional-2026',
  },
  {
    id: '00000000-0000-4000-a000-000000000005',
    email: 'super@netral-asn.example.id',
    name: 'Operator Netral ASN',
    role: 'super_admin',
    agencyId: null,
    password: 'demo-super-admin-2026',
  },
];

/** Upserts the demo users with fresh hashes of their known passwords (re-enabled if an admin disabled them). */
async function demoUsersSql() {
  const now = new Date().toISOString();
  const rows = [];
  for (const u of DEMO_USERS) {
    rows.push(
      `INSERT INTO users (id, email, name, role, agency_id, password_hash, created_at, password_changed_at) VALUES (${[u.id, u.email, u.name, u.role, u.agencyId, await hashPassword(u.password), now, now].map(sql).join(', ')})
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role, agency_id = excluded.agency_id, password_hash = excluded.password_hash, disabled_at = NULL;`,
    );
  }
  return rows.join('\n');
}

// Demo people: plausible NIPs (valid by the NIP rules), Indonesian names with the characters they use.
const AGENCIES = [
  {
    id: 'kab-34.02',
    name: 'Pemerintah Kabupaten Bantul',
    units: ['Dinas Pendidikan', 'Dinas Kesehatan', 'Sekretariat Daerah', 'Kecamatan Sewon'],
  },
  {
    id: 'kota-64.71',
    name: 'Pemerintah Kota Balikpapan',
    units: ['Dinas Perhubungan', 'Badan Kepegawaian dan Pengembangan SDM', 'Kecamatan Balikpapan Utara'],
  },
];
const FIRST = ['Siti', 'Budi', 'Ni Luh Putu', 'Andi', 'Dewi', 'Made', 'Yohanes', 'Nur', 'Agus', 'Rina', 'I Gusti Ayu', 'Muhammad'];
const LAST = ['Rahayu', 'Santoso', "Nur'aini", 'Wijaya', 'Lestari', 'Saputra', 'Simanjuntak', 'Hidayat', 'Pratiwi', 'Sitompul'];

const sql = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);

async function demoSql(privateJwkJson) {
  const key = await importSigningKey(privateJwkJson);
  const statements = [];
  const start = Date.parse('2026-10-01T02:00:00Z');
  for (let i = 0; i < 36; i++) {
    const agency = AGENCIES[i % AGENCIES.length];
    const unit = agency.units[i % agency.units.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const birthYear = 1970 + (i % 25);
    const nip = `${birthYear}0${(i % 9) + 1}1${i % 10}${birthYear + 24}0${(i % 9) + 1}${(i % 2) + 1}${String(i + 1).padStart(3, '0')}`;
    const created = new Date(start + i * 26 * 3600_000);
    const submitted = new Date(created.getTime() + 11 * 60_000).toISOString();
    const score = [10, 9, 8, 9, 6, 10, 8, 7, 9, 10, 5, 8][i % 12];
    const passed = score >= 8 ? 1 : 0;
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    statements.push(
      `INSERT OR REPLACE INTO attempts (id, nip, name, agency_id, unit, locale, questions, created_at, expires_at, submitted_at, answers, score, total, passed) VALUES (${[
        id,
        nip,
        name,
        agency.id,
        unit,
        'id',
        '[]',
        created.toISOString(),
        new Date(created.getTime() + 30 * 60_000).toISOString(),
        submitted,
        '[]',
        score,
        10,
        passed,
      ]
        .map(sql)
        .join(', ')});`,
    );
    if (!passed) continue;
    const code = `NA-DEM0-2026-${String(i + 1).padStart(4, '0')}`;
    const signature = await signFacts(
      { code, name, nip, agencyName: agency.name, score, total: 10, issuedAt: submitted, identity: 'self_declared' },
      key,
    );
    statements.push(
      `INSERT OR REPLACE INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, unit, score, total, issued_at, signature, status) VALUES (${[
        code,
        id,
        nip,
        name,
        agency.id,
        agency.name,
        unit,
        score,
        10,
        submitted,
        signature,
        i === 9 ? 'revoked' : 'valid',
      ]
        .map(sql)
        .join(', ')});`,
    );
    if (i === 9) {
      // The revoked demo says when and why, as a real revocation would.
      const revokedAt = new Date(Date.parse(submitted) + 3 * 24 * 3600_000).toISOString();
      statements.push(
        `UPDATE certificates SET revoked_at = ${sql(revokedAt)}, revoked_reason = ${sql('Diterbitkan dengan NIP orang lain (data contoh).')} WHERE code = ${sql(code)};`,
      );
    }
  }
  // Rows written straight into D1 bypass the submit batch: recount the report's counters from them.
  for (const agency of AGENCIES) statements.push(...recountSqlFor(agency.id).map((s) => `${s};`));
  return statements.join('\n');
}

const key = await ensureDevSigningKey();
const file = join(mkdtempSync(join(tmpdir(), 'netral-seed-')), 'seed.sql');
writeFileSync(file, `${await demoSql(key)}\n${await demoUsersSql()}`);
const result = spawnSync('wrangler', ['d1', 'execute', 'DB', '--local', ...process.argv.slice(2), '--file', file], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`seed: demo attempts and certificates in the local D1 (try /verifikasi/NA-DEM0-2026-0001; NA-DEM0-2026-0010 is revoked)`);
console.log('seed: demo accounts for /admin/masuk (local only):');
for (const u of DEMO_USERS)
  console.log(`  ${u.role.padEnd(15)} ${u.email.padEnd(30)} ${u.password}${u.agencyId ? `  (${u.agencyId})` : ''}`);
