import { describe, expect, it } from 'vitest';
import { DEFAULT_RETAKE_POLICY, retakeDecision, retakePolicyFrom, seenScenarios, type PastAttempt } from '../../functions/domain/retakes';

const now = new Date('2026-12-10T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

/** An attempt started `startedMinutesAgo` and submitted two minutes later (unless unsubmitted). */
function attempt(startedMinutesAgo: number, outcome: 'pass' | 'fail' | 'open', scenarioIds: string[] = []): PastAttempt {
  return {
    createdAt: minutesAgo(startedMinutesAgo),
    submittedAt: outcome === 'open' ? null : minutesAgo(startedMinutesAgo - 2),
    passed: outcome === 'open' ? null : outcome === 'pass',
    scenarioIds,
  };
}

describe('retakeDecision', () => {
  it('lets a participant retake at once after one failure', () => {
    expect(retakeDecision([attempt(5, 'fail')], now)).toEqual({ allowed: true });
  });

  it('asks for 15 minutes after two failures in a row, counted from the second', () => {
    const decision = retakeDecision([attempt(5, 'fail'), attempt(20, 'fail')], now);
    // Submitted 3 minutes ago: 12 minutes left.
    expect(decision).toMatchObject({ allowed: false, reason: 'cooldown', failures: 2, retryAfterSeconds: 12 * 60 });
    expect(retakeDecision([attempt(20, 'fail'), attempt(40, 'fail')], now)).toEqual({ allowed: true });
  });

  it('waits longer after each further failure: an hour after the third, four hours after the fourth', () => {
    const three = [attempt(5, 'fail'), attempt(30, 'fail'), attempt(60, 'fail')];
    expect(retakeDecision(three, now)).toMatchObject({ reason: 'cooldown', failures: 3, retryAfterSeconds: 57 * 60 });
    const four = [attempt(62, 'fail'), ...three.map((a) => ({ ...a, createdAt: minutesAgo(100), submittedAt: minutesAgo(98) }))];
    expect(retakeDecision(four, now)).toMatchObject({ reason: 'cooldown', failures: 4, retryAfterSeconds: 180 * 60 });
  });

  it('starts counting again after a pass, and forgets failures older than a day', () => {
    expect(retakeDecision([attempt(5, 'fail'), attempt(10, 'pass'), attempt(20, 'fail')], now)).toEqual({ allowed: true });
    expect(retakeDecision([attempt(5, 'fail'), attempt(25 * 60, 'fail')], now)).toEqual({ allowed: true });
  });

  it('ignores unsubmitted attempts in the failure streak', () => {
    expect(retakeDecision([attempt(1, 'open'), attempt(5, 'fail')], now)).toEqual({ allowed: true });
  });

  it('caps starts at five in any 24 hours, until the oldest of them is a day old', () => {
    const five = [60, 120, 180, 240, 23 * 60].map((m) => attempt(m, 'open'));
    expect(retakeDecision(five, now)).toMatchObject({ allowed: false, reason: 'dailyCap', retryAfterSeconds: 60 * 60 });
    expect(retakeDecision(five.slice(0, 4), now)).toEqual({ allowed: true });
    expect(retakeDecision([...five.slice(0, 4), attempt(25 * 60, 'open')], now)).toEqual({ allowed: true });
  });

  it('reports the later of cooldown and cap', () => {
    const history = [attempt(3, 'fail'), attempt(10, 'fail'), attempt(30, 'pass'), attempt(40, 'pass'), attempt(50, 'pass')];
    expect(retakeDecision(history, now)).toMatchObject({ reason: 'dailyCap' });
    expect(retakeDecision(history, now, { ...DEFAULT_RETAKE_POLICY, dailyAttempts: 6 })).toMatchObject({ reason: 'cooldown' });
  });
});

describe('seenScenarios', () => {
  it('collects every scenario of every earlier attempt', () => {
    expect(seenScenarios([attempt(5, 'fail', ['a', 'b']), attempt(9, 'open', ['b', 'c'])])).toEqual(new Set(['a', 'b', 'c']));
  });
});

describe('retakePolicyFrom', () => {
  it('reads the limits from the Worker vars', () => {
    expect(retakePolicyFrom({ QUIZ_DAILY_ATTEMPTS: '3', QUIZ_COOLDOWN_MINUTES: '10, 30' })).toEqual({
      dailyAttempts: 3,
      failuresBeforeCooldown: 2,
      cooldownMinutes: [10, 30],
    });
  });

  it.each([
    {},
    { QUIZ_DAILY_ATTEMPTS: 'five', QUIZ_COOLDOWN_MINUTES: '15,,60' },
    { QUIZ_DAILY_ATTEMPTS: '0', QUIZ_COOLDOWN_MINUTES: ' ' },
    { QUIZ_COOLDOWN_MINUTES: '-5' },
  ])('falls back to the defaults for missing or malformed values: %j', (vars) => {
    expect(retakePolicyFrom(vars)).toEqual(DEFAULT_RETAKE_POLICY);
  });
});
