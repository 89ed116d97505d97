import { describe, expect, it } from 'vitest';
import { columnChart, niceScale, unitBars } from '../../src/lib/charts';

describe('chart geometry', () => {
  it.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [3, 3, [0, 1, 2, 3]],
    [7, 8, [0, 2, 4, 6, 8]],
    [95, 100, [0, 50, 100]],
    [1234, 1500, [0, 500, 1000, 1500]],
  ])('puts a nice axis over %d', (max, top, ticks) => {
    const scale = niceScale(max);
    expect(scale.max).toBe(top);
    expect(scale.ticks).toEqual(ticks);
  });

  it('draws unit bars as wide as their completion, value after the bar or inside a nearly full one', () => {
    const { bars, height } = unitBars(
      [
        { label: 'BKPSDM', percent: 100 },
        { label: 'Dinas Pendidikan', percent: 37.5 },
        { label: 'Tanpa anggota', percent: null },
      ],
      (p) => (p === null ? '—' : `${p} %`),
    );
    expect(bars.map((b) => [b.barWidth, b.valueText, b.valueInside])).toEqual([
      [100, '100 %', true],
      [37.5, '37.5 %', false],
      [0, '—', false],
    ]);
    // Rows never overlap: each label sits above its own bar, below the previous bar.
    for (const [prev, next] of bars.slice(1).map((b, i) => [bars[i]!, b] as const)) {
      expect(next.labelY).toBeGreaterThan(prev.barY + prev.barHeight);
      expect(next.barY).toBeGreaterThan(next.labelY);
    }
    expect(height).toBeGreaterThanOrEqual(bars.at(-1)!.barY + bars.at(-1)!.barHeight);
  });

  it('shortens a long unit name to fit a phone (the table beside keeps it whole)', () => {
    const long = 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana';
    const [bar] = unitBars([{ label: long, percent: 10 }], String).bars;
    expect([...bar!.label]).toHaveLength(40);
    expect(bar!.label.endsWith('…')).toBe(true);
    expect(unitBars([{ label: 'BKPSDM', percent: 10 }], String).bars[0]!.label).toBe('BKPSDM');
  });

  it('scales columns to the axis and stands them on the baseline', () => {
    const chart = columnChart(
      [
        { label: 'a', value: 4 },
        { label: 'b', value: 1 },
        { label: 'c', value: 0 },
      ],
      { plotHeight: 100 },
    );
    expect(chart.columns.map((c) => c.height)).toEqual([100, 25, 0]);
    expect(chart.columns.map((c) => c.y + c.height)).toEqual([100, 100, 100]);
    expect(chart.columns[1]!.x).toBeGreaterThan(chart.columns[0]!.x + chart.columns[0]!.width);
    expect(chart.columns.at(-1)!.x + chart.columns.at(-1)!.width).toBeLessThanOrEqual(100);
    expect(chart.ticks.at(-1)).toEqual({ value: 4, y: 0 });
  });

  it('draws an empty chart without NaN', () => {
    const chart = columnChart(Array.from({ length: 11 }, (_, i) => ({ label: String(i), value: 0 })));
    expect(JSON.stringify(chart)).not.toContain('null');
    expect(chart.columns.every((c) => c.height === 0)).toBe(true);
  });

  it('thins dense date labels but keeps the first and last', () => {
    const chart = columnChart(
      Array.from({ length: 60 }, (_, i) => ({ label: `d${i}`, value: i })),
      { maxLabels: 6 },
    );
    const shown = chart.columns.filter((c) => c.showLabel).map((c) => c.label);
    expect(shown[0]).toBe('d0');
    expect(shown.at(-1)).toBe('d59');
    expect(shown.length).toBeLessThanOrEqual(7);
    expect(shown.length).toBeGreaterThanOrEqual(5);
  });
});
