/** Agencies (instansi): the seeded list of governments and central agencies. */
import type { Agency } from '../schemas/agencies';

export const AGENCY_SEARCH_LIMIT = 20;

/**
 * Case-insensitive search where every word of the query must appear in the name. Best first: names
 * ending in the query (the place itself, not a longer name containing it), then shorter names.
 * @example searchAgencies(db, 'kab bantul') // [{ id: 'kab-34.02', name: 'Pemerintah Kabupaten Bantul', ... }]
 */
export async function searchAgencies(db: D1Database, query: string): Promise<Agency[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  const where = words.map(() => "lower(name) LIKE ? ESCAPE '\\'").join(' AND ') || '1 = 1';
  const patterns = words.map((w) => `%${escapeLike(w)}%`);
  const { results } = await db
    .prepare(
      `SELECT id, name, kind, province FROM agencies WHERE ${where}
       ORDER BY (lower(name) LIKE ? ESCAPE '\\') DESC, length(name), name LIMIT ${AGENCY_SEARCH_LIMIT}`,
    )
    .bind(...patterns, `%${escapeLike(query.toLowerCase().trim())}`)
    .all<Agency>();
  return results;
}

export async function findAgency(db: D1Database, id: string): Promise<Agency | null> {
  return db.prepare('SELECT id, name, kind, province FROM agencies WHERE id = ?').bind(id).first<Agency>();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
