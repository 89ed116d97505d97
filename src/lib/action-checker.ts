/** Matching for the action checker: judges what a person typed against the explainers' example actions. Pure, no DOM. */

export type CheckRuling = 'violation' | 'risky' | 'allowed';

/** One action as the checker sees it: its description and the words people use for it. */
export interface CheckableAction {
  text: string;
  /** Words for objects, places and context: they help, but never decide. */
  keywords: readonly string[];
  /** Words naming the act itself: an answer is trusted only when one of them matches. */
  verbs?: readonly string[];
  /** When given, the query must contain one of these for the action to be offered at all. */
  requires?: readonly string[];
  ruling?: CheckRuling;
}

export interface ActionMatch {
  /** Position of the action in the list passed in. */
  index: number;
  score: number;
  /** A word naming the act matched the query. */
  act: boolean;
  /** The query negates something the action relies on ("tanpa izin" against "with permission"). */
  conflict: boolean;
}

export interface Verdict {
  /** Every action worth showing, best first; those tied with the best are ordered strictest first. */
  matches: ActionMatch[];
  /** The answer: the tied best matches that named the act, strictest first; empty when the match is too weak to trust. */
  best: ActionMatch[];
}

// Words that say nothing about the act itself ("may I …", "boleh gak saya …"), slang particles included.
const STOPWORDS = new Set(
  (
    'a an the to of for and or i my me is it can may on in at with as be do does want what if your you am are this that from by ' +
    'should could would allowed ok okay just how im is there someone somebody ' +
    'yang di ke dari untuk dan atau saya aku ini itu dengan pada apakah apa boleh bolehkah akan mau ingin se para sebagai oleh ' +
    'karena jika kalau kalo klo bila kita kami nya gak ga nggak enggak gk sih dong deh kok ya yg dgn utk aja saja nih pas lagi buat ' +
    'jadi menjadi gimana bagaimana kah tolong mohon seorang'
  ).split(' '),
);
/** Words that negate the next meaningful word: "tanpa atribut", "without permission". */
const NEGATORS = new Set(['tanpa', 'without', 'no', 'not', 'tidak', 'bukan', 'non']);
/** "boleh tidak …", "apa tidak …", "… or not" ask a question; they do not negate. */
const QUESTION_WORDS = new Set(['boleh', 'bolehkah', 'apakah', 'apa', 'atau', 'or']);
const NEGATED = '!';
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NUMBER = /^\p{N}+$/u;
const POSSESSIVE = /['’]s\b/g;
const DIACRITICS = /\p{M}/gu;
/** English endings, so "liked", "liking" and "likes" meet "like"; Indonesian words pass through unharmed. */
const ENGLISH_ENDING = /(ing|ed|es|s)$/;
const MIN_PREFIX = 4;
/** Long words also meet inside one another (Indonesian prefixes: "bagikan" in "dibagikan") and across one typo. */
const MIN_FUZZY = 5;
const CLOSE = 0.75;
const VERB_WEIGHT = 4;
const KEYWORD_WEIGHT = 2;
const TEXT_WEIGHT = 1;
/** A match scoring under this share of the best one only shares a common word ("candidate") and is left out. */
const MIN_SHARE_OF_BEST = 0.4;
/** Scores this close count as equal, and then the strictest ruling comes first. */
const TIE = 0.5;
const SEVERITY: Record<CheckRuling, number> = { violation: 0, risky: 1, allowed: 2 };

/** Lower case, no accents or punctuation, single spaces. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(POSSESSIVE, '').replace(NON_WORD, ' ').trim();
}

function stem(word: string): string {
  const bare = word.length > 4 ? word.replace(ENGLISH_ENDING, '') : word;
  return bare.length > 3 ? bare.replace(/e$/, '') : bare;
}

/** The meaningful words of a text, stemmed; a negated word carries a leading "!" ("tanpa atribut" → "!atribut"). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let negate = false;
  let previous = '';
  for (const word of normalize(text).split(' ')) {
    if (NEGATORS.has(word)) negate = !QUESTION_WORDS.has(previous);
    else if (word && !STOPWORDS.has(word) && !NUMBER.test(word)) {
      out.push((negate ? NEGATED : '') + stem(word));
      negate = false;
    }
    previous = word;
  }
  return out;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** How alike two words are: 1 the same, CLOSE for a shared stem, an affix or one typo, 0 otherwise. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  if (a.startsWith(NEGATED) !== b.startsWith(NEGATED)) return 0;
  const [x, y] = [a.replace(NEGATED, ''), b.replace(NEGATED, '')];
  if (x.length >= MIN_PREFIX && y.length >= MIN_PREFIX && (x.startsWith(y) || y.startsWith(x))) return CLOSE;
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  if (short.length >= MIN_FUZZY && (long.includes(short) || oneEditApart(long, short))) return CLOSE;
  return 0;
}

/** Credits the query words a phrase covers (its best placement, words side by side); true if it matched at all. */
function cover(query: string[], phrase: string[], weight: number, credit: number[]): boolean {
  let at = -1;
  let gains: number[] = [];
  for (let start = 0; start + phrase.length <= query.length; start++) {
    const here = phrase.map((p, j) => likeness(query[start + j], p));
    if (here.every((g) => g > 0) && (at < 0 || sum(here) > sum(gains))) [at, gains] = [start, here];
  }
  gains.forEach((g, j) => (credit[at + j] = Math.max(credit[at + j], g * weight)));
  return at >= 0;
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
const phrases = (list: readonly string[] = []) =>
  [...new Set(list.map((k) => tokens(k).join(' ')))].filter(Boolean).map((k) => k.split(' '));

function score(query: string[], action: CheckableAction, index: number): ActionMatch | undefined {
  const credit = query.map(() => 0);
  const requires = phrases(action.requires);
  // Every required phrase is tried, so each one found also counts as a keyword.
  if (requires.length > 0 && !requires.map((p) => cover(query, p, KEYWORD_WEIGHT, credit)).some(Boolean)) return undefined;
  const verbs = phrases(action.verbs);
  const keywords = phrases(action.keywords);
  const act = verbs.map((p) => cover(query, p, VERB_WEIGHT, credit)).some(Boolean);
  keywords.forEach((p) => cover(query, p, KEYWORD_WEIGHT, credit));
  const described = tokens(action.text);
  for (const word of described) cover(query, [word], TEXT_WEIGHT, credit);
  // A negated word ("tanpa izin") that the action's own words state positively ("izin atasan") works against it.
  const positive = [...verbs.flat(), ...keywords.flat()].filter((w) => !w.startsWith(NEGATED));
  const conflict = query.some((q, i) => q.startsWith(NEGATED) && credit[i] === 0 && positive.some((w) => likeness(q.slice(1), w) > 0));
  const total = sum(credit) - (conflict ? KEYWORD_WEIGHT : 0);
  return total > 0 ? { index, score: total, act, conflict } : undefined;
}

/**
 * Judges a query against the actions: ranks them by the act matched first (like, share, attend, drive), then by
 * other keywords, then by words shared with the description; leaves out far weaker matches; puts the strictest ruling
 * first among equal scores; and gives an answer only when the best match named the act and was not negated.
 * @example
 * checkAction('like postingan calon bupati', actions).best[0] // the "like" action, a violation
 */
export function checkAction(query: string, actions: readonly CheckableAction[]): Verdict {
  const words = tokens(query);
  if (words.length === 0) return { matches: [], best: [] };
  const scored = actions.flatMap((action, index) => score(words, action, index) ?? []);
  const top = Math.max(0, ...scored.map((m) => m.score));
  const tied = (m: ActionMatch) => m.score >= top - TIE;
  const severity = (m: ActionMatch) => SEVERITY[actions[m.index].ruling ?? 'allowed'];
  const matches = scored
    .filter((m) => m.score >= top * MIN_SHARE_OF_BEST)
    .sort(
      (a, b) => Number(tied(b)) - Number(tied(a)) || (tied(a) ? severity(a) - severity(b) : 0) || b.score - a.score || a.index - b.index,
    );
  return { matches, best: matches.filter((m) => tied(m) && m.act && !m.conflict) };
}

/** The ranked matches alone, for callers that do not need the answer. */
export function matchActions(query: string, actions: readonly CheckableAction[]): ActionMatch[] {
  return checkAction(query, actions).matches;
}
