// The key must not be guessable from wording: form-only guessers run over the bank, in both languages and
// for each phrasing index, and none may score above 35 % (chance is 25 %). Prints every guesser's figures,
// per topic, and the items that give their key away most.
import { describe, expect, it } from 'vitest';
import { LOCALES, TOPICS, type Locale } from '../../functions/schemas/content';
import {
  REVIEW_GUESSER,
  SINGLE_GUESSERS,
  bestCombination,
  credit,
  crossValidatedCombination,
  openingWord,
  picks,
  score,
  type CueItem,
  type Guesser,
} from './cue-guessers';
import { SCENARIOS_DIR, scenarioFiles } from './scenario-files';

const LIMIT = 0.35;

interface RawScenario {
  id: string;
  category: string;
  options: { key: string; text: unknown }[];
  correct: string;
}

// Read leniently (an option's text may still be one phrasing in the old format), so a writer sees the
// figure of the whole folder while other topics are being rewritten; the schema test judges the format.
function phrasingsOf(text: unknown): Record<Locale, string>[] {
  return (Array.isArray(text) ? text : [text]) as Record<Locale, string>[];
}
const scenarios = scenarioFiles.flatMap(({ json }) => {
  const s = json as RawScenario;
  const ok =
    typeof s?.id === 'string' &&
    Array.isArray(s.options) &&
    s.options.every((o) => phrasingsOf(o?.text).every((p) => typeof p?.id === 'string' && typeof p?.en === 'string'));
  return ok ? [s] : [];
});

/** One pass = one language and one phrasing index (an option with fewer phrasings keeps its last). */
interface Pass {
  name: string;
  items: CueItem[];
}
const phrasingCount = Math.max(1, ...scenarios.flatMap((s) => s.options.map((o) => phrasingsOf(o.text).length)));
const passes: Pass[] = LOCALES.flatMap((locale) =>
  Array.from({ length: phrasingCount }, (_, p) => ({
    name: `${locale}#${p + 1}`,
    items: scenarios.map((s) => ({
      id: s.id,
      topic: s.category,
      locale,
      correct: s.correct,
      options: s.options.map((o) => {
        const phrasings = phrasingsOf(o.text);
        return { key: o.key, text: phrasings[Math.min(p, phrasings.length - 1)]![locale] };
      }),
    })),
  })),
);

/**
 * Every guesser for a pass: the fixed ones plus the best combination, learnt on one half of the bank and
 * scored on the other (its chains named apart). The combination fitted and scored on the same items is
 * printed too, but not held to the limit: it finds chance patterns (about 32 % on 100 random keys).
 */
