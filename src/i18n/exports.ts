/** Interface text of the export section of the report page (/admin, /en/admin), in Indonesian and English. */
import type { Locale } from '../../functions/schemas/content';

const id = {
  heading: 'Unduh data',
  lead: 'Unduhan berisi NIP lengkap dan dicatat di log audit instansi.',
  quick: 'Siklus saat ini, seluruh instansi',
  certificatesCsv: 'Sertifikat (CSV)',
  pendingCsv: 'Belum lulus (CSV)',
  zipPart: 'Sertifikat PDF dalam ZIP, bagian {part} dari {parts}',
  zip: 'Sertifikat PDF dalam ZIP',
  mergedPdf: 'Satu PDF untuk dicetak',
  mergedTooMany: 'PDF gabungan paling banyak {max} sertifikat; persempit dengan unit kerja atau tanggal di bawah.',
  count: '{count} sertifikat di siklus ini; ZIP dibagi per {size} sertifikat.',
  filterHeading: 'Pilih cakupan',
  unit: 'Unit kerja',
  allUnits: 'Semua unit kerja',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  dateHint: 'Tanggal terbit menurut waktu instansi ({zone}). Kosongkan untuk seluruh siklus.',
  cycle: 'Siklus',
  currentCycle: '{name} (saat ini)',
  allCycles: 'Semua siklus',
  part: 'Bagian ZIP',
  partHint: 'Satu ZIP berisi paling banyak {size} sertifikat: unduh bagian 1, 2, dan seterusnya.',
  excelNote:
    'Di Excel, buka CSV lewat Data → Dari Teks/CSV dan atur kolom NIP sebagai Teks. Bila dibuka dengan klik dua kali, Excel membulatkan NIP 18 digit.',
  unavailable: 'Pilihan unduhan tidak dapat dimuat. Muat ulang halaman.',
};

type Strings = typeof id;

const en: Strings = {
  heading: 'Downloads',
  lead: 'Downloads hold full NIPs and are recorded in the agency’s audit log.',
  quick: 'Current cycle, whole agency',
  certificatesCsv: 'Certificates (CSV)',
  pendingCsv: 'Not yet passed (CSV)',
  zipPart: 'Certificate PDFs in a ZIP, part {part} of {parts}',
  zip: 'Certificate PDFs in a ZIP',
  mergedPdf: 'One PDF for printing',
  mergedTooMany: 'A merged PDF holds at most {max} certificates; narrow it by work unit or dates below.',
  count: '{count} certificates in this cycle; the ZIP is split every {size} certificates.',
  filterHeading: 'Choose the scope',
  unit: 'Work unit',
  allUnits: 'All work units',
  from: 'From',
  to: 'To',
  dateHint: 'Issue dates in the agency’s time ({zone}). Leave empty for the whole cycle.',
  cycle: 'Cycle',
  currentCycle: '{name} (current)',
  allCycles: 'All cycles',
  part: 'ZIP part',
  partHint: 'One ZIP holds at most {size} certificates: download part 1, 2 and so on.',
  excelNote:
    'In Excel, open the CSV through Data → From Text/CSV and set the NIP column to Text. Opened by double-click, Excel rounds 18-digit NIPs.',
  unavailable: 'The download choices could not be loaded. Reload the page.',
};

export const exportStrings: Record<Locale, Strings> = { id, en };
