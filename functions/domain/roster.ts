/**
 * The roster an agency's HR uploads: every row checked, duplicates and spreadsheet damage named, so
 * the preview can say exactly which lines are refused and why. Pure: no I/O.
 */
import { parseNip, type NipError, type NipInputError } from './nip';
import { nameError, normalizeName, type NameError } from './name';
import { decodeRoster, readRosterTable, type Delimiter, type RosterField, type RosterFileError, type RosterRecord } from './roster-csv';

export { ROSTER_MAX_BYTES, ROSTER_MAX_ROWS } from './roster-csv';
export type { Delimiter, RosterField, RosterFileError } from './roster-csv';

const UNIT_MAX = 120;
const EMAIL_MAX = 254;

export type RosterRowError =
  | NipError
  | NipInputError
  | NameError
  | 'nip.required'
  | 'nip.excelScientific'
  | 'nip.excelRounded'
  | 'name.required'
  | 'unit.required'
  | 'unit.tooLong'
  | 'unit.characters'
  | 'email.invalid'
  | 'row.duplicate'
  | 'row.malformed';

export interface RosterRowProblem {
  field: RosterField | 'row';
  error: RosterRowError;
  /** For duplicates: the lines holding the same NIP (the first ten) and how many there are. */
  lines?: number[];
  count?: number;
}

export interface RosterRow {
  line: number;
  nip: string;
  name: string;
  unit: string;
  email: string | null;
}

export interface RejectedLine {
  line: number;
  /** The NIP cell as written (trimmed, at most 40 characters), so HR can find the line. */
  nip: string;
  problems: RosterRowProblem[];
}

export interface ParsedRoster {
  delimiter: Delimiter;
  columns: Partial<Record<RosterField, string>>;
  rows: RosterRow[];
  rejected: RejectedLine[];
}

export type ParseRosterResult = { ok: true; roster: ParsedRoster } | { ok: false; error: RosterFileError };

// Excel shows an 18-digit number as 1,98503E+17 (Indonesian locale) or 1.98503E+17; saved as text it stays so.
const scientificRe = /^\d(?:[.,]\d+)?e\+?\d+$/i;
// Excel keeps 15 significant digits: the last three digits of an 18-digit NIP come back as 000.
const roundedRe = /^\d{15}000$/;
const emailRe = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Control and format characters (e.g. NUL, zero-width, bidi overrides) have no place in a unit's name.
const invisibleRe = /[\p{Cc}\p{Cf}]/u;
const NIP_ECHO_MAX = 40;
const DUPLICATE_LINES_SHOWN = 10;
const eighteenDigitsRe = /^\d{18}$/;

/**
 * A NIP cell as typed or exported: spaces (the printed "19850315 201012 1 001" form) and the leading
 * apostrophe Excel users type to keep a number as text are removed; spreadsheet damage is named.
 * @example checkNipCell("'19850315 201012 1 001") // { nip: '198503152010121001' }
 */
export function checkNipCell(cell: string | undefined, today: Date = new Date()): { nip: string } | { error: RosterRowError } {
  const compact = (cell ?? '').replace(/\s+/g, '').replace(/^'/, '');
  if (!compact) return { error: 'nip.required' };
  if (scientificRe.test(compact)) return { error: 'nip.excelScientific' };
  if (roundedRe.test(compact)) return { error: 'nip.excelRounded' };
  const result = parseNip(compact, today);
  return result.ok ? { nip: result.value.nip } : { error: result.error };
}

/** A unit (perangkat daerah) name: white space folded, required, at most 120 characters. */
export function checkUnitCell(cell: string | undefined): { unit: string } | { error: RosterRowError } {
  const unit = (cell ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!unit) return { error: 'unit.required' };
  if ([...unit].length > UNIT_MAX) return { error: 'unit.tooLong' };
  if (invisibleRe.test(unit)) return { error: 'unit.characters' };
  return { unit };
}

/**
 * The key that makes "Dinas  Pendidikan" and "DINAS PENDIDIKAN" one unit, so a re-export with other
 * casing does not split a unit in two.
 */
export function unitKey(unit: string): string {
  return unit.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function checkRecord(record: RosterRecord, today: Date): { row?: RosterRow; problems: RosterRowProblem[] } {
  const problems: RosterRowProblem[] = [];
  if (record.malformed) problems.push({ field: 'row', error: 'row.malformed' });
  const nip = checkNipCell(record.cells.nip, today);
  if ('error' in nip) problems.push({ field: 'nip', error: nip.error });
  const name = normalizeName(record.cells.name ?? '');
  const nameProblem = name ? nameError(name) : 'name.required';
  if (nameProblem) problems.push({ field: 'name', error: nameProblem });
  const unit = checkUnitCell(record.cells.unit);
  if ('error' in unit) problems.push({ field: 'unit', error: unit.error });
  const email = (record.cells.email ?? '').trim().toLowerCase();
  if (email && (email.length > EMAIL_MAX || !emailRe.test(email))) problems.push({ field: 'email', error: 'email.invalid' });
  if (problems.length || 'error' in nip || 'error' in unit) return { problems };
  return { row: { line: record.line, nip: nip.nip, name, unit: unit.unit, email: email || null }, problems };
}

/**
 * Reads and checks a whole roster file. A file-level problem (not UTF-8, no NIP/name/unit column,
 * over the limits) refuses the file; otherwise each line is either a valid row or a rejected line
 * with its reasons. A NIP that occurs more than once is refused on every line it occurs, naming them
 * all, because which copy is right is HR's call.
 * @example parseRoster(new TextEncoder().encode('NIP;Nama;Unit Kerja\n198503152010121001;Siti;Dinas Pendidikan'))
 */
export function parseRoster(bytes: Uint8Array, today: Date = new Date()): ParseRosterResult {
  const decoded = decodeRoster(bytes);
  if (!decoded.ok) return decoded;
  const read = readRosterTable(decoded.text);
  if (!read.ok) return read;
  const { delimiter, columns, records } = read.table;

  const checked = records.map((record) => ({ record, ...checkRecord(record, today) }));
  const linesByNip = new Map<string, number[]>();
  for (const { record, row } of checked) {
    const nip = row?.nip ?? compactNip(record.cells.nip);
    if (nip) linesByNip.set(nip, [...(linesByNip.get(nip) ?? []), record.line]);
  }

  const rows: RosterRow[] = [];
  const rejected: RejectedLine[] = [];
  for (const { record, row, problems } of checked) {
    const lines = linesByNip.get(row?.nip ?? compactNip(record.cells.nip));
    const duplicate: RosterRowProblem | null =
      lines && lines.length > 1
        ? { field: 'nip', error: 'row.duplicate', lines: lines.slice(0, DUPLICATE_LINES_SHOWN), count: lines.length }
        : null;
    const all = duplicate ? [...problems, duplicate] : problems;
    if (row && all.length === 0) rows.push(row);
    else rejected.push({ line: record.line, nip: (record.cells.nip ?? '').trim().slice(0, NIP_ECHO_MAX), problems: all });
  }
  return { ok: true, roster: { delimiter, columns, rows, rejected } };
}

/**
 * The NIP a rejected line would have had, for spotting duplicates among lines broken for another
 * reason too. Spreadsheet-damaged values are not compared: they collide by construction.
 */
function compactNip(cell: string | undefined): string {
  const nip = (cell ?? '').replace(/\s+/g, '').replace(/^'/, '');
  return eighteenDigitsRe.test(nip) && !roundedRe.test(nip) ? nip : '';
}
