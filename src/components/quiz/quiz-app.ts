/**
 * <quiz-app>: the quiz's only client script. Identity form → one question at a time → review → result.
 *
 * The markup (steps, templates) is rendered by Quiz.astro; this element fills it in and moves between
 * steps. The whole journey is kept in sessionStorage, so a reload or a failed request loses nothing.
 * The server grades: nothing here knows which option is right until the submit response says so.
 */
import { parseNip } from '../../../functions/domain/nip';
import { nameError, normalizeName } from '../../../functions/domain/name';
import type { Agency, Problem, StartAttemptResponse, SubmitResponse } from '../../../functions/schemas/api';
import type { ClientStrings, FieldMessageKey } from '../../i18n/quiz';
import { fill } from './fill';

type Step = 'identity' | 'question' | 'review' | 'result';
type Field = 'nip' | 'name' | 'agency' | 'unit';
/** The participant as sent to POST /api/attempts. */
interface Participant {
  nip: string;
  name: string;
  agencyId: string;
  unit?: string;
}

/** A personal quiz link (#t=…): the roster's identity, shown read-only and sent as the token only. */
interface PersonalLink {
  token: string;
  name: string;
  nip: string;
  agency: string;
  unit: string;
}

interface State {
  step: Step;
  participant?: Participant;
  link?: PersonalLink;
  agencyName?: string;
  attempt?: StartAttemptResponse;
  answers: Record<string, string>;
  index: number;
  /** Set when a question was opened from the review: Next then goes straight back to it. */
  fromReview?: boolean;
  result?: SubmitResponse;
}

type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; problem?: Problem; retryAfter?: number };

/** Strings handed over by Quiz.astro: the client table plus the few page labels the script needs. */
type Strings = ClientStrings & { next: string; toReview: string; changeLabel: string; retry: string; retake: string; startOver: string };

const FIELDS: Field[] = ['nip', 'name', 'agency', 'unit'];
/** Server error paths (`participant.nip`) to the form's fields. */
const FIELD_OF_PATH: Record<string, Field> = {
  'participant.nip': 'nip',
  'participant.name': 'name',
  'participant.agencyId': 'agency',
  'participant.unit': 'unit',
};
const AGENCY_MIN_CHARS = 2;
const SEARCH_DELAY_MS = 300;
const SCENARIO_EXCERPT = 110;
const UNIT_MAX = 120;

class QuizApp extends HTMLElement {
  private t!: Strings;
  private locale!: string;
  private storageKey!: string;
  private state: State = { step: 'identity', answers: {}, index: 0 };
  private searchTimer?: number;
  private searchAbort?: AbortController;
  private retryAction?: () => void;
  /** Server messages that name no field, kept for the error summary. */
  private otherErrors: string[] = [];

