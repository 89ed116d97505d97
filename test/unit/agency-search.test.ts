// The agency search over the real agency list and aliases: a table of what people type (review 1.2),
// the generic forms, typo tolerance, hints, and the alias data file and its migration.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { agencyRows } from '../../scripts/agencies.mjs';
import { aliasRows, aliasesMigration } from '../../scripts/agency-aliases.mjs';
import {
  buildAgencyIndex,
  editDistance,
  searchAgencyIndex,
  searchText,
  type AgencyIndex,
  type SearchableAgency,
} from '../../functions/domain/agency-search';
import { agencyQueries } from './agency-search-table';

let index: AgencyIndex;
let agencies: SearchableAgency[];

beforeAll(async () => {
  const aliases = await aliasRows();
  const rows = (await agencyRows()) as Omit<SearchableAgency, 'aliases'>[];
  agencies = rows.map((r) => ({ ...r, aliases: aliases.filter((a) => a.agencyId === r.id).map((a) => a.alias) }));
  index = buildAgencyIndex(agencies);
});

describe('the agency search, as people type', () => {
  it('has at least 80 real-world queries', () => {
    expect(agencyQueries.length).toBeGreaterThanOrEqual(80);
  });

  it.each(agencyQueries)('$q → $first', ({ q, first, single, hint, typo }) => {
    const result = searchAgencyIndex(index, q);
    expect(result.agencies[0]?.id ?? null).toBe(first);
    if (single) expect(result.agencies.map((a) => a.id)).toEqual([first]);
    expect(result.hint).toBe(hint ?? null);
    expect(result.match).toBe(first === null ? 'none' : typo ? 'approximate' : result.match);
    if (typo) expect(result.match).toBe('approximate');
  });

  it('finds every central agency by each of its short names, first', () => {
    const misses = agencies
      .filter((a) => a.kind === 'central')
      .flatMap((a) => a.aliases.map((alias) => ({ alias, id: a.id, first: searchAgencyIndex(index, alias).agencies[0]?.id })))
      .filter((r) => r.first !== r.id);
    // Former names of split ministries point to one successor; everything else must be found first.
    expect(misses.map((m) => m.alias)).toEqual([]);
  });

  it('every central agency has a short name', () => {
    const without = agencies.filter((a) => a.kind === 'central' && a.aliases.length === 0).map((a) => a.name);
    expect(without).toEqual([]);
  });

  it('"kabupaten" alone lists regencies, and an empty query the first 20 agencies by name', () => {
    const regencies = searchAgencyIndex(index, 'kabupaten');
    expect(regencies.agencies).toHaveLength(20);
    expect(regencies.agencies.every((a) => a.kind === 'regency')).toBe(true);
    expect(searchAgencyIndex(index, '').agencies).toHaveLength(20);
  });

  it('a typo is forgiven only when nothing matches as typed', () => {
    // "kubar" is Kutai Barat's own short name, one letter from "kukar": no typo answer mixed in.
    expect(searchAgencyIndex(index, 'kubar').agencies.map((a) => a.id)).toEqual(['kab-64.07']);
    // Three-letter words are never fuzzed: "ppy" is not "ppu".
    expect(searchAgencyIndex(index, 'ppy').agencies).toEqual([]);
  });

  it('answers at most 20 and is fast: p50 under 2 ms over 20 queries', () => {
    expect(searchAgencyIndex(index, 'barat').agencies).toHaveLength(20);
    const times = agencyQueries.slice(0, 20).map(({ q }) => {
      const start = performance.now();
      searchAgencyIndex(index, q);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    expect(times[10]).toBeLessThan(2);
  });
});

describe('text and distance helpers', () => {
  it('searchText folds case, accents and punctuation', () => {
    expect(searchText('Kab. Tojo Una-Una')).toBe('kab tojo una una');
    expect(searchText('  ATR/BPN ')).toBe('atr bpn');
    expect(searchText('Éxito')).toBe('exito');
  });

  it('editDistance counts a swap of neighbours as one edit', () => {
    expect(editDistance('panajam', 'penajam')).toBe(1);
    expect(editDistance('penjaam', 'penajam')).toBe(1);
    expect(editDistance('kukar', 'kubar')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('the alias data', () => {
  it('the committed migration is what the generator writes (run `npm run agency-aliases` if this fails)', async () => {
    const committed = readFileSync(new URL('../../migrations/0020_agency_aliases.sql', import.meta.url), 'utf8');
    expect(committed).toBe(await aliasesMigration());
  });

  it('names only agencies that exist, under their current names', async () => {
    // aliasRows throws on an unknown id or a stale name; this states the count so a silent drop shows.
    const rows = await aliasRows();
    expect(rows.length).toBeGreaterThan(350);
    expect(rows).toContainEqual({ agencyId: 'kab-64.09', alias: 'PPU' });
  });
});
