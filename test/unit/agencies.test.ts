import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  agencyChanges,
  agencyRows,
  agencyUpsertMigration,
  appliedAgencyRows,
  centralAgencies,
  pendingAgencyMigration,
} from '../../scripts/agencies.mjs';
import { agencyIdSchema } from '../../functions/schemas/participant';

type Row = { id: string; name: string; kind: string; province: string | null };
const byId = (rows: Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('the agency list', () => {
  it('has every province, every autonomous kabupaten/kota, and central agencies', async () => {
    const rows = await agencyRows();
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    expect(count('province')).toBe(38);
    // 416 kabupaten + 98 kota in idn-area-data, minus DKI Jakarta's 6 administrative ones.
    expect(count('regency') + count('city')).toBe(508);
    expect(count('central')).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows).toContainEqual({
      id: 'kab-34.02',
      name: 'Pemerintah Kabupaten Bantul',
      kind: 'regency',
      province: 'Daerah Istimewa Yogyakarta',
    });
    expect(rows.some((r) => r.name.includes('Jakarta Selatan'))).toBe(false);
  });

  it('every id is one the API accepts', async () => {
    const refused = (await agencyRows()).filter((r) => !agencyIdSchema.safeParse(r.id).success).map((r) => r.id);
    expect(refused).toEqual([]);
  });

  it('the committed migrations hold exactly the current list (run `npm run agencies` if this fails)', async () => {
    expect(await appliedAgencyRows()).toEqual(byId(await agencyRows()));
    expect(await pendingAgencyMigration()).toBeNull();
  });

  it('0002 is never regenerated in place: D1 has applied it and would not apply it again', () => {
    const sql = readFileSync(new URL('../../migrations/0002_agencies.sql', import.meta.url));
    expect(createHash('sha256').update(sql).digest('hex')).toBe('072259755cf5a4c68e4f1e9da89ddb85675c95b4629fdece39a075fd23ae14a8');
  });
});

describe('central agency ids', () => {
  it('are fixed in the data file and checked', () => {
    expect(() => centralAgencies([{ name: 'Badan Baru' }])).toThrow(/needs a fixed id/);
    expect(() => centralAgencies([{ id: 'pusat-Badan Baru', name: 'Badan Baru' }])).toThrow(/needs a fixed id/);
    const twice = [
      { id: 'pusat-bkn', name: 'Badan Kepegawaian Negara' },
      { id: 'pusat-bkn', name: 'Badan Kepegawaian' },
    ];
    expect(() => centralAgencies(twice)).toThrow(/used twice/);
  });
});

describe('the migration the generator writes for a changed list', () => {
  const bknId = 'pusat-badan-kepegawaian-negara';

  it('renames in place under the same id and adds new agencies, as upserts on top of the applied ones', async () => {
    const applied = await appliedAgencyRows();
    const bkn = applied.find((r) => r.id === bknId)!;
    expect(bkn).toMatchObject({ kind: 'central', province: null });
    const renamed = { ...bkn, name: "Badan Kepegawaian Negara (BKN) d'Indonesia" };
    const added: Row = { id: 'pusat-badan-baru', name: 'Badan Baru', kind: 'central', province: null };
    const current = [...applied.map((r) => (r.id === bknId ? renamed : r)), added];

    const changes = agencyChanges(applied, current);
    expect(changes).toEqual({ added: [added], changed: [renamed] });
    const sql = agencyUpsertMigration(changes);
    expect(sql).toContain('ON CONFLICT (id) DO UPDATE');
    // Replaying every committed migration and then the new one gives exactly the new list.
    expect(await appliedAgencyRows(undefined, [sql])).toEqual(byId(current));
  });

  it('refuses to drop an agency that stored attempts may reference', async () => {
    const applied = await appliedAgencyRows();
    expect(() =>
      agencyChanges(
        applied,
        applied.filter((r) => r.id !== bknId),
      ),
    ).toThrow(/pusat-badan-kepegawaian-negara/);
  });
});
