/**
 * The quiz: drawing an attempt's questions from the scenario bank and grading a submission. Pure.
 *
 * What the browser sees is only `publicQuestions`; the drawn set (which opaque option id shows which
 * key, in which phrasing) is stored server-side with the attempt, so the answer key never leaves the
 * server before grading, and grading and feedback refer to exactly what was shown.
 */
import type { Locale, ScenarioWithPhrasings } from '../schemas/content';
import { formatBasis } from '../schemas/legal';
import { shuffle, type RandomInt } from './random';

/** Questions per attempt. */
const ATTEMPT_QUESTION_COUNT = 10;
const MIN_CATEGORIES_PER_ATTEMPT = 5;
/** A pass needs at least this share of correct answers. */
const PASS_MARK_PERCENT = 80;
/** How long an attempt stays open: long enough to read ten scenarios, short enough to be one sitting. */
export const ATTEMPT_TTL_MINUTES = 30;

type OptionKey = ScenarioWithPhrasings['correct'];
type Scenario = ScenarioWithPhrasings;

/** One option as shown in one attempt: its opaque id, the bank key it stands for, and the phrasing shown. */
export interface DrawnOption {
  id: string;
  key: OptionKey;
  /** Index into the bank option's `text` phrasings. */
  phrasing: number;
}

/** One drawn question: an opaque id for this attempt only, the scenario, and its options in the order shown. */
export interface DrawnQuestion {
  id: string;
  scenarioId: string;
  options: DrawnOption[];
}

export type Bank = ReadonlyMap<string, Scenario>;

export function bankFrom(scenarios: readonly Scenario[]): Bank {
  return new Map(scenarios.map((s) => [s.id, s]));
}

/** Crockford base32 without look-alikes: ids that say nothing and survive being read aloud. */
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** 8 characters = 40 bits: unique within an attempt by construction, unrelated across attempts. */
const ID_LENGTH = 8;

interface DrawOptions {
  count?: number;
  /** Scenario ids this participant met in earlier attempts: drawn only when the unseen ones run short. */
  seen?: ReadonlySet<string>;
}

/**
 * Draws `count` scenarios from at least MIN_CATEGORIES_PER_ATTEMPT categories, unseen scenarios first,
 * spread over as many categories as the unseen ones allow. Every question and option gets a fresh
 * random id, options are shuffled and each shows one of its phrasings at random, so neither ids nor
 * option strings collected in one attempt identify the key in the next.
 * @example drawAttempt(bank, cryptoRandomInt, { seen: new Set(['like-candidate-post']) })
 * // [{ id: 'k3m9q2tz', scenarioId: 'asn-may-vote', options: [{ id: '7hfa0c1x', key: 'c', phrasing: 1 }, …] }, …]
 */
export function drawAttempt(
  bank: Bank,
  randomInt: RandomInt,
  { count = ATTEMPT_QUESTION_COUNT, seen = new Set() }: DrawOptions = {},
): DrawnQuestion[] {
  const chosen = chooseScenarios(bank, randomInt, count, seen);
  const ids = uniqueIds(randomInt, count * 5);
  return shuffle(chosen, randomInt).map((scenario) => ({
    id: ids.pop()!,
    scenarioId: scenario.id,
    options: shuffle(scenario.options, randomInt).map((option) => ({
      id: ids.pop()!,
      key: option.key,
      phrasing: randomInt(option.text.length),
    })),
  }));
}

/**
 * Ranks every scenario (unseen before seen; within each, round-robin over shuffled categories so
 * categories alternate) and takes the first `count`; then, if fewer than the minimum of categories are
 * in, trades the lowest-ranked scenario of a repeated category for the best of a missing one.
 */
function chooseScenarios(bank: Bank, randomInt: RandomInt, count: number, seen: ReadonlySet<string>): Scenario[] {
  const categories = new Set([...bank.values()].map((s) => s.category));
  if (bank.size < count || categories.size < MIN_CATEGORIES_PER_ATTEMPT) {
    throw new Error(`The bank needs ${count} scenarios in ${MIN_CATEGORIES_PER_ATTEMPT} categories`);
  }
  const categoryOrder = shuffle([...categories], randomInt);
  const ranked = [false, true].flatMap((isSeen) => {
    const tier = [...bank.values()].filter((s) => seen.has(s.id) === isSeen);
    const piles = categoryOrder.map((category) =>
      shuffle(
        tier.filter((s) => s.category === category),
        randomInt,
      ),
    );
    const dealt: Scenario[] = [];
    for (let round = 0; dealt.length < tier.length; round++) {
      for (const pile of piles) if (round < pile.length) dealt.push(pile[round]!);
    }
    return dealt;
  });

  const chosen = ranked.slice(0, count);
  const rest = ranked.slice(count);
  const countOf = (category: string) => chosen.filter((s) => s.category === category).length;
  while (new Set(chosen.map((s) => s.category)).size < MIN_CATEGORIES_PER_ATTEMPT) {
    const incoming = rest.find((s) => countOf(s.category) === 0)!;
    const outgoing = chosen.findLastIndex((s) => countOf(s.category) > 1);
    rest.splice(rest.indexOf(incoming), 1);
    chosen.splice(outgoing, 1, incoming);
  }
  return chosen;
}

