/**
 * Agency search as people type it: short names (PPU, Kemenag), "Pemkab"/"Kab."/"Kota" forms, small
 * typos, and the unit they think of first (Dinas Pendidikan, SDN 001, puskesmas). Pure: the index is
 * built once from the stored agencies and their aliases, then every query is matched in memory.
 */

export type AgencyKind = 'province' | 'regency' | 'city' | 'central';

export interface SearchableAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  province: string | null;
  /** Short and former names from scripts/data/agency-aliases.json. */
  aliases: string[];
}

/** Why the answer carries a hint: the query named a unit (school, dinas…), or nothing matched. */
export type AgencySearchHint = 'unit' | 'noMatch';

export interface AgencySearchResult<A> {
  agencies: A[];
  /** exact: every word matched as typed; approximate: a typo was forgiven or a word left unmatched. */
  match: 'exact' | 'approximate' | 'none';
  hint: AgencySearchHint | null;
}

const AGENCY_SEARCH_LIMIT = 20;

type KindHint = AgencyKind | 'regional';

// The government a word names; "pemerintah" alone says nothing.
const KIND_WORDS: Record<string, KindHint> = {
  kab: 'regency',
  kabupaten: 'regency',
  pemkab: 'regency',
  bupati: 'regency',
  kota: 'city',
  kotamadya: 'city',
  pemkot: 'city',
  walikota: 'city',
  prov: 'province',
  provinsi: 'province',
  propinsi: 'province',
  pemprov: 'province',
  gubernur: 'province',
  pemda: 'regional',
};

// A school, a health centre, a dinas or a village office belongs to its kabupaten/kota (or province):
// these words say the person typed their unit, not their agency.
const UNIT_WORDS = new Set([
  'dinas',
  'disdik',
  'disdikbud',
  'dikbud',
  'dinkes',
  'disnaker',
  'sdn',
  'sd',
  'smp',
  'smpn',
  'sma',
  'sman',
  'smk',
  'smkn',
  'slb',
  'tk',
  'paud',
  'sekolah',
  'puskesmas',
  'pustu',
  'rsud',
  'kecamatan',
  'kec',
  'kelurahan',
  'kel',
  'desa',
  'uptd',
  'setda',
  'sekda',
  'bappeda',
  'bapenda',
  'bpbd',
  'bkd',
  'bkpsdm',
  'bkpp',
  'bpkad',
  'satpol',
  'inspektorat',
  'camat',
  'lurah',
  'guru',
  'perawat',
  'bidan',
  'nakes',
  'dprd',
]);

// Words that add nothing to tell agencies apart, in a query or in a name.
const FILLER_WORDS = new Set([
  'pemerintah',
  'pemerintahan',
  'kantor',
  'instansi',
  'unit',
  'kerja',
  'bagian',
  'bidang',
  'seksi',
  'negeri',
  'ri',
  'dan',
  'di',
  'dari',
  'untuk',
  'wali',
  'saya',
  'of',
  'the',
]);

// A query naming a ministry or national body keeps its words ("Kementerian Desa" is not a village office).
const centralMarkerRe = /^(kemen|kementerian|badan|lembaga|sekretariat|setjen|komisi|mahkamah|kejaksaan)/;
const regionalPrefixRe = /^pemerintah (provinsi|kabupaten|kota) /;
const numberRe = /^\d+$/;

interface IndexedAgency {
  agency: SearchableAgency;
  /** Terms of the agency's own name and aliases. */
  own: string[];
  /** Terms of its province's name and aliases: a place qualifies, it never finds an agency alone. */
  context: string[];
  /** The name and each alias as term lists: how completely the query names one of them. */
  forms: string[][];
}

export interface AgencyIndex {
  agencies: IndexedAgency[];
  vocabulary: string[];
  known: Set<string>;
}

/**
 * Lower case, no accents, punctuation as spaces: "Kab. Tojo Una-Una" → "kab tojo una una".
 * @example searchText('Kab. Penajam') // 'kab penajam'
 */
export function searchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function terms(text: string): string[] {
  const words = searchText(text)
    .split(' ')
    .filter((w) => w && !FILLER_WORDS.has(w));
  // "Tanjung Pinang" is also typed "Tanjungpinang", and "Labuhanbatu" as "Labuhan Batu".
  const joined = words.slice(1).map((w, i) => words[i] + w);
  return [...words, ...joined];
}

