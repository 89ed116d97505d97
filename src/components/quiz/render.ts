/** Draws the question, review and result steps from the quiz state into Quiz.astro's markup and templates. */
import type { Locale } from '../../../functions/schemas/content';
import { fill, formatDate } from '../../../functions/i18n/format';
import type { ClientStrings } from '../../i18n/quiz';
import { $, clone, li, setText } from './dom';
import type { QuizState } from './state';

/** The client strings plus the few page labels the script needs (Quiz.astro hands them over). */
export type Strings = ClientStrings & {
  next: string;
  toReview: string;
  changeLabel: string;
  retry: string;
  retake: string;
  startOver: string;
};

const SCENARIO_EXCERPT = 110;

/** The question at `state.index`, its answer (if any) chosen. */
export function renderQuestion(root: HTMLElement, state: QuizState, t: Strings, locale: Locale) {
  const { questions, expiresAt } = state.attempt!;
  const i = state.index;
  const question = questions[i];
  setText(root, '[data-q-heading]', fill(t.questionOf, { n: i + 1, total: questions.length }));
  const progress = $<HTMLProgressElement>(root, '[data-progress]');
  progress.max = questions.length;
  progress.value = i + 1;
  // The deadline in the person's own time zone: it is their clock they will look at.
  setText(root, '[data-expiry]', fill(t.expiresAt, { time: formatDate(expiresAt, locale, { show: 'time' }) }));
  setText(root, '[data-scenario]', question.scenario);
  $(root, '[data-options]').replaceChildren(
    ...question.options.map((option) => {
      const { item, parts } = clone(root, 'option');
      const radio = item.querySelector('input')!;
      radio.value = option.id;
      radio.checked = state.answers[question.id] === option.id;
      parts.text.textContent = option.text;
      return item;
    }),
  );
  showQuestionError(root, false);
  $(root, '[data-back]').hidden = i === 0;
  setText(root, '[data-next]', i === questions.length - 1 || state.fromReview ? t.toReview : t.next);
}

/** "Choose one answer", tied to the question's fieldset while shown. */
export function showQuestionError(root: HTMLElement, show: boolean) {
  const fieldset = $(root, '[data-question] fieldset');
  $(root, '#quiz-q-error').hidden = !show;
  if (show) fieldset.setAttribute('aria-describedby', 'quiz-q-error');
  else fieldset.removeAttribute('aria-describedby');
}

/** Every question with the answer chosen and a "Change" button that reopens it. */
export function renderReview(root: HTMLElement, state: QuizState, t: Strings, onChange: (index: number) => void) {
  const { questions } = state.attempt!;
  $(root, '[data-review-list]').replaceChildren(
    ...questions.map((question, i) => {
      const { item, parts } = clone(root, 'review');
      parts.title.textContent = fill(t.questionOf, { n: i + 1, total: questions.length });
      parts.scenario.textContent = excerpt(question.scenario);
      parts.answer.textContent = question.options.find((o) => o.id === state.answers[question.id])?.text ?? '';
      parts.change.setAttribute('aria-label', fill(t.changeLabel, { n: i + 1 }));
      parts.change.addEventListener('click', () => onChange(i));
      return item;
    }),
  );
}

/** The score, the verdict, the certificate's links (as the API gave them) and the feedback on each question. */
export function renderResult(root: HTMLElement, state: QuizState, t: Strings) {
  const result = state.result!;
  const { questions } = state.attempt!;
  const counts = { score: result.score, total: result.total, passMark: result.passMark };
  setText(root, '[data-score]', fill(t.score, counts));
  const verdict = $(root, '[data-verdict]');
  verdict.textContent = fill(result.passed ? t.passed : t.failed, counts);
  verdict.dataset.passed = String(result.passed);

  const certificate = result.certificate;
  $(root, '[data-certificate]').hidden = !certificate;
  if (certificate) {
    setText(root, '[data-cert-code]', fill(t.certificateCode, { code: certificate.code }));
    $<HTMLAnchorElement>(root, '[data-verify-link]').href = certificate.verifyUrl;
    $<HTMLAnchorElement>(root, '[data-pdf-link]').href = certificate.pdfUrl;
  }

  $(root, '[data-feedback]').replaceChildren(
    ...result.feedback.map((fb, i) => {
      const question = questions.find((q) => q.id === fb.questionId);
      const optionText = (id: string) => question?.options.find((o) => o.id === id)?.text ?? '';
      const { item, parts } = clone(root, 'feedback');
      item.dataset.correct = String(fb.correct);
      parts.title.textContent = `${fill(t.questionOf, { n: i + 1, total: result.total })}: ${fb.correct ? t.right : t.wrong}`;
      parts.scenario.textContent = question?.scenario ?? '';
      parts.chosen.textContent = optionText(fb.chosenOptionId);
      parts.correct.textContent = optionText(fb.correctOptionId);
      parts.correctRow.hidden = fb.correct;
      parts.explanation.textContent = fb.explanation;
      // `text` is the citation as people read it ("UU 7/2017 Pasal 304"); `law` is the instrument's id.
      parts.basis.replaceChildren(...fb.basis.map((b) => li(b.text || `${b.law} ${b.article}`)));
      return item;
    }),
  );
  setText(root, '[data-again]', result.passed ? t.startOver : t.retake);
}

function excerpt(text: string) {
  return text.length > SCENARIO_EXCERPT ? `${text.slice(0, SCENARIO_EXCERPT).replace(/\s+\S*$/, '')}…` : text;
}
