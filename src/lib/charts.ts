/**
 * Geometry of the report's charts, as pure functions so the SVG components only draw. Horizontal
 * positions are percentages of the chart's width and vertical ones pixels: the SVG is laid out with
 * `width="100%"` and no viewBox, so text keeps its size on a 360 px phone and on a desktop alike.
 */

/** A "nice" axis for counts: 0 to `max` in whole `step`s of 1, 2 or 5 × 10ⁿ, about `targetTicks` of them. */
export function niceScale(maxValue: number, targetTicks = 4): { max: number; step: number; ticks: number[] } {
  if (!(maxValue > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!);
  const max = Math.ceil(maxValue / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
  return { max, step, ticks };
}

const pct = (n: number) => Math.round(n * 100) / 100;

export interface UnitBarInput {
  label: string;
  /** Completion 0–100, or null for a unit without members. */
  percent: number | null;
}
export interface UnitBar {
  label: string;
  labelY: number;
  barY: number;
  barHeight: number;
  /** Width of the filled bar, % of the chart. */
  barWidth: number;
  valueText: string;
  valueY: number;
  /** The value is printed inside the end of a nearly full bar, else right after it. */
  valueInside: boolean;
}

const UNIT_LABEL_HEIGHT = 16;
/** About what fits a 360 px phone at the label's size; the table beside has the full name. */
const UNIT_LABEL_MAX = 40;
const UNIT_BAR_HEIGHT = 14;
const UNIT_ROW_GAP = 10;
// A value printed after a bar needs about 4.5em; past this width it goes inside the bar.
const VALUE_INSIDE_FROM = 82;

/**
 * Horizontal bars of completion per unit: the unit's name on its own line above its bar (long names
 * such as "Dinas Pendidikan, Pemuda dan Olahraga" never collide with the bar), the value at the bar's end.
 * @example unitBars([{ label: 'BKPSDM', percent: 50 }]).bars[0].barWidth // 50
 */
export function unitBars(items: readonly UnitBarInput[], formatValue: (p: number | null) => string): { height: number; bars: UnitBar[] } {
  const rowHeight = UNIT_LABEL_HEIGHT + UNIT_BAR_HEIGHT + UNIT_ROW_GAP;
  const bars = items.map((item, i) => {
    const top = i * rowHeight;
    const barWidth = pct(Math.max(0, Math.min(100, item.percent ?? 0)));
    const valueInside = barWidth >= VALUE_INSIDE_FROM;
    return {
      label:
        [...item.label].length > UNIT_LABEL_MAX
          ? `${[...item.label]
              .slice(0, UNIT_LABEL_MAX - 1)
              .join('')
              .trimEnd()}…`
          : item.label,
      labelY: top + UNIT_LABEL_HEIGHT - 4,
      barY: top + UNIT_LABEL_HEIGHT,
      barHeight: UNIT_BAR_HEIGHT,
      barWidth,
      valueText: formatValue(item.percent),
      valueY: top + UNIT_LABEL_HEIGHT + UNIT_BAR_HEIGHT - 3,
      valueInside,
    };
  });
  return { height: Math.max(rowHeight, items.length * rowHeight - UNIT_ROW_GAP + 2), bars };
}

export interface Column {
  /** Left edge and width, % of the plot area. */
  x: number;
  width: number;
  /** Top edge and height in px; the baseline is at `plotHeight`. */
  y: number;
  height: number;
  value: number;
  label: string;
  /** Whether the label is printed under the axis (dense series print every few). */
  showLabel: boolean;
}

export interface ColumnChart {
  plotHeight: number;
  columns: Column[];
  ticks: { value: number; y: number }[];
}

/**
 * Vertical columns over a shared zero baseline with a nice axis. Labels are thinned to at most
 * `maxLabels` so dates never overlap on a phone; the first and last are always shown.
 * @example columnChart([{ label: '0', value: 3 }], { plotHeight: 120 }).columns[0].height // 120
 */
export function columnChart(
  items: readonly { label: string; value: number }[],
  { plotHeight = 140, maxLabels = 11, gapRatio = 0.2 }: { plotHeight?: number; maxLabels?: number; gapRatio?: number } = {},
): ColumnChart {
  const scale = niceScale(Math.max(0, ...items.map((i) => i.value)));
  const slot = items.length ? 100 / items.length : 100;
  const every = Math.max(1, Math.ceil(items.length / maxLabels));
  const columns = items.map((item, i) => {
    const height = Math.round((item.value / scale.max) * plotHeight * 10) / 10;
    return {
      x: pct(i * slot + (slot * gapRatio) / 2),
      width: pct(slot * (1 - gapRatio)),
      y: Math.round((plotHeight - height) * 10) / 10,
      height,
      value: item.value,
      label: item.label,
      showLabel: i === 0 || i === items.length - 1 || (i % every === 0 && items.length - 1 - i >= every / 2),
    };
  });
  return {
    plotHeight,
    columns,
    ticks: scale.ticks.map((value) => ({ value, y: Math.round((plotHeight - (value / scale.max) * plotHeight) * 10) / 10 })),
  };
}
