import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { agenciesMigration, agencyRows } from '../../scripts/agencies.mjs';

describe('the agency list', () => {
  it('has every province, every autonomous kabupaten/kota, and central agencies', async () => {
    const rows = await agencyRows();
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    expect(count('province')).toBe(38);
    // 416 kabupaten + 98 kota in idn-area-data, minus DKI Jakarta's 6 administrative ones.
    expect(count('regency') + count('city')).toBe(508);
    expect(count('central')).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows).toContainEqual({ id: 'kab-34.02', name: 'Pemerintah Kabupaten Bantul', kind: 'regency', province: 'Daerah Istimewa Yogyakarta' });
    expect(rows.some((r) => r.name.includes('Jakarta Selatan'))).toBe(false);
  });

  it('the committed migration is what the generator writes (run `npm run agencies` if this fails)', async () => {
    const committed = readFileSync(new URL('../../migrations/0002_agencies.sql', import.meta.url), 'utf8');
    expect(committed).toBe(await agenciesMigration());
  });
});
