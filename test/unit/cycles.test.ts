import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  type Cycle,
  countsAsComplete,
  currentCycle,
  cycleOf,
  cycleStatus,
  hasStarted,
  isCurrentCycle,
  isOverdue,
  parseCycleInstant,
} from '../../functions/domain/cycles';

const pemilu2029: Cycle = {
  id: 'pemilu-2029',
  name: 'Menuju Pemilu 2029',
  startsAt: '2025-12-31T17:00:00.000Z',
  dueAt: '2028-12-31T17:00:00.000Z',
};
const pilkada2031: Cycle = {
  id: 'pilkada-2031',
  name: 'Menuju Pilkada 2031',
  startsAt: '2029-06-30T17:00:00.000Z',
  dueAt: '2031-06-30T17:00:00.000Z',
};
// Listed out of order on purpose: the rules must not depend on the order they are given in.
const cycles = [pilkada2031, pemilu2029];

describe('cycleOf', () => {
  it.each([
    ['2025-12-31T16:59:59.999Z', null],
    ['2025-12-31T17:00:00.000Z', 'pemilu-2029'],
    ['2026-11-25T03:00:00.000Z', 'pemilu-2029'],
    // After the due date but before the next start: still the same cycle (late, not in the next one).
    ['2029-03-01T00:00:00.000Z', 'pemilu-2029'],
    ['2029-06-30T16:59:59.999Z', 'pemilu-2029'],
    ['2029-06-30T17:00:00.000Z', 'pilkada-2031'],
    ['2035-01-01T00:00:00.000Z', 'pilkada-2031'],
    // The same instant written with an offset.
    ['2029-07-01T00:00:00.000+07:00', 'pilkada-2031'],
  ])('a certificate issued at %s belongs to %s', (issuedAt, id) => {
    expect(cycleOf(issuedAt, cycles)?.id ?? null).toBe(id);
    expect(cycleOf(issuedAt, [...cycles].reverse())?.id ?? null).toBe(id);
  });

  it('has no cycle when none is defined', () => {
    expect(cycleOf('2026-11-25T03:00:00.000Z', [])).toBeNull();
  });

  it('refuses a date it cannot read rather than guessing', () => {
    expect(() => cycleOf('25/11/2026', cycles)).toThrow(RangeError);
  });
});

describe('currentCycle and isCurrentCycle', () => {
  it('is the latest cycle already started; a scheduled one is not current yet', () => {
    expect(currentCycle(cycles, new Date('2026-12-01T00:00:00Z'))?.id).toBe('pemilu-2029');
    expect(currentCycle(cycles, new Date('2029-07-01T00:00:00Z'))?.id).toBe('pilkada-2031');
    expect(currentCycle(cycles, new Date('2025-01-01T00:00:00Z'))).toBeNull();
  });

  it('says whether a given cycle is the current one', () => {
    const december2026 = new Date('2026-12-01T00:00:00Z');
    expect(isCurrentCycle(pemilu2029, cycles, december2026)).toBe(true);
    expect(isCurrentCycle(pilkada2031, cycles, december2026)).toBe(false);
    expect(isCurrentCycle(pemilu2029, cycles, new Date('2029-07-01T00:00:00Z'))).toBe(false);
    expect(isCurrentCycle(null, cycles, december2026)).toBe(false);
  });
});

