/** A participant's name as typed: normalised and checked. Pure, shared by the API and the quiz page. */

export type NameError = 'name.tooShort' | 'name.tooLong' | 'name.characters';

export const NAME_MIN = 2;
export const NAME_MAX = 100;

// Letters and combining marks of any script, spaces and . , ' - (names like "Ni Luh Putu A. D'Silva-Kusuma").
const allowedNameRe = /^[\p{L}\p{M} .,'-]+$/u;
const hasLetterRe = /\p{L}/u;

/**
 * Trims, folds runs of white space and typographic apostrophes, so the same name is stored the same way.
 * @example normalizeName('  Siti   Nur’aini ') // "Siti Nur'aini"
 */
export function normalizeName(input: string): string {
  return input.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Checks a normalised name; returns the error key or null. */
export function nameError(name: string): NameError | null {
  const length = [...name].length;
  if (length < NAME_MIN) return 'name.tooShort';
  if (length > NAME_MAX) return 'name.tooLong';
  if (!allowedNameRe.test(name) || !hasLetterRe.test(name)) return 'name.characters';
  return null;
}
