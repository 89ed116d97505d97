/**
 * When every word of a natural sentence must match ("pakai mobil dinas untuk antar tim sukses") and no page has
 * them all, search again with fewer words: first without the stop words, then without the words the index does
 * not know, then dropping the commonest remaining word (the least informative) one at a time. Pure: the counts
 * per word come from the search index.
 */
import type { Locale } from '../../functions/schemas/content';

/** Words that carry no topic in a question or request, per language. */
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  id: new Set(
    'untuk yang dan atau di ke dari dengan pada dalam oleh itu ini saya aku kami kita anda apa apakah bagaimana boleh bolehkah tidak tak ya jika kalau bila sebagai adalah akan sudah sedang bisa dapat harus mau ingin juga saja lagi ada para si sang nya kah lah pun agar supaya karena tentang buat sama'.split(
      ' ',
    ),
  ),
  en: new Set(
    'a an the to of for in on at by with from and or is are am be can could may might should would will do does did i me my we our you your it this that what how if when as about into not'.split(
      ' ',
    ),
  ),
};

const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

/** The query's words, lower-cased, in order. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(wordRe) ?? [];
}

/**
 * The words that say what the query is about.
 * @example contentWords('pakai mobil dinas untuk antar tim sukses', 'id') // ['pakai', 'mobil', 'dinas', 'antar', 'tim', 'sukses']
 */
export function contentWords(query: string, lang: Locale): string[] {
  return queryWords(query).filter((w) => !STOP_WORDS[lang].has(w));
}

/**
 * The shorter queries to try, in order, once the full query found nothing: without stop words, without words the
 * index does not know (`counts[word] === 0`), then dropping the commonest word (most pages) each time; at least
 * one word is kept. Consecutive duplicates are left out.
 * @example narrowings(['pakai', 'mobil', 'dinas'], { pakai: 9, mobil: 2, dinas: 5 }) // [['pakai','mobil','dinas'], ['mobil','dinas'], ['mobil']]
 */
export function narrowings(words: string[], counts: Record<string, number>): string[][] {
  const steps: string[][] = [words];
  let current = words.filter((w) => (counts[w] ?? 0) > 0);
  steps.push(current);
  while (current.length > 1) {
    // Ties: drop the later word, since people usually put the thing they mean first.
    const commonest = current.reduce((best, w, i) => ((counts[w] ?? 0) >= (counts[current[best]!] ?? 0) ? i : best), 0);
    current = current.filter((_, i) => i !== commonest);
    steps.push(current);
  }
  return steps.filter((step, i) => step.length > 0 && (i === 0 || step.join(' ') !== steps[i - 1]!.join(' ')));
}

/** Fences around an explainer's keyword list in the search index (see ExplainerPage.astro). */
export const KEYWORDS_OPEN = '⸨';
export const KEYWORDS_CLOSE = '⸩';

const fencedRe = new RegExp(`${KEYWORDS_OPEN}[^${KEYWORDS_CLOSE}]*${KEYWORDS_CLOSE}`, 'g');
const openAtEndRe = new RegExp(`${KEYWORDS_OPEN}[^${KEYWORDS_CLOSE}]*$`);
const closedAtStartRe = new RegExp(`^[^${KEYWORDS_OPEN}]*${KEYWORDS_CLOSE}`);

/**
 * A search snippet without the keyword lists the index holds for matching (they read as junk: "like, menyukai,
 * suka, jempol…"), including a list cut off at either end of the snippet.
 * @example withoutKeywordLists('Menekan like ⸨ like, suka ⸩ pada unggahan') // 'Menekan like … pada unggahan'
 */
export function withoutKeywordLists(excerpt: string): string {
  return excerpt
    .replace(fencedRe, '…')
    .replace(closedAtStartRe, '…')
    .replace(openAtEndRe, '…')
    .replace(/(?:\s*…){2,}/g, ' …')
    .replace(/^\s*…\s*$/, '')
    .trim();
}
