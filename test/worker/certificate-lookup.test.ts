// POST /api/certificates/lookup ("Cari sertifikat saya") over the real D1: the holder finds their
// certificates; a wrong name and an unknown NIP get the same empty answer; both limits answer 429.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { CertificateLookupResponse } from '../../functions/schemas/certificate-lookup';
import type { Problem } from '../../functions/schemas/problem';
import { answersWith, freshParticipant, inOneMinute, newClientIp, post, startAttempt, submit, validParticipant } from './helpers';

const lookup = (body: unknown, headers: Record<string, string> = {}) => post('/api/certificates/lookup', body, headers);

/** A passed attempt for a NIP of its own, so limits and results never mix between tests. */
async function certificateFor(nip: string, name = 'Dewi Lestari, S.Pd.') {
  const attempt = await startAttempt({ ...validParticipant, nip, name });
  const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0));
  const body = (await res.json()) as { certificate: { code: string } };
  return body.certificate.code;
}

describe('POST /api/certificates/lookup', () => {
  it('returns the holder’s certificates for the full NIP and the name, case and spacing forgiven', async () => {
    const code = await certificateFor('199001012015032002');
    const res = await lookup({ nip: '19900101 201503 2 002', name: '  dewi   LESTARI, s.pd. ' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as CertificateLookupResponse;
    expect(body.certificates).toEqual([
      {
        code,
        issuedAt: expect.any(String),
        status: 'valid',
        agency: 'Pemerintah Kabupaten Bantul',
        score: 10,
        total: 10,
        verifyUrl: `http://netral.test/verifikasi/${code}`,
        pdfUrl: `http://netral.test/api/certificates/${code}/pdf`,
      },
    ]);
  });

  it('links to the English verify page when asked in English, and shows a revoked certificate as revoked', async () => {
    const code = await certificateFor('199002022016042001', 'Ni Luh Putu Ayu');
    await env.DB.prepare("UPDATE certificates SET status = 'revoked' WHERE code = ?").bind(code).run();
    const body = (await (
      await lookup({ nip: '199002022016042001', name: 'Ni Luh Putu Ayu', locale: 'en' })
    ).json()) as CertificateLookupResponse;
    expect(body.certificates).toMatchObject([{ code, status: 'revoked', verifyUrl: `http://netral.test/en/verify/${code}` }]);
  });

  it('answers a wrong name exactly as an unknown NIP: 200 and an empty list', async () => {
    await certificateFor('198807072012121003', 'Budi Santoso');
    const wrongName = await lookup({ nip: '198807072012121003', name: 'Budi Santosa' });
    const unknownNip = await lookup({ nip: '198807072012121004', name: 'Budi Santoso' });
    expect(wrongName.status).toBe(200);
    expect(unknownNip.status).toBe(200);
    const [a, b] = [await wrongName.text(), await unknownNip.text()];
    expect(a).toBe('{"certificates":[]}');
    expect(b).toBe(a);
  });

  it('validates the NIP and name with the participant rules', async () => {
    const res = await lookup({ nip: '1985031520101', name: 'X' });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toEqual([
      { path: 'nip', message: 'NIP harus 18 angka.' },
      { path: 'name', message: 'Nama minimal 2 huruf.' },
    ]);
  });

  it('limits one client to 10 lookups a minute: then 429 with Retry-After', async () => {
    const { ip, statuses } = await inOneMinute(async () => {
      const ip = newClientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const nip = `1980010120050110${String(i + 1).padStart(2, '0')}`;
        statuses.push((await lookup({ nip, name: 'Siapa Saja' }, { 'cf-connecting-ip': ip })).status);
      }
      return { ip, statuses };
    });
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
    const res = await lookup({ nip: '198001012005011001', name: 'Siapa Saja' }, { 'cf-connecting-ip': ip });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(((await res.json()) as Problem).detail).toContain('60 detik');
  });

  it('limits one NIP to 10 lookups a minute, whatever the client address', async () => {
    const statuses = await inOneMinute(async () => {
      const { nip } = freshParticipant();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await lookup({ nip, name: `Tebakan ${'a'.repeat(i + 1)}` })).status);
      return statuses;
    });
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });
});
