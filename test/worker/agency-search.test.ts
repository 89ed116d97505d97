// GET /api/agencies over the migrated D1 (0002 agencies + 0020 aliases): the whole real-query table,
// the hint in each language, and the response shape older clients read.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AgencySearchResponse } from '../../functions/schemas/agencies';
import { agencyQueries } from '../unit/agency-search-table';
import { BASE } from './helpers';

async function search(q: string, headers: Record<string, string> = {}) {
  const res = await exports.default.fetch(`${BASE}/api/agencies?q=${encodeURIComponent(q)}`, { headers });
  expect(res.status).toBe(200);
  return (await res.json()) as AgencySearchResponse;
}

describe('GET /api/agencies over the real D1', () => {
  it.each(agencyQueries)('$q → $first', async ({ q, first, single, hint }) => {
    const body = await search(q);
    expect(body.agencies[0]?.id ?? null).toBe(first);
    if (single) expect(body.agencies).toHaveLength(1);
    expect(body.hint?.reason ?? null).toBe(hint ?? null);
  });

  it('keeps the agency fields older clients read, and nothing more per agency', async () => {
    const body = await search('pemkab ppu');
    expect(body).toEqual({
      agencies: [{ id: 'kab-64.09', name: 'Pemerintah Kabupaten Penajam Paser Utara', kind: 'regency', province: 'Kalimantan Timur' }],
      match: 'exact',
      hint: null,
    });
  });

  it('explains what to type, in Indonesian or English, with a 200', async () => {
    const id = await search('dinas pendidikan');
    expect(id.agencies).toEqual([]);
    expect(id.match).toBe('none');
    expect(id.hint?.message).toContain('Unit kerja');
    expect(id.hint?.message).toContain('kabupaten/kota');
    const en = await search('xyz', { 'accept-language': 'en' });
    expect(en.hint).toMatchObject({ reason: 'noMatch', message: expect.stringContaining('Work unit') });
  });

  it('says a typo was forgiven', async () => {
    expect(await search('panajam')).toMatchObject({ match: 'approximate', agencies: [{ id: 'kab-64.09' }] });
  });
});
