/**
 * The quiz: drawing an attempt's questions from the scenario bank and grading a submission. Pure.
 *
 * What the browser sees is only `publicQuestions`; the drawn set (which option id is which key) is
 * stored server-side with the attempt, so the answer key never leaves the server before grading.
 */
import type { Locale, Scenario } from '../schemas/content';
import { formatBasis } from '../schemas/legal';
import { shuffle, type RandomInt } from './random';

/** Questions per attempt. */
export const ATTEMPT_QUESTION_COUNT = 10;
export const MIN_CATEGORIES_PER_ATTEMPT = 5;
/** A pass needs at least this share of correct answers. */
export const PASS_MARK_PERCENT = 80;
/** How long an attempt stays open: long enough to read ten scenarios, short enough to be one sitting. */
export const ATTEMPT_TTL_MINUTES = 30;

/** One drawn question: the scenario and its options in the order shown, by option id "1".."4". */
export interface DrawnQuestion {
  scenarioId: string;
  /** optionKeys[i] is the bank key ('a'..'d') of the option shown with id String(i + 1). */
  optionKeys: string[];
}

export type Bank = ReadonlyMap<string, Scenario>;

export function bankFrom(scenarios: readonly Scenario[]): Bank {
  return new Map(scenarios.map((s) => [s.id, s]));
}

/**
 * Draws `count` scenarios spanning as many categories as possible (at least MIN_CATEGORIES_PER_ATTEMPT),
 * with each scenario's options shuffled.
 * @example drawAttempt(bank, cryptoRandomInt) // [{ scenarioId: 'like-candidate-post', optionKeys: ['c','a','d','b'] }, ...]
 */
export function drawAttempt(bank: Bank, randomInt: RandomInt, count = ATTEMPT_QUESTION_COUNT): DrawnQuestion[] {
  const byCategory = new Map<string, Scenario[]>();
  for (const scenario of bank.values()) {
    byCategory.set(scenario.category, [...(byCategory.get(scenario.category) ?? []), scenario]);
  }
  if (bank.size < count || byCategory.size < MIN_CATEGORIES_PER_ATTEMPT) {
    throw new Error(`The bank needs ${count} scenarios in ${MIN_CATEGORIES_PER_ATTEMPT} categories`);
  }
  // Deal round-robin over shuffled categories, so every category appears before any repeats.
  const piles = shuffle([...byCategory.values()], randomInt).map((pile) => shuffle(pile, randomInt));
  const chosen: Scenario[] = [];
  for (let round = 0; chosen.length < count; round++) {
    for (const pile of piles) {
      if (chosen.length < count && round < pile.length) chosen.push(pile[round]!);
    }
  }
  return shuffle(chosen, randomInt).map((scenario) => ({
    scenarioId: scenario.id,
    optionKeys: shuffle(
      scenario.options.map((o) => o.key),
      randomInt,
    ),
  }));
}

/** A question as the browser sees it before submitting: no ruling, no correct option, no explanation. */
export interface PublicQuestion {
  id: string;
  scenario: string;
  options: { id: string; text: string }[];
}

/** The questions as sent to the browser: text in the attempt's language, opaque option ids, no answers. */
export function publicQuestions(drawn: readonly DrawnQuestion[], bank: Bank, locale: Locale): PublicQuestion[] {
  return drawn.map((question) => {
    const scenario = scenarioOf(bank, question.scenarioId);
    return {
      id: scenario.id,
      scenario: scenario.scenario[locale],
      options: question.optionKeys.map((key, index) => ({
        id: optionId(index),
        text: scenario.options.find((o) => o.key === key)!.text[locale],
      })),
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
  correctOptionId: string;
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
    const question = drawn.find((q) => q.scenarioId === answer.questionId);
    if (!question) problems.push({ path: `answers.${index}.questionId`, message: 'answers.unknownQuestion' });
    else if (answerByQuestion.has(answer.questionId)) problems.push({ path: `answers.${index}.questionId`, message: 'answers.duplicate' });
    else if (!isOptionIdOf(question, answer.optionId)) problems.push({ path: `answers.${index}.optionId`, message: 'answers.unknownOption' });
    answerByQuestion.set(answer.questionId, answer.optionId);
  });
  if (problems.length === 0 && answerByQuestion.size !== drawn.length) problems.push({ path: 'answers', message: 'answers.missing' });
  if (problems.length > 0) throw new AnswersMismatchError(problems);

  const feedback = drawn.map((question): QuestionFeedback => {
    const scenario = scenarioOf(bank, question.scenarioId);
    const chosenOptionId = answerByQuestion.get(question.scenarioId)!;
    const rightOptionId = correctOptionId(question, bank);
    return {
      questionId: scenario.id,
      correct: chosenOptionId === rightOptionId,
      chosenOptionId,
      correctOptionId: rightOptionId,
      explanation: scenario.explanation[locale],
      basis: scenario.basis.map((b) => ({ law: b.law, article: b.article, text: formatBasis(b) })),
    };
  });
  const score = feedback.filter((f) => f.correct).length;
  const total = drawn.length;
  return { score, total, passed: isPassing(score, total), passMark: PASS_MARK_PERCENT, feedback };
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
 * that need a right answer use it instead of re-deriving the numbering.
 * @example correctOptionId({ scenarioId: 'like-candidate-post', optionKeys: ['c', 'a', 'd', 'b'] }, bank) // '2' when the key is 'a'
 */
export function correctOptionId(question: DrawnQuestion, bank: Bank): string {
  return optionId(question.optionKeys.indexOf(scenarioOf(bank, question.scenarioId).correct));
}

/** Option ids are the 1-based position in the shown order, so they say nothing about the bank's keys. */
function optionId(index: number): string {
  return String(index + 1);
}

function isOptionIdOf(question: DrawnQuestion, id: string): boolean {
  return question.optionKeys.some((_, index) => optionId(index) === id);
}

function scenarioOf(bank: Bank, id: string): Scenario {
  const scenario = bank.get(id);
  // Only possible if a deploy removed a scenario while an attempt using it was open.
  if (!scenario) throw new Error(`Scenario ${id} is no longer in the bank`);
  return scenario;
}