function formTerms(text: string): string[] {
  return searchText(text)
    .split(' ')
    .filter((w) => w && !FILLER_WORDS.has(w));
}

/** Builds the in-memory index; a province's aliases also qualify its kabupaten/kota ("penajam kaltim"). */
export function buildAgencyIndex(list: SearchableAgency[]): AgencyIndex {
  const provinceTerms = new Map<string, string[]>();
  for (const a of list) {
    if (a.kind === 'province' && a.province) provinceTerms.set(a.province, [a.province, ...a.aliases].flatMap(terms));
  }
  const agencies = list.map((agency) => {
    const ownName = searchText(agency.name).replace(regionalPrefixRe, '');
    const forms = [formTerms(ownName), ...agency.aliases.map(formTerms)].filter((f) => f.length > 0);
    const own = [...new Set([ownName, ...agency.aliases].flatMap(terms))];
    const context = agency.kind === 'province' || !agency.province ? [] : (provinceTerms.get(agency.province) ?? terms(agency.province));
    return { agency, own, context, forms };
  });
  const vocabulary = [...new Set(agencies.flatMap((a) => [...a.own, ...a.context]))];
  return { agencies, vocabulary, known: new Set(vocabulary) };
}

interface ParsedQuery {
  words: string[];
  kind: KindHint | null;
  unit: boolean;
  empty: boolean;
}

function parseQuery(query: string, index: AgencyIndex): ParsedQuery {
  const raw = searchText(query).split(' ').filter(Boolean);
  const central = raw.some((w) => centralMarkerRe.test(w));
  let kind: KindHint | null = null;
  let unit = false;
  const words: string[] = [];
  for (const w of raw) {
    if (KIND_WORDS[w]) kind = KIND_WORDS[w];
    else if (UNIT_WORDS.has(w) && !central) unit = true;
    else if (!FILLER_WORDS.has(w) && !numberRe.test(w) && w.length > 1) words.push(w);
    else if (w.length === 2 && index.known.has(w)) words.push(w); // MA, MK, PU…
  }
  return { words: joinSplitWords(words, index), kind, unit, empty: query.trim() === '' };
}

