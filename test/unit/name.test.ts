import { describe, expect, it } from 'vitest';
import { nameError, normalizeName, participantNameError, unitError, unnaturalText } from '../../functions/domain/name';
import { participantSchema } from '../../functions/schemas/participant';

describe('participant names', () => {
  it('normalises spacing and typographic apostrophes', () => {
    expect(normalizeName('  Siti   Nur’aini  ')).toBe("Siti Nur'aini");
  });

  it('trims white space of any kind at the ends, where nothing invisible can stay', () => {
    expect(normalizeName('\ufeff\u2028 Budi Santoso\t\r\n')).toBe('Budi Santoso');
  });

  it('normalises to NFC and folds any Unicode space to one ASCII space', () => {
    expect(normalizeName('Zoe\u0308\u2003\u00a0Nun\u0303ez\u3000')).toBe('Zo\u00eb Nu\u00f1ez');
  });

  it.each([
    'Ni Luh Putu Ayu',
    "Andi Muh. Fadhil D'Silva-Kusuma",
    'Dr. Asep, S.Pd.',
    'Zoë Ñúñez',
    'Сергей',
    'Wayan',
    'Nguyễn Thị Ánh',
    'محمد',
  ])('accepts %s', (name) => {
    expect(participantNameError(normalizeName(name))).toBeNull();
  });

  it.each([
    ['A', 'name.tooShort'],
    ['x'.repeat(101), 'name.tooLong'],
    ['<script>alert(1)</script>', 'name.characters'],
    ['Budi 123', 'name.characters'],
    ['Budi_Santoso', 'name.characters'],
    ['.-', 'name.characters'],
  ])('keeps the letters-and-punctuation rule: %s → %s', (name, error) => {
    expect(nameError(normalizeName(name))).toBe(error);
    expect(participantNameError(normalizeName(name))).toBe(error);
  });
});

// Strings no person types, each of which the old rules stored as a name or unit.
const hostile: [string, string][] = [
  ['NUL', 'Budi\u0000'],
  ['tab', 'Budi\tSantoso'],
  ['newline', 'Budi\nSantoso'],
  ['C1 control', 'Budi\u0085Santoso'],
  ['right-to-left override', 'Budi \u202eosotnaS'],
  ['left-to-right isolate', 'Budi \u2066Santoso\u2069'],
  ['zero-width space', 'Bu\u200bdi Santoso'],
  ['zero-width joiner', 'Bu\u200ddi Santoso'],
  ['byte order mark', 'Budi\ufeffSantoso'],
  ['soft hyphen', 'Bu\u00addi Santoso'],
  ['line separator', 'Budi\u2028Santoso'],
  ['private use', 'Budi \ue000 Santoso'],
  ['lone surrogate', 'Budi \ud800 Santoso'],
  ['Hangul filler U+3164', '\u3164\u3164'],
  ['Hangul choseong filler U+115F', 'Budi \u115f'],
  ['Hangul jungseong filler U+1160', 'Budi \u1160'],
  ['halfwidth Hangul filler U+FFA0', 'Budi \uffa0'],
  ['variation selector', 'Budi\ufe0f Santoso'],
  ['combining grapheme joiner', 'Bu\u034fdi Santoso'],
  ['blank Braille cell', 'Budi \u2800'],
];
// Overlay marks compose with nothing, so NFC leaves all three on the u.
const zalgo = 'Bu\u0334\u0335\u0336di Santoso';

describe('unnatural text', () => {
  it.each(hostile)('refuses %s', (_, text) => {
    expect(unnaturalText(normalizeName(text))).toBe('invisible');
    expect(participantNameError(normalizeName(text))).toBe('name.invisible');
    expect(unitError(normalizeName(text))).toBe('unit.invisible');
  });

  it('allows two combining marks on a letter, refuses a third', () => {
    expect(unnaturalText(normalizeName('Nguye\u0302\u0303n'))).toBeNull(); // NFC composes e + two marks to ễ
    expect(unnaturalText('a\u0301\u0302')).toBeNull();
    expect(unnaturalText(zalgo)).toBe('stackedMarks');
    expect(participantNameError(normalizeName(zalgo))).toBe('name.stackedMarks');
    expect(unitError(normalizeName(zalgo))).toBe('unit.stackedMarks');
  });
});

describe('work units', () => {
  it.each([
    'Dinas Pendidikan',
    'Bidang P2P (Pencegahan & Pengendalian Penyakit)',
    'UPT Puskesmas No. 3',
    'Bagian Hukum: Subbag Perundang-undangan',
    'Sekretariat DPRD / Bag. Umum',
    'x'.repeat(120),
  ])('accepts %s', (unit) => {
    expect(unitError(normalizeName(unit))).toBeNull();
  });

  it.each([
    ['=HYPERLINK("http://evil.example","klik")', 'unit.formula'],
    ['  =1+1', 'unit.formula'],
    ['+62 811', 'unit.formula'],
    ['-2+3', 'unit.formula'],
    ['@SUM(A1)', 'unit.formula'],
    ['\uff1dHYPERLINK("x")', 'unit.formula'], // full-width =
    ['<b>Dinas</b>', 'unit.markup'],
    ['Dinas <img src=x onerror=alert(1)>', 'unit.markup'],
    ['u'.repeat(121), 'unit.tooLong'],
  ])('refuses %s with %s', (unit, error) => {
    expect(unitError(normalizeName(unit))).toBe(error);
  });
});

describe('the participant schema', () => {
  const valid = { nip: '198503152010121001', name: 'Budi Santoso', agencyId: 'kab-34.02' };

  it('outputs the normalised name and unit and the canonical NIP', () => {
    const parsed = participantSchema.parse({ ...valid, nip: '19850315 201012 1 001', name: '  Budi   Santoso ', unit: '  ' });
    expect(parsed).toEqual({ nip: '198503152010121001', name: 'Budi Santoso', agencyId: 'kab-34.02', unit: undefined });
    expect(participantSchema.parse({ ...valid, unit: ' Dinas\u00a0 Kesehatan ' }).unit).toBe('Dinas Kesehatan');
  });

  it('names the field of each hostile value', () => {
    const result = participantSchema.safeParse({ ...valid, name: '\u3164\u3164', unit: '=cmd|" /C calc"!A0' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', 'name.invisible'],
      ['unit', 'unit.formula'],
    ]);
  });
});
