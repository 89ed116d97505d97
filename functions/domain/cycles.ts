/**
 * Election cycles (campaigns): which cycle a certificate belongs to, which cycle is current, and whether
 * a certificate counts as complete for it. Pure: the caller passes the cycles and the clock.
 *
 * A cycle runs from its start until the next cycle starts (its due date is a target, not an end), so
 * every instant from the first start on belongs to exactly one cycle. A certificate issued before the
 * first cycle belongs to none.
 */

export interface Cycle {
  id: string;
  name: string;
  /** ISO 8601 instant. */
  startsAt: string;
  /** ISO 8601 instant: when HR should be done; after it the cycle's pending people are overdue. */
  dueAt: string;
}

/** A certificate as far as the cycle rules care. */
export interface CycleCertificate {
  issuedAt: string;
  status: 'valid' | 'revoked';
}

function instant(iso: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`not an ISO 8601 instant: ${JSON.stringify(iso)}`);
  return time;
}

/** The cycle in force at `at`: the latest one started at or before it (ties cannot happen: starts are unique). */
function cycleAt(at: number, cycles: readonly Cycle[]): Cycle | null {
  let found: Cycle | null = null;
  for (const cycle of cycles) {
    const start = instant(cycle.startsAt);
    if (start <= at && (!found || start > instant(found.startsAt))) found = cycle;
  }
  return found;
}

/**
 * The cycle a certificate issued at `issuedAt` belongs to: issuedAt within [startsAt, next cycle's startsAt).
 * @example cycleOf('2026-11-25T03:00:00.000Z', cycles)?.id // 'pemilu-2029'
 */
export function cycleOf(issuedAt: string, cycles: readonly Cycle[]): Cycle | null {
  return cycleAt(instant(issuedAt), cycles);
}

/**
 * The cycle in force now (a cycle whose start is still ahead is not current yet).
 * @example currentCycle(cycles, new Date())?.name // 'Menuju Pemilu 2029'
 */
export function currentCycle(cycles: readonly Cycle[], now: Date): Cycle | null {
  return cycleAt(now.getTime(), cycles);
}

/** @example isCurrentCycle(cycleOf(view.issuedAt, cycles), cycles, new Date()) */
export function isCurrentCycle(cycle: Cycle | null, cycles: readonly Cycle[], now: Date): boolean {
  return cycle !== null && currentCycle(cycles, now)?.id === cycle.id;
}

/**
 * Whether a certificate makes its holder complete for the current cycle: valid, and issued in it. Once a
 * new cycle starts, an older certificate stays a valid record but no longer counts.
 * @example countsAsComplete({ issuedAt: view.issuedAt, status: view.status }, cycles, new Date())
 */
export function countsAsComplete(certificate: CycleCertificate, cycles: readonly Cycle[], now: Date): boolean {
  return certificate.status === 'valid' && isCurrentCycle(cycleOf(certificate.issuedAt, cycles), cycles, now);
}

/**
 * Whether the cycle's due date has passed (for "overdue" in reports).
 * @example isOverdue(cycle, new Date())
 */
export function isOverdue(cycle: Cycle, now: Date): boolean {
  return now.getTime() > instant(cycle.dueAt);
}

/** Local date-times without a zone are read in WIB (UTC+7), the zone the campaigns' starts are set in. */
const WIB_OFFSET_MINUTES = 7 * 60;

/**
 * A cycle start or due date as typed: an ISO 8601 instant with a zone (`Z` or `+07:00`), a local
 * date-time without one (`2029-01-01T08:00`, as a datetime-local field sends it) or a date
 * (`2029-01-01`, midnight), both read in WIB. Returns the canonical stored form (UTC, milliseconds) or
 * null when it is not a real date.
 * @example parseCycleInstant('2026-01-01') // '2025-12-31T17:00:00.000Z'
 */
export function parseCycleInstant(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', ms = '0', zone] = match;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0'))] as const;
  const utc = Date.UTC(...fields);
  const check = new Date(utc);
  // Date.UTC rolls 31 February over into March: a real date reads back the same fields.
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || fields[3] > 23 || fields[4] > 59 || fields[5] > 59)
    return null;
  let offset = WIB_OFFSET_MINUTES;
  if (zone === 'Z') offset = 0;
  else if (zone) offset = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return new Date(utc - offset * 60_000).toISOString();
}

/** Whether a cycle has started by `now` (its start can no longer be moved, and it may already hold certificates). */
export function hasStarted(cycle: Cycle, now: Date): boolean {
  return instant(cycle.startsAt) <= now.getTime();
}

/** A cycle as listed: whether it is the current one, has started, is past its due date. */
export interface CycleStatus {
  current: boolean;
  started: boolean;
  overdue: boolean;
}

/** @example cycleStatus(cycle, cycles, new Date()) // { current: true, started: true, overdue: false } */
export function cycleStatus(cycle: Cycle, cycles: readonly Cycle[], now: Date): CycleStatus {
  return { current: isCurrentCycle(cycle, cycles, now), started: hasStarted(cycle, now), overdue: isOverdue(cycle, now) };
}