/** "labuhan batu" → "labuhanbatu" when only the joined form is a known term. */
function joinSplitWords(words: string[], index: AgencyIndex): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = words[i] + (words[i + 1] ?? '');
    if (i + 1 < words.length && index.known.has(pair) && !(index.known.has(words[i]) && index.known.has(words[i + 1]))) {
      out.push(pair);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
const CONTEXT = 0.5;
const MIN_PREFIX = 3;

/** How well one query word matches each term of the vocabulary (terms not listed: not at all). */
function termQualities(word: string, index: AgencyIndex, typos: boolean): Map<string, number> {
  const qualities = new Map<string, number>();
  const maxEdits = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  for (const term of index.vocabulary) {
    if (term === word) qualities.set(term, EXACT);
    else if (word.length >= MIN_PREFIX && term.startsWith(word)) qualities.set(term, PREFIX);
    else if (
      typos &&
      maxEdits > 0 &&
      term.length >= 4 &&
      Math.abs(term.length - word.length) <= maxEdits &&
      editDistance(word, term, maxEdits) <= maxEdits
    ) {
      qualities.set(term, TYPO);
    }
  }
  return qualities;
}

interface Scored {
  entry: IndexedAgency;
  score: number;
  matched: number;
  /** Words matched as whole terms, not as a prefix or with a typo. */
  whole: number;
  completeness: number;
}

function scoreAgency(entry: IndexedAgency, perWord: Map<string, number>[]): Scored | null {
  let score = 0;
  let matched = 0;
  let whole = 0;
  let ownMatched = false;
  for (const qualities of perWord) {
    const own = Math.max(0, ...entry.own.map((t) => qualities.get(t) ?? 0));
    const context = CONTEXT * Math.max(0, ...entry.context.map((t) => qualities.get(t) ?? 0));
    const best = Math.max(own, context);
    if (own > 0) ownMatched = true;
    if (best > 0) matched++;
    if (own === EXACT || context === CONTEXT * EXACT) whole++;
    score += best;
  }
  if (!ownMatched) return null;
  const completeness = Math.max(0, ...entry.forms.map((form) => form.filter((t) => perWord.some((q) => q.has(t))).length / form.length));
  return { entry, score, matched, whole, completeness };
}

function fitsKind(agency: SearchableAgency, kind: KindHint): boolean {
  return kind === 'regional' ? agency.kind !== 'central' : agency.kind === kind;
}

/**
 * Best matches first: every word matching as typed (or as a prefix); else with typos forgiven; else the
 * agencies matching the most words. Unit words (dinas, SDN, puskesmas…) restrict to regional
 * governments and ask for a hint; "Pemkab"/"Kota"/"Pemprov" prefer that kind when it has a match.
 * @example searchAgencyIndex(index, 'pemkab panajam').agencies[0].id // 'kab-64.09'
 */
export function searchAgencyIndex(index: AgencyIndex, query: string, limit = AGENCY_SEARCH_LIMIT): AgencySearchResult<SearchableAgency> {
  const parsed = parseQuery(query, index);
  const unitHint: AgencySearchHint | null = parsed.unit ? 'unit' : null;
  if (parsed.empty) {
    const all = [...index.agencies].sort((a, b) => byName(a.agency, b.agency)).slice(0, limit);
    return { agencies: all.map((a) => a.agency), match: 'exact', hint: null };
  }
  if (parsed.words.length === 0 && parsed.kind) {
    // "kabupaten", "pemkot": the list of that kind, as a plain word search on the official names would give.
    const kind = parsed.kind;
    const ofKind = index.agencies.filter((a) => fitsKind(a.agency, kind)).sort((a, b) => byName(a.agency, b.agency));
    return { agencies: ofKind.slice(0, limit).map((a) => a.agency), match: 'exact', hint: unitHint };
  }
  if (parsed.words.length === 0) return { agencies: [], match: 'none', hint: unitHint ?? 'noMatch' };

  const candidates = parsed.unit ? index.agencies.filter((a) => a.agency.kind !== 'central') : index.agencies;
  for (const typos of [false, true]) {
    const perWord = parsed.words.map((w) => termQualities(w, index, typos));
    const scored = candidates.map((a) => scoreAgency(a, perWord)).filter((s): s is Scored => s !== null);
    const complete = scored.filter((s) => s.matched === parsed.words.length);
    // "solo" is Surakarta's own name: Solok, which merely starts with it, is left out.
    const wholeWords = complete.filter((s) => s.whole === parsed.words.length);
    if (wholeWords.length > 0) return answer(wholeWords, parsed, typos ? 'approximate' : 'exact', unitHint, limit);
    if (complete.length > 0) return answer(complete, parsed, typos ? 'approximate' : 'exact', unitHint, limit);
    if (typos && scored.length > 0) {
      // No agency matches every word: keep those matching the most, a ministry before the place of its office.
      const most = Math.max(...scored.map((s) => s.matched));
      return answer(
        scored.filter((s) => s.matched === most),
        parsed,
        'approximate',
        unitHint,
        limit,
        true,
      );
    }
  }
  return { agencies: [], match: 'none', hint: unitHint ?? 'noMatch' };
}

function answer(
  scored: Scored[],
  parsed: ParsedQuery,
  match: 'exact' | 'approximate',
  hint: AgencySearchHint | null,
  limit: number,
  centralFirst = false,
): AgencySearchResult<SearchableAgency> {
  const kind = parsed.kind;
  const ofKind = kind ? scored.filter((s) => fitsKind(s.entry.agency, kind)) : [];
  const chosen = ofKind.length > 0 ? ofKind : scored;
  chosen.sort(
    (a, b) =>
      (centralFirst ? Number(b.entry.agency.kind === 'central') - Number(a.entry.agency.kind === 'central') : 0) ||
      b.score - a.score ||
      b.completeness - a.completeness ||
      byName(a.entry.agency, b.entry.agency),
  );
  return { agencies: chosen.slice(0, limit).map((s) => s.entry.agency), match, hint };
}

function byName(a: SearchableAgency, b: SearchableAgency): number {
  return a.name.length - b.name.length || a.name.localeCompare(b.name);
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return rowMin;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
