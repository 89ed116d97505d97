/**
 * A participant's name and work unit as typed: normalised and checked. Pure, shared by the API and
 * the quiz page. The quiz page mirrors `nameError`; the API also applies `participantNameError` and
 * `unitError`, which refuse text that no person types but that would be stored, exported and shown.
 */

export type NameError = 'name.tooShort' | 'name.tooLong' | 'name.characters';
export type UnnaturalTextError = 'invisible' | 'stackedMarks';
export type UnitError = 'unit.tooLong' | 'unit.invisible' | 'unit.stackedMarks' | 'unit.formula' | 'unit.markup';

const NAME_MIN = 2;
const NAME_MAX = 100;
export const UNIT_MAX = 120;

// Letters and combining marks of any script, spaces and . , ' - (names like "Ni Luh Putu A. D'Silva-Kusuma").
const allowedNameRe = /^[\p{L}\p{M} .,'-]+$/u;
const hasLetterRe = /\p{L}/u;
const typographicApostropheRe = /[\u2018\u2019\u02bc]/g;
const spaceRunRe = /\p{Zs}+/gu;
// Controls (NUL, tab, newline), format characters (bidi overrides, zero-width), private use, lone
// surrogates, line separators, and whatever Unicode says renders as nothing: that covers the Hangul
// fillers U+115F, U+1160, U+3164 and U+FFA0, which are letters and would pass as a "name" of blanks.
// U+2800 (blank Braille cell) also draws nothing but is a symbol, so it is named separately.
const invisibleRe = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;
// Every script people write names in needs at most two marks on one letter after NFC (Vietnamese
// tone + vowel marks compose to one or two); a third is "zalgo" text drawn over its neighbours.
const stackedMarksRe = /\p{M}{3,}/u;
// A spreadsheet treats a cell starting with one of these (or their full-width forms) as a formula.
const formulaStartRe = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
const markupRe = /[<>]/;

/**
 * NFC, typographic apostrophes to ', runs of spaces (any Unicode space) to one, trimmed, so the same
 * name is stored the same way. Other invisible characters are left in for the checks to refuse.
 * @example normalizeName('  Siti   Nur’aini ') // "Siti Nur'aini"
 */
export function normalizeName(input: string): string {
  return input.normalize('NFC').replace(typographicApostropheRe, "'").replace(spaceRunRe, ' ').trim();
}

/** Checks a normalised name against the letters-and-punctuation rule; returns the error key or null. */
export function nameError(name: string): NameError | null {
  const length = [...name].length;
  if (length < NAME_MIN) return 'name.tooShort';
  if (length > NAME_MAX) return 'name.tooLong';
  if (!allowedNameRe.test(name) || !hasLetterRe.test(name)) return 'name.characters';
  return null;
}

/**
 * What no person types: invisible characters or more than two combining marks in a row.
 * @example unnaturalText('\u3164\u3164') // 'invisible'
 */
export function unnaturalText(text: string): UnnaturalTextError | null {
  if (invisibleRe.test(text)) return 'invisible';
  if (stackedMarksRe.test(text)) return 'stackedMarks';
  return null;
}

/**
 * Every rule for a normalised name, the unnatural characters first so their message is the one shown.
 * @example participantNameError('Budi\u202eSantoso') // 'name.invisible'
 */
export function participantNameError(name: string): NameError | 'name.invisible' | 'name.stackedMarks' | null {
  const unnatural = unnaturalText(name);
  return unnatural ? `name.${unnatural}` : nameError(name);
}

/**
 * Checks a normalised work unit. It is free text ("Bidang P2P (Pencegahan & Pengendalian)"), so
 * digits and punctuation are fine, but not a leading formula sign or markup: HR will open it in a
 * spreadsheet or an admin page.
 * @example unitError('=HYPERLINK("http://x","klik")') // 'unit.formula'
 */
export function unitError(unit: string): UnitError | null {
  if ([...unit].length > UNIT_MAX) return 'unit.tooLong';
  const unnatural = unnaturalText(unit);
  if (unnatural) return `unit.${unnatural}`;
  if (formulaStartRe.test(unit)) return 'unit.formula';
  if (markupRe.test(unit)) return 'unit.markup';
  return null;
}
