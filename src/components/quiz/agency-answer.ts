/**
 * What the agency search's answer asks of the picker (review 1.2, 1.6): a single match is chosen by
 * itself, and the server's hint (what to type; the school or puskesmas goes in "Unit kerja") is said.
 * Kept apart from the picker so the picker's own code changes by two calls.
 */
export interface AgencySearchHint {
  reason: string;
  message: string;
}

/** Checks the only result and announces it as if the person had picked it (the picker's change handler runs). */
export function selectSingleMatch(list: Element): void {
  const radios = list.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radios.length !== 1 || radios[0].checked) return;
  radios[0].checked = true;
  radios[0].dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The status line with the server's hint: instead of the generic "no match" text, or after the count.
 * @example statusWithHint('Tidak ada instansi yang cocok.', 0, { reason: 'unit', message: 'Pilih kabupaten…' }) // 'Pilih kabupaten…'
 */
export function statusWithHint(found: string, count: number, hint: AgencySearchHint | null | undefined): string {
  if (!hint) return found;
  return count ? `${found} ${hint.message}` : hint.message;
}
