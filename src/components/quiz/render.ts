/** Draws the question, review and result steps from the quiz state into Quiz.astro's markup and templates. */
import type { Locale } from '../../../functions/schemas/content';
import { fill } from '../../../functions/i18n/format';
import type { ClientStrings } from '../../i18n/quiz';
import { basisLink, type BasisLinks } from '../../lib/basis-links';
import { fillCertificateActions } from './certificate-actions';
import { deadlineText } from './deadline';
import { $, clone, li, setText } from './dom';
import { neededToPass, type QuizState } from './state';

/** The client strings plus the few page labels the script needs (Quiz.astro hands them over). */
export type Strings = ClientStrings & {
  next: string;
  toReview: string;
  changeLabel: string;
  retry: string;
  retake: string;
  startOver: string;
  /** Citation → explainer path (src/lib/basis-links.ts), and the legal-basis page for the rest. */
  basisLinks: BasisLinks;
  legalBasisPath: string;
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
  // The deadline in the person's own time zone, named (WIB, WITA, WIT): it is their clock they will look at.
  setText(root, '[data-expiry]', fill(t.expiresAt, { time: deadlineText(expiresAt, locale) }));
  // An attempt keeps the language it was drawn in when the person switches the page's language.
  const fieldset = $(root, '[data-question] fieldset');
  if (state.locale && state.locale !== locale) fieldset.lang = state.locale;
  else fieldset.removeAttribute('lang');
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
export function renderResult(root: HTMLElement, state: QuizState, t: Strings, locale: Locale) {
  const result = state.result!;
  const { questions } = state.attempt!;
  const counts = { score: result.score, total: result.total, passMark: result.passMark };
  setText(root, '[data-score]', fill(t.score, counts));
  const verdict = $(root, '[data-verdict]');
  verdict.textContent = fill(result.passed ? t.passed : t.failed, counts);
  verdict.dataset.passed = String(result.passed);
  // "8 of 10", not a percentage to work out; and the retake right here, not thirteen screens down.
  setText(root, '[data-needed]', fill(t.needed, { need: neededToPass(result.passMark, result.total), total: result.total }));
  $(root, '[data-again-top]').hidden = result.passed;

  const certificate = result.certificate;
  $(root, '[data-certificate]').hidden = !certificate;
  if (certificate) fillCertificateActions($(root, '[data-certificate] [data-cert-actions]'), certificate, t, locale);

  $(root, '[data-feedback]').replaceChildren(
    ...result.feedback.map((fb, i) => {
      const question = questions.find((q) => q.id === fb.questionId);
      const optionText = (id: string) => question?.options.find((o) => o.id === id)?.text ?? '';
      const { item, parts } = clone(root, 'feedback');
      item.dataset.correct = String(fb.correct);
      parts.title.textContent = `${fill(t.questionOf, { n: i + 1, total: result.total })}: ${fb.correct ? t.right : t.wrong}`;
      parts.scenario.textContent = question?.scenario ?? '';
      parts.chosen.textContent = optionText(fb.chosenOptionId);
      parts.correct.textContent = fb.correctOptionId ? optionText(fb.correctOptionId) : '';
      // A failed attempt names the right option only where it was chosen (the explanation says why).
      parts.correctRow.hidden = fb.correct || !fb.correctOptionId;
      parts.explanation.textContent = fb.explanation;
      // `text` is the citation as people read it ("UU 7/2017 Pasal 304"); `law` is the instrument's id.
      parts.basis.replaceChildren(
        ...fb.basis.map((b) => {
          const link = document.createElement('a');
          link.href = basisLink(t.basisLinks, b.law, b.article, t.legalBasisPath);
          link.textContent = b.text || `${b.law} ${b.article}`;
          return li(link);
        }),
      );
      return item;
    }),
  );
  setText(root, '[data-again]', result.passed ? t.startOver : t.retake);
  $(root, '[data-confirm]').hidden = true;
  $(root, '[data-again]').setAttribute('aria-expanded', 'false');
}

function excerpt(text: string) {
  return text.length > SCENARIO_EXCERPT ? `${text.slice(0, SCENARIO_EXCERPT).replace(/\s+\S*$/, '')}…` : text;
}
