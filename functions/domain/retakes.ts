/**
 * Retakes that favour learning over guessing: after failed attempts a participant waits before the next
 * one (longer each time), and no NIP starts more than a few attempts in 24 hours. Pure: the history
 * comes from storage, the clock and the policy from the caller.
 */

/** What the policy needs to know about one earlier attempt of the same NIP. */
export interface PastAttempt {
  createdAt: string;
  submittedAt: string | null;
  /** null while unsubmitted. */
  passed: boolean | null;
  scenarioIds: string[];
}

export interface RetakePolicy {
  /** Attempts a NIP may start in any 24 hours. */
  dailyAttempts: number;
  /** Failed attempts in a row (within 24 hours) before the first wait. */
  failuresBeforeCooldown: number;
  /** The waits in minutes: the first after `failuresBeforeCooldown` failures, the next after one more, …; the last repeats. */
  cooldownMinutes: number[];
}

/** Two failures, then 15 minutes to read the feedback; a third, an hour; then four hours. Five starts a day. */
export const DEFAULT_RETAKE_POLICY: RetakePolicy = { dailyAttempts: 5, failuresBeforeCooldown: 2, cooldownMinutes: [15, 60, 240] };

const DAY_MS = 24 * 60 * 60_000;

/** The start of the 24 hours the daily cap counts, for the insert's own check. */
export function dailyWindowStart(now: Date): string {
  return new Date(now.getTime() - DAY_MS).toISOString();
}

/** How many recent attempts the policy reads: all of a day's starts, and enough to know what was seen. */
export function historyLength(policy: RetakePolicy): number {
  return Math.max(50, policy.dailyAttempts);
}

export type RetakeDecision =
  | { allowed: true }
  | { allowed: false; reason: 'cooldown' | 'dailyCap'; retryAt: Date; retryAfterSeconds: number; failures: number };

/**
 * Whether this NIP may start an attempt now, and if not, why and until when (the later of the cooldown
 * and the daily cap wins).
 * @example retakeDecision(history, new Date()) // { allowed: false, reason: 'cooldown', retryAfterSeconds: 840, … }
 */
export function retakeDecision(history: readonly PastAttempt[], now: Date, policy: RetakePolicy = DEFAULT_RETAKE_POLICY): RetakeDecision {
  const dayAgo = now.getTime() - DAY_MS;
  const failures = recentFailures(history, dayAgo);
  const refusals: { reason: 'cooldown' | 'dailyCap'; until: number }[] = [];

  if (failures.length >= policy.failuresBeforeCooldown && policy.cooldownMinutes.length > 0) {
    const step = Math.min(failures.length - policy.failuresBeforeCooldown, policy.cooldownMinutes.length - 1);
    const until = Date.parse(failures[0]!.submittedAt!) + policy.cooldownMinutes[step]! * 60_000;
    if (until > now.getTime()) refusals.push({ reason: 'cooldown', until });
  }

  const startedToday = history
    .map((a) => Date.parse(a.createdAt))
    .filter((t) => t > dayAgo)
    .sort((a, b) => a - b);
  if (startedToday.length >= policy.dailyAttempts) {
    // A slot frees when enough of today's starts are more than 24 hours old.
    refusals.push({ reason: 'dailyCap', until: startedToday[startedToday.length - policy.dailyAttempts]! + DAY_MS });
  }

  const latest = refusals.sort((a, b) => b.until - a.until)[0];
  if (!latest) return { allowed: true };
  return {
    allowed: false,
    reason: latest.reason,
    retryAt: new Date(latest.until),
    retryAfterSeconds: Math.max(1, Math.ceil((latest.until - now.getTime()) / 1000)),
    failures: failures.length,
  };
}

/** The failed submissions in a row, newest first, back to the last pass or 24 hours. */
function recentFailures(history: readonly PastAttempt[], since: number): PastAttempt[] {
  const submitted = history
    .filter((a) => a.submittedAt && Date.parse(a.submittedAt) > since)
    .sort((a, b) => Date.parse(b.submittedAt!) - Date.parse(a.submittedAt!));
  const streakEnd = submitted.findIndex((a) => a.passed);
  return streakEnd === -1 ? submitted : submitted.slice(0, streakEnd);
}

/** Every scenario this NIP has been shown, so the next draw can prefer others. */
export function seenScenarios(history: readonly PastAttempt[]): Set<string> {
  return new Set(history.flatMap((a) => a.scenarioIds));
}

/**
 * The policy from the Worker's vars (wrangler.toml), falling back to the default for anything missing
 * or malformed, so a typo never disables the limits.
 * @example retakePolicyFrom({ QUIZ_DAILY_ATTEMPTS: '5', QUIZ_COOLDOWN_MINUTES: '15,60,240' })
 */
export function retakePolicyFrom(vars: { QUIZ_DAILY_ATTEMPTS?: string; QUIZ_COOLDOWN_MINUTES?: string }): RetakePolicy {
  const daily = Number(vars.QUIZ_DAILY_ATTEMPTS);
  const raw = vars.QUIZ_COOLDOWN_MINUTES?.trim();
  const waits = raw ? raw.split(',').map((m) => (m.trim() ? Number(m) : Number.NaN)) : [];
  const validWaits = waits.length > 0 && waits.every((m) => Number.isInteger(m) && m >= 0);
  return {
    ...DEFAULT_RETAKE_POLICY,
    dailyAttempts: Number.isInteger(daily) && daily > 0 ? daily : DEFAULT_RETAKE_POLICY.dailyAttempts,
    cooldownMinutes: validWaits ? waits : DEFAULT_RETAKE_POLICY.cooldownMinutes,
  };
}
