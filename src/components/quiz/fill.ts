/** Placeholder filling for UI strings; its own module so the quiz script can import it without the string tables. */

const placeholderRe = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders; unknown ones are left as they are.
 * @example fill('Soal {n} dari {total}', { n: 3, total: 10 }) // 'Soal 3 dari 10'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(placeholderRe, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