function guessersFor(pass: Pass): { guessers: Guesser[]; chain: string; inSample: number } {
  const combination = crossValidatedCombination(pass.items);
  const fitted = bestCombination(pass.items);
  return {
    guessers: [...SINGLE_GUESSERS, REVIEW_GUESSER, { ...combination, name: 'best combination (cross-validated)' }],
    chain: `${combination.name}; fitted to all items: ${percent(score(fitted, pass.items))} [${fitted.name.replace('best combination: ', '')}]`,
    inSample: score(fitted, pass.items),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const pad = (s: string, n: number) => s.padEnd(n);

function report() {
  const perPass = passes.map((pass) => {
    const { guessers, chain } = guessersFor(pass);
    return { pass, guessers, chain, scores: guessers.map((g) => score(g, pass.items)) };
  });
  const names = perPass[0]!.guessers.map((g) => g.name);
  const worst = names.map((name, g) => {
    const at = perPass.reduce((w, p, i) => (p.scores[g]! > perPass[w]!.scores[g]! ? i : w), 0);
    return { name, value: perPass[at]!.scores[g]!, pass: perPass[at]!, guesser: perPass[at]!.guessers[g]! };
  });

  const lines: string[] = [];
  lines.push(
    `Cue check: ${scenarios.length} scenarios in ${SCENARIOS_DIR} (${scenarioFiles.length - scenarios.length} unreadable files skipped); chance 25 %, limit ${percent(LIMIT)}`,
  );
  lines.push(`${pad('guesser', 58)}${perPass.map((p) => p.pass.name.padStart(9)).join('')}    worst`);
  names.forEach((name, g) =>
    lines.push(
      `${pad(name, 58)}${perPass.map((p) => percent(p.scores[g]!).padStart(9)).join('')}  ${percent(worst[g]!.value).padStart(7)}`,
    ),
  );
  for (const p of perPass) lines.push(`  ${p.pass.name} ${p.chain}`);

  const topics = TOPICS.filter((t) => scenarios.some((s) => s.category === t));
  lines.push('', `Per topic (each guesser at its worst pass):`);
  lines.push(`${pad('guesser', 40)}${topics.map((t) => t.slice(0, 12).padStart(13)).join('')}`);
  for (const w of worst) {
    const cells = topics.map((t) => {
      const items = w.pass.pass.items.filter((i) => i.topic === t);
      return `${percent(score(w.guesser, items))} (${items.length})`.padStart(13);
    });
    lines.push(`${pad(w.name.slice(0, 39), 40)}${cells.join('')}`);
  }

  // How much an item gives away: its mean credit over every guesser and pass (25 % for an item with no cue).
  const exposure = scenarios.map((s) => {
    let sum = 0;
    let count = 0;
    const hits = new Set<string>();
    for (const p of perPass) {
      const item = p.pass.items.find((i) => i.id === s.id)!;
      for (const g of p.guessers) {
        const c = credit(g, item);
        sum += c;
        count++;
        if (c === 1 && !g.name.startsWith('best combination')) hits.add(g.name);
      }
    }
    return { id: s.id, topic: s.category, value: sum / count, hits: [...hits] };
  });
  exposure.sort((a, b) => b.value - a.value);
  lines.push('', 'Items giving their key away most (mean credit over all guessers and passes; guessers that pick the key alone):');
  for (const e of exposure.slice(0, 15)) lines.push(`  ${percent(e.value).padStart(7)}  ${e.topic}/${e.id}: ${e.hits.join(', ') || '-'}`);
  return { worst, exposure, text: lines.join('\n') };
}

describe('form-only guessers', () => {
  const item = (texts: string[], correct = 'a', locale: Locale = 'id'): CueItem => ({
    id: 'x',
    topic: 'social-media',
    locale,
    correct,
    options: texts.map((text, i) => ({ key: 'abcd'[i]!, text })),
  });
  const guesser = (name: string) => SINGLE_GUESSERS.find((g) => g.name === name)!;

  it('gives 1/k credit when k options tie', () => {
    const tied = item(['Boleh, karena x', 'Boleh, asal y', 'Boleh, asal z', 'Boleh, bila w']);
    expect(picks(guesser('hedge words: avoid'), tied)).toEqual(['a', 'd']);
    expect(credit(guesser('hedge words: avoid'), tied)).toBe(0.5);
    expect(credit(guesser('hedge words: pick'), tied)).toBe(0);
    expect(credit(guesser('longest option'), item(['abc', 'abc', 'abc', 'abc']))).toBe(0.25);
  });

  it('finds the odd opening only when the other three open alike', () => {
    expect(openingWord('“Boleh, asal …')).toBe('boleh');
    expect(picks(guesser('odd opening: pick'), item(['Menolak x', 'Tetap y', 'Tetap z', 'Tetap w']))).toEqual(['a']);
    expect(picks(guesser('odd opening: pick'), item(['Menolak x', 'Menolak y', 'Tetap z', 'Tetap w']))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads hedges, absolutes and refusals as words, in each language', () => {
    expect(picks(guesser('hedge words: pick'), item(['Berasal dari x', 'Boleh asalkan y', 'c', 'd']))).toEqual(['b']);
    expect(picks(guesser('absolute words: pick'), item(['only this', 'all of it, always', 'c', 'd'], 'a', 'en'))).toEqual(['b']);
    expect(picks(guesser('refusal opening: pick'), item(['Tidak boleh; x', 'Boleh, tidak y', 'c', 'd']))).toEqual(['a']);
    expect(picks(guesser('refusal opening: pick'), item(['Say yes', "Don't reply", 'c', 'd'], 'a', 'en'))).toEqual(['b']);
  });

  it('chains cues: the review rule and the fitted best combination beat a biased bank', () => {
    const biased = Array.from({ length: 8 }, (_, n) => ({
      ...item([`Menolak dan melapor ${n}`, 'Boleh, asal sebentar', 'Boleh, asal tertutup', 'Boleh, karena malam'], 'a'),
      id: `i${n}`,
    }));
    expect(score(REVIEW_GUESSER, biased)).toBe(1);
    expect(score(bestCombination(biased), biased)).toBe(1);
    expect(score(crossValidatedCombination(biased), biased)).toBe(1);
    const fair = biased.map((b, n) => ({ ...b, correct: 'abcd'[Math.floor(n / 2)]! }));
    expect(score(REVIEW_GUESSER, fair)).toBe(0.25);
    expect(score(crossValidatedCombination(fair), fair)).toBe(0.25);
  });
});

describe(`the bank in ${SCENARIOS_DIR}`, () => {
  it('has scenarios to measure', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  it(`lets no form-only guesser score above ${percent(LIMIT)}, in either language, with any phrasing`, () => {
    const { worst, exposure, text } = report();
    console.log(text);
    const over = worst.filter((w) => w.value > LIMIT).map((w) => `${w.name}: ${percent(w.value)} (${w.pass.pass.name})`);
    const items = over.length ? exposure.slice(0, 10).map((e) => `${e.topic}/${e.id} ${percent(e.value)}`) : [];
    expect({ over, worstItems: items }).toEqual({ over: [], worstItems: [] });
  });
});
