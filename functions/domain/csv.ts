/**
 * CSV for spreadsheets (exports HR opens in Excel or uses for a mail merge): UTF-8 with a BOM so Excel
 * reads the names right, RFC 4180 quoting, CRLF line ends, and no cell that a spreadsheet would run as a
 * formula. Pure.
 */
import Papa from 'papaparse';

/**
 * A cell starting with = + - @ (or a tab/CR/LF, or any of these after spaces) is run as a formula by
 * spreadsheets; such cells get a leading apostrophe (OWASP "CSV injection").
 */
export const formulaTriggerRe = /^\s*[=+\-@\t\r\n]/;

/**
 * @example toCsv(['NIP', 'Nama'], [['198503152010121001', 'Siti, S.Pd.']]) // '\uFEFFNIP,Nama\r\n198503152010121001,"Siti, S.Pd."'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const data = rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { newline: '\r\n', escapeFormulae: formulaTriggerRe, quotes: false })}`;
}
