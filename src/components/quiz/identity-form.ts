/**
 * The identity form's behaviour: a message next to each field (on leaving it, then live while it is fixed),
 * an error summary linking to the fields, and the server's own field errors shown the same way.
 */
import type { MessageKey } from '../../../functions/i18n/messages';
import type { Problem } from '../../../functions/schemas/api';
import type { Participant } from '../../../functions/schemas/participant';
import type { AgencyPicker } from './agency-picker';
import { $, li } from './dom';
import { FIELDS, fieldError, fieldErrorsOf, participantOf, type Field, type Typed } from './participant';

export interface IdentityStrings {
  fields: Record<Field, string>;
  /** The API's field messages, by key (see src/i18n/quiz.ts `fieldMessages`). */
  messages: Partial<Record<MessageKey, string>>;
}

export interface IdentityForm {
  /** The participant as typed so far, normalised. */
  participant(): Participant;
  /** Every field checked: the participant, or null once what is wrong is shown and the first such field focused. */
  validate(): Participant | null;
  /** A 400 from the server: its messages next to the fields they name, the rest in the summary. */
  showProblem(problem: Problem): void;
  /** Fills the form from an earlier visit in this session. */
  prefill(participant: Participant | undefined, agencyName: string | undefined): void;
}

/** Wires the form's fields (ids `quiz-{field}`, `quiz-{field}-error`) and its `[data-summary]`. */
export function identityForm(form: HTMLFormElement, picker: AgencyPicker, t: IdentityStrings): IdentityForm {
  const summary = $(form, '[data-summary]');
  const input = (field: Field) => $<HTMLInputElement>(form, `#quiz-${field}`);
  const errorOf = (field: Field) => $(form, `#quiz-${field}-error`);
  const typed = (): Typed => ({ nip: input('nip').value, name: input('name').value, unit: input('unit').value, agencyId: picker.value });
  const check = (field: Field) => {
    const key = fieldError(field, typed());
    return key && (t.messages[key] ?? key);
  };
  /** Server messages that name no field, kept for the summary. */
  let otherErrors: string[] = [];

  /** Shows or clears one field's message; an error summary on screen follows, so the two never disagree. */
  const showFieldError = (field: Field, message: string | null) => {
    const box = input(field);
    const error = errorOf(field);
    error.textContent = message ?? '';
    error.hidden = !message;
    const describedBy = (box.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
    if (message) {
      box.setAttribute('aria-invalid', 'true');
      describedBy.unshift(error.id);
    } else {
      box.removeAttribute('aria-invalid');
    }
    box.setAttribute('aria-describedby', describedBy.join(' '));
    if (!summary.hidden) renderSummary();
  };

  const renderSummary = () => {
    const list = summary.querySelector('ul')!;
    list.replaceChildren();
    for (const field of FIELDS) {
      const message = errorOf(field).textContent;
      if (!message) continue;
      const link = document.createElement('a');
      link.href = `#quiz-${field}`;
      link.textContent = `${t.fields[field]}: ${message}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        input(field).focus();
      });
      list.appendChild(li(link));
    }
    for (const message of otherErrors) list.appendChild(li(message));
    summary.hidden = !list.children.length;
  };

  /** Shows every field's error and the summary linking to them, then focuses the first invalid field. */
  const showErrors = (errors: Partial<Record<Field, string>>, other: string[] = []) => {
    otherErrors = other;
    for (const field of FIELDS) showFieldError(field, errors[field] ?? null);
    renderSummary();
    const first = FIELDS.find((f) => errors[f]);
    if (first) input(first).focus();
    else if (!summary.hidden) summary.focus();
  };

  for (const field of ['nip', 'name', 'unit'] as const) {
    const box = input(field);
    // Checked when the person leaves a field, then live while they fix it.
    box.addEventListener('blur', () => box.value.trim() && showFieldError(field, check(field)));
    box.addEventListener('input', () => box.getAttribute('aria-invalid') && showFieldError(field, check(field)));
  }
  picker.addEventListener('agency-change', () => showFieldError('agency', null));

  return {
    participant: () => participantOf(typed()),
    validate() {
      const errors: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) {
        const message = check(field);
        if (message) errors[field] = message;
      }
      showErrors(errors);
      return Object.keys(errors).length ? null : participantOf(typed());
    },
    showProblem(problem) {
      const { errors, other } = fieldErrorsOf(problem);
      showErrors(errors, other);
    },
    prefill(participant, agencyName) {
      if (!participant) return;
      input('nip').value = participant.nip ?? '';
      input('name').value = participant.name ?? '';
      input('unit').value = participant.unit ?? '';
      if (participant.agencyId && agencyName) picker.restore(participant.agencyId, agencyName);
    },
  };
}
