/**
 * The identity form's behaviour: a message next to each field (on leaving it, then live while it is fixed),
 * an error summary linking to the fields, and the server's own field errors shown the same way.
 */
import type { MessageKey } from '../../../functions/i18n/messages';
import type { Participant, Problem } from '../../../functions/schemas/api';
import type { AgencyPicker } from './agency-picker';
import { $, li } from './dom';
import { FIELDS, fieldError, fieldErrorsOf, participantOf, type Field, type Typed } from './participant';

export interface IdentityStrings {
  fields: Record<Field, string>;
  /** The API's field messages, by key (see src/i18n/quiz.ts `fieldMessages`). */
  messages: Partial<Record<MessageKey, string>>;
}

export class IdentityForm {
  /** Server messages that name no field, kept for the error summary. */
  private otherErrors: string[] = [];

  constructor(
    private form: HTMLFormElement,
    private picker: AgencyPicker,
    private t: IdentityStrings,
  ) {
    for (const field of ['nip', 'name', 'unit'] as const) {
      const input = this.input(field);
      // Checked when the person leaves a field, then live while they fix it.
      input.addEventListener('blur', () => input.value.trim() && this.showFieldError(field, this.check(field)));
      input.addEventListener('input', () => input.getAttribute('aria-invalid') && this.showFieldError(field, this.check(field)));
    }
    picker.addEventListener('agency-change', () => this.showFieldError('agency', null));
  }

  /** The participant as typed so far, normalised. */
  participant(): Participant {
    return participantOf(this.typed());
  }

  /** Every field checked: the participant, or null once what is wrong is shown and the first such field focused. */
  validate(): Participant | null {
    const errors: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const message = this.check(field);
      if (message) errors[field] = message;
    }
    this.showErrors(errors);
    return Object.keys(errors).length ? null : this.participant();
  }

  /** A 400 from the server: its messages next to the fields they name, the rest in the summary. */
  showProblem(problem: Problem) {
    const { errors, other } = fieldErrorsOf(problem);
    this.showErrors(errors, other);
  }

  /** Fills the form from an earlier visit in this session. */
  prefill(participant: Participant | undefined, agencyName: string | undefined) {
    if (!participant) return;
    this.input('nip').value = participant.nip ?? '';
    this.input('name').value = participant.name ?? '';
    this.input('unit').value = participant.unit ?? '';
    if (participant.agencyId && agencyName) this.picker.restore(participant.agencyId, agencyName);
  }

  private input(field: Field) {
    return $<HTMLInputElement>(this.form, `#quiz-${field}`);
  }

  private typed(): Typed {
    return { nip: this.input('nip').value, name: this.input('name').value, unit: this.input('unit').value, agencyId: this.picker.value };
  }

  private check(field: Field): string | null {
    const key = fieldError(field, this.typed());
    return key && (this.t.messages[key] ?? key);
  }

  /** Shows or clears one field's message; an error summary on screen follows, so the two never disagree. */
  private showFieldError(field: Field, message: string | null) {
    const input = this.input(field);
    const error = $(this.form, `#quiz-${field}-error`);
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
    if (!$(this.form, '[data-summary]').hidden) this.renderSummary();
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
    const summary = $(this.form, '[data-summary]');
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const field of FIELDS) {
      const message = $(this.form, `#quiz-${field}-error`).textContent;
      if (!message) continue;
      const link = document.createElement('a');
      link.href = `#quiz-${field}`;
      link.textContent = `${this.t.fields[field]}: ${message}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.input(field).focus();
      });
      list.appendChild(li(link));
    }
    for (const message of this.otherErrors) list.appendChild(li(message));
    summary.hidden = !list.children.length;
    return summary;
  }
}
