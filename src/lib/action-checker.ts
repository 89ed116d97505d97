/** Matching for the action checker: ranks the explainers' example actions against what a person typed. Pure, no DOM. */

/** One action as the checker sees it: its description and the extra words people use for it. */
export interface CheckableAction {
  text: string;
  keywords: readonly string[];
}

export interface ActionMatch {
  /** Position of the action in the list passed in. */
  index: number;
  score: number;
}

// Words that say nothing about the act itself ("may I …", "boleh saya …").
const STOPWORDS = new Set(
  (
    'a an the to of for and or i my me is it can may on in at with as be do does want what if your you am are this that from by ' +
    'yang di ke dari untuk dan atau saya aku ini itu dengan pada apakah apa boleh bolehkah tidak akan mau ingin se para sebagai oleh karena jika kalau bila kita kami nya'
  ).split(' '),
);
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const POSSESSIVE = /['’]s\b/g;
const DIACRITICS = /\p{M}/gu;
/** English endings, so "liked", "liking" and "likes" meet "like"; Indonesian words pass through unharmed. */
const ENGLISH_ENDING = /(ing|ed|es|s)$/;
const MIN_PREFIX = 4;
const KEYWORD_WEIGHT = 3;
const PREFIX_WEIGHT = 0.5;
/** A match scoring under this share of the best one only shares a common word ("candidate") and is left out. */
const MIN_SHARE_OF_BEST = 0.4;

/** Lower case, no accents or punctuation, single spaces. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(POSSESSIVE, '').replace(NON_WORD, ' ').trim();
}

function stem(word: string): string {
  const bare = word.length > 4 ? word.replace(ENGLISH_ENDING, '') : word;
  return bare.length > 3 ? bare.replace(/e$/, '') : bare;
}

/** The meaningful words of a text, stemmed. */
export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w))
    .map(stem);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= MIN_PREFIX && b.length >= MIN_PREFIX && (a.startsWith(b) || b.startsWith(a));
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => words[i + j] === p)) return true;
  }
  return false;
}

/**
 * Ranks actions by how well they match a query: a keyword phrase found in the query counts most
 * (more for longer phrases), then words shared with the action's description. Best first; actions
 * that share nothing with the query, or far less than the best match, are left out.
 * @example
 * matchActions('like a candidate’s post', actions)[0] // { index: 0, score: 8 }: the "like" action
 */
export function matchActions(query: string, actions: readonly CheckableAction[]): ActionMatch[] {
  const words = tokens(query);
  if (words.length === 0) return [];
  const matches: ActionMatch[] = [];
  actions.forEach((action, index) => {
    let score = 0;
    for (const keyword of new Set(action.keywords.map((k) => tokens(k).join(' ')))) {
      const phrase = keyword.split(' ').filter(Boolean);
      if (phrase.length === 0) continue;
      if (containsPhrase(words, phrase)) score += KEYWORD_WEIGHT * phrase.length;
      else if (phrase.length === 1 && words.some((w) => sameWord(w, phrase[0]))) score += KEYWORD_WEIGHT * PREFIX_WEIGHT;
    }
    const described = new Set(tokens(action.text));
    for (const word of new Set(words)) {
      if (described.has(word)) score += 1;
      else if ([...described].some((d) => sameWord(d, word))) score += PREFIX_WEIGHT;
    }
    if (score > 0) matches.push({ index, score });
  });
  const best = Math.max(0, ...matches.map((m) => m.score));
  return matches.filter((m) => m.score >= best * MIN_SHARE_OF_BEST).sort((a, b) => b.score - a.score || a.index - b.index);
}
