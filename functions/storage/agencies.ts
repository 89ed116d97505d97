/** Agencies (instansi): the seeded list of governments and central agencies, and their search aliases. */
import type { Agency } from '../schemas/agencies';
import {
  buildAgencyIndex,
  searchAgencyIndex,
  type AgencyIndex,
  type AgencySearchResult,
  type SearchableAgency,
} from '../domain/agency-search';

// The list changes only with a migration; an isolate rereads it after this long, so a deploy's new
// aliases reach every isolate within minutes without a query per search.
const INDEX_TTL_MS = 10 * 60 * 1000;
const ALIAS_SEPARATOR = '\u001f';

let cached: { index: AgencyIndex; loadedAt: number } | undefined;

/**
 * Searches as people type (short names, Pemkab/Kota, typos, unit words): see functions/domain/agency-search.ts.
 * One query per isolate every ten minutes loads the ~630 agencies; matching runs in memory (well under 1 ms).
 * @example (await searchAgencies(db, 'pemkab ppu')).agencies[0] // { id: 'kab-64.09', name: 'Pemerintah Kabupaten Penajam Paser Utara', ... }
 */
export async function searchAgencies(db: D1Database, query: string): Promise<AgencySearchResult<Agency>> {
  const result = searchAgencyIndex(await agencyIndex(db), query);
  return { ...result, agencies: result.agencies.map(({ id, name, kind, province }) => ({ id, name, kind, province })) };
}

async function agencyIndex(db: D1Database): Promise<AgencyIndex> {
  const now = Date.now();
  if (!cached || now - cached.loadedAt > INDEX_TTL_MS) cached = { index: buildAgencyIndex(await searchableAgencies(db)), loadedAt: now };
  return cached.index;
}

/** Every agency with its aliases, in one query. */
async function searchableAgencies(db: D1Database): Promise<SearchableAgency[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.name, a.kind, a.province, group_concat(al.alias, char(31)) AS aliases
       FROM agencies a LEFT JOIN agency_aliases al ON al.agency_id = a.id GROUP BY a.id`,
    )
    .all<Agency & { aliases: string | null }>();
  return results.map((row) => ({ ...row, aliases: row.aliases ? row.aliases.split(ALIAS_SEPARATOR) : [] }));
}

export async function findAgency(db: D1Database, id: string): Promise<Agency | null> {
  return db.prepare('SELECT id, name, kind, province FROM agencies WHERE id = ?').bind(id).first<Agency>();
}
