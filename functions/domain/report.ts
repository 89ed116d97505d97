/**
 * The arithmetic of the completion report: rates, averages, the score histogram and the per-day
 * series. Pure: the counters come from storage, the shaping happens here so it is tested once.
 */

/** Scores are out of 10; the histogram has a bucket per possible score. */
export const SCORE_BUCKETS = 11;

/**
 * A percentage with one decimal, or null when there is nothing to divide by (no roster yet, no
 * attempts yet): the report says "—" rather than a misleading 0 %.
 * @example percent(2, 3) // 66.7
 */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * The average score out of 10 with one decimal, or null without attempts.
 * @example averageScore(17, 2) // 8.5
 */
export function averageScore(scoreSum: number, attempts: number): number | null {
  if (attempts <= 0) return null;
  return Math.round((scoreSum / attempts) * 10) / 10;
}

/**
 * The histogram bucket of a score: its value scaled to 0–10, so a future quiz with another length
 * still lands in the same eleven buckets.
 */
export function scoreBucket(score: number, total: number): number {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(SCORE_BUCKETS - 1, Math.round((score / total) * (SCORE_BUCKETS - 1))));
}

/** Sums per-day bucket counts (`buckets[i]` = attempts scoring i) into one histogram. */
export function histogram(days: readonly { buckets: readonly number[] }[]): number[] {
  const sums = new Array<number>(SCORE_BUCKETS).fill(0);
  for (const day of days) day.buckets.forEach((count, i) => (sums[i]! += count));
  return sums;
}

export interface DayCount {
  day: string; // YYYY-MM-DD
  count: number;
}

/**
 * Certificates per day from the first day with any to `lastDay` (the agency's today), every day
 * present (a quiet day is a zero, not a gap the chart would hide), with the running total. At most
 * `maxDays` days are returned, the latest ones; the cumulative total still counts the earlier days.
 * @example dailySeries([{ day: '2026-12-01', count: 2 }], '2026-12-03') // 3 days: 2, 0, 0; cumulative 2, 2, 2
 */
export function dailySeries(days: readonly DayCount[], lastDay: string, maxDays = 60): (DayCount & { cumulative: number })[] {
  const sorted = days.filter((d) => d.count > 0).sort((a, b) => a.day.localeCompare(b.day));
  if (sorted.length === 0) return [];
  const counts = new Map(sorted.map((d) => [d.day, d.count]));
  const end = sorted.at(-1)!.day > lastDay ? sorted.at(-1)!.day : lastDay;
  const series: (DayCount & { cumulative: number })[] = [];
  let cumulative = 0;
  for (let t = Date.parse(`${sorted[0]!.day}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    cumulative += counts.get(day) ?? 0;
    series.push({ day, count: counts.get(day) ?? 0, cumulative });
  }
  return series.slice(-maxDays);
}

export interface UnitFigures {
  unitId: number;
  name: string;
  headcount: number;
  certified: number;
  confirmed: number;
}
export type UnitSort = 'name' | 'headcount' | 'certified' | 'pending' | 'completion';
export type SortDirection = 'asc' | 'desc';

/**
 * Units ordered for the by-unit table. Ties fall back to the name so the order is stable between
 * requests (a keyset page or a reload never reshuffles equal rows). Units without members sort as
 * 0 % completion.
 */
export function sortUnits<T extends UnitFigures>(units: readonly T[], sort: UnitSort, direction: SortDirection): T[] {
  const value = (u: T): number | string => {
    switch (sort) {
      case 'name':
        return u.name.toLocaleLowerCase('id');
      case 'headcount':
        return u.headcount;
      case 'certified':
        return u.certified;
      case 'pending':
        return u.headcount - u.certified;
      case 'completion':
        return percent(u.certified, u.headcount) ?? 0;
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  return [...units].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const primary = typeof x === 'string' ? x.localeCompare(y as string, 'id') : x - (y as number);
    return primary * sign || a.name.localeCompare(b.name, 'id') || a.unitId - b.unitId;
  });
}
