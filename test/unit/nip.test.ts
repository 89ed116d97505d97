import { describe, expect, it } from 'vitest';
import { maskNip, parseNip } from '../../functions/domain/nip';
import { nipSchema } from '../../functions/schemas/participant';

const today = new Date('2026-11-25T00:00:00Z');

describe('parseNip', () => {
  it('reads a valid PNS NIP into its parts', () => {
    expect(parseNip('198503152010121001', today)).toEqual({
      ok: true,
      value: { nip: '198503152010121001', birthDate: '1985-03-15', tmt: '2010-12', kind: 'pns', gender: 'male', sequence: '001' },
    });
  });

  it.each([
    ['19850315 201012 2 001'],
    ['  19850315  201012 2 001 '],
    ['19850315.201012.2.001'],
    ['19850315-201012-2-001'],
    ['1985.03.15 - 2010.12 - 2 - 001'],
  ])('accepts ASCII spaces, dots and dashes between the groups and returns the 18 digits: %j', (input) => {
    expect(parseNip(input, today)).toMatchObject({ ok: true, value: { nip: '198503152010122001', gender: 'female' } });
  });

  it.each([
    ['19850315\u2003201012 1 001', 'nip.separator'], // em space
    ['19850315\u2028201012 1 001', 'nip.separator'], // line separator
    ['\u00a0198503152010121001', 'nip.separator'], // no-break space
    ['19850315\t201012 1 001', 'nip.separator'],
    ['198503152010121001\n', 'nip.separator'],
    ['\ufeff198503152010121001', 'nip.separator'], // byte order mark
    ['19850315\u200b2010121001', 'nip.separator'], // zero-width space
    [`198503152010121001${' '.repeat(19)}`, 'nip.format'], // padding beyond 36 characters
    [`${'\u2028'.repeat(6)}198503152010121001${' '.repeat(20)}`, 'nip.format'],
    ['19850315_201012_1_001', 'nip.format'],
    ['１９８５０３１５２０１０１２１００１', 'nip.format'], // full-width digits
    ['19850315 201012 1 001 1', 'nip.format'], // 19 digits once separators are dropped
  ])('refuses %j with %s', (input, error) => {
    expect(parseNip(input, today)).toEqual({ ok: false, error });
  });

  it('still names the wrong part when separators are used', () => {
    expect(parseNip('19850230 201012 1 001', today)).toEqual({ ok: false, error: 'nip.birthDate' });
    expect(parseNip('19850315 201013 1 001', today)).toEqual({ ok: false, error: 'nip.tmt' });
    expect(parseNip('19850315 201012 3 001', today)).toEqual({ ok: false, error: 'nip.gender' });
    expect(parseNip('19850315 201012 1 000', today)).toEqual({ ok: false, error: 'nip.sequence' });
    expect(parseNip('19900712 202321 2 015', today)).toMatchObject({ ok: true, value: { nip: '199007122023212015', kind: 'pppk' } });
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

describe('nipSchema', () => {
  it('outputs the canonical 18 digits, which mask to the documented form', () => {
    const nip = nipSchema.parse('19850315 201012 1 001');
    expect(nip).toBe('198503152010121001');
    expect(maskNip(nip)).toBe('198503**********01');
  });

  it('refuses a Unicode space with its own message key', () => {
    expect(nipSchema.safeParse('19850315\u2003201012 1 001').error?.issues).toEqual([
      expect.objectContaining({ message: 'nip.separator' }),
    ]);
  });
});

describe('maskNip', () => {
  it('keeps the first six and last two digits', () => {
    expect(maskNip('198503152010121001')).toBe('198503**********01');
  });
});
