import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { scenarioSchema } from '../../functions/schemas/content';
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
const bank = bankFrom(readdirSync(dir).map((file) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')))));

/** The answers a perfect participant gives: the option id showing the correct key. */
function perfectAnswers(drawn: DrawnQuestion[]) {
  return drawn.map((q) => ({ questionId: q.id, optionId: correctOptionId(q, bank) }));
}

/** Answers with the first `n` wrong. */
function answersWithWrong(drawn: DrawnQuestion[], n: number) {
  return drawn.map((q, i) => ({
    questionId: q.id,
    optionId: i < n ? q.options.find((o) => o.id !== correctOptionId(q, bank))!.id : correctOptionId(q, bank),
  }));
}

const categoryOf = (id: string) => bank.get(id)!.category;

describe('drawAttempt', () => {
  it('draws 10 distinct scenarios spanning at least 5 categories, each with all four options, for many seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const drawn = drawAttempt(bank, seededRandomInt(seed));
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn.map((q) => q.scenarioId)).size).toBe(10);
      expect(new Set(drawn.map((q) => categoryOf(q.scenarioId))).size).toBeGreaterThanOrEqual(5);
      for (const q of drawn)
        expect(q.options.map((o) => o.key).sort()).toEqual(
          bank
            .get(q.scenarioId)!
            .options.map((o) => o.key)
            .sort(),
        );
    }
  });

  it('shuffles: the correct answer is not always in the same position', () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 50; seed++) {
      for (const q of drawAttempt(bank, seededRandomInt(seed)))
        positions.add(q.options.findIndex((o) => o.key === bank.get(q.scenarioId)!.correct));
    }
    expect(positions.size).toBe(4);
  });

  it('gives questions and options opaque ids: no slug, no position, distinct within an attempt, new in every attempt', () => {
    const first = drawAttempt(bank, seededRandomInt(1));
    const second = drawAttempt(bank, seededRandomInt(2));
    const ids = (drawn: DrawnQuestion[]) => drawn.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]);
    expect(new Set(ids(first)).size).toBe(50);
    for (const id of ids(first)) {
      expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
      expect(bank.has(id)).toBe(false);
    }
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
  });

  it('shows every phrasing of an option across attempts, one per option per attempt', () => {
    const shown = new Map<string, Set<number>>();
    for (let seed = 1; seed <= 400; seed++) {
      for (const q of drawAttempt(bank, seededRandomInt(seed))) {
        for (const o of q.options) {
          const phrasings = bank.get(q.scenarioId)!.options.find((x) => x.key === o.key)!.text;
          expect(o.phrasing).toBeGreaterThanOrEqual(0);
          expect(o.phrasing).toBeLessThan(phrasings.length);
          const key = `${q.scenarioId}/${o.key}`;
          shown.set(key, (shown.get(key) ?? new Set()).add(o.phrasing));
        }
      }
    }
    // Each scenario is drawn about 30 times in 400 attempts: every option must have shown more than one phrasing.
    for (const [key, phrasings] of shown) expect(phrasings.size, key).toBeGreaterThan(1);
  });

  it('draws scenarios the participant has not seen before any they have', () => {
    const random = seededRandomInt(9);
    const seen = new Set<string>();
    const all = bank.size;
    // Attempt after attempt, nothing repeats until fewer than 10 unseen remain.
    for (let attempt = 0; seen.size + 10 <= all; attempt++) {
      const drawn = drawAttempt(bank, random, { seen });
      expect(
        drawn.filter((q) => seen.has(q.scenarioId)),
        `attempt ${attempt}`,
      ).toEqual([]);
      drawn.forEach((q) => seen.add(q.scenarioId));
    }
    const next = drawAttempt(bank, random, { seen });
    expect(next.filter((q) => !seen.has(q.scenarioId))).toHaveLength(all - seen.size);
  });

  it('keeps five categories even when the unseen scenarios are all in fewer', () => {
    const [a, b] = ['social-media', 'campaigns'];
    const seen = new Set([...bank.values()].filter((s) => s.category !== a && s.category !== b).map((s) => s.id));
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawAttempt(bank, seededRandomInt(seed), { seen });
      expect(new Set(drawn.map((q) => categoryOf(q.scenarioId))).size).toBeGreaterThanOrEqual(5);
      // Only the three slots needed for the missing categories go to seen scenarios.
      expect(drawn.filter((q) => seen.has(q.scenarioId))).toHaveLength(3);
    }
  });

  it('refuses a bank too small to draw from', () => {
    expect(() => drawAttempt(bankFrom([...bank.values()].slice(0, 5)), seededRandomInt(1))).toThrow(/needs 10/);
  });
});

