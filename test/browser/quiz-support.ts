// Shared steps of the quiz browser tests: a person's details, filling the form, and answering from the content repo.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { ScenarioWithPhrasings as Scenario } from '../../functions/schemas/content';

type Locale = 'id' | 'en';

/** A valid PNS NIP: born 15 March 1985, in service from December 2010, male, sequence 001. */
export const VALID_NIP = '198503152010121001';

/**
 * A valid NIP no earlier run is likely to have used, masked like VALID_NIP (198503**********01): the
 * server limits starts per NIP (a few a minute, five a day, a pause after two failures) and the local
 * D1 outlives a run, so each quiz run takes a new one.
 */
export function freshNip(): string {
  const pick = (n: number) => Math.floor(Math.random() * n);
  const two = (n: number) => String(n).padStart(2, '0');
  return `198503${two(1 + pick(28))}${2005 + pick(16)}${two(1 + pick(12))}${1 + pick(2)}${pick(10)}01`;
}

let currentNip = freshNip();
/**
 * A name with Indonesian particles and punctuation, as people really type it. `nip` is the NIP of the
 * current run: fillIdentity gives PERSON a new one each time.
 */
export const PERSON = {
  get nip() {
    return currentNip;
  },
  name: 'Ni Luh Putu Sri Dewi-Kusuma, S.Pd.',
  agencySearch: 'bandung',
  agency: /Kota Bandung/i,
};

export const labels = {
  id: {
    nip: 'NIP / NI PPPK',
    name: 'Nama lengkap',
    agency: 'Instansi',
    unit: 'Unit kerja (opsional)',
    start: 'Mulai kuis',
    next: 'Berikutnya',
    back: 'Sebelumnya',
    review: 'Periksa jawaban',
    submit: 'Kirim jawaban',
    found: /instansi ditemukan/,
  },
  en: {
    nip: 'NIP / NI PPPK (civil servant number)',
    name: 'Full name',
    agency: 'Agency',
    unit: 'Work unit (optional)',
    start: 'Start the quiz',
    next: 'Next',
    back: 'Previous',
    review: 'Review answers',
    submit: 'Submit answers',
    found: /agencies found/,
  },
} as const;

const scenarios: Scenario[] = readdirSync('content/scenarios')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join('content/scenarios', f), 'utf8')) as Scenario);

/** The scenario (from the content repo, which holds the answer key) whose text the page shows. */
function scenarioShown(text: string, locale: Locale): Scenario {
  const scenario = scenarios.find((s) => s.scenario[locale].trim() === text.trim());
  if (!scenario) throw new Error(`No scenario in content/scenarios has the text: ${text.slice(0, 80)}…`);
  return scenario;
}

/**
 * The text of the right option of the scenario shown, or of a wrong one, among the options on screen:
 * each option shows one of its phrasings, so the key is found by matching any phrasing of it.
 */
export function optionText(text: string, locale: Locale, right: boolean, shown: readonly string[]): string {
  const scenario = scenarioShown(text, locale);
  const phrasingsOf = (isKey: boolean) =>
    scenario.options.filter((o) => (o.key === scenario.correct) === isKey).flatMap((o) => o.text.map((p) => p[locale].trim()));
  const match = shown.find((label) => phrasingsOf(right).includes(label.trim()));
  if (!match) throw new Error(`None of the options shown is a ${right ? 'right' : 'wrong'} phrasing of: ${text.slice(0, 80)}…`);
  return match;
}

/** Fills the identity form as a person would, picking the agency from a real search. */
export async function fillIdentity(
  page: Page,
  locale: Locale,
  person: { nip: string; name: string; agencySearch: string; agency: RegExp } = PERSON,
) {
  if (person === PERSON) currentNip = freshNip();
  const l = labels[locale];
  await page.getByLabel(l.nip).fill(person.nip);
  await page.getByLabel(l.name).fill(person.name);
  await page.getByRole('searchbox', { name: l.agency }).fill(person.agencySearch);
  await expect(page.getByText(l.found)).toBeVisible();
  await page.getByRole('radio', { name: person.agency }).first().check();
}

/** Answers the question on screen (right or wrong) and moves on; returns the scenario text. */
export async function answerQuestion(page: Page, locale: Locale, right: boolean) {
  const question = page.getByRole('group').filter({ has: page.getByRole('radio') });
  const scenario = (await question.locator('legend').textContent())!;
  const shown = await question.locator('label').allTextContents();
  await page.getByRole('radio', { name: optionText(scenario, locale, right, shown), exact: true }).check();
  return scenario;
}

/** Answers all ten questions (`rightCount` of them right), from the first question to the review. */
export async function answerAll(page: Page, locale: Locale, rightCount: number) {
  const l = labels[locale];
  for (let i = 0; i < 10; i++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(locale === 'id' ? `Soal ${i + 1} dari 10` : `Question ${i + 1} of 10`);
    await answerQuestion(page, locale, i < rightCount);
    await page.getByRole('button', { name: i < 9 ? l.next : l.review }).click();
  }
}
