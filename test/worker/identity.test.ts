// Who takes the quiz: one canonical NIP per person, and names and units a person could have typed.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../functions/domain/certificate';
import type { CertificateView, SubmitResponse } from '../../functions/schemas/api';
import { BASE, answersWith, post, startAttempt, submit, validParticipant } from './helpers';

interface ProblemBody {
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

const canonical = '198503152010121001';
const rowCount = async (table: 'attempts' | 'certificates') =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

/** Posts a participant the API must refuse, and checks the refusal names one field and stores nothing. */
async function refused(participant: Record<string, unknown>, headers: Record<string, string> = {}) {
  const before = await rowCount('attempts');
  const res = await post('/api/attempts', { participant, locale: 'id' }, headers);
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(await rowCount('attempts')).toBe(before);
  const problem = (await res.json()) as ProblemBody;
  expect(problem.errors).toHaveLength(1);
  return problem.errors![0]!;
}

describe('canonical NIPs', () => {
  it('stores a NIP typed in groups as its 18 digits, and the certificate masks and signs that', async () => {
    const attempt = await startAttempt({ ...validParticipant, nip: '19850315 201001 1 001' });
    const stored = await env.DB.prepare('SELECT nip FROM attempts WHERE id = ?').bind(attempt.attemptId).first<{ nip: string }>();
    expect(stored!.nip).toBe('198503152010011001');

    const result = (await (await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0))).json()) as SubmitResponse;
    const code = result.certificate!.code;
    const certificate = await env.DB.prepare('SELECT nip FROM certificates WHERE code = ?').bind(code).first<{ nip: string }>();
    expect(certificate!.nip).toBe('198503152010011001');

    const view = (await (await exports.default.fetch(`${BASE}/api/certificates/${code}`)).json()) as CertificateView;
    expect(view.nip).toBe('198503**********01');
    const publicKey = (await (await exports.default.fetch(`${BASE}/api/certificates/public-key`)).json()) as JsonWebKey;
    const { signature, status: _status, verifyUrl: _url, ...content } = view;
    expect(await verifyCertificate(content, signature, publicKey)).toBe(true);
  });

  it('accepts dots and dashes as separators too', async () => {
    const attempt = await startAttempt({ ...validParticipant, nip: '19850315.201012-1.001' });
    const stored = await env.DB.prepare('SELECT nip FROM attempts WHERE id = ?').bind(attempt.attemptId).first<{ nip: string }>();
    expect(stored!.nip).toBe(canonical);
  });

  it('refuses a Unicode space with a message saying what to type, in Indonesian and English', async () => {
    const nip = '19850315\u2003201012 1 001';
    expect(await refused({ ...validParticipant, nip })).toEqual({
      path: 'participant.nip',
      message: expect.stringContaining('spasi khusus'),
    });
    const en = await refused({ ...validParticipant, nip }, { 'accept-language': 'en' });
    expect(en.message).toContain('special space');
    expect(en.message).toContain('ordinary spaces, dots or dashes');
  });

  it.each([
    ['a line separator', '19850315\u2028201012 1 001', 'spasi khusus'],
    ['padding', `${canonical}${' '.repeat(1000)}`, 'NIP harus 18 angka.'],
    ['a letter', '19850315 201012 1 00l', 'NIP harus 18 angka.'],
    ['a wrong part, spaced', '19850315 201012 3 001', 'jenis kelamin'],
  ])('refuses %s naming what is wrong', async (_, nip, message) => {
    expect(await refused({ ...validParticipant, nip })).toEqual({ path: 'participant.nip', message: expect.stringContaining(message) });
  });

  it('migration 0003 canonicalises a row stored in the old form', async () => {
    const id = crypto.randomUUID();
    const oldForm = '\u2028 19850315\u3000201012\t1\u2003001\u00a0';
    const code = 'NA-01D0-F0RM-0001';
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO attempts (id, nip, name, agency_id, locale, questions, created_at, expires_at, submitted_at, answers, score, total, passed)
         VALUES (?, ?, 'Budi Santoso', 'kab-34.02', 'id', '[]', '2026-11-01T00:00:00Z', '2026-11-01T00:30:00Z', '2026-11-01T00:10:00Z', '[]', 10, 10, 1)`,
      ).bind(id, oldForm),
      env.DB.prepare(
        `INSERT INTO certificates (code, attempt_id, nip, name, agency_id, agency_name, score, total, issued_at, signature)
         VALUES (?, ?, ?, 'Budi Santoso', 'kab-34.02', 'Pemerintah Kabupaten Bantul', 10, 10, '2026-11-01T00:10:00Z', 'x')`,
      ).bind(code, id, oldForm),
    ]);

    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0003_'))!;
    expect(migration.name).toBe('0003_canonical_nip.sql');
    await env.DB.batch(migration.queries.map((sql) => env.DB.prepare(sql)));

    const attempt = await env.DB.prepare('SELECT nip FROM attempts WHERE id = ?').bind(id).first<{ nip: string }>();
    const certificate = await env.DB.prepare('SELECT nip FROM certificates WHERE code = ?').bind(code).first<{ nip: string }>();
    expect([attempt!.nip, certificate!.nip]).toEqual([canonical, canonical]);
    const view = (await (await exports.default.fetch(`${BASE}/api/certificates/${code}`)).json()) as CertificateView;
    expect(view.nip).toBe('198503**********01');
  });
});

describe('names and units no person types', () => {
  it.each([
    ['name', 'Budi\u0000 Santoso', 'karakter tak terlihat'],
    ['name', 'Budi \u202eosotnaS', 'karakter tak terlihat'],
    ['name', '\u3164\u3164', 'karakter tak terlihat'],
    ['name', 'Bu\u0334\u0335\u0336di Santoso', 'tanda diakritik bertumpuk'],
    ['unit', 'Dinas\u200b Pendidikan', 'karakter tak terlihat'],
    ['unit', '=HYPERLINK("http://evil.example","klik")', 'tidak boleh diawali'],
    ['unit', '  @SUM(A1)', 'tidak boleh diawali'],
    ['unit', '<script>alert(1)</script>', 'tanda < atau >'],
  ])('%s %j → 400 naming the field, nothing stored', async (field, value, message) => {
    expect(await refused({ ...validParticipant, [field]: value })).toEqual({
      path: `participant.${field}`,
      message: expect.stringContaining(message),
    });
  });

  it('answers in English when asked', async () => {
    const error = await refused({ ...validParticipant, unit: '+62 Dinas' }, { 'accept-language': 'en-US' });
    expect(error).toEqual({ path: 'participant.unit', message: 'The work unit cannot start with = + - or @.' });
  });

  it('stores an ordinary name and unit in NFC with spaces folded', async () => {
    const attempt = await startAttempt({
      ...validParticipant,
      name: 'Nguye\u0302\u0303n\u00a0 Thi\u0323',
      unit: ' Bidang P2P (Pencegahan & Pengendalian)\u2003',
    });
    const row = await env.DB.prepare('SELECT name, unit FROM attempts WHERE id = ?').bind(attempt.attemptId).first();
    expect(row).toEqual({ name: 'Nguy\u1ec5n Th\u1ecb', unit: 'Bidang P2P (Pencegahan & Pengendalian)' });
  });
});
