/** Interface text of the completion report and roster pages, in Indonesian and English, and number formats. */
import type { Locale } from '../../functions/schemas/content';

const id = {
  charts: {
    unitBarsTitle: 'Penyelesaian per unit kerja',
    unitBarsDesc: 'Batang mendatar: persentase pegawai tiap unit yang sudah memiliki sertifikat.',
    unit: 'Unit kerja',
    completion: 'Penyelesaian',
    certifiedOfHeadcount: 'Bersertifikat / jumlah',
    dailyTitle: 'Sertifikat per hari',
    dailyDesc: 'Kolom: jumlah sertifikat yang terbit tiap hari ({zone}), {from} sampai {to}; total {total}.',
    day: 'Tanggal',
    certificates: 'Sertifikat',
    cumulative: 'Kumulatif',
    histogramTitle: 'Sebaran skor',
    histogramDesc: 'Kolom: jumlah percobaan untuk tiap skor 0–10; {attempts} percobaan.',
    score: 'Skor',
    attempts: 'Percobaan',
    noData: 'Belum ada data.',
    axis: 'Sumbu nilai',
  },
};

type Strings = typeof id;

const en: Strings = {
  charts: {
    unitBarsTitle: 'Completion by work unit',
    unitBarsDesc: 'Horizontal bars: the share of each unit’s staff who hold a certificate.',
    unit: 'Work unit',
    completion: 'Completion',
    certifiedOfHeadcount: 'Certified / headcount',
    dailyTitle: 'Certificates per day',
    dailyDesc: 'Columns: certificates issued each day ({zone}), {from} to {to}; {total} in total.',
    day: 'Date',
    certificates: 'Certificates',
    cumulative: 'Cumulative',
    histogramTitle: 'Score distribution',
    histogramDesc: 'Columns: the number of attempts at each score 0–10; {attempts} attempts.',
    score: 'Score',
    attempts: 'Attempts',
    noData: 'No data yet.',
    axis: 'Value axis',
  },
};

export const reportStrings: Record<Locale, Strings> = { id, en };

const numberLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** A count as people write it: 1.234 in Indonesian, 1,234 in English. */
export function formatCount(locale: Locale, value: number): string {
  return new Intl.NumberFormat(numberLocale[locale]).format(value);
}

/** A percentage with at most one decimal (66,7 % / 66.7%), or an em dash when there is none. */
export function formatPercent(locale: Locale, value: number | null): string {
  if (value === null) return '—';
  const number = new Intl.NumberFormat(numberLocale[locale], { maximumFractionDigits: 1 }).format(value);
  return locale === 'id' ? `${number} %` : `${number}%`;
}

/** A local calendar day (YYYY-MM-DD) written out, e.g. "2 Des 2026" / "2 Dec 2026". */
export function formatDay(locale: Locale, day: string, style: 'short' | 'medium' = 'medium'): string {
  const date = new Date(`${day}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(numberLocale[locale], options).format(date);
}

/** Fills {placeholders}. */
export function fillText(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
