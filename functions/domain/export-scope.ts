/**
 * Which instants an export covers: the chosen cycle (the current one by default, or every cycle) cut
 * to an optional range of the agency's local days. Pure: the caller passes the cycles, zone and clock.
 */
import { currentCycle, type Cycle } from './cycles';
import type { AgencyZone } from './zone';

/** Before any instant and after any instant, as ISO text compares (`issued_at` is ISO 8601 UTC). */
const EARLIEST = '';
const LATEST = '9999-12-31T23:59:59.999Z';
const DAY_MS = 86_400_000;

export interface ExportRange {
  /** The cycle the export is of; null for every cycle (or none defined). */
  cycle: Cycle | null;
  /** Inclusive start and exclusive end, ISO 8601 UTC. */
  fromAt: string;
  toAt: string;
}

/** Where a cycle's instants end: when the next one starts (a cycle runs until then). */
function cycleEnd(cycle: Cycle, cycles: readonly Cycle[]): string {
  const later = cycles
    .map((c) => c.startsAt)
    .filter((start) => start > cycle.startsAt)
    .sort();
  return later[0] ?? LATEST;
}

/** The UTC instant at which local day `day` (YYYY-MM-DD) starts in the zone. */
function localMidnight(day: string, zone: AgencyZone): number {
  return Date.parse(`${day}T00:00:00.000Z`) - zone.offsetHours * 3_600_000;
}

/**
 * The range of an export: `cycle` an id, 'all', or absent (the current cycle); `from`/`to` local days,
 * both inclusive. An unknown cycle id is null (the caller answers 404).
 * @example exportRange({ from: '2026-12-01', to: '2026-12-01' }, cycles, WIB, new Date()) // { fromAt: '2026-11-30T17:00:00.000Z', toAt: '2026-12-01T17:00:00.000Z', cycle: … }
 */
export function exportRange(
  query: { cycle?: string; from?: string; to?: string },
  cycles: readonly Cycle[],
  zone: AgencyZone,
  now: Date,
): ExportRange | null {
  let cycle: Cycle | null = null;
  if (query.cycle === undefined) cycle = currentCycle(cycles, now);
  else if (query.cycle !== 'all') {
    cycle = cycles.find((c) => c.id === query.cycle) ?? null;
    if (!cycle) return null;
  }
  let fromAt = cycle ? cycle.startsAt : EARLIEST;
  let toAt = cycle ? cycleEnd(cycle, cycles) : LATEST;
  if (query.from) {
    const start = new Date(localMidnight(query.from, zone)).toISOString();
    if (start > fromAt) fromAt = start;
  }
  if (query.to) {
    const end = new Date(localMidnight(query.to, zone) + DAY_MS).toISOString();
    if (end < toAt) toAt = end;
  }
  return { cycle, fromAt, toAt };
}

/**
 * How many parts of `partSize` an export of `count` certificates is split into (at least one).
 * @example partsOf(2_345, 1_000) // 3
 */
export function partsOf(count: number, partSize: number): number {
  return Math.max(1, Math.ceil(count / partSize));
}
