/**
 * CSV exports written page by page into a byte stream (papaparse's `unparse` for each page): UTF-8 with
 * a BOM once (so Excel detects UTF-8), RFC 4180 quoting, `\r\n` line ends, and formula-looking cells
 * neutralised.
 *
 * Formula injection (CSV injection): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@`
 * (and tab or CR, which some strip before looking), also after leading spaces. Names, units and roster
 * fields are typed by participants or HR, so such a cell is prefixed with `'` (OWASP's advice), which
 * Excel and LibreOffice show as text. That includes phone numbers written `+62 812…`: a uniform rule is
 * safer than guessing which `+` is harmless, and the `'` keeps Excel from turning them into numbers.
 * Numbers passed as numbers (a score, a negative count) are not text and stay as they are.
 *
 * NIPs are 18 digits: they are written as text of digits, never as numbers, so the file holds them
 * intact; Excel's double-click import still rounds long numbers (15 significant digits), which is why
 * the download page tells HR to import with the NIP column as Text.
 */
import Papa from 'papaparse';
import { type PageFetcher, pagesOf } from './pages';

/** A cell that a spreadsheet could read as a formula: `= + - @`, tab, CR or LF first, after any whitespace. */
export const FORMULA_START = /^\s*[=+\-@\t\r\n]/;
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

export type CsvCell = string | number | null | undefined;

/** A column: its header (already in the reader's language) and how to read it from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

/**
 * The rows as CSV text lines (no BOM), each line ended with `\r\n`.
 * @example csvLines([['=1+1', 'Budi']]) // "\"'=1+1\",Budi\r\n"
 */
export function csvLines(rows: CsvCell[][]): string {
  if (rows.length === 0) return '';
  return (
    Papa.unparse(
      rows.map((row) => row.map((cell) => cell ?? '')),
      { newline: NEWLINE, escapeFormulae: FORMULA_START, quotes: false, header: false },
    ) + NEWLINE
  );
}

/**
 * A small CSV file in one piece (a page of personal links, say): BOM, header, rows.
 * @example csvText(['NIP', 'Nama'], [['198503152010121001', 'Siti, S.Pd.']]) // '\uFEFFNIP,Nama\r\n198503152010121001,"Siti, S.Pd."\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + csvLines([[...header], ...rows.map((row) => [...row])]);
}

/**
 * The export as a stream: BOM and header first, then one page's rows per chunk, the next page fetched
 * only when the reader has taken the previous one.
 * @example
 *   return new Response(csvStream({ columns, fetchPage: (cursor) => certificatePage(db, scope, cursor) }),
 *     { headers: { 'content-type': 'text/csv; charset=utf-8' } })
 */
export function csvStream<Row, Cursor>(options: {
  columns: CsvColumn<Row>[];
  fetchPage: PageFetcher<Row, Cursor>;
}): ReadableStream<Uint8Array> {
  const { columns } = options;
  const encoder = new TextEncoder();
  const pages = pagesOf(options.fetchPage);
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          // The header goes out before the first query, so the download starts at once whatever the size.
          started = true;
          controller.enqueue(encoder.encode(BOM + csvLines([columns.map((c) => c.header)])));
          return;
        }
        const page = await pages.next();
        if (page.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvLines(page.value.map((row) => columns.map((c) => c.value(row))))));
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    // One chunk (one page) read ahead at most.
    { highWaterMark: 0 },
  );
}
