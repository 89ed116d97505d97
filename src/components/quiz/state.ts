/**
 * The quiz journey as data: which step is shown, the answers so far, and the moves between steps. Pure (no DOM,
 * no storage), so every move is unit-tested; quiz-app.ts renders whatever state these functions return.
 */
import type { StartAttemptResponse, SubmitResponse } from '../../../functions/schemas/api';
import type { Participant } from '../../../functions/schemas/participant';
import type { Locale } from '../../../functions/schemas/content';

export type Step = 'identity' | 'question' | 'review' | 'result';

/** A personal quiz link (#t=…): the roster's identity, shown read-only; only the token is sent. */
export interface PersonalLink {
  token: string;
  name: string;
  nip: string;
  agency: string;
  unit: string | null;
}

export interface QuizState {
  step: Step;
  participant?: Participant;
  /** Set while the quiz runs from a personal link: the identity is the roster's, not typed. */
  link?: PersonalLink;
  agencyName?: string;
  attempt?: StartAttemptResponse;
  /** The language the attempt was drawn in: its questions stay in it when the page's language changes. */
  locale?: Locale;
  /** Chosen option id by question id. */
  answers: Record<string, string>;
  /** The question shown (or last shown). */
  index: number;
  /** Set when a question was opened from the review: Next then goes straight back to it. */
  fromReview?: boolean;
  result?: SubmitResponse;
}

export const initialState = (): QuizState => ({ step: 'identity', answers: {}, index: 0 });

/** A state saved in sessionStorage, read back; anything unreadable (private mode, an older shape) starts fresh. */
export function restore(saved: string | null): QuizState {
  try {
    const state = saved ? JSON.parse(saved) : null;
    if (state && typeof state === 'object' && state.answers && typeof state.answers === 'object') {
      return { ...state, index: Number.isInteger(state.index) ? state.index : 0 };
    }
  } catch {
    // Corrupt entry: start fresh.
  }
  return initialState();
}

/** The step to show: a saved state missing what its step needs (an older or broken entry) falls back to the form. */
export function shownStep(state: QuizState): Step {
  const { step, attempt, result } = state;
  if (step === 'question' && attempt && !attempt.questions[state.index]) return 'identity';
  if ((step !== 'identity' && !attempt) || (step === 'result' && !result)) return 'identity';
  return step;
}

/** Moves to a step (a question by index); leaving the questions ends a trip from the review. */
export function go(state: QuizState, step: Step, index = state.index): QuizState {
  return { ...state, step, index: Math.max(0, index), fromReview: step === 'question' ? state.fromReview : false };
}

/** A new attempt from the server (drawn in `locale`): fresh answers, first question. */
export function started(state: QuizState, attempt: StartAttemptResponse, locale?: Locale): QuizState {
  return go({ ...state, attempt, locale, answers: {}, result: undefined, fromReview: false }, 'question', 0);
}

export function answered(state: QuizState, questionId: string, optionId: string): QuizState {
  return { ...state, answers: { ...state.answers, [questionId]: optionId } };
}

/** Next from a question: the following one, or the review after the last (or when opened from the review). Null while unanswered. */
export function next(state: QuizState): QuizState | null {
  const questions = state.attempt?.questions ?? [];
  const question = questions[state.index];
  if (!question || !state.answers[question.id]) return null;
  if (state.index < questions.length - 1 && !state.fromReview) return go(state, 'question', state.index + 1);
  return go(state, 'review');
}

/** A question opened from the review ("Change"). */
export function change(state: QuizState, index: number): QuizState {
  return go({ ...state, fromReview: true }, 'question', index);
}

/** The first question left without an answer, or -1. */
export function firstUnanswered(state: QuizState): number {
  return (state.attempt?.questions ?? []).findIndex((q) => !state.answers[q.id]);
}

/** The body of POST /api/attempts/{id}/submit, in question order. */
export function submission(state: QuizState) {
  return { answers: (state.attempt?.questions ?? []).map((q) => ({ questionId: q.id, optionId: state.answers[q.id] })) };
}

export function graded(state: QuizState, result: SubmitResponse): QuizState {
  return go({ ...state, result }, 'result');
}

/**
 * How many right answers pass, from the pass mark in percent: what a person can count.
 * @example neededToPass(80, 10) // 8
 */
export function neededToPass(passMark: number, total: number): number {
  return Math.ceil((passMark * total) / 100 - 1e-9);
}
