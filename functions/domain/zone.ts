/**
 * Which of Indonesia's three time zones an agency lives in, from the province code in its id, and the
 * calendar day of an instant there. Indonesia has no daylight saving, so each zone is a fixed offset
 * and the same day can be computed in SQL (`date(t, '+8 hours')`) for recounts.
 */

export interface AgencyZone {
  /** The abbreviation Indonesians use. */
  name: 'WIB' | 'WITA' | 'WIT';
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  offsetHours: 7 | 8 | 9;
}

export const WIB: AgencyZone = { name: 'WIB', timeZone: 'Asia/Jakarta', offsetHours: 7 };
export const WITA: AgencyZone = { name: 'WITA', timeZone: 'Asia/Makassar', offsetHours: 8 };
export const WIT: AgencyZone = { name: 'WIT', timeZone: 'Asia/Jayapura', offsetHours: 9 };

// Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi (UU/Keppres 41/1987 zones).
const witaProvinces = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const regionalIdRe = /^(?:prov|kab|kota)-(\d{2})/;

/**
 * The zone of an agency: Maluku and Papua (81–82, 91–96) are WIT, the WITA provinces above WITA, the
 * rest of the regions and every central agency (seated in Jakarta) WIB.
 * @example zoneOfAgency('kota-64.71').name // 'WITA' (Balikpapan)
 */
export function zoneOfAgency(agencyId: string): AgencyZone {
  const province = regionalIdRe.exec(agencyId)?.[1];
  if (!province) return WIB;
  if (province.startsWith('8') || province.startsWith('9')) return WIT;
  return witaProvinces.has(province) ? WITA : WIB;
}

/**
 * The local calendar day (YYYY-MM-DD) of an ISO instant in the zone.
 * @example localDay('2026-12-01T17:30:00Z', WIB) // '2026-12-02'
 */
export function localDay(iso: string, zone: AgencyZone): string {
  return new Date(Date.parse(iso) + zone.offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** The SQLite modifier giving the same day as `localDay`: `date(issued_at, sqlDayModifier(zone))`. */
export function sqlDayModifier(zone: AgencyZone): string {
  return `+${zone.offsetHours} hours`;
}
