// The quiz journey's moves, without a browser: steps, answers, the trip back from the review, broken saved state.
import { describe, expect, it } from 'vitest';
import type { StartAttemptResponse, SubmitResponse } from '../../functions/schemas/api';
import * as quiz from '../../src/components/quiz/state';

const attempt: StartAttemptResponse = {
  attemptId: 'a1',
  expiresAt: '2026-12-02T10:30:00Z',
  questions: ['q1', 'q2', 'q3'].map((id) => ({
    id,
    scenario: `Scenario ${id}`,
    options: [
      { id: '1', text: 'Yes' },
      { id: '2', text: 'No' },
    ],
  })),
};
const result = { score: 3, total: 3, passed: true, passMark: 80, feedback: [], certificate: null } satisfies SubmitResponse;
const answerAll = (state: quiz.QuizState) => attempt.questions.reduce((s, q) => quiz.answered(s, q.id, '2'), state);

describe('restore', () => {
  it('starts fresh from nothing, garbage or an older shape', () => {
    for (const saved of [null, '', 'not json', '42', 'null', '{"step":"question"}'])
      expect(quiz.restore(saved)).toEqual(quiz.initialState());
  });

  it('keeps a saved journey', () => {
    const saved = answerAll(quiz.started(quiz.initialState(), attempt));
    expect(quiz.restore(JSON.stringify(saved))).toEqual(saved);
  });
});

describe('shownStep', () => {
  it('falls back to the form when the saved step lacks what it needs', () => {
    expect(quiz.shownStep({ ...quiz.initialState(), step: 'question' })).toBe('identity');
    expect(quiz.shownStep({ ...quiz.initialState(), step: 'review' })).toBe('identity');
    expect(quiz.shownStep({ ...quiz.started(quiz.initialState(), attempt), step: 'result' })).toBe('identity');
    expect(quiz.shownStep({ ...quiz.started(quiz.initialState(), attempt), index: 7 })).toBe('identity');
  });

  it('shows the step when it has what it needs', () => {
    expect(quiz.shownStep(quiz.started(quiz.initialState(), attempt))).toBe('question');
    expect(quiz.shownStep(quiz.graded(quiz.started(quiz.initialState(), attempt), result))).toBe('result');
  });
});

describe('moving through the questions', () => {
  const first = quiz.started({ ...quiz.initialState(), answers: { old: '1' } }, attempt);

  it('starts a new attempt on its first question with no answers', () => {
    expect(first).toMatchObject({ step: 'question', index: 0, answers: {}, attempt });
  });

  it('stays on an unanswered question', () => {
    expect(quiz.next(first)).toBeNull();
  });

  it('goes to the next question, and from the last to the review', () => {
    const second = quiz.next(quiz.answered(first, 'q1', '1'))!;
    expect(second).toMatchObject({ step: 'question', index: 1 });
    const last = quiz.answered(quiz.go(answerAll(first), 'question', 2), 'q3', '1');
    expect(quiz.next(last)).toMatchObject({ step: 'review' });
  });

  it('returns straight to the review from a question opened there, and forgets that on leaving', () => {
    const review = quiz.go(answerAll(first), 'review');
    const reopened = quiz.change(review, 0);
    expect(reopened).toMatchObject({ step: 'question', index: 0, fromReview: true });
    const back = quiz.next(reopened)!;
    expect(back).toMatchObject({ step: 'review', fromReview: false });
  });

  it('never goes before the first question', () => {
    expect(quiz.go(first, 'question', -1).index).toBe(0);
  });
});

describe('submitting', () => {
  it('finds the first question left open', () => {
    const started = quiz.started(quiz.initialState(), attempt);
    expect(quiz.firstUnanswered(quiz.answered(started, 'q1', '1'))).toBe(1);
    expect(quiz.firstUnanswered(answerAll(started))).toBe(-1);
  });

  it('sends every answer in question order', () => {
    const state = quiz.answered(quiz.answered(quiz.answered(quiz.started(quiz.initialState(), attempt), 'q3', '1'), 'q1', '2'), 'q2', '1');
    expect(quiz.submission(state)).toEqual({
      answers: [
        { questionId: 'q1', optionId: '2' },
        { questionId: 'q2', optionId: '1' },
        { questionId: 'q3', optionId: '1' },
      ],
    });
  });
});
