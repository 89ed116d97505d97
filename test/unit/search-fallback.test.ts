// A natural sentence that finds nothing is retried with fewer words: stop words first, unknown words next, then
// the commonest words, one at a time.
import { describe, expect, it } from 'vitest';
import { contentWords, narrowings, queryWords, withoutKeywordLists } from '../../src/lib/search-fallback';

describe('contentWords', () => {
  it('drops the words that carry no topic, in both languages', () => {
    expect(contentWords('pakai mobil dinas untuk antar tim sukses', 'id')).toEqual(['pakai', 'mobil', 'dinas', 'antar', 'tim', 'sukses']);
    expect(contentWords('Bolehkah saya like status calon bupati di Facebook?', 'id')).toEqual([
      'like',
      'status',
      'calon',
      'bupati',
      'facebook',
    ]);
    expect(contentWords('Can I use the official car for a rally?', 'en')).toEqual(['use', 'official', 'car', 'rally']);
  });

  it('keeps hyphenated and numbered words whole', () => {
    expect(queryWords('nge-like UU 20/2023')).toEqual(['nge-like', 'uu', '20', '2023']);
  });
});

describe('narrowings', () => {
  it('drops unknown words, then the commonest word each time, down to one', () => {
    const counts = { pakai: 3, mobil: 2, dinas: 6, antar: 0, tim: 4, sukses: 2 };
    expect(narrowings(['pakai', 'mobil', 'dinas', 'antar', 'tim', 'sukses'], counts)).toEqual([
      ['pakai', 'mobil', 'dinas', 'antar', 'tim', 'sukses'],
      ['pakai', 'mobil', 'dinas', 'tim', 'sukses'],
      ['pakai', 'mobil', 'tim', 'sukses'],
      ['pakai', 'mobil', 'sukses'],
      ['mobil', 'sukses'],
      ['mobil'],
    ]);
  });

  it('on a tie drops the later word, and never repeats a step', () => {
    expect(narrowings(['mobil', 'dinas'], { mobil: 2, dinas: 2 })).toEqual([['mobil', 'dinas'], ['mobil']]);
  });

  it('gives nothing to try when the index knows none of the words', () => {
    expect(narrowings(['zzz'], { zzz: 0 })).toEqual([['zzz']]);
  });
});

describe('withoutKeywordLists', () => {
  it('cuts a fenced keyword list out of a snippet, whole or cut off at either end', () => {
    expect(withoutKeywordLists('Menekan <mark>like</mark> ⸨ <mark>like</mark>, suka, jempol ⸩ pada unggahan calon')).toBe(
      'Menekan <mark>like</mark> … pada unggahan calon',
    );
    expect(withoutKeywordLists('suka, <mark>jempol</mark> ⸩ Menulis komentar dukungan')).toBe('… Menulis komentar dukungan');
    expect(withoutKeywordLists('Membagikan materi ⸨ share, <mark>bagikan</mark>, sebar')).toBe('Membagikan materi …');
  });

  it('leaves a snippet with no list alone, and empties one that was only a list', () => {
    expect(withoutKeywordLists('ASN dilarang <mark>menyukai</mark>, komentar, share, follow.')).toBe(
      'ASN dilarang <mark>menyukai</mark>, komentar, share, follow.',
    );
    expect(withoutKeywordLists('like, <mark>ngelike</mark>, nge-like')).toBe('like, <mark>ngelike</mark>, nge-like');
    expect(withoutKeywordLists('⸨ like, <mark>ngelike</mark> ⸩')).toBe('');
  });
});