  connectedCallback() {
    this.t = JSON.parse(this.dataset.strings!);
    this.locale = this.dataset.lang!;
    this.storageKey = `netral-asn.quiz.${this.locale}`;
    try {
      const saved = sessionStorage.getItem(this.storageKey);
      if (saved) this.state = JSON.parse(saved);
    } catch {
      // Private mode or a corrupt entry: start fresh.
    }

    const form = this.$<HTMLFormElement>('[data-identity]');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.startAttempt();
    });
    for (const field of ['nip', 'name', 'unit'] as const) {
      const input = this.input(field);
      // Validate when the person leaves a field, then live while they fix it.
      input.addEventListener('blur', () => input.value.trim() && this.showFieldError(field, this.checkField(field)));
      input.addEventListener('input', () => input.getAttribute('aria-invalid') && this.showFieldError(field, this.checkField(field)));
    }
    const agencyInput = this.input('agency');
    agencyInput.addEventListener('input', () => this.scheduleSearch());
    agencyInput.addEventListener('keydown', (e) => {
      // Enter searches now instead of submitting the half-filled form.
      if (e.key === 'Enter') {
        e.preventDefault();
        this.search();
      }
    });
    this.$('[data-agency-results]').addEventListener('change', (e) => {
      const radio = e.target as HTMLInputElement;
      this.state.participant = { ...this.readParticipant(), agencyId: radio.value };
      this.state.agencyName = radio.dataset.name;
      this.save();
      this.showFieldError('agency', null);
      this.setText('[data-agency-status]', fill(this.t.agencyChosen, { name: radio.dataset.name! }));
    });

    this.$<HTMLFormElement>('[data-question]').addEventListener('submit', (e) => {
      e.preventDefault();
      this.nextQuestion();
    });
    this.$('[data-options]').addEventListener('change', (e) => {
      const q = this.state.attempt!.questions[this.state.index];
      this.state.answers[q.id] = (e.target as HTMLInputElement).value;
      this.save();
      this.showQuestionError(false);
    });
    this.$('[data-back]').addEventListener('click', () => this.go('question', this.state.index - 1));
    this.$('[data-review-back]').addEventListener('click', () => this.go('question', this.state.attempt!.questions.length - 1));
    this.$('[data-submit]').addEventListener('click', () => this.submit());
    this.$('[data-again]').addEventListener('click', () => {
      if (this.state.result?.passed && this.state.link) this.showLink(undefined); // a passed link is spent
      if (this.state.result?.passed) this.go('identity');
      else this.startAttempt(true);
    });
    this.$('[data-alert-action]').addEventListener('click', () => this.retryAction?.());

    this.prefillIdentity();
    this.showLink(this.state.link);
    this.render(false);
    this.hidden = false;
    void this.openLink();
  }

  /** A personal link in the address (#t=… or ?t=…): its roster identity replaces the form. */
  private async openLink() {
    const token = new URLSearchParams(location.hash.slice(1)).get('t') ?? new URLSearchParams(location.search).get('t');
    if (!token) return;
    // The token now lives in this tab's storage only, not in the address bar or its history.
    history.replaceState(null, '', location.pathname);
    const res = await this.api<Omit<PersonalLink, 'token'>>('/api/quiz-links/resolve', { token });
    if (res.ok) {
      this.state = { step: 'identity', answers: {}, index: 0, link: { ...res.data, token } };
      this.showLink(this.state.link);
      return this.go('identity');
    }
    this.showLink(undefined);
    this.alert(this.problemText(res), this.t.startOver, () => this.clearAlert());
  }

  private showLink(link: PersonalLink | undefined) {
    this.state.link = link;
    this.save();
    this.$('[data-link-identity]').hidden = !link;
    this.$('[data-typed-identity]').hidden = !!link;
    for (const dd of this.querySelectorAll<HTMLElement>('[data-link]')) dd.textContent = link ? link[dd.dataset.link as keyof PersonalLink] : '';
  }

  // ---- identity ----

  private input(field: Field) {
    return this.$<HTMLInputElement>(`#quiz-${field}`);
  }

  private readParticipant(): Participant {
    const unit = normalizeName(this.input('unit').value);
    return {
      nip: this.input('nip').value.replace(/\s+/g, ''),
      name: normalizeName(this.input('name').value),
      agencyId: this.state.participant?.agencyId ?? '',
      ...(unit ? { unit } : {}),
    };
  }

  /** The message for a field as it stands, or null when it is fine. Mirrors the server's rules. */
  private checkField(field: Field): string | null {
    const value = this.input(field).value;
    let key: FieldMessageKey | null = null;
    if (field === 'nip') {
      const nip = value.replace(/\s+/g, '');
      key = nip ? ((parseNip(nip) as { error?: FieldMessageKey }).error ?? null) : 'nip.required';
    } else if (field === 'name') {
      const name = normalizeName(value);
      key = name ? nameError(name) : 'name.required';
    } else if (field === 'agency') {
      key = this.state.participant?.agencyId ? null : 'agency.required';
    } else if (normalizeName(value).length > UNIT_MAX) {
      key = 'unit.tooLong';
    }
    return key && this.t.messages[key];
  }

  /** Shows or clears one field's message; an error summary on screen follows, so the two never disagree. */
  private showFieldError(field: Field, message: string | null) {
    const input = this.input(field);
    const error = this.$(`#quiz-${field}-error`);
    error.textContent = message ?? '';
    error.hidden = !message;
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      describedBy.unshift(error.id);
    } else {
      input.removeAttribute('aria-invalid');
    }
    input.setAttribute('aria-describedby', describedBy.join(' '));
    if (!this.$('[data-summary]').hidden) this.renderSummary();
  }

  /** Shows every field's error and the summary linking to them, then focuses the first invalid field. */
  private showErrors(errors: Partial<Record<Field, string>>, other: string[] = []) {
    this.otherErrors = other;
    for (const field of FIELDS) this.showFieldError(field, errors[field] ?? null);
    const summary = this.renderSummary();
    const first = FIELDS.find((f) => errors[f]);
    if (first) this.input(first).focus();
    else if (!summary.hidden) summary.focus();
  }

  private renderSummary() {
    const summary = this.$('[data-summary]');
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const field of FIELDS) {
      const message = this.$(`#quiz-${field}-error`).textContent;
      if (!message) continue;
      const link = document.createElement('a');
      link.href = `#quiz-${field}`;
      link.textContent = `${this.t.fields[field]}: ${message}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.input(field).focus();
      });
      list.appendChild(this.li(link));
    }
    for (const message of this.otherErrors) list.appendChild(this.li(message));
    summary.hidden = !list.children.length;
    return summary;
  }

  private prefillIdentity() {
    const p = this.state.participant;
    if (!p) return;
    this.input('nip').value = p.nip ?? '';
    this.input('name').value = p.name ?? '';
    this.input('unit').value = p.unit ?? '';
    if (p.agencyId && this.state.agencyName) {
      this.input('agency').value = this.state.agencyName;
      this.setText('[data-agency-status]', fill(this.t.agencyChosen, { name: this.state.agencyName }));
    }
  }

  private scheduleSearch() {
    clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => this.search(), SEARCH_DELAY_MS);
  }

  private async search() {
    clearTimeout(this.searchTimer);
    const q = this.input('agency').value.trim();
    const box = this.$('[data-agency-results]');
    if (q.length < AGENCY_MIN_CHARS) {
      box.hidden = true;
      this.setText('[data-agency-status]', this.t.agencyTooShort);
      return;
    }
    this.searchAbort?.abort();
    this.searchAbort = new AbortController();
    this.setText('[data-agency-status]', this.t.searching);
    const res = await this.api<{ agencies: Agency[] }>(`/api/agencies?q=${encodeURIComponent(q)}`, undefined, this.searchAbort.signal);
    if (!res.ok) {
      if (res.status !== -1) this.setText('[data-agency-status]', this.problemText(res));
      return;
    }
    const list = box.querySelector('[data-list]')!;
    list.replaceChildren(
      ...res.data.agencies.map((agency) => {
        const item = this.clone('agency');
        const radio = item.root.querySelector('input')!;
        radio.value = agency.id;
        radio.dataset.name = agency.name;
        radio.checked = agency.id === this.state.participant?.agencyId;
        item.f.name.textContent = agency.name;
        item.f.province.textContent = agency.province && !agency.name.includes(agency.province) ? agency.province : '';
        return item.root;
      }),
    );
    box.hidden = !res.data.agencies.length;
    const count = res.data.agencies.length;
    // A choice made earlier stands until another is picked: say so, even when this search does not list it.
    const chosen = this.state.participant?.agencyId && this.state.agencyName;
    const found = count ? fill(this.t.agencyCount, { n: count }) : this.t.agencyNone;
    this.setText('[data-agency-status]', chosen ? `${found} ${fill(this.t.agencyChosen, { name: chosen })}` : found);
  }

  private async startAttempt(again = false) {
    if (!again && !this.state.link) {
      const errors: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) {
        const message = this.checkField(field);
        if (message) errors[field] = message;
      }
      if (Object.keys(errors).length) return this.showErrors(errors);
      this.showErrors({});
      this.state.participant = this.readParticipant();
      this.save();
    }
    const res = await this.busy(() =>
      this.api<StartAttemptResponse>(
        '/api/attempts',
        this.state.link ? { link: this.state.link.token, locale: this.locale } : { participant: this.state.participant, locale: this.locale },
      ),
    );
    if (res.ok) {
      this.state = { ...this.state, attempt: res.data, answers: {}, result: undefined, fromReview: false };
      return this.go('question', 0);
    }
    if (res.status === 400 && res.problem) {
      // Field errors from the server, in the page's language, next to the field they concern.
      this.go('identity', 0, false);
      const errors: Partial<Record<Field, string>> = {};
      const other: string[] = [];
      for (const e of res.problem.errors ?? []) {
        const field = FIELD_OF_PATH[e.path];
        if (field) errors[field] ??= e.message;
        else other.push(e.message);
      }
      if (!Object.keys(errors).length && !other.length) other.push(res.problem.detail);
      return this.showErrors(errors, other);
    }
    this.alert(this.problemText(res), this.t.retry, () => this.startAttempt(true));
  }

  // ---- questions ----

  private nextQuestion() {
    const questions = this.state.attempt!.questions;
    if (!this.state.answers[questions[this.state.index].id]) {
      this.showQuestionError(true);
      this.$<HTMLInputElement>('[data-options] input').focus();
      return;
    }
    if (this.state.index < questions.length - 1 && !this.state.fromReview) this.go('question', this.state.index + 1);
    else this.go('review');
  }

  private showQuestionError(show: boolean) {
    const fieldset = this.$('[data-question] fieldset');
    this.$('#quiz-q-error').hidden = !show;
    if (show) fieldset.setAttribute('aria-describedby', 'quiz-q-error');
    else fieldset.removeAttribute('aria-describedby');
  }

  private renderQuestion() {
    const { questions, expiresAt } = this.state.attempt!;
    const i = this.state.index;
    const q = questions[i];
    this.setText('[data-q-heading]', fill(this.t.questionOf, { n: i + 1, total: questions.length }));
    const progress = this.$<HTMLProgressElement>('[data-progress]');
    progress.max = questions.length;
    progress.value = i + 1;
    this.setText('[data-expiry]', fill(this.t.expiresAt, { time: this.time(expiresAt) }));
    this.setText('[data-scenario]', q.scenario);
    this.$('[data-options]').replaceChildren(
      ...q.options.map((option) => {
        const item = this.clone('option');
        const radio = item.root.querySelector('input')!;
        radio.value = option.id;
        radio.checked = this.state.answers[q.id] === option.id;
        item.f.text.textContent = option.text;
        return item.root;
      }),
    );
    this.showQuestionError(false);
    this.$('[data-back]').hidden = i === 0;
    this.setText('[data-next]', i === questions.length - 1 || this.state.fromReview ? this.t.toReview : this.t.next);
  }

  private renderReview() {
    const { questions } = this.state.attempt!;
    this.$('[data-review-list]').replaceChildren(
      ...questions.map((q, i) => {
        const item = this.clone('review');
        item.f.title.textContent = fill(this.t.questionOf, { n: i + 1, total: questions.length });
        item.f.scenario.textContent = excerpt(q.scenario);
        item.f.answer.textContent = q.options.find((o) => o.id === this.state.answers[q.id])?.text ?? '';
        item.f.change.setAttribute('aria-label', fill(this.t.changeLabel, { n: i + 1 }));
        item.f.change.addEventListener('click', () => {
          this.state.fromReview = true;
          this.go('question', i);
        });
        return item.root;
      }),
    );
  }

  private async submit() {
    const { attemptId, questions } = this.state.attempt!;
    // The server wants an answer to every question; send the person to the first one left open.
    const open = questions.findIndex((q) => !this.state.answers[q.id]);
    if (open >= 0) {
      this.state.fromReview = true;
      this.go('question', open);
      return this.showQuestionError(true);
    }
    const answers = questions.map((q) => ({ questionId: q.id, optionId: this.state.answers[q.id] }));
    const res = await this.busy(() => this.api<SubmitResponse>(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, { answers }));
    if (res.ok) {
      this.state.result = res.data;
      return this.go('result');
    }
    // Expired, unknown or already graded differently: these answers cannot count; a new attempt can.
    if ([404, 409, 410].includes(res.status)) {
      return this.alert(res.status === 410 ? this.t.expired : this.problemText(res), this.t.retake, () => this.startAttempt(true));
    }
    this.alert(this.problemText(res), this.t.retry, () => this.submit());
  }

  // ---- result ----

  private renderResult() {
    const result = this.state.result!;
    const { questions } = this.state.attempt!;
    const counts = { score: result.score, total: result.total, passMark: result.passMark };
    this.setText('[data-score]', fill(this.t.score, counts));
    const verdict = this.$('[data-verdict]');
    verdict.textContent = fill(result.passed ? this.t.passed : this.t.failed, counts);
    verdict.dataset.passed = String(result.passed);

    const certificate = result.certificate;
    this.$('[data-certificate]').hidden = !certificate;
    if (certificate) {
      this.setText('[data-cert-code]', fill(this.t.certificateCode, { code: certificate.code }));
      // The locale's own verify page on this origin; the PDF on this origin too (the API may name another host).
      this.$<HTMLAnchorElement>('[data-verify-link]').href = `${this.dataset.verify}/${encodeURIComponent(certificate.code)}`;
      const pdf = new URL(certificate.pdfUrl, location.href);
      this.$<HTMLAnchorElement>('[data-pdf-link]').href = pdf.pathname + pdf.search;
    }

    this.$('[data-feedback]').replaceChildren(
      ...result.feedback.map((fb, i) => {
        const q = questions.find((x) => x.id === fb.questionId);
        const optionText = (id: string) => q?.options.find((o) => o.id === id)?.text ?? '';
        const item = this.clone('feedback');
        item.root.dataset.correct = String(fb.correct);
        item.f.title.textContent = `${fill(this.t.questionOf, { n: i + 1, total: result.total })}: ${fb.correct ? this.t.right : this.t.wrong}`;
        item.f.scenario.textContent = q?.scenario ?? '';
        item.f.chosen.textContent = optionText(fb.chosenOptionId);
        item.f.correct.textContent = optionText(fb.correctOptionId);
        item.f.correctRow.hidden = fb.correct;
        item.f.explanation.textContent = fb.explanation;
        // `text` is the citation as people read it ("UU 7/2017 Pasal 304"); `law` is the instrument's id.
        item.f.basis.replaceChildren(...fb.basis.map((b) => this.li(b.text || `${b.law} ${b.article}`)));
        return item.root;
      }),
    );
    this.setText('[data-again]', result.passed ? this.t.startOver : this.t.retake);
  }

  // ---- plumbing ----

  /** Switches to a step, renders it, saves, and (unless told not to) moves focus to its heading. */
  private go(step: Step, index = this.state.index, focus = true) {
    this.state.step = step;
    this.state.index = Math.max(0, index);
    if (step !== 'question') this.state.fromReview = false;
    this.save();
    this.render(focus);
  }

  private render(focus: boolean) {
    let { step } = this.state;
    // A saved state missing what its step needs (an older or broken entry) falls back to the form.
    if ((step !== 'identity' && !this.state.attempt) || (step === 'result' && !this.state.result)) step = 'identity';
    this.clearAlert();
    if (step === 'question') this.renderQuestion();
    if (step === 'review') this.renderReview();
    if (step === 'result') this.renderResult();
    for (const section of this.querySelectorAll<HTMLElement>('[data-step]')) section.hidden = section.dataset.step !== step;
    if (focus) this.$(`[data-step="${step}"] h2`).focus();
  }

  private save() {
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(this.state));
    } catch {
      // Storage full or disabled: the quiz still works, it just will not survive a reload.
    }
  }

  private async api<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
    let res: Response;
    try {
      res = await fetch(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'Accept-Language': this.locale, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (e) {
      // -1: we cancelled it (a newer search); 0: no connection.
      return { ok: false, status: (e as Error).name === 'AbortError' ? -1 : 0 };
    }
    const data = (await res.json().catch(() => undefined)) as (T & Partial<Problem>) | undefined;
    if (res.ok && data) return { ok: true, data };
    const problem = data && typeof data.detail === 'string' ? (data as Problem) : undefined;
    return { ok: false, status: res.status, problem, retryAfter: retryAfterSeconds(res.headers.get('Retry-After')) };
  }

  private problemText(res: { status: number; problem?: Problem; retryAfter?: number }): string {
    if (res.status === 0) return this.t.offline;
    if (res.status === 429) return fill(this.t.tooMany, { n: res.retryAfter ?? 60 });
    if (res.status >= 500 || !res.problem) return this.t.serverError;
    return res.problem.detail;
  }

  /** Runs a request with the active step marked busy and its buttons disabled. */
  private async busy<T>(request: () => Promise<T>): Promise<T> {
    const section = this.$(`[data-step="${this.state.step}"]`);
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    section.setAttribute('aria-busy', 'true');
    buttons.forEach((b) => (b.disabled = true));
    this.clearAlert();
    this.setText('[data-busy]', this.t.busy);
    try {
      return await request();
    } finally {
      section.removeAttribute('aria-busy');
      buttons.forEach((b) => (b.disabled = false));
      this.setText('[data-busy]', '');
    }
  }

  /** An error the person can act on: announced, with one button (try again, or start a new quiz). */
  private alert(message: string, actionLabel: string, action: () => void) {
    this.setText('[data-alert-text]', message);
    const button = this.$<HTMLButtonElement>('[data-alert-action]');
    button.textContent = actionLabel;
    button.hidden = false;
    this.retryAction = action;
    this.$('[data-alert]').hidden = false;
    button.focus();
  }

  private clearAlert() {
    this.setText('[data-alert-text]', '');
    this.$('[data-alert-action]').hidden = true;
    this.$('[data-alert]').hidden = true;
  }

  private time(iso: string) {
    return new Date(iso).toLocaleTimeString(this.locale === 'en' ? 'en-GB' : 'id-ID', {
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
  }

  /** Clones a <template data-tpl> from Quiz.astro (keeping its scoped styles) and indexes its [data-f] parts. */
  private clone(name: string) {
    const root = this.$<HTMLTemplateElement>(`template[data-tpl="${name}"]`).content.firstElementChild!.cloneNode(true) as HTMLElement;
    const f: Record<string, HTMLElement> = {};
    for (const el of root.querySelectorAll<HTMLElement>('[data-f]')) f[el.dataset.f!] = el;
    return { root, f };
  }

  private li(content: string | Node) {
    const li = document.createElement('li');
    li.replaceChildren(content);
    return li;
  }

  private setText(selector: string, text: string) {
    this.$(selector).textContent = text;
  }

  private $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }
}

function excerpt(text: string) {
  return text.length > SCENARIO_EXCERPT ? `${text.slice(0, SCENARIO_EXCERPT).replace(/\s+\S*$/, '')}…` : text;
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : Math.ceil((Date.parse(header) - Date.now()) / 1000);
  return Number.isFinite(seconds) ? Math.max(1, seconds) : undefined;
}

customElements.define('quiz-app', QuizApp);
