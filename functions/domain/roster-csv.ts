/**
 * Reading a roster file into records: UTF-8 decoding, the delimiter, CSV quoting (papaparse) and the
 * header row mapped to our fields. Pure: no I/O. Row rules live in `roster.ts`.
 */
import Papa from 'papaparse';

export type RosterField = 'nip' | 'name' | 'unit' | 'email';
export type Delimiter = ';' | ',' | '\t';

export type RosterFileErrorCode = 'roster.encoding' | 'roster.empty' | 'roster.tooLarge' | 'roster.tooManyRows' | 'roster.missingColumns';
export interface RosterFileError {
  code: RosterFileErrorCode;
  /** For missingColumns: which of our fields are missing, and the headers the file has. */
  missing?: RosterField[];
  found?: string[];
}

/** The limits HR is told about: a personnel export of a large province is ~40,000 rows, ~3 MB. */
export const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 50_000;

/**
 * Header spellings seen in SIASN/SIMPEG exports and hand-made sheets, after `headerKey` folding.
 * English names are accepted too for the English interface's template.
 */
const headerAliases: Record<RosterField, readonly string[]> = {
  nip: ['nip', 'nip baru', 'no nip', 'nomor nip', 'nip ni pppk', 'ni pppk', 'nip nipppk'],
  name: ['nama', 'nama lengkap', 'nama pegawai', 'nama asn', 'name', 'full name'],
  unit: ['unit kerja', 'unor', 'opd', 'perangkat daerah', 'satuan kerja', 'satker', 'unit organisasi', 'unit'],
  email: ['email', 'e mail', 'surel', 'alamat email', 'alamat surel'],
};
const requiredFields: readonly RosterField[] = ['nip', 'name', 'unit'];
const delimiters: readonly Delimiter[] = [';', ',', '\t'];

/** Folds a header cell for alias lookup: "No. NIP", "UNIT_KERJA" and " E-mail " all match. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The delimiter of the header row: whichever of `;` `,` tab occurs most often outside quotes. Excel in
 * the Indonesian locale saves with `;`, SIASN and Google Sheets with `,`; a name like "Siti, S.Pd."
 * inside quotes must not count.
 * @example detectDelimiter('NIP;Nama;"Unit, Kerja"\n…') // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
  }
  // Ties (including a one-column file) fall to the first in `delimiters`… unless nothing was seen: then ','.
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of delimiters) {
    if (counts.get(d)! > bestCount) [best, bestCount] = [d, counts.get(d)!];
  }
  return best;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: RosterFileError };

/**
 * The file as text. Only UTF-8 is accepted (a fatal decoder, so a file saved as ANSI/Windows-1252 is
 * refused with advice instead of imported with broken names); a BOM is dropped.
 */
export function decodeRoster(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength > ROSTER_MAX_BYTES) return { ok: false, error: { code: 'roster.tooLarge' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'roster.encoding' } };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/** One data record: its row number as a spreadsheet shows it (the header is row 1) and its cells by field. */
export interface RosterRecord {
  line: number;
  cells: Partial<Record<RosterField, string>>;
  /** Set when the CSV itself is broken at this record (e.g. a quote never closed). */
  malformed?: boolean;
}

export interface RosterTable {
  delimiter: Delimiter;
  /** Our field → the header as written in the file. */
  columns: Partial<Record<RosterField, string>>;
  records: RosterRecord[];
}

export type TableResult = { ok: true; table: RosterTable } | { ok: false; error: RosterFileError };

/**
 * Splits decoded text into records keyed by field. Blank records are skipped but still counted, so a
 * line number matches the row a person sees when opening the file in a spreadsheet.
 */
export function readRosterTable(text: string): TableResult {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const [header, ...body] = parsed.data;
  if (!header || header.every((cell) => !cell.trim())) return { ok: false, error: { code: 'roster.empty' } };

  const index: Partial<Record<RosterField, number>> = {};
  const columns: Partial<Record<RosterField, string>> = {};
  header.forEach((cell, position) => {
    const key = headerKey(cell);
    for (const field of Object.keys(headerAliases) as RosterField[]) {
      if (index[field] === undefined && headerAliases[field].includes(key)) {
        index[field] = position;
        columns[field] = cell.trim();
      }
    }
  });
  const missing = requiredFields.filter((field) => index[field] === undefined);
  if (missing.length) {
    return { ok: false, error: { code: 'roster.missingColumns', missing, found: header.map((h) => h.trim()).filter(Boolean) } };
  }

  const malformedRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!));
  const records: RosterRecord[] = [];
  body.forEach((cells, i) => {
    if (cells.every((cell) => !cell.trim())) return;
    const record: RosterRecord = { line: i + 2, cells: {} };
    for (const field of Object.keys(index) as RosterField[]) record.cells[field] = cells[index[field]!];
    if (malformedRows.has(i + 1)) record.malformed = true;
    records.push(record);
  });
  if (records.length === 0) return { ok: false, error: { code: 'roster.empty' } };
  if (records.length > ROSTER_MAX_ROWS) return { ok: false, error: { code: 'roster.tooManyRows' } };
  return { ok: true, table: { delimiter, columns, records } };
}
