// The agency list: every province and kabupaten/kota government from the maintained idn-area-data
// package, plus the central agencies in scripts/data/central-agencies.json (each with a fixed id).
//
// `npm run agencies` compares that list with what the committed migrations leave in the `agencies`
// table (all of migrations/ applied, in order, to an in-memory SQLite) and, when they differ, writes
// the NEXT numbered migration with upserts for the added and changed rows. An applied migration is
// never rewritten: D1 records migrations by name and never re-applies one, so editing 0002 would
// change nothing in a deployed database. With no difference it writes nothing. A unit test fails when
// the list and the migrations disagree.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getProvinces, getRegencies } from 'idn-area-data';

// DKI Jakarta's five kota administrasi and one kabupaten administrasi are not autonomous governments:
// their ASN belong to the province.
const JAKARTA_PROVINCE_CODE = '31';
const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const CENTRAL_AGENCIES = new URL('./data/central-agencies.json', import.meta.url);
// Must also satisfy agencyIdSchema (functions/schemas/participant.ts).
const centralIdRe = /^pusat-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const migrationFileRe = /^(\d{4})_.+\.sql$/;
// D1 caps a statement at 100 KB, so insert in chunks.
const ROWS_PER_STATEMENT = 200;

/** @typedef {{ id: string, name: string, kind: string, province: string | null }} AgencyRow */

/**
 * The current list, from the package and the data file.
 * @returns {Promise<AgencyRow[]>}
 */
export async function agencyRows() {
  const provinces = await getProvinces();
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const regencies = (await getRegencies()).filter((r) => r.province_code !== JAKARTA_PROVINCE_CODE);
  const central = centralAgencies(JSON.parse(await readFile(CENTRAL_AGENCIES, 'utf8')).agencies);
  return [
    ...provinces.map((p) => ({ id: `prov-${p.code}`, name: `Pemerintah Provinsi ${p.name}`, kind: 'province', province: p.name })),
    ...regencies.map((r) => {
      const kind = r.name.startsWith('Kota ') ? 'city' : 'regency';
      return {
        id: `${kind === 'city' ? 'kota' : 'kab'}-${r.code}`,
        name: `Pemerintah ${r.name}`,
        kind,
        province: provinceName.get(r.province_code) ?? null,
      };
    }),
    ...central.map(({ id, name }) => ({ id, name, kind: 'central', province: null })),
  ];
}

/**
 * The hand-kept central agencies, checked: a typo in an id would silently become a new tenant.
 * @param {{ id?: unknown, name?: unknown }[]} entries
 * @returns {{ id: string, name: string }[]}
 */
export function centralAgencies(entries) {
  const seen = new Set();
  for (const entry of entries) {
    if (typeof entry?.name !== 'string' || !entry.name.trim())
      throw new Error(`central-agencies.json: an agency has no name: ${JSON.stringify(entry)}`);
    if (typeof entry.id !== 'string' || !centralIdRe.test(entry.id)) {
      throw new Error(
        `central-agencies.json: "${entry.name}" needs a fixed id like "pusat-nama-singkat" (got ${JSON.stringify(entry.id)})`,
      );
    }
    if (seen.has(entry.id)) throw new Error(`central-agencies.json: the id ${entry.id} is used twice`);
    seen.add(entry.id);
  }
  return entries;
}

/** The migrations in the order D1 applies them. */
export async function migrationFiles(dir = MIGRATIONS_DIR) {
  return (await readdir(dir)).filter((name) => migrationFileRe.test(name)).sort();
}

/**
 * The agencies table after every committed migration (then `extraSql`), as D1 would hold it, sorted by id.
 * @param {string} [dir]
 * @param {string[]} [extraSql]
 * @returns {Promise<AgencyRow[]>}
 */
export async function appliedAgencyRows(dir = MIGRATIONS_DIR, extraSql = []) {
  // node:sqlite is still marked experimental in Node 22; it is only used here, at build and test time.
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(':memory:');
  try {
    for (const name of await migrationFiles(dir)) db.exec(await readFile(join(dir, name), 'utf8'));
    for (const sql of extraSql) db.exec(sql);
    const rows = db.prepare('SELECT id, name, kind, province FROM agencies ORDER BY id').all();
    return rows.map(({ id, name, kind, province }) => ({
      id: String(id),
      name: String(name),
      kind: String(kind),
      province: province === null ? null : String(province),
    }));
  } finally {
    db.close();
  }
}

/**
 * What a new migration must change to turn the applied rows into the current ones. Agencies are
 * never deleted by a migration (attempts and certificates reference them), so a missing one is an error.
 * @param {AgencyRow[]} applied
 * @param {AgencyRow[]} current
 */
export function agencyChanges(applied, current) {
  const before = new Map(applied.map((row) => [row.id, row]));
  const now = new Set(current.map((row) => row.id));
  const removed = applied.filter((row) => !now.has(row.id)).map((row) => row.id);
  if (removed.length > 0) {
    throw new Error(
      `agencies missing from the list but present in the migrations: ${removed.join(', ')}. ` +
        'Ids are tenant keys that attempts and certificates reference: keep the entry (rename it if needed) instead of removing it.',
    );
  }
  const added = current.filter((row) => !before.has(row.id));
  const changed = current.filter((row) => {
    const old = before.get(row.id);
    return old && (old.name !== row.name || old.kind !== row.kind || old.province !== row.province);
  });
  return { added, changed };
}

const sqlText = (value) => (value === null ? 'NULL' : `'${String(value).replace(/'/g, "''")}'`);

/** An upsert migration for the given changes. */
export function agencyUpsertMigration({ added, changed }) {
  const rows = [...added, ...changed].sort((a, b) => a.id.localeCompare(b.id));
  const values = rows.map((r) => `  (${[r.id, r.name, r.kind, r.province].map(sqlText).join(', ')})`);
  const statements = [];
  for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
    statements.push(
      `INSERT INTO agencies (id, name, kind, province) VALUES\n${values.slice(i, i + ROWS_PER_STATEMENT).join(',\n')}\n` +
        'ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, province = excluded.province;',
    );
  }
  const summary = [
    ...(added.length ? [`-- Added: ${added.map((r) => r.id).join(', ')}`] : []),
    ...(changed.length ? [`-- Changed: ${changed.map((r) => r.id).join(', ')}`] : []),
  ];
  return [
    '-- Generated by scripts/agencies.mjs from idn-area-data and scripts/data/central-agencies.json. Do not edit:',
    '-- change the list and run `npm run agencies`, which writes the next migration.',
    ...summary,
    ...statements,
    '',
  ].join('\n');
}

/** The next migration to write, {name, sql}, or null when the migrations already hold the current list. */
export async function pendingAgencyMigration(dir = MIGRATIONS_DIR) {
  const changes = agencyChanges(await appliedAgencyRows(dir), await agencyRows());
  if (changes.added.length === 0 && changes.changed.length === 0) return null;
  const last = (await migrationFiles(dir)).at(-1);
  const number = String(Number(last ? migrationFileRe.exec(last)[1] : 0) + 1).padStart(4, '0');
  return { name: `${number}_update_agencies.sql`, sql: agencyUpsertMigration(changes) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pending = await pendingAgencyMigration();
  if (!pending) {
    console.log('agencies: the migrations already hold the current list; nothing written');
  } else {
    const path = join(MIGRATIONS_DIR, pending.name);
    await writeFile(path, pending.sql, { flag: 'wx' });
    console.log(`wrote ${path}`);
  }
}
