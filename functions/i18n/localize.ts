/**
 * Message tables, one shape for the API (messages.ts) and the site (src/i18n/*): a tree whose leaves hold
 * each language's text side by side, `{ id: '…', en: '…' }`. A missing translation is a type error at the
 * key, and `localize` gives one language's view of a table (what a page or the quiz script uses).
 */
import type { Locale } from '../schemas/content';
import type { PluralForms } from './format';

/** One message in every language: a string, a list, or counted forms (see `plural` in format.ts). */
export type Translated<T = string> = Record<Locale, T>;

/** A table as one language sees it: every `{ id, en }` leaf replaced by that language's value. */
export type Localized<T> = T extends Translated<infer V> ? V : { [K in keyof T]: Localized<T[K]> };

/**
 * Marks a counted message, so each language's forms are checked where they are written and typed as `PluralForms`.
 * @example counted({ id: { other: '{n} hasil' }, en: { one: '{n} result', other: '{n} results' } })
 */
export function counted(forms: Translated<PluralForms>): Translated<PluralForms> {
  return forms;
}

function isLeaf(value: object): value is Translated<unknown> {
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'en' in value;
}

/**
 * One language's view of a message table.
 * @example localize({ nav: { quiz: { id: 'Kuis', en: 'Quiz' } } }, 'en') // { nav: { quiz: 'Quiz' } }
 */
export function localize<T extends object>(table: T, locale: Locale): Localized<T> {
  if (isLeaf(table)) return table[locale] as Localized<T>;
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, typeof value === 'object' && value !== null ? localize(value, locale) : value]),
  ) as Localized<T>;
}
