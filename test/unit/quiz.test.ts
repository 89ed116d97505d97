import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { firstPhrasings, scenarioSchema } from '../../functions/schemas/content';
import {
  AnswersMismatchError,
  bankFrom,
  correctOptionId,
  drawAttempt,
  gradeSubmission,
  isPassing,
  publicQuestions,
  sameAnswers,
  type DrawnQuestion,
} from '../../functions/domain/quiz';
import { seededRandomInt } from '../../functions/domain/random';

const dir = new URL('../../content/scenarios/', import.meta.url);
const bank = bankFrom(readdirSync(dir).map((file) => firstPhrasings(scenarioSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))))));

/** The answers a perfect participant gives: the option id showing the correct key. */
function perfectAnswers(drawn: DrawnQuestion[]) {
  return drawn.map((q) => ({ questionId: q.scenarioId, optionId: correctOptionId(q, bank) }));
}

describe('drawAttempt', () => {
  it('draws 10 distinct scenarios spanning at least 5 categories, for many seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const drawn = drawAttempt(bank, seededRandomInt(seed));
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn.map((q) => q.scenarioId)).size).toBe(10);
      expect(new Set(drawn.map((q) => bank.get(q.scenarioId)!.category)).size).toBeGreaterThanOrEqual(5);
      for (const q of drawn) expect([...q.optionKeys].sort()).toEqual(bank.get(q.scenarioId)!.options.map((o) => o.key).sort());
    }
  });

  it('shuffles: the correct answer is not always in the same position', () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 50; seed++) {
      for (const q of drawAttempt(bank, seededRandomInt(seed))) positions.add(q.optionKeys.indexOf(bank.get(q.scenarioId)!.correct));
    }
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('refuses a bank too small to draw from', () => {
    expect(() => drawAttempt(bankFrom([...bank.values()].slice(0, 5)), seededRandomInt(1))).toThrow(/needs 10/);
  });
});

describe('publicQuestions', () => {
  it('shows text in the chosen language and nothing that gives the answer away', () => {
    const drawn = drawAttempt(bank, seededRandomInt(7));
    const questions = publicQuestions(drawn, bank, 'en');
    const serialized = JSON.stringify(questions);
    expect(questions[0]!.scenario).toBe(bank.get(drawn[0]!.scenarioId)!.scenario.en);
    expect(questions[0]!.options.map((o) => o.id)).toEqual(['1', '2', '3', '4'].slice(0, drawn[0]!.optionKeys.length));
    for (const word of ['correct', 'explanation', 'basis', 'ruling', 'key']) expect(serialized).not.toContain(`"${word}"`);
  });
});

describe('correctOptionId', () => {
  it('names the option the browser shows with the correct answer text, wherever the shuffle put it', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const drawn = drawAttempt(bank, seededRandomInt(seed));
      const questions = publicQuestions(drawn, bank, 'id');
      drawn.forEach((q, i) => {
        const scenario = bank.get(q.scenarioId)!;
        const rightText = scenario.options.find((o) => o.key === scenario.correct)!.text.id;
        const shown = questions[i]!.options.find((o) => o.id === correctOptionId(q, bank));
        expect(shown?.text).toBe(rightText);
      });
    }
  });
});

describe('gradeSubmission', () => {
  const drawn = drawAttempt(bank, seededRandomInt(42));

  it('gives full marks, explanations and legal basis for perfect answers', () => {
    const grade = gradeSubmission(drawn, perfectAnswers(drawn), bank, 'id');
    expect(grade).toMatchObject({ score: 10, total: 10, passed: true, passMark: 80 });
    const first = bank.get(drawn[0]!.scenarioId)!;
    expect(grade.feedback[0]).toMatchObject({ questionId: first.id, correct: true, explanation: first.explanation.id });
    expect(grade.feedback[0]!.basis[0]!.text).toContain(first.basis[0]!.article!);
  });

  it('passes at 8 of 10 and fails at 7 of 10', () => {
    const wrong = (n: number) =>
      perfectAnswers(drawn).map((a, i) => (i < n ? { ...a, optionId: a.optionId === '1' ? '2' : '1' } : a));
    expect(gradeSubmission(drawn, wrong(2), bank, 'id')).toMatchObject({ score: 8, passed: true });
    const failed = gradeSubmission(drawn, wrong(3), bank, 'en');
    expect(failed).toMatchObject({ score: 7, passed: false });
    expect(failed.feedback.filter((f) => !f.correct)).toHaveLength(3);
    expect(failed.feedback[0]!.correctOptionId).not.toBe(failed.feedback[0]!.chosenOptionId);
  });

  it('grades the same regardless of answer order', () => {
    const answers = perfectAnswers(drawn);
    expect(gradeSubmission(drawn, [...answers].reverse(), bank, 'id').score).toBe(10);
  });

  it.each([
    ['a missing answer', (a: ReturnType<typeof perfectAnswers>) => a.slice(1), 'answers.missing'],
    ['an unknown question', (a: ReturnType<typeof perfectAnswers>) => [...a.slice(1), { questionId: 'not-drawn', optionId: '1' }], 'answers.unknownQuestion'],
    ['a duplicate answer', (a: ReturnType<typeof perfectAnswers>) => [...a, a[0]!], 'answers.duplicate'],
    ['an unknown option', (a: ReturnType<typeof perfectAnswers>) => [{ ...a[0]!, optionId: '9' }, ...a.slice(1)], 'answers.unknownOption'],
    ['a padded option id', (a: ReturnType<typeof perfectAnswers>) => [{ ...a[0]!, optionId: '01' }, ...a.slice(1)], 'answers.unknownOption'],
  ])('rejects %s', (_, change, message) => {
    try {
      gradeSubmission(drawn, change(perfectAnswers(drawn)), bank, 'id');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AnswersMismatchError);
      expect((error as AnswersMismatchError).problems.map((p) => p.message)).toContain(message);
    }
  });
});

describe('helpers', () => {
  it('isPassing uses 80 %', () => {
    expect(isPassing(8, 10)).toBe(true);
    expect(isPassing(7, 10)).toBe(false);
    expect(isPassing(0, 0)).toBe(false);
  });

  it('sameAnswers ignores order only', () => {
    const a = [{ questionId: 'x', optionId: '1' }, { questionId: 'y', optionId: '2' }];
    expect(sameAnswers(a, [...a].reverse())).toBe(true);
    expect(sameAnswers(a, [{ questionId: 'x', optionId: '1' }, { questionId: 'y', optionId: '3' }])).toBe(false);
  });
});
