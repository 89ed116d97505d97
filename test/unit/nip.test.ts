import { describe, expect, it } from 'vitest';
import { maskNip, parseNip } from '../../functions/domain/nip';

const today = new Date('2026-11-25T00:00:00Z');

describe('parseNip', () => {
  it('reads a valid PNS NIP into its parts', () => {
    expect(parseNip('198503152010121001', today)).toEqual({
      ok: true,
      value: { nip: '198503152010121001', birthDate: '1985-03-15', tmt: '2010-12', kind: 'pns', gender: 'male', sequence: '001' },
    });
  });

  it('accepts spaces people type between the groups', () => {
    expect(parseNip('19850315 201012 2 001', today)).toMatchObject({ ok: true, value: { nip: '198503152010122001', gender: 'female' } });
  });

  it('reads an NI PPPK, which carries 21 where the TMT month would be', () => {
    expect(parseNip('199007122023212015', today)).toMatchObject({ ok: true, value: { kind: 'pppk', tmt: '2023', gender: 'female' } });
  });

  it.each([
    ['19850315201012100', 'nip.format'], // 17 digits
    ['1985031520101210011', 'nip.format'], // 19 digits
    ['19850315201012100a', 'nip.format'],
    ['198502302010121001', 'nip.birthDate'], // 30 February
    ['198513012010121001', 'nip.birthDate'], // month 13
    ['203001012010121001', 'nip.birthDate'], // born in the future
    ['198503152010131001', 'nip.tmt'], // TMT month 13
    ['198503152010001001', 'nip.tmt'], // TMT month 00
    ['198503151984121001', 'nip.tmtBeforeBirth'],
    ['198503152010123001', 'nip.gender'],
    ['198503152010120001', 'nip.gender'],
    ['198503152010121000', 'nip.sequence'],
  ])('rejects %s with %s', (nip, error) => {
    expect(parseNip(nip, today)).toEqual({ ok: false, error });
  });

  it('accepts a TMT in the month of birth only for whole months after it', () => {
    expect(parseNip('198503152010121001', today).ok).toBe(true);
    expect(parseNip('198503151985031001', today)).toEqual({ ok: true, value: expect.objectContaining({ tmt: '1985-03' }) });
    expect(parseNip('198503151985021001', today)).toEqual({ ok: false, error: 'nip.tmtBeforeBirth' });
  });
});

describe('maskNip', () => {
  it('keeps the first six and last two digits', () => {
    expect(maskNip('198503152010121001')).toBe('198503**********01');
  });
});
