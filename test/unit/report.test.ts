import { describe, expect, it } from 'vitest';
import { averageScore, dailySeries, histogram, percent, scoreBucket, sortUnits } from '../../functions/domain/report';
import { WIB, WIT, WITA, localDay, sqlDayModifier, zoneOfAgency } from '../../functions/domain/zone';

describe('agency time zones', () => {
  it.each([
    ['kab-34.02', 'WIB'], // Bantul, DI Yogyakarta
    ['prov-61', 'WIB'], // Kalimantan Barat
    ['kota-64.71', 'WITA'], // Balikpapan
    ['prov-51', 'WITA'], // Bali
    ['kab-76.01', 'WITA'], // Sulawesi Barat
    ['prov-81', 'WIT'], // Maluku
    ['kota-91.71', 'WIT'], // Jayapura
    ['prov-96', 'WIT'], // Papua Barat Daya
    ['pusat-bkn', 'WIB'], // central agencies sit in Jakarta
  ])('%s is in %s', (agencyId, zone) => {
    expect(zoneOfAgency(agencyId).name).toBe(zone);
  });

  it('puts an instant on the local calendar day', () => {
    expect(localDay('2026-12-01T16:59:59Z', WIB)).toBe('2026-12-01');
    expect(localDay('2026-12-01T17:00:00Z', WIB)).toBe('2026-12-02');
    expect(localDay('2026-12-01T15:30:00Z', WITA)).toBe('2026-12-01');
    expect(localDay('2026-12-01T15:30:00Z', WIT)).toBe('2026-12-02');
    expect(sqlDayModifier(WITA)).toBe('+8 hours');
  });
});

describe('report arithmetic', () => {
  it('gives percentages with one decimal, and none without a denominator', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });

  it('averages scores out of 10', () => {
    expect(averageScore(17, 2)).toBe(8.5);
    expect(averageScore(25, 3)).toBe(8.3);
    expect(averageScore(0, 0)).toBeNull();
  });

  it('buckets scores on a 0–10 scale and sums days into one histogram', () => {
    expect([0, 7, 10].map((s) => scoreBucket(s, 10))).toEqual([0, 7, 10]);
    expect(scoreBucket(15, 20)).toBe(8); // 7.5 → 8
    const day = (hits: Record<number, number>) => ({ buckets: Array.from({ length: 11 }, (_, i) => hits[i] ?? 0) });
    expect(histogram([day({ 8: 2, 10: 1 }), day({ 8: 1, 3: 4 })])).toEqual([0, 0, 0, 4, 0, 0, 0, 0, 3, 0, 1]);
    expect(histogram([])).toEqual(new Array(11).fill(0));
  });

  it('fills quiet days with zero and keeps a running total', () => {
    const series = dailySeries(
      [
        { day: '2026-12-03', count: 1 },
        { day: '2026-11-30', count: 2 },
      ],
      '2026-12-04',
    );
    expect(series).toEqual([
      { day: '2026-11-30', count: 2, cumulative: 2 },
      { day: '2026-12-01', count: 0, cumulative: 2 },
      { day: '2026-12-02', count: 0, cumulative: 2 },
      { day: '2026-12-03', count: 1, cumulative: 3 },
      { day: '2026-12-04', count: 0, cumulative: 3 },
    ]);
    expect(dailySeries([], '2026-12-04')).toEqual([]);
  });

  it('keeps the latest days when the campaign is longer than the chart, still counting the earlier ones', () => {
    const series = dailySeries(
      [
        { day: '2026-01-01', count: 5 },
        { day: '2026-12-04', count: 1 },
      ],
      '2026-12-04',
      3,
    );
    expect(series.map((d) => [d.day, d.cumulative])).toEqual([
      ['2026-12-02', 5],
      ['2026-12-03', 5],
      ['2026-12-04', 6],
    ]);
  });

  it('sorts units by any column, ties by name', () => {
    const units = [
      { unitId: 1, name: 'Dinas Pendidikan', headcount: 10, certified: 5, confirmed: 5 },
      { unitId: 2, name: 'BKPSDM', headcount: 4, certified: 4, confirmed: 1 },
      { unitId: 3, name: 'Dinas Kesehatan', headcount: 10, certified: 5, confirmed: 0 },
      { unitId: 4, name: 'Sekretariat DPRD', headcount: 0, certified: 0, confirmed: 0 },
    ];
    const names = (sort: Parameters<typeof sortUnits>[1], dir: 'asc' | 'desc') => sortUnits(units, sort, dir).map((u) => u.unitId);
    expect(names('completion', 'desc')).toEqual([2, 3, 1, 4]);
    expect(names('completion', 'asc')).toEqual([4, 3, 1, 2]);
    expect(names('name', 'asc')).toEqual([2, 3, 1, 4]);
    expect(names('pending', 'desc')).toEqual([3, 1, 2, 4]);
    expect(names('headcount', 'asc')).toEqual([4, 2, 3, 1]);
  });
});
