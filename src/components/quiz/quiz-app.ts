/**
 * <quiz-app>: the quiz's only client script. Identity form → one question at a time → review → result.
 *
 * The markup (steps, templates) is rendered by Quiz.astro; this element wires its parts together: the
 * journey's moves (state.ts), the form (identity-form.ts, <agency-picker>), the API (api.ts) and the
 * drawing of each step (render.ts). The state is kept in sessionStorage, so a reload or a failed request
 * loses nothing. The server grades: nothing here knows which option is right until the submit response says so.
 */
import type { StartAttemptResponse, SubmitResponse } from '../../../functions/schemas/api';
import type { Locale } from '../../../functions/schemas/content';
import { API_PATHS } from '../../lib/routes';
import './agency-picker';
import type { AgencyPicker } from './agency-picker';
import { failureText, request } from './api';
import { $, setText } from './dom';
import { IdentityForm, type IdentityStrings } from './identity-form';
import { renderQuestion, renderResult, renderReview, showQuestionError, type Strings } from './render';
import * as quiz from './state';

class QuizApp extends HTMLElement {
  private t!: Strings;
  private locale!: Locale;
  private storageKey!: string;
  private state = quiz.initialState();
  private identity!: IdentityForm;
  private retryAction?: () => void;

  connectedCallback() {
    const { messages, ...strings } = JSON.parse(this.dataset.strings!) as Strings & Pick<IdentityStrings, 'messages'>;
    this.t = strings;
    this.locale = this.dataset.lang as Locale;
    this.storageKey = `netral-asn.quiz.${this.locale}`;
    try {
      this.state = quiz.restore(sessionStorage.getItem(this.storageKey));
    } catch {
      // Storage disabled: start fresh.
    }

    const picker = $<AgencyPicker>(this, 'agency-picker');
    this.identity = new IdentityForm($<HTMLFormElement>(this, '[data-identity]'), picker, { fields: strings.fields, messages });
    this.identity.prefill(this.state.participant, this.state.agencyName);
    picker.addEventListener('agency-change', () => this.update({ ...this.state, participant: this.identity.participant(), agencyName: picker.label }));
    this.on('[data-identity]', 'submit', () => this.startAttempt());

    this.on('[data-question]', 'submit', () => this.nextQuestion());
    $(this, '[data-options]').addEventListener('change', (e) => {
      const question = this.state.attempt!.questions[this.state.index];
      this.update(quiz.answered(this.state, question.id, (e.target as HTMLInputElement).value));
      showQuestionError(this, false);
    });
    this.on('[data-back]', 'click', () => this.go(quiz.go(this.state, 'question', this.state.index - 1)));
    this.on('[data-review-back]', 'click', () => this.go(quiz.go(this.state, 'question', this.state.attempt!.questions.length - 1)));
    this.on('[data-submit]', 'click', () => this.submit());
    this.on('[data-again]', 'click', () => (this.state.result?.passed ? this.go(quiz.go(this.state, 'identity')) : this.startAttempt(true)));
    this.on('[data-alert-action]', 'click', () => this.retryAction?.());

    this.render(false);
    this.hidden = false;
  }

  private on(selector: string, type: 'click' | 'submit', handler: () => void) {
    $(this, selector).addEventListener(type, (e) => {
      if (type === 'submit') e.preventDefault();
      handler();
    });
  }

  private async startAttempt(again = false) {
    if (!again) {
      const participant = this.identity.validate();
      if (!participant) return;
      this.update({ ...this.state, participant });
    }
    const res = await this.busy(() =>
      request<StartAttemptResponse>(this.locale, API_PATHS.attempts, { participant: this.state.participant, locale: this.locale }),
    );
    if (res.ok) return this.go(quiz.started(this.state, res.data));
    if (res.status === 400 && res.problem) {
      // Field errors from the server, in the page's language, next to the field they concern.
      this.go(quiz.go(this.state, 'identity', 0), false);
      return this.identity.showProblem(res.problem);
    }
    this.alert(failureText(res, this.t), this.t.retry, () => this.startAttempt(true));
  }

  private nextQuestion() {
    const moved = quiz.next(this.state);
    if (moved) return this.go(moved);
    showQuestionError(this, true);
    $<HTMLInputElement>(this, '[data-options] input').focus();
  }

  private async submit() {
    // The server wants an answer to every question; send the person to the first one left open.
    const open = quiz.firstUnanswered(this.state);
    if (open >= 0) {
      this.go(quiz.change(this.state, open));
      return showQuestionError(this, true);
    }
    const { attemptId } = this.state.attempt!;
    const res = await this.busy(() => request<SubmitResponse>(this.locale, API_PATHS.submit(attemptId), quiz.submission(this.state)));
    if (res.ok) return this.go(quiz.graded(this.state, res.data));
    // Expired, unknown or already graded differently: these answers cannot count; a new attempt can.
    if ([404, 409, 410].includes(res.status)) {
      return this.alert(res.status === 410 ? this.t.expired : failureText(res, this.t), this.t.retake, () => this.startAttempt(true));
    }
    this.alert(failureText(res, this.t), this.t.retry, () => this.submit());
  }

  /** Keeps a new state (saved for a reload) without redrawing. */
  private update(state: quiz.QuizState) {
    this.state = state;
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(state));
    } catch {
      // Storage full or disabled: the quiz still works, it just will not survive a reload.
    }
  }

  /** Moves to a new state, draws its step and (unless told not to) moves focus to its heading. */
  private go(state: quiz.QuizState, focus = true) {
    this.update(state);
    this.render(focus);
  }

  private render(focus: boolean) {
    const step = quiz.shownStep(this.state);
    this.clearAlert();
    if (step === 'question') renderQuestion(this, this.state, this.t, this.locale);
    if (step === 'review') renderReview(this, this.state, this.t, (i) => this.go(quiz.change(this.state, i)));
    if (step === 'result') renderResult(this, this.state, this.t);
    for (const section of this.querySelectorAll<HTMLElement>('[data-step]')) section.hidden = section.dataset.step !== step;
    if (focus) $(this, `[data-step="${step}"] h2`).focus();
  }

  /** Runs a request with the active step marked busy and its buttons disabled. */
  private async busy<T>(send: () => Promise<T>): Promise<T> {
    const section = $(this, `[data-step="${this.state.step}"]`);
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    section.setAttribute('aria-busy', 'true');
    for (const b of buttons) b.disabled = true;
    this.clearAlert();
    setText(this, '[data-busy]', this.t.busy);
    try {
      return await send();
    } finally {
      section.removeAttribute('aria-busy');
      for (const b of buttons) b.disabled = false;
      setText(this, '[data-busy]', '');
    }
  }

  /** An error the person can act on: announced, with one button (try again, or start a new quiz). */
  private alert(message: string, actionLabel: string, action: () => void) {
    setText(this, '[data-alert-text]', message);
    const button = $<HTMLButtonElement>(this, '[data-alert-action]');
    button.textContent = actionLabel;
    button.hidden = false;
    this.retryAction = action;
    $(this, '[data-alert]').hidden = false;
    button.focus();
  }

  private clearAlert() {
    setText(this, '[data-alert-text]', '');
    $(this, '[data-alert-action]').hidden = true;
    $(this, '[data-alert]').hidden = true;
  }
}

// <agency-picker> is defined by its import above, so it is upgraded before the quiz looks for it.
customElements.define('quiz-app', QuizApp);
