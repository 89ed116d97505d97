/**
 * <quiz-app>: the quiz's only client script. Identity form → one question at a time → review → result.
 *
 * The markup (steps, templates) is rendered by Quiz.astro; this element wires its parts together: the
 * journey's moves (state.ts), the form (identity-form.ts, <agency-picker>), the API (api.ts) and the
 * drawing of each step (render.ts). The state is kept in sessionStorage under one key for both languages, so a
 * reload, a failed request or a language switch loses nothing; a passed certificate is also kept in localStorage
 * (certificate-keep.ts), so closing the tab loses nothing either. The server grades: nothing here knows which
 * option is right until the submit response says so.
 */
import type { StartAttemptResponse, SubmitResponse } from '../../../functions/schemas/api';
import type { Locale } from '../../../functions/schemas/content';
import { API_PATHS } from '../../lib/routes';
import './agency-picker';
import type { AgencyPicker } from './agency-picker';
import { failureText, request } from './api';
import { fillCertificateActions } from './certificate-actions';
import { KEPT_CERTIFICATE_KEY, keptCertificate, restoreKept, type KeptCertificate } from './certificate-keep';
import { $, setText } from './dom';
import { type IdentityStrings, identityForm } from './identity-form';
import { renderQuestion, renderResult, renderReview, showQuestionError, type Strings } from './render';
import * as quiz from './state';

