// The scenario bank (content/scenarios, or SCENARIOS_DIR): every file is valid, and the bank is big and varied enough.
import { describe, expect, it } from 'vitest';
import { firstPhrasings, scenarioSchema, TOPICS, type ScenarioWithPhrasings } from '../../functions/schemas/content';
import { CUSTOM_DIR, SCENARIOS_DIR, scenarioFiles } from './scenario-files';

const MIN_TOTAL = 160;
const MIN_PER_TOPIC = 14;

const scenarios = scenarioFiles.flatMap((p) => (p.result.success ? [p.result.data] : []));
const topicsPresent = TOPICS.filter((t) => scenarios.some((s) => s.category === t));
const count = (list: ScenarioWithPhrasings[], f: (s: ScenarioWithPhrasings) => boolean) => list.filter(f).length;

/** Words shared by two texts, over the words of the shorter: near 1 when one scenario restates the other. */
function overlap(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size);
}

describe(`scenario bank in ${SCENARIOS_DIR}`, () => {
  it.each(scenarioFiles)('$file matches the schema', ({ file, result }) => {
    const problems = result.success ? [] : result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
  });

  it('names each file after its scenario id', () => {
    const mismatched = scenarioFiles.filter(({ file, result }) => result.success && `${result.data.id}.json` !== file).map((p) => p.file);
    expect(mismatched).toEqual([]);
  });

  it(`has at least ${MIN_PER_TOPIC} scenarios in each topic, with allowed or risky acts as well as violations`, () => {
    expect(scenarios.length).toBeGreaterThan(0);
    const summary = topicsPresent.map((t) => {
      const inTopic = scenarios.filter((s) => s.category === t);
      return {
        topic: t,
        total: inTopic.length,
        violation: count(inTopic, (s) => s.ruling === 'violation'),
        notViolation: count(inTopic, (s) => s.ruling !== 'violation'),
      };
    });
    console.log(summary.map((s) => `${s.topic}: ${s.total} (${s.violation} violation, ${s.notViolation} allowed/risky)`).join('\n'));
    expect(summary.filter((s) => s.total < MIN_PER_TOPIC || s.notViolation < 2)).toEqual([]);
  });

  // A folder chosen by hand may hold only some topics; the shipped bank must hold them all.
  it.skipIf(CUSTOM_DIR)(`holds every topic and at least ${MIN_TOTAL} scenarios`, () => {
    expect(topicsPresent).toEqual([...TOPICS]);
    expect(scenarios.length).toBeGreaterThanOrEqual(MIN_TOTAL);
  });

  it('makes a conditional "Boleh, asal …" answer the key more than once', () => {
    const conditionalKeys = scenarios.filter((s) =>
      /(?<!\p{L})(asal|asalkan|selama)(?!\p{L})/iu.test(s.options.find((o) => o.key === s.correct)!.text[0]!.id),
    );
    expect(conditionalKeys.map((s) => s.id).length).toBeGreaterThanOrEqual(3);
  });

  it('speaks of the participant\'s "pasangan", not a husband or wife that assumes their gender', () => {
    const gendered = scenarios.filter(
      (s) => /(?<!\p{L})(suami|istri) Anda(?!\p{L})/iu.test(s.scenario.id) || /\byour (husband|wife)\b/i.test(s.scenario.en),
    );
    expect(gendered.map((s) => s.id)).toEqual([]);
  });

  it('marks a scenario about a DPRD, governor, regent or mayor candidate as a local election (MK 135/PUU-XXII/2024)', () => {
    const candidateForLocalOffice = /calon (wakil )?(bupati|wali ?kota|gubernur)|(calon|caleg)( anggota)? DPRD/iu;
    const unmarked = scenarios.filter((s) => candidateForLocalOffice.test(s.scenario.id) && s.election !== 'local' && s.election !== 'any');
    expect(unmarked.map((s) => s.id)).toEqual([]);
  });

  // The 2026-12 review found these pairs teach the same point; one of each goes (or is rewritten under a new id).
  it('keeps at most one scenario of each near-duplicate pair named in the review', () => {
    const pairs = [
      ['report-asn-breach-right-channel', 'report-colleague-campaign-post'],
      ['boss-urges-staff-to-back-candidate', 'threat-of-transfer-for-not-supporting'],
      ['grant-in-exchange-for-votes', 'remove-aid-recipients-rival-supporters'],
      ['accompany-spouse-to-kpu-registration', 'attend-spouse-campaign-passively'],
    ];
    const ids = new Set(scenarioFiles.map((f) => f.file.replace(/\.json$/, '')));
    expect(pairs.filter((pair) => pair.every((id) => ids.has(id)))).toEqual([]);
  });

  it('has no two scenarios with nearly the same wording', () => {
    const pairs: string[] = [];
    scenarios.forEach((a, i) =>
      scenarios.slice(i + 1).forEach((b) => {
        const similarity = overlap(a.scenario.id, b.scenario.id);
        if (similarity > 0.75) pairs.push(`${a.id} ≈ ${b.id} (${Math.round(similarity * 100)} % of words shared)`);
      }),
    );
    expect(pairs).toEqual([]);
  });
});