/** `n` distinct random ids. */
function uniqueIds(randomInt: RandomInt, n: number): string[] {
  const ids = new Set<string>();
  while (ids.size < n) {
    ids.add(Array.from({ length: ID_LENGTH }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join(''));
  }
  return [...ids];
}

/** A question as the browser sees it before submitting: no ruling, no correct option, no explanation. */
export interface PublicQuestion {
  id: string;
  scenario: string;
  options: { id: string; text: string }[];
}

/** The questions as sent to the browser: text in the attempt's language and drawn phrasing, opaque ids, no answers. */
export function publicQuestions(drawn: readonly DrawnQuestion[], bank: Bank, locale: Locale): PublicQuestion[] {
  return drawn.map((question) => {
    const scenario = scenarioOf(bank, question.scenarioId);
    return {
      id: question.id,
      scenario: scenario.scenario[locale],
      options: question.options.map((shown) => ({ id: shown.id, text: phrasingOf(scenario, shown)[locale] })),
    };
  });
}

export interface Answer {
  questionId: string;
  optionId: string;
}

export interface Citation {
  law: string;
  article: string;
  text: string;
}

export interface QuestionFeedback {
  questionId: string;
  correct: boolean;
  chosenOptionId: string;
  /** Which option was right; null when the attempt failed and this answer was wrong (see `revealsKey`). */
  correctOptionId: string | null;
  explanation: string;
  basis: Citation[];
}

/** A graded submission: the score, whether it passes, and feedback per question in the attempt's order. */
export interface Grade {
  score: number;
  total: number;
  passed: boolean;
  passMark: number;
  feedback: QuestionFeedback[];
}

export class AnswersMismatchError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super('answers do not match the drawn questions');
  }
}

/**
 * Grades answers against the drawn questions. The answers must cover every drawn question exactly once
 * with one of its option ids; otherwise AnswersMismatchError lists what is wrong (message keys).
 */
export function gradeSubmission(drawn: readonly DrawnQuestion[], answers: readonly Answer[], bank: Bank, locale: Locale): Grade {
  const problems: { path: string; message: string }[] = [];
  const answerByQuestion = new Map<string, string>();
  answers.forEach((answer, index) => {
    const question = drawn.find((q) => q.id === answer.questionId);
    if (!question) problems.push({ path: `answers.${index}.questionId`, message: 'answers.unknownQuestion' });
    else if (answerByQuestion.has(answer.questionId)) problems.push({ path: `answers.${index}.questionId`, message: 'answers.duplicate' });
    else if (!question.options.some((o) => o.id === answer.optionId))
      problems.push({ path: `answers.${index}.optionId`, message: 'answers.unknownOption' });
    answerByQuestion.set(answer.questionId, answer.optionId);
  });
  if (problems.length === 0 && answerByQuestion.size !== drawn.length) problems.push({ path: 'answers', message: 'answers.missing' });
  if (problems.length > 0) throw new AnswersMismatchError(problems);

  const marks = drawn.map((question) => {
    const chosenOptionId = answerByQuestion.get(question.id)!;
    const rightOptionId = correctOptionId(question, bank);
    return { question, chosenOptionId, rightOptionId, correct: chosenOptionId === rightOptionId };
  });
  const score = marks.filter((m) => m.correct).length;
  const total = drawn.length;
  const passed = isPassing(score, total);
  const feedback = marks.map(({ question, chosenOptionId, rightOptionId, correct }): QuestionFeedback => {
    const scenario = scenarioOf(bank, question.scenarioId);
    return {
      questionId: question.id,
      correct,
      chosenOptionId,
      correctOptionId: revealsKey(passed, correct) ? rightOptionId : null,
      explanation: scenario.explanation[locale],
      basis: scenario.basis.map((b) => ({ law: b.law, article: b.article, text: formatBasis(b) })),
    };
  });
  return { score, total, passed, passMark: PASS_MARK_PERCENT, feedback };
}

/**
 * Whether feedback names the right option. A failed attempt says right or wrong for every answer and
 * gives every explanation and legal basis, but names the right option only where the participant
 * chose it: otherwise each failed attempt would hand a script ten keys (the review's harvest), while a
 * participant still learns why from the explanation. A pass reveals all: it already shows the rules
 * are known, and the two it may have missed are worth learning.
 */
function revealsKey(passed: boolean, answeredCorrectly: boolean): boolean {
  return passed || answeredCorrectly;
}

/** Pass mark 80 %: integer arithmetic so 8/10 passes and 7.99/10 could not round up. */
export function isPassing(score: number, total: number): boolean {
  return total > 0 && score * 100 >= PASS_MARK_PERCENT * total;
}

/** Two answer sets are the same submission when they pick the same option for every question. */
export function sameAnswers(a: readonly Answer[], b: readonly Answer[]): boolean {
  const key = (answers: readonly Answer[]) =>
    answers
      .map((x) => `${x.questionId}=${x.optionId}`)
      .sort()
      .join('&');
  return key(a) === key(b);
}

/**
 * The option id under which a drawn question shows its correct answer. Grading uses it; tests and tools
 * that need a right answer use it instead of re-deriving the drawing.
 * @example correctOptionId(attempt.questions[0], bank) // '7hfa0c1x'
 */
export function correctOptionId(question: DrawnQuestion, bank: Bank): string {
  const key = scenarioOf(bank, question.scenarioId).correct;
  return question.options.find((o) => o.key === key)!.id;
}

/** The phrasing a drawn option shows; the first one if the bank lost phrasings since the draw. */
function phrasingOf(scenario: Scenario, shown: DrawnOption) {
  const texts = scenario.options.find((o) => o.key === shown.key)!.text;
  return texts[shown.phrasing] ?? texts[0]!;
}

function scenarioOf(bank: Bank, id: string): Scenario {
  const scenario = bank.get(id);
  // Only possible if a deploy removed a scenario while an attempt using it was open.
  if (!scenario) throw new Error(`Scenario ${id} is no longer in the bank`);
  return scenario;
}
