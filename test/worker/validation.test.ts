// Bad input: a clear problem+json naming the field, in the request's language, and nothing stored.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../functions/schemas/problem';
import { BASE, newClientIp, post, validParticipant } from './helpers';

type ProblemBody = Problem;

const attemptCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM attempts').first<{ n: number }>())!.n;

async function startWith(participant: Record<string, unknown>, headers: Record<string, string> = {}) {
  const before = await attemptCount();
  const res = await post('/api/attempts', { participant, locale: 'id' }, headers);
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(await attemptCount()).toBe(before);
  return (await res.json()) as ProblemBody;
}

describe('validation of a new attempt', () => {
  it.each([
    ['19850315201012100', 'participant.nip', 'NIP harus 18 angka.'],
    ['198502302010121001', 'participant.nip', 'tanggal lahir'],
    ['198503152010131001', 'participant.nip', 'TMT'],
    ['198503151980121001', 'participant.nip', 'lebih awal dari tanggal lahir'],
    ['198503152010125001', 'participant.nip', 'jenis kelamin'],
    ['198503152010121000', 'participant.nip', 'nomor urut'],
  ])('NIP %s → %s names the wrong part', async (nip, path, message) => {
    const problem = await startWith({ ...validParticipant, nip });
    expect(problem).toMatchObject({ status: 400, title: 'Permintaan tidak valid' });
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors![0]!.path).toBe(path);
    expect(problem.errors![0]!.message).toContain(message);
  });

  it.each([
    ['A', 'minimal 2'],
    ['<b>Budi</b>', 'hanya boleh berisi huruf'],
    ['x'.repeat(101), 'maksimal 100'],
  ])('name %s is refused', async (name, message) => {
    const problem = await startWith({ ...validParticipant, name });
    expect(problem.errors).toEqual([{ path: 'participant.name', message: expect.stringContaining(message) }]);
  });

  it('an unknown agency is refused', async () => {
    const problem = await startWith({ ...validParticipant, agencyId: 'kab-99.99' });
    expect(problem.errors).toEqual([{ path: 'participant.agencyId', message: 'Instansi tidak dikenal. Pilih dari daftar.' }]);
  });

  it('a unit over 120 characters is refused', async () => {
    const problem = await startWith({ ...validParticipant, unit: 'u'.repeat(121) });
    expect(problem.errors![0]!.path).toBe('participant.unit');
  });

  it('lists every missing field at once, in English when asked', async () => {
    const problem = await startWith({}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(problem.title).toBe('Invalid request');
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(['participant.agencyId', 'participant.name', 'participant.nip']);
    expect(problem.errors!.find((e) => e.path === 'participant.nip')!.message).toBe('NIP is required.');
  });

  it('refuses an unknown locale', async () => {
    const res = await post('/api/attempts', { participant: validParticipant, locale: 'fr' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors).toEqual([{ path: 'locale', message: 'Bahasa harus "id" atau "en".' }]);
  });
});

describe('malformed requests', () => {
  it('invalid JSON → 400', async () => {
    const res = await post('/api/attempts', '{"participant":');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).detail).toBe('Isi permintaan bukan JSON yang valid.');
  });

  it('a form post or text body → 415', async () => {
    const res = await exports.default.fetch(`${BASE}/api/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': newClientIp() },
      body: 'participant=x',
    });
    expect(res.status).toBe(415);
  });

  it('a body over 16 KB → 413, and nothing is stored', async () => {
    const before = await attemptCount();
    const res = await post('/api/attempts', { participant: { ...validParticipant, unit: 'x'.repeat(17 * 1024) }, locale: 'id' });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ProblemBody).status).toBe(413);
    expect(await attemptCount()).toBe(before);
  });

  it('an unknown path → 404 problem', async () => {
    const res = await exports.default.fetch(`${BASE}/api/nothing-here`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    expect((await res.json()) as ProblemBody).toMatchObject({ title: 'Not found', status: 404 });
  });
});

describe('every response', () => {
  it('carries security headers and no caching of personal data', async () => {
    for (const res of [
      await exports.default.fetch(`${BASE}/api/health`),
      await post('/api/attempts', {}),
      await exports.default.fetch(`${BASE}/api/nope`),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    }
    expect((await post('/api/attempts', {})).headers.get('cache-control')).toBe('no-store');
  });
});
