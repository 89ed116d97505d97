/**
 * One participant's journey as the load runs it: a distinct valid NIP, the start request, and answers
 * chosen from the content files by the right option's text in any of its phrasings (the API never sends the key).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { parseNip } = await tsImport('../functions/domain/nip.ts', import.meta.url);
const { scenarioSchema } = await tsImport('../functions/schemas/content.ts', import.meta.url);

const SCENARIOS = 'content/scenarios';
/**
 * Whether an option is right, by its text in any phrasing the draw may show (Indonesian, as the journeys
 * start in `id`). Keyed by text, so it works whatever ids the API gives questions and options.
 */
const rightByText = new Map(
  readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => scenarioSchema.parse(JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8'))))
    .flatMap((s) => s.options.flatMap((o) => o.text.map((t) => [t.id, o.key === s.correct]))),
);

const DAY = 86_400_000;
const FIRST_BIRTH = Date.UTC(1965, 0, 1);
const PER_DAY = 999 * 2;

/**
 * The `index`-th NIP of the run: sequence and gender vary fastest, then the birth date, so 2,000 people
 * share a birthday before the next day starts; TMT is the December of the year they turn 25.
 * @example benchNip(0) // '196501011990121001'
 */
function benchNip(index) {
  const birth = new Date(FIRST_BIRTH + Math.floor(index / PER_DAY) * DAY);
  const gender = 1 + (Math.floor(index / 999) % 2);
  const sequence = String(1 + (index % 999)).padStart(3, '0');
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const nip = `${ymd}${birth.getUTCFullYear() + 25}12${gender}${sequence}`;
  const parsed = parseNip(nip);
  if (!parsed.ok) throw new Error(`bench NIP ${nip} is invalid: ${parsed.error}`);
  return nip;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A name of letters only (names refuse digits), distinct per index so rows are told apart by eye. */
function benchName(index) {
  let tag = '';
  for (let n = index; tag.length < 4; n = Math.floor(n / 26)) tag = LETTERS[n % 26] + tag;
  return `Peserta Beban ${tag[0].toUpperCase()}${tag.slice(1)}`;
}

/** The start request of journey `index`, as a participant of `agencyId` (Bantul unless told). */
export function startBody(index, agencyId = 'kab-34.02') {
  return JSON.stringify({
    participant: { nip: benchNip(index), name: benchName(index), agencyId, unit: 'Dinas Pendidikan' },
    locale: 'id',
  });
}

/**
 * Answers for the questions the start response sent: all right, or `wrong` of them wrong. When an option
 * text is not in the content (the bank changed since the build), the key is unknown: every answer is the
 * first option and `keyKnown` is false, so only the status counts, not pass or fail.
 */
export function answersFor(questions, wrong) {
  const keyKnown = questions.every((q) => q.options.filter((o) => rightByText.get(o.text) === true).length === 1);
  const answers = questions.map((q, index) => {
    if (!keyKnown) return { questionId: q.id, optionId: q.options[0].id };
    const correct = q.options.find((o) => rightByText.get(o.text)).id;
    const incorrect = q.options.find((o) => o.id !== correct).id;
    return { questionId: q.id, optionId: index < wrong ? incorrect : correct };
  });
  return { keyKnown, answers };
}
