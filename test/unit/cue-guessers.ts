/**
 * Form-only guessers for the quiz: they read the wording of the four options, never the scenario, and
 * pick what looks like the key. If any of them beats chance (25 %) by much, a person who knows nothing
 * can pass. Pure functions; `quiz-cues.test.ts` runs them over the bank.
 */
import type { Locale } from '../../functions/schemas/content';

/** One question as a guesser sees it: one phrasing per option, in one language. */
export interface CueItem {
  id: string;
  topic: string;
  locale: Locale;
  options: { key: string; text: string }[];
  correct: string;
}

/** Gives every option a number; the guesser picks among the options with the highest. */
type Cue = (item: CueItem) => number[];

export interface Guesser {
  name: string;
  /** A chain of cues: the first narrows the options, each next one breaks the remaining ties. */
  cues: Cue[];
}

const word = (alternatives: string[]) => new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'giu');
const opening = (alternatives: string[]) => new RegExp(`^\\P{L}*(?:${alternatives.join('|')})(?!\\p{L})`, 'iu');

const HEDGE: Record<Locale, RegExp> = {
  id: word(['asal', 'asalkan', 'selama', 'sepanjang', 'dengan syarat', 'kecuali']),
  en: word(['as long as', 'so long as', 'provided', 'providing', 'on condition', 'unless']),
};
const ABSOLUTE: Record<Locale, RegExp> = {
  id: word([
    'hanya',
    'apa pun',
    'apapun',
    'semua',
    'semuanya',
    'sama sekali',
    'pasti',
    'selalu',
    'tidak pernah',
    'mana pun',
    'manapun',
    'siapa pun',
    'seluruh',
    'segala',
    'seumur hidup',
    'mutlak',
    'sepenuhnya',
  ]),
  en: word([
    'only',
    'any',
    'anything',
    'anyone',
    'all',
    'never',
    'always',
    'every',
    'everything',
    'whatsoever',
    'at all',
    'entirely',
    'whatever',
    'completely',
    'absolutely',
  ]),
};
const REFUSAL: Record<Locale, RegExp> = {
  id: opening(['tidak', 'tak', 'menolak', 'tolak', 'dilarang', 'keluar', 'mundur', 'jangan', 'bukan', 'salah', 'enggan']),
  en: opening([
    'no',
    'not',
    'refuse',
    'refusing',
    'decline',
    'declining',
    'leave',
    "don't",
    'do not',
    'never',
    'it is not',
    "it's not",
    'say no',
    'stay out',
    'withdraw',
    'step down',
    'turn down',
  ]),
};
const WITHOUT: Record<Locale, RegExp> = { id: word(['tanpa']), en: word(['without']) };

const has = (pattern: RegExp, text: string) => (text.match(pattern) ?? []).length;
const perOption =
  (f: (text: string, locale: Locale) => number): Cue =>
  (item) =>
    item.options.map((o) => f(o.text, item.locale));
const negate =
  (cue: Cue): Cue =>
  (item) =>
    cue(item).map((x) => -x);

/** The first word, lower case, without punctuation: "Boleh, asal …" → "boleh". */
export function openingWord(text: string): string {
  return (text.toLowerCase().match(/\p{L}+/u) ?? [''])[0]!;
}

/** 1 for the one option whose first word differs when the other three share theirs; 0 otherwise. */
const oddOpening: Cue = (item) => {
  const words = item.options.map((o) => openingWord(o.text));
  return words.map((w, i) => {
    const others = words.filter((_, j) => j !== i);
    return others.every((x) => x === others[0]) && w !== others[0] ? 1 : 0;
  });
};

const hedge = perOption((t, l) => Math.min(1, has(HEDGE[l], t)));
const absolute = perOption((t, l) => has(ABSOLUTE[l], t));
const refusal = perOption((t, l) => (REFUSAL[l].test(t) ? 1 : 0));
const without = perOption((t, l) => Math.min(1, has(WITHOUT[l], t)));
const length = perOption((t) => t.length);