describe('publicQuestions', () => {
  it('shows the drawn phrasing in the chosen language under the opaque ids, and nothing that gives the answer away', () => {
    const drawn = drawAttempt(bank, seededRandomInt(7));
    const questions = publicQuestions(drawn, bank, 'en');
    const serialized = JSON.stringify(questions);
    drawn.forEach((q, i) => {
      const scenario = bank.get(q.scenarioId)!;
      expect(questions[i]!.id).toBe(q.id);
      expect(questions[i]!.scenario).toBe(scenario.scenario.en);
      expect(questions[i]!.options).toEqual(
        q.options.map((o) => ({ id: o.id, text: scenario.options.find((x) => x.key === o.key)!.text[o.phrasing]!.en })),
      );
    });
    for (const word of ['correct', 'explanation', 'basis', 'ruling', 'key', 'phrasing', 'scenarioId'])
      expect(serialized).not.toContain(`"${word}"`);
    for (const q of drawn) expect(serialized).not.toContain(q.scenarioId);
  });
});

describe('correctOptionId', () => {
  it('names the option the browser shows with a phrasing of the correct answer, wherever the shuffle put it', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const drawn = drawAttempt(bank, seededRandomInt(seed));
      const questions = publicQuestions(drawn, bank, 'id');
      drawn.forEach((q, i) => {
        const scenario = bank.get(q.scenarioId)!;
        const rightTexts = scenario.options.find((o) => o.key === scenario.correct)!.text.map((p) => p.id);
        const shown = questions[i]!.options.find((o) => o.id === correctOptionId(q, bank));
        expect(rightTexts).toContain(shown?.text);
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
    expect(grade.feedback[0]).toMatchObject({ questionId: drawn[0]!.id, correct: true, explanation: first.explanation.id });
    expect(grade.feedback[0]!.basis[0]!.text).toContain(first.basis[0]!.article!);
  });

  it('passes at 8 of 10 and fails at 7 of 10', () => {
    expect(gradeSubmission(drawn, answersWithWrong(drawn, 2), bank, 'id')).toMatchObject({ score: 8, passed: true });
    const failed = gradeSubmission(drawn, answersWithWrong(drawn, 3), bank, 'en');
    expect(failed).toMatchObject({ score: 7, passed: false });
    expect(failed.feedback.filter((f) => !f.correct)).toHaveLength(3);
  });

  it('on a pass names the right option of every question, the missed ones included', () => {
    const passed = gradeSubmission(drawn, answersWithWrong(drawn, 2), bank, 'id');
    passed.feedback.forEach((f, i) => expect(f.correctOptionId).toBe(correctOptionId(drawn[i]!, bank)));
    expect(passed.feedback[0]!.correctOptionId).not.toBe(passed.feedback[0]!.chosenOptionId);
  });

  it('on a fail says right or wrong with explanation and basis for all, but names the right option only where it was chosen', () => {
    const failed = gradeSubmission(drawn, answersWithWrong(drawn, 3), bank, 'id');
    failed.feedback.forEach((f, i) => {
      const scenario = bank.get(drawn[i]!.scenarioId)!;
      expect(f.explanation).toBe(scenario.explanation.id);
      expect(f.basis).toHaveLength(scenario.basis.length);
      expect(f.correctOptionId).toBe(f.correct ? f.chosenOptionId : null);
    });
    expect(failed.feedback.filter((f) => f.correctOptionId === null)).toHaveLength(3);
  });

  it('grades the same regardless of answer order', () => {
    const answers = perfectAnswers(drawn);
    expect(gradeSubmission(drawn, [...answers].reverse(), bank, 'id').score).toBe(10);
  });

  it.each([
    ['a missing answer', (a: ReturnType<typeof perfectAnswers>) => a.slice(1), 'answers.missing'],
    [
      'an unknown question',
      (a: ReturnType<typeof perfectAnswers>) => [...a.slice(1), { questionId: 'not-drawn', optionId: '1' }],
      'answers.unknownQuestion',
    ],
    [
      'the scenario slug as question id',
      (a: ReturnType<typeof perfectAnswers>) => [{ ...a[0]!, questionId: drawn[0]!.scenarioId }, ...a.slice(1)],
      'answers.unknownQuestion',
    ],
    ['a duplicate answer', (a: ReturnType<typeof perfectAnswers>) => [...a, a[0]!], 'answers.duplicate'],
    ['an unknown option', (a: ReturnType<typeof perfectAnswers>) => [{ ...a[0]!, optionId: '9' }, ...a.slice(1)], 'answers.unknownOption'],
    [
      'an option of another question',
      (a: ReturnType<typeof perfectAnswers>) => [{ ...a[0]!, optionId: a[1]!.optionId }, ...a.slice(1)],
      'answers.unknownOption',
    ],
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
    const a = [
      { questionId: 'x', optionId: '1' },
      { questionId: 'y', optionId: '2' },
    ];
    expect(sameAnswers(a, [...a].reverse())).toBe(true);
    expect(
      sameAnswers(a, [
        { questionId: 'x', optionId: '1' },
        { questionId: 'y', optionId: '3' },
      ]),
    ).toBe(false);
  });
});
