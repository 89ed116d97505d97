/** The attempt's deadline as the participant reads their own clock: "01.57 WITA", not UTC or "GMT+8". */
import type { Locale } from '../../../functions/schemas/content';

/** Indonesia's three zones by their everyday names; the IANA zones a phone in Indonesia reports. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The browser's own zone (IANA), e.g. "Asia/Makassar". */
function browserTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The time of day in `timeZone`, named as people in Indonesia name it (WIB, WITA, WIT), elsewhere as Intl does.
 * @example deadlineText('2026-12-02T17:57:00Z', 'en', 'Asia/Makassar') // '01:57 WITA'
 */
export function deadlineText(date: string | Date, locale: Locale, timeZone = browserTimeZone()): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  const clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(date));
  const zone =
    (timeZone && INDONESIAN_ZONES[timeZone]) ??
    new Intl.DateTimeFormat(tag, { timeZoneName: 'short', timeZone }).formatToParts(new Date(date)).find((p) => p.type === 'timeZoneName')
      ?.value;
  return zone ? `${clock} ${zone}` : clock;
}