describe('countsAsComplete', () => {
  const issued2026 = { issuedAt: '2026-11-25T03:00:00.000Z', status: 'valid' as const };

  it('counts a valid certificate of the current cycle', () => {
    expect(countsAsComplete(issued2026, cycles, new Date('2027-01-01T00:00:00Z'))).toBe(true);
  });

  it('stops counting it once a new cycle starts', () => {
    expect(countsAsComplete(issued2026, cycles, new Date('2029-06-30T17:00:00.000Z'))).toBe(false);
    expect(countsAsComplete({ issuedAt: '2029-08-01T00:00:00.000Z', status: 'valid' }, cycles, new Date('2029-09-01T00:00:00Z'))).toBe(
      true,
    );
  });

  it('never counts a revoked certificate', () => {
    expect(countsAsComplete({ ...issued2026, status: 'revoked' }, cycles, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('does not count a certificate issued before any cycle', () => {
    expect(countsAsComplete({ issuedAt: '2025-06-01T00:00:00.000Z', status: 'valid' }, cycles, new Date('2027-01-01T00:00:00Z'))).toBe(
      false,
    );
  });
});

describe('isOverdue', () => {
  it('is after the due date, not at it', () => {
    expect(isOverdue(pemilu2029, new Date('2028-12-31T17:00:00.000Z'))).toBe(false);
    expect(isOverdue(pemilu2029, new Date('2028-12-31T17:00:00.001Z'))).toBe(true);
  });
});

describe('0040_campaigns.sql', () => {
  const migration = readFileSync(new URL('../../migrations/0040_campaigns.sql', import.meta.url), 'utf8');
  const db = () => {
    const database = new DatabaseSync(':memory:');
    database.exec(migration);
    return database;
  };

  it('seeds one cycle that is current now and covers every certificate issued so far', () => {
    const rows = db().prepare('SELECT id, name, starts_at AS startsAt, due_at AS dueAt FROM campaigns').all() as unknown as Cycle[];
    expect(rows).toHaveLength(1);
    expect(currentCycle(rows, new Date())?.id).toBe(rows[0]!.id);
    // The service's first release (and its demo certificates) came after the seeded start.
    expect(cycleOf('2026-01-01T00:00:00.000Z', rows)?.id).toBe(rows[0]!.id);
  });

  it.each([
    ["('x', 'X', '2030-01-01', '2031-01-01T00:00:00.000Z')", 'a start without time and zone'],
    ["('x', 'X', '2030-01-01T00:00:00.000+07:00', '2031-01-01T00:00:00.000Z')", 'a start with an offset instead of UTC'],
    ["('x', 'X', '2030-01-01T00:00:00Z', '2031-01-01T00:00:00.000Z')", 'a start without milliseconds'],
    ["('x', 'X', '2030-01-01T00:00:00.000Z', 'soon')", 'a due date that is not an instant'],
    ["('x', 'X', '2030-01-01T00:00:00.000Z', '2029-01-01T00:00:00.000Z')", 'a due date before the start'],
    ["('x', 'X', '2025-12-31T17:00:00.000Z', '2031-01-01T00:00:00.000Z')", 'a second cycle starting at the same instant'],
  ])('refuses %s (%s)', (values) => {
    expect(() => db().exec(`INSERT INTO campaigns (id, name, starts_at, due_at) VALUES ${values}`)).toThrow(/constraint/i);
  });
});

describe('parseCycleInstant', () => {
  it.each([
    ['2026-01-01', '2025-12-31T17:00:00.000Z'],
    ['2029-07-01T08:30', '2029-07-01T01:30:00.000Z'],
    ['2029-07-01T08:30:15', '2029-07-01T01:30:15.000Z'],
    ['2029-07-01T00:00:00Z', '2029-07-01T00:00:00.000Z'],
    ['2029-07-01T00:00:00.5Z', '2029-07-01T00:00:00.500Z'],
    ['2029-07-01T09:00:00+09:00', '2029-07-01T00:00:00.000Z'],
    ['2029-07-01T00:00:00-03:30', '2029-07-01T03:30:00.000Z'],
    [' 2028-02-29 ', '2028-02-28T17:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseCycleInstant(text)).toBe(iso);
  });

  it.each([
    '',
    'besok',
    '2029-02-29',
    '2029-13-01',
    '2029-07-01T24:00',
    '2029-07-01T10:60',
    '2029-7-1',
    '01-07-2029',
    '2029-07-01T10:00+7',
  ])('refuses %j', (text) => {
    expect(parseCycleInstant(text)).toBeNull();
  });
});

describe('cycleStatus', () => {
  it('marks the current cycle, started cycles and overdue ones', () => {
    const now = new Date('2029-03-01T00:00:00.000Z');
    expect(cycleStatus(pemilu2029, cycles, now)).toEqual({ current: true, started: true, overdue: true });
    expect(cycleStatus(pilkada2031, cycles, now)).toEqual({ current: false, started: false, overdue: false });
    expect(hasStarted(pilkada2031, new Date('2029-06-30T17:00:00.000Z'))).toBe(true);
  });
});
