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
