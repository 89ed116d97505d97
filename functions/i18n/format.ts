/**
 * Turning messages and values into text, the one way for the API, the site, the quiz script and the PDF:
 * placeholders, plurals (`Intl.PluralRules`) and dates. Pure and small, so the browser can ship it.
 */
import type { Locale } from '../schemas/content';

/**
 * A message that depends on a count: exact counts first (`'=0'`), then the locale's plural category
 * (Indonesian has only `other`; English `one` and `other`). `{n}` is the count.
 */
export type PluralForms = { '=0'?: string; one?: string; other: string };

/** The BCP 47 tag `Intl` formats with, per site language. */
const LOCALE_TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const placeholderRe = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders; unknown ones stay visible, so a missing value shows up instead of vanishing.
 * @example fill('Soal {n} dari {total}', { n: 3, total: 10 }) // 'Soal 3 dari 10'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(placeholderRe, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/**
 * The form of a counted message for `n`, filled with `{n}` (and any other values).
 * @example plural('en', { one: '{n} result', other: '{n} results' }, 1) // '1 result'
 */
export function plural(locale: Locale, forms: PluralForms, n: number, values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(LOCALE_TAGS[locale]).select(n);
  const form = forms[`=${n}` as '=0'] ?? forms[category as 'one'] ?? forms.other;
  return fill(form, { ...values, n });
}

/** What a formatted date shows: the day, the day and time, or the time of day (each with its zone when it has a time). */
export type DateParts = 'date' | 'dateTime' | 'time';

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

export interface DateFormat {
  /**
   * An IANA zone. Dates of record use a fixed one: 'Asia/Jakarta' for certificates (where they are issued),
   * 'UTC' for content dates written without a time (so "2026-11-24" stays the 24th). Leave it out for the
   * reader's own zone (a deadline shown in the browser).
   */
  timeZone?: string;
  show?: DateParts;
}

/**
 * A date in the page's language: "24 November 2026", "15 Maret 2026 pukul 10.00 WIB", "14.30 WIB".
 * @example formatDate('2026-03-15T03:00:00Z', 'id', { timeZone: 'Asia/Jakarta', show: 'dateTime' }) // '15 Maret 2026 pukul 10.00 WIB'
 */
export function formatDate(date: Date | string | number, locale: Locale, { timeZone, show = 'date' }: DateFormat = {}): string {
  const parts = { ...(show !== 'time' && DAY), ...(show !== 'date' && CLOCK), timeZone };
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], parts).format(new Date(date));
}