class QuizApp extends HTMLElement {
  connectedCallback() {
    const { messages, ...t } = JSON.parse(this.dataset.strings!) as Strings & Pick<IdentityStrings, 'messages'>;
    const locale = this.dataset.lang as Locale;
    // Failures before the quiz starts (resolving a personal link, starting): there are no answers to keep yet.
    const beforeStart = { ...t, offline: t.offlineStart, serverError: t.serverErrorStart };
    // One key for both languages: the attempt is the person's, not the page's.
    const storageKey = 'netral-asn.quiz';
    let state = quiz.initialState();
    let kept: KeptCertificate | null = null;
    try {
      state = quiz.restore(sessionStorage.getItem(storageKey) ?? sessionStorage.getItem(`${storageKey}.${locale}`));
      kept = restoreKept(localStorage.getItem(KEPT_CERTIFICATE_KEY));
    } catch {
      // Storage disabled: start fresh.
    }
    const intro = this.closest('.quiz')?.querySelector<HTMLElement>('[data-intro]');
    let retryAction: (() => void) | undefined;
    const find = <T extends HTMLElement = HTMLElement>(selector: string) => $<T>(this, selector);
    const picker = find<AgencyPicker>('agency-picker');
    const identity = identityForm(find<HTMLFormElement>('[data-identity]'), picker, { fields: t.fields, messages });

    /** Keeps a new state (saved for a reload) without redrawing. */
    const update = (next: quiz.QuizState) => {
      state = next;
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(state));
      } catch {
        // Storage full or disabled: the quiz still works, it just will not survive a reload.
      }
    };

    /** Keeps a passed certificate on the device (or forgets it), and shows it above the form while kept. */
    const keep = (certificate: KeptCertificate | null) => {
      kept = certificate;
      try {
        if (certificate) localStorage.setItem(KEPT_CERTIFICATE_KEY, JSON.stringify(certificate));
        else localStorage.removeItem(KEPT_CERTIFICATE_KEY);
      } catch {
        // Storage disabled: the certificate can still be found again by NIP and name.
      }
    };

    const showKept = (step: quiz.Step) => {
      const panel = find('[data-kept]');
      panel.hidden = step !== 'identity' || !kept;
      if (kept) fillCertificateActions($(panel, '[data-cert-actions]'), kept, t, locale);
    };

    /** Moves to a new state, draws its step and (unless told not to) brings its heading to the top with focus. */
    const go = (next: quiz.QuizState, focus = true) => {
      update(next);
      const step = quiz.shownStep(state);
      clearAlert();
      if (step === 'question') renderQuestion(this, state, t, locale);
      if (step === 'review') renderReview(this, state, t, (i) => go(quiz.change(state, i)));
      if (step === 'result') {
        const certificate = keptCertificate(state.result);
        if (certificate && certificate.code !== kept?.code) keep(certificate);
        renderResult(this, state, t, locale);
      }
      // Once started, the introduction folds away so every question begins at the top of the screen. Not while the
      // page is still loading a saved journey: folding then would move what is on screen (layout shift); scroll instead.
      if (intro && focus) intro.hidden = step !== 'identity';
      showKept(step);
      for (const section of this.querySelectorAll<HTMLElement>('[data-step]')) section.hidden = section.dataset.step !== step;
      const heading = find(`[data-step="${step}"] h2`);
      if (focus || step !== 'identity') heading.scrollIntoView({ block: 'start' });
      if (focus) heading.focus({ preventScroll: true });
    };

    /** Runs a request with the active step marked busy and its buttons disabled. */
    const busy = async <T>(send: () => Promise<T>): Promise<T> => {
      const section = find(`[data-step="${state.step}"]`);
      const buttons = [...this.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
      section.setAttribute('aria-busy', 'true');
      for (const b of buttons) b.disabled = true;
      clearAlert();
      setText(this, '[data-busy]', t.busy);
      try {
        return await send();
      } finally {
        section.removeAttribute('aria-busy');
        for (const b of buttons) b.disabled = false;
        setText(this, '[data-busy]', '');
      }
    };

    /** An error the person can act on: announced, with one button (try again, or start a new quiz). */
    const alert = (message: string, actionLabel: string, action: () => void) => {
      setText(this, '[data-alert-text]', message);
      const button = find<HTMLButtonElement>('[data-alert-action]');
      button.textContent = actionLabel;
      button.hidden = false;
      retryAction = action;
      find('[data-alert]').hidden = false;
      button.focus();
    };

    const clearAlert = () => {
      setText(this, '[data-alert-text]', '');
      find('[data-alert-action]').hidden = true;
      find('[data-alert]').hidden = true;
    };

    /** Shows a personal link's roster identity in place of the form (or, with none, the form again). */
    const showLink = (link: quiz.PersonalLink | undefined) => {
      update({ ...state, link });
      find('[data-link-identity]').hidden = !link;
      find('[data-typed-identity]').hidden = !!link;
      for (const dd of this.querySelectorAll<HTMLElement>('[data-link]')) {
        dd.textContent = link ? (link[dd.dataset.link as 'name' | 'nip' | 'agency' | 'unit'] ?? '') : '';
      }
    };

    /** A personal link in the address (#t=… or ?t=…): its roster identity replaces the form. */
    const openLink = async () => {
      const token = new URLSearchParams(location.hash.slice(1)).get('t') ?? new URLSearchParams(location.search).get('t');
      if (!token) return;
      // The token now lives in this tab's storage only, not in the address bar or its history.
      history.replaceState(null, '', location.pathname);
      const res = await request<Omit<quiz.PersonalLink, 'token'>>(locale, API_PATHS.quizLinkResolve, { token });
      if (res.ok) {
        showLink({ ...res.data, token });
        return go(quiz.go({ ...quiz.initialState(), link: state.link }, 'identity'));
      }
      showLink(undefined);
      alert(failureText(res, beforeStart), t.startOver, clearAlert);
    };

    const startAttempt = async (again = false) => {
      if (!again && !state.link) {
        const participant = identity.validate();
        if (!participant) return;
        update({ ...state, participant });
      }
      const res = await busy(() =>
        request<StartAttemptResponse>(
          locale,
          API_PATHS.attempts,
          state.link ? { link: state.link.token, locale } : { participant: state.participant, locale },
        ),
      );
      if (res.ok) return go(quiz.started(state, res.data, locale));
      if (res.status === 400 && res.problem) {
        // Field errors from the server, in the page's language, next to the field they concern.
        go(quiz.go(state, 'identity', 0), false);
        return identity.showProblem(res.problem);
      }
      alert(failureText(res, beforeStart), t.retry, () => startAttempt(true));
    };

    const submit = async () => {
      // The server wants an answer to every question; send the person to the first one left open.
      const open = quiz.firstUnanswered(state);
      if (open >= 0) {
        go(quiz.change(state, open));
        return showQuestionError(this, true);
      }
      const res = await busy(() => request<SubmitResponse>(locale, API_PATHS.submit(state.attempt!.attemptId), quiz.submission(state)));
      if (res.ok) return go(quiz.graded(state, res.data));
      // Expired, unknown or already graded differently: these answers cannot count; a new attempt can.
      if ([404, 409, 410].includes(res.status)) {
        return alert(res.status === 410 ? t.expired : failureText(res, t), t.retake, () => startAttempt(true));
      }
      alert(failureText(res, t), t.retry, submit);
    };

    const on = (selector: string, type: 'click' | 'submit', handler: () => void) =>
      find(selector).addEventListener(type, (e) => {
        if (type === 'submit') e.preventDefault();
        handler();
      });

    identity.prefill(state.participant, state.agencyName);
    picker.addEventListener('agency-change', () => update({ ...state, participant: identity.participant(), agencyName: picker.label }));
    on('[data-identity]', 'submit', () => startAttempt());
    on('[data-question]', 'submit', () => {
      const moved = quiz.next(state);
      if (moved) return go(moved);
      showQuestionError(this, true);
      find<HTMLInputElement>('[data-options] input').focus();
    });
    find('[data-options]').addEventListener('change', (e) => {
      update(quiz.answered(state, state.attempt!.questions[state.index].id, (e.target as HTMLInputElement).value));
      showQuestionError(this, false);
    });
    on('[data-back]', 'click', () => go(quiz.go(state, 'question', state.index - 1)));
    on('[data-review-back]', 'click', () => go(quiz.go(state, 'question', state.attempt!.questions.length - 1)));
    on('[data-submit]', 'click', submit);
    // After a pass, starting over asks first (in the page, not window.confirm): the result closes, the certificate stays kept.
    const confirmBox = find('[data-confirm]');
    const again = find('[data-again]');
    const askToStartOver = (open: boolean) => {
      confirmBox.hidden = !open;
      again.setAttribute('aria-expanded', String(open));
      if (open) {
        const heading = find('#quiz-confirm-heading');
        heading.scrollIntoView({ block: 'center' });
        heading.focus({ preventScroll: true });
      } else again.focus();
    };
    on('[data-again]', 'click', () => (state.result?.passed ? askToStartOver(confirmBox.hidden) : startAttempt(true)));
    on('[data-confirm-yes]', 'click', () => {
      // A passed personal link is spent: a new attempt is typed in by hand.
      if (state.link) showLink(undefined);
      go(quiz.go(state, 'identity'));
    });
    on('[data-confirm-no]', 'click', () => askToStartOver(false));
    on('[data-retake]', 'click', () => startAttempt(true));
    on('[data-forget]', 'click', () => {
      keep(null);
      showKept(quiz.shownStep(state));
      find('#quiz-identity-heading').focus();
    });
    on('[data-alert-action]', 'click', () => retryAction?.());

    showLink(state.link);
    go(state, false);
    find<HTMLButtonElement>('[data-start]').disabled = false;
    void openLink();
  }
}

// <agency-picker> is defined by its import above, so it is upgraded before the quiz looks for it.
customElements.define('quiz-app', QuizApp);