describe('scenario schema', () => {
  const phrasings = (key: string) => [
    { id: `Pilihan ${key}, kata pertama`, en: `Option ${key}, first wording` },
    { id: `Pilihan ${key}, kata kedua`, en: `Option ${key}, second wording` },
  ];
  const valid = {
    id: 'fixture-scenario',
    category: 'social-media',
    ruling: 'violation',
    election: 'local',
    scenario: { id: 'Situasi', en: 'Situation' },
    options: ['a', 'b', 'c', 'd'].map((key) => ({ key, text: phrasings(key) })),
    correct: 'c',
    explanation: { id: 'Penjelasan', en: 'Explanation' },
    basis: [{ law: 'pp-94-2021', article: 'Pasal 5 huruf n angka 1' }],
  };
  const messages = (data: unknown) => {
    const result = scenarioSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const withOption = (index: number, text: unknown) => ({
    ...valid,
    options: valid.options.map((o, i) => (i === index ? { ...o, text } : o)),
  });

  it('accepts the format and names what is wrong in a malformed scenario', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, election: undefined })).toEqual([]);
    expect(messages(withOption(1, phrasings('b').slice(0, 1)))).toEqual(['options.1.text: each option needs at least 2 phrasings']);
    expect(messages(withOption(1, { id: 'x', en: 'y' }))).toEqual([
      'options.1.text: text is a list of phrasings, each { "id": "…", "en": "…" }',
    ]);
    expect(messages({ ...valid, options: valid.options.slice(0, 3) })).toEqual(['options: a scenario needs exactly 4 options']);
    expect(messages({ ...valid, election: 'regional' })).toEqual(['election: election is one of national, local, any']);
    expect(messages(withOption(2, [phrasings('c')[0], phrasings('c')[0]]))).toEqual([
      'options.2.text.1.id: the same words as option c phrasing 1; each phrasing must differ',
      'options.2.text.1.en: the same words as option c phrasing 1; each phrasing must differ',
    ]);
    expect(messages({ ...valid, correct: 'e' })).toEqual(['correct: an option key is one of a, b, c, d']);
    expect(messages({ ...valid, options: valid.options.map((o) => ({ ...o, key: 'a' })) })).toContain(
      'options: option keys must be unique',
    );
  });

  it('serves the quiz the first phrasing of each option until drawing picks among them', () => {
    const served = firstPhrasings(scenarioSchema.parse(valid));
    expect(served.options.map((o) => o.text)).toEqual(['a', 'b', 'c', 'd'].map((key) => phrasings(key)[0]));
    expect(served.correct).toBe('c');
  });
});
