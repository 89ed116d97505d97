/**
 * The identity form's rules, pure: the participant as the API wants it from what was typed, and the message
 * key for each field. The keys are the API's (functions/i18n/messages.ts), and the rules are the domain's
 * (functions/domain/nip.ts, name.ts: the ones participantSchema applies), so the form says what the server
 * would say, before asking it.
 */
import { parseNip } from '../../../functions/domain/nip';
import { normalizeName, participantNameError, unitError } from '../../../functions/domain/name';
import type { MessageKey } from '../../../functions/i18n/messages';
import type { Problem } from '../../../functions/schemas/api';
import type { Participant } from '../../../functions/schemas/participant';

export const FIELDS = ['nip', 'name', 'agency', 'unit'] as const;
export type Field = (typeof FIELDS)[number];

/** What the person typed (the agency as chosen from the search). */
export type Typed = Record<Exclude<Field, 'agency'>, string> & { agencyId: string };

/** Server error paths (`participant.nip`) to the form's fields. */
const FIELD_OF_PATH: Record<string, Field> = {
  'participant.nip': 'nip',
  'participant.name': 'name',
  'participant.agencyId': 'agency',
  'participant.unit': 'unit',
};

const whiteSpaceRe = /\s+/g;

/** The participant to send: NIP without spaces, name and unit normalised, an empty unit left out. */
export function participantOf(typed: Typed): Participant {
  const unit = normalizeName(typed.unit);
  return { nip: typed.nip.replace(whiteSpaceRe, ''), name: normalizeName(typed.name), agencyId: typed.agencyId, unit: unit || undefined };
}

/** The message key for a field as it stands, or null when it is fine. */
export function fieldError(field: Field, typed: Typed): MessageKey | null {
  const p = participantOf(typed);
  if (field === 'nip') return p.nip ? ((parseNip(p.nip) as { error?: MessageKey }).error ?? null) : 'nip.required';
  if (field === 'name') return p.name ? participantNameError(p.name) : 'name.required';
  if (field === 'agency') return p.agencyId ? null : 'agency.required';
  return p.unit ? unitError(p.unit) : null;
}

/** A 400 problem's issues by form field (first message per field), and the messages that name no field. */
export function fieldErrorsOf(problem: Problem): { errors: Partial<Record<Field, string>>; other: string[] } {
  const errors: Partial<Record<Field, string>> = {};
  const other: string[] = [];
  for (const issue of problem.errors ?? []) {
    const field = FIELD_OF_PATH[issue.path];
    if (field) errors[field] ??= issue.message;
    else other.push(issue.message);
  }
  if (!Object.keys(errors).length && !other.length) other.push(problem.detail);
  return { errors, other };
}