/** Single cues, each in both directions (a bank can be biased either way). */
export const SINGLE_GUESSERS: Guesser[] = [
  { name: 'hedge words: pick', cues: [hedge] },
  { name: 'hedge words: avoid', cues: [negate(hedge)] },
  { name: 'odd opening: pick', cues: [oddOpening] },
  { name: 'odd opening: avoid', cues: [negate(oddOpening)] },
  { name: 'longest option', cues: [length] },
  { name: 'shortest option', cues: [negate(length)] },
  { name: 'absolute words: pick', cues: [absolute] },
  { name: 'absolute words: avoid', cues: [negate(absolute)] },
  { name: 'refusal opening: pick', cues: [refusal] },
  { name: 'refusal opening: avoid', cues: [negate(refusal)] },
  { name: 'tanpa/without: pick', cues: [without] },
  { name: 'tanpa/without: avoid', cues: [negate(without)] },
];

/** The rule the 2026-12 content review measured at 64 %: odd opening, else drop hedged options and prefer a refusal or "tanpa". */
export const REVIEW_GUESSER: Guesser = {
  name: "review's rule (odd opening > no hedge > refusal/tanpa)",
  cues: [oddOpening, negate(hedge), (item) => refusal(item).map((r, i) => r + without(item)[i]!)],
};

/** The options a guesser keeps after applying its cues in turn. */
export function picks(guesser: Guesser, item: CueItem): string[] {
  let candidates = item.options.map((_, i) => i);
  for (const cue of guesser.cues) {
    const values = cue(item);
    const best = Math.max(...candidates.map((i) => values[i]!));
    candidates = candidates.filter((i) => values[i] === best);
  }
  return candidates.map((i) => item.options[i]!.key);
}

/** Expected credit on one item: a guesser that keeps k options, one of them the key, scores 1/k. */
export function credit(guesser: Guesser, item: CueItem): number {
  const kept = picks(guesser, item);
  return kept.includes(item.correct) ? 1 / kept.length : 0;
}

/** The mean expected credit over the items, 0..1. */
export function score(guesser: Guesser, items: readonly CueItem[]): number {
  return items.length === 0 ? 0 : items.reduce((sum, item) => sum + credit(guesser, item), 0) / items.length;
}

/**
 * The best combination on these items: greedy forward selection over the single cues (up to four), each
 * step adding the cue that raises the score most. Scored on the items it was fitted to, it is optimistic:
 * on a bank of 100 items whose keys were placed at random it still reaches about 32 %.
 */
export function bestCombination(items: readonly CueItem[], pool: readonly Guesser[] = SINGLE_GUESSERS): Guesser {
  let chain: Guesser = { name: 'best combination: (none)', cues: [] };
  let chainScore = score(chain, items);
  const used: string[] = [];
  for (let step = 0; step < 4; step++) {
    let next: { guesser: Guesser; name: string; value: number } | undefined;
    for (const single of pool) {
      if (used.includes(single.name)) continue;
      const candidate = { name: '', cues: [...chain.cues, ...single.cues] };
      const value = score(candidate, items);
      if (value > chainScore + 1e-9 && (!next || value > next.value)) next = { guesser: candidate, name: single.name, value };
    }
    if (!next) break;
    used.push(next.name);
    chain = { name: `best combination: ${used.join(' > ')}`, cues: next.guesser.cues };
    chainScore = next.value;
  }
  return chain;
}

/**
 * The best combination as a guesser who learns from some questions and meets others: the bank is split in
 * two halves (alternate items by id), the chain fitted on one half answers the other. Cues that really
 * leak the key carry over; chance patterns of one half do not.
 */
export function crossValidatedCombination(items: readonly CueItem[], pool: readonly Guesser[] = SINGLE_GUESSERS): Guesser {
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id));
  const halves = [sorted.filter((_, i) => i % 2 === 0), sorted.filter((_, i) => i % 2 === 1)];
  const fitted = halves.map((half) => bestCombination(half, pool));
  const inFirstHalf = new Set(halves[0]!.map((item) => item.id));
  const cue: Cue = (item) => {
    const kept = picks(inFirstHalf.has(item.id) ? fitted[1]! : fitted[0]!, item);
    return item.options.map((o) => (kept.includes(o.key) ? 1 : 0));
  };
  return {
    name: `best combination, cross-validated [${fitted.map((g) => g.name.replace('best combination: ', '')).join(' | ')}]`,
    cues: [cue],
  };
}
