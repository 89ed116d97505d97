// The quiz's UI strings: both languages complete, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { fill, quizStrings } from '../../src/i18n/quiz';

/** Every string in a table, by its path (message keys contain dots, so paths are joined with " > "). */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join(' > '), value]];
  return Object.entries(value as object).flatMap(([k, v]) => strings(v, [...path, k]));
}

const id = strings(quizStrings.id);
const en = new Map(strings(quizStrings.en));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('quiz strings', () => {
  it('has the same keys in Indonesian and English', () => {
    expect([...en.keys()]).toEqual(id.map(([path]) => path));
  });

  it('has no empty string', () => {
    expect([...id, ...en].filter(([, text]) => !text.trim())).toEqual([]);
  });

  it.each(id)('%s has the same placeholders in both languages', (path, text) => {
    expect(placeholders(en.get(path) ?? '')).toEqual(placeholders(text));
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('Soal {n} dari {total}', { n: 3, total: 10 })).toBe('Soal 3 dari 10');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});
