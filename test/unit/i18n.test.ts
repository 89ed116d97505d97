// One way to turn messages into text for the API, the site and the quiz script: tables, placeholders, plurals, dates.
import { describe, expect, it } from 'vitest';
import { fill, formatDate, plural } from '../../functions/i18n/format';
import { localize } from '../../functions/i18n/localize';
import { messageKeys, t } from '../../functions/i18n/messages';
import { ui } from '../../src/i18n/ui';
import { fieldMessages, quizStrings } from '../../src/i18n/quiz';
import { verifyStrings } from '../../src/i18n/verify';

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('Soal {n} dari {total}', { n: 3, total: 10 })).toBe('Soal 3 dari 10');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  it('is what the API fills its messages with', () => {
    expect(t('en', 'detail.rateLimited', { seconds: 17 })).toBe('Too many tries from this device. Try again in 17 seconds.');
  });
});

describe('plural', () => {
  const results = { one: '{n} result', other: '{n} results' };

  it("picks the language's plural category", () => {
    expect(plural('en', results, 1)).toBe('1 result');
    expect(plural('en', results, 2)).toBe('2 results');
    expect(plural('id', { other: '{n} hasil' }, 1)).toBe('1 hasil');
    // Indonesian has no "one" category, so an English-style form is never used for it.
    expect(plural('id', { one: 'satu', other: '{n} hasil' }, 1)).toBe('1 hasil');
  });

  it('prefers an exact form for zero', () => {
    expect(plural('en', { '=0': 'Nothing', ...results }, 0)).toBe('Nothing');
    expect(plural('en', results, 0)).toBe('0 results');
  });

  it('serves the site tables', () => {
    expect(plural('en', ui('en').search.results, 1)).toBe('1 result');
    expect(plural('id', ui('id').checker.matches, 0)).toMatch(/^Tidak ada tindakan/);
    expect(plural('en', quizStrings.en.client.agencyCount, 1)).toBe('1 agency found. Pick it.');
    expect(plural('en', quizStrings.en.client.agencyCount, 12)).toBe('12 agencies found. Pick one.');
  });
});

describe('formatDate', () => {
  const issued = '2026-03-15T03:00:00Z';

  it('shows a content date as written, in each language', () => {
    expect(formatDate(new Date('2026-11-24'), 'id', { timeZone: 'UTC' })).toBe('24 November 2026');
    expect(formatDate(new Date('2026-11-24'), 'en', { timeZone: 'UTC' })).toBe('24 November 2026');
  });

  it('shows a certificate date and time in Jakarta time', () => {
    expect(formatDate(issued, 'id', { timeZone: 'Asia/Jakarta', show: 'dateTime' })).toBe('15 Maret 2026 pukul 10.00 WIB');
    expect(formatDate(issued, 'en', { timeZone: 'Asia/Jakarta', show: 'dateTime' })).toMatch(/^15 March 2026 at 10:00 /);
  });

  it('shows a time of day with its zone', () => {
    expect(formatDate('2026-03-15T07:30:00Z', 'id', { timeZone: 'Asia/Jakarta', show: 'time' })).toBe('14.30 WIB');
  });
});

describe('localize', () => {
  it("gives one language's view of a table, lists and counted forms included", () => {
    const table = {
      nav: { quiz: { id: 'Kuis', en: 'Quiz' } },
      examples: { id: ['cuti'], en: ['leave'] },
      count: { id: { other: '{n}' }, en: { one: '1', other: '{n}' } },
    };
    expect(localize(table, 'en')).toEqual({ nav: { quiz: 'Quiz' }, examples: ['leave'], count: { one: '1', other: '{n}' } });
    expect(localize(table, 'id').nav.quiz).toBe('Kuis');
  });
});

/** Every message of a table in both languages, by path: `[path, id text, en text]`, counted forms one per form. */
function pairs(id: unknown, en: unknown, path: string[] = []): [string, string, string][] {
  if (typeof id === 'string') return [[path.join(' > '), id, String(en)]];
  if (Array.isArray(id)) return [[path.join(' > '), id.join('|'), (en as string[]).join('|')]];
  const entries = Object.entries(id as object);
  // Counted forms differ in number between languages: compare each with the same form, else the other language's `other`.
  if ('other' in (id as object)) {
    const forms = en as Record<string, string> & { other: string };
    return entries.map(([k, v]) => [[...path, k].join(' > '), v, forms[k] ?? forms.other]);
  }
  return entries.flatMap(([k, v]) => pairs(v, (en as Record<string, unknown>)?.[k], [...path, k]));
}

const tables = {
  ui: pairs(ui('id'), ui('en')),
  quiz: pairs(quizStrings.id, quizStrings.en),
  verify: pairs(verifyStrings.id, verifyStrings.en),
  api: messageKeys.map((key): [string, string, string] => [key, t('id', key), t('en', key)]),
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(tables))('the %s messages', (_name, messages) => {
  it('have text in both languages', () => {
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.filter(([, id, en]) => !id?.trim() || !en?.trim() || en === 'undefined').map(([path]) => path)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differ = messages.filter(([, id, en]) => placeholders(id).join() !== placeholders(en).join());
    expect(differ.map(([path]) => path)).toEqual([]);
  });
});

describe('the quiz form', () => {
  it("words every field problem as the API does, and only the participant's fields", () => {
    const messages = fieldMessages('en');
    expect(messages['nip.gender']).toBe(t('en', 'nip.gender'));
    expect(Object.keys(messages)).toContain('unit.tooLong');
    expect(Object.keys(messages).every((key) => /^(nip|name|agency|unit)\./.test(key))).toBe(true);
    expect(Object.keys(messages)).not.toContain('detail.validation');
  });
});
