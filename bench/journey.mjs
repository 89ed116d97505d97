/**
 * One participant's journey as the load runs it: a distinct valid NIP, the start request, and answers
 * chosen from the content files through the domain's own `correctOptionId` (the API never sends the key).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { bankFrom, correctOptionId } = await tsImport('../functions/domain/quiz.ts', import.meta.url);
const { parseNip } = await tsImport('../functions/domain/nip.ts', import.meta.url);
const { firstPhrasings, scenarioSchema } = await tsImport('../functions/schemas/content.ts', import.meta.url);

const SCENARIOS = 'content/scenarios';
const bank = bankFrom(
  readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => firstPhrasings(scenarioSchema.parse(JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8'))))),
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

export function startBody(index) {
  return JSON.stringify({
    participant: { nip: benchNip(index), name: benchName(index), agencyId: 'kab-34.02', unit: 'Dinas Pendidikan' },
    locale: 'id',
  });
}

/**
 * Answers for the questions the start response sent: all right, or `wrong` of them wrong. When a question's
 * id names no scenario in the content (ids made opaque per attempt), the key is unknown: every answer is
 * option "1" and `keyKnown` is false, so only the status counts, not pass or fail.
 */
export function answersFor(questions, wrong) {
  const keyKnown = questions.every((q) => bank.has(q.id));
  const answers = questions.map((q, index) => {
    if (!keyKnown) return { questionId: q.id, optionId: '1' };
    const scenario = bank.get(q.id);
    const optionKeys = q.options.map((o) => scenario.options.find((x) => x.text.id === o.text)?.key);
    const correct = correctOptionId({ scenarioId: q.id, optionKeys }, bank);
    const incorrect = q.options.find((o) => o.id !== correct).id;
    return { questionId: q.id, optionId: index < wrong ? incorrect : correct };
  });
  return { keyKnown, answers };
}
