import { describe, expect, it } from 'vitest';
import { exportRange, partsOf } from '../../functions/domain/export-scope';
import type { Cycle } from '../../functions/domain/cycles';
import { WIB, WIT } from '../../functions/domain/zone';
import { limited, pagesOf, primed, type PageFetcher } from '../../functions/exports/pages';

const cycles: Cycle[] = [
  { id: 'pemilu-2029', name: 'Menuju Pemilu 2029', startsAt: '2025-12-31T17:00:00.000Z', dueAt: '2028-12-31T17:00:00.000Z' },
  { id: 'uji-2026', name: 'Uji', startsAt: '2026-05-31T17:00:00.000Z', dueAt: '2027-05-31T17:00:00.000Z' },
];
const now = new Date('2026-12-03T03:00:00Z');

describe('exportRange', () => {
  it('defaults to the current cycle, which runs until the next starts or for ever', () => {
    expect(exportRange({}, cycles, WIB, now)).toEqual({
      cycle: cycles[1],
      fromAt: '2026-05-31T17:00:00.000Z',
      toAt: '9999-12-31T23:59:59.999Z',
    });
    expect(exportRange({ cycle: 'pemilu-2029' }, cycles, WIB, now)).toMatchObject({
      fromAt: '2025-12-31T17:00:00.000Z',
      toAt: '2026-05-31T17:00:00.000Z',
    });
  });

  it('`all` covers every instant; an unknown cycle is null', () => {
    expect(exportRange({ cycle: 'all' }, cycles, WIB, now)).toEqual({ cycle: null, fromAt: '', toAt: '9999-12-31T23:59:59.999Z' });
    expect(exportRange({ cycle: 'nope' }, cycles, WIB, now)).toBeNull();
  });

  it('cuts to local days, both inclusive, in the agency’s zone', () => {
    expect(exportRange({ cycle: 'all', from: '2026-12-01', to: '2026-12-01' }, cycles, WIB, now)).toMatchObject({
      fromAt: '2026-11-30T17:00:00.000Z',
      toAt: '2026-12-01T17:00:00.000Z',
    });
    expect(exportRange({ cycle: 'all', from: '2026-12-01' }, cycles, WIT, now)).toMatchObject({ fromAt: '2026-11-30T15:00:00.000Z' });
    // A range wider than the cycle stays within the cycle.
    expect(exportRange({ cycle: 'pemilu-2029', from: '2025-01-01', to: '2030-01-01' }, cycles, WIB, now)).toMatchObject({
      fromAt: '2025-12-31T17:00:00.000Z',
      toAt: '2026-05-31T17:00:00.000Z',
    });
  });

  it('counts parts', () => {
    expect([0, 1, 1000, 1001, 5000].map((n) => partsOf(n, 1000))).toEqual([1, 1, 1, 2, 5]);
  });
});

describe('primed and limited pages', () => {
  const source: (n: number) => (cursor: number | null, limit: number) => Promise<{ rows: number[]; next: number | null }> =
    (n) => async (cursor, limit) => {
      const from = cursor ?? 0;
      const rows = Array.from({ length: Math.max(0, Math.min(limit, n - from)) }, (_, i) => from + i);
      return { rows, next: from + rows.length < n ? from + rows.length : null };
    };
  const all = async (fetchPage: PageFetcher<number, number>) => {
    const out: number[] = [];
    for await (const rows of pagesOf(fetchPage)) out.push(...rows);
    return out;
  };

  it('primed reads the first page at once, then serves it without reading again', async () => {
    let calls = 0;
    const fetch = source(5);
    const fetchPage = await primed<number, number>((cursor) => {
      calls++;
      return fetch(cursor, 2);
    });
    expect(calls).toBe(1);
    expect(await all(fetchPage)).toEqual([0, 1, 2, 3, 4]);
    expect(calls).toBe(3);
  });

  it('limited takes one part: at most `max` rows after `start`', async () => {
    expect(await all(limited(source(25), null, 10, 4))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await all(limited(source(25), 20, 10, 4))).toEqual([20, 21, 22, 23, 24]);
  });
});
