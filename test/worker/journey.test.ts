// The ASN journey through the API: find the agency, start, submit, get and verify the certificate.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { bank } from '../../functions/content/bank';
import { verifyCertificate } from '../../functions/domain/certificate';
import type { CertificateView, SubmitResponse } from '../../functions/schemas/api';
import { BASE, answersWith, drawnQuestions, freshParticipant, passedAttempt, startAttempt, submit } from './helpers';

describe('the quiz journey', () => {
  it('finds an agency by part of its name, case-insensitively', async () => {
    const res = await exports.default.fetch(`${BASE}/api/agencies?q=KAB%20bantul`);
    expect(res.status).toBe(200);
    const { agencies } = (await res.json()) as { agencies: { id: string; name: string; kind: string }[] };
    expect(agencies[0]).toMatchObject({ id: 'kab-34.02', name: 'Pemerintah Kabupaten Bantul', kind: 'regency' });
  });

  it('returns at most 20 agencies, and treats LIKE wildcards as text', async () => {
    const all = (await (await exports.default.fetch(`${BASE}/api/agencies?q=kabupaten`)).json()) as { agencies: unknown[] };
    expect(all.agencies).toHaveLength(20);
    const wildcard = (await (await exports.default.fetch(`${BASE}/api/agencies?q=%25`)).json()) as { agencies: unknown[] };
    expect(wildcard.agencies).toHaveLength(0);
  });

  it('starts an attempt: 10 questions from at least 5 categories, in the chosen language', async () => {
    const attempt = await startAttempt(freshParticipant(), 'en');
    expect(attempt.questions).toHaveLength(10);
    const drawn = await drawnQuestions(attempt.attemptId);
    const categories = new Set(drawn.map((q) => bank.get(q.scenarioId)!.category));
    expect(categories.size).toBeGreaterThanOrEqual(5);
    expect(attempt.questions[0]!.scenario).toBe(bank.get(drawn[0]!.scenarioId)!.scenario.en);
    const minutes = (Date.parse(attempt.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('stores the participant normalised', async () => {
    const participant = { ...freshParticipant(), name: '  Siti   Nur’aini ' };
    const attempt = await startAttempt(participant);
    const row = await env.DB.prepare('SELECT name, nip, agency_id, unit FROM attempts WHERE id = ?').bind(attempt.attemptId).first();
    expect(row).toEqual({ name: "Siti Nur'aini", nip: participant.nip, agency_id: 'kab-34.02', unit: 'Dinas Pendidikan' });
  });

  it('reveals no answer key, explanation or basis before submitting', async () => {
    const res = await exports.default.fetch(`${BASE}/api/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '10.9.9.9' },
      body: JSON.stringify({ participant: freshParticipant(), locale: 'id' }),
    });
    const text = await res.text();
    const { attemptId } = JSON.parse(text) as { attemptId: string };
    for (const key of ['correct', 'explanation', 'basis', 'ruling', 'category', 'key', 'phrasing']) expect(text).not.toContain(`"${key}"`);
    for (const q of await drawnQuestions(attemptId)) {
      const scenario = bank.get(q.scenarioId)!;
      expect(text).not.toContain(`"${scenario.id}"`);
      expect(text).not.toContain(scenario.explanation.id);
      expect(text).not.toContain(scenario.explanation.en);
    }
  });

  it('grades a passing submission, issues a signed certificate, and shows it with the NIP masked', async () => {
    const participant = freshParticipant();
    const attempt = await startAttempt(participant);
    const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 2));
    expect(res.status).toBe(200);
    const result = (await res.json()) as SubmitResponse;
    expect(result).toMatchObject({ score: 8, total: 10, passed: true, passMark: 80 });
    expect(result.feedback).toHaveLength(10);
    expect(result.feedback.filter((f) => !f.correct)).toHaveLength(2);
    expect(result.feedback[0]!.explanation.length).toBeGreaterThan(20);
    expect(result.feedback[0]!.basis.length).toBeGreaterThan(0);
    const { code, verifyUrl, pdfUrl } = result.certificate!;
    expect(code).toMatch(/^NA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(verifyUrl).toBe(`${BASE}/verifikasi/${code}`);
    expect(pdfUrl).toBe(`${BASE}/api/certificates/${code}/pdf`);

    const view = (await (await exports.default.fetch(`${BASE}/api/certificates/${code.toLowerCase()}`)).json()) as CertificateView;
    expect(view).toMatchObject({
      code,
      name: "Siti Nur'aini",
      nip: '198503**********01',
      agency: 'Pemerintah Kabupaten Bantul',
      score: 8,
      total: 10,
      status: 'valid',
    });
    expect(JSON.stringify(view)).not.toContain(participant.nip);

    // Anyone can check the signature offline with the published key.
    const publicKey = (await (await exports.default.fetch(`${BASE}/api/certificates/public-key`)).json()) as JsonWebKey;
    expect(publicKey).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(publicKey).not.toHaveProperty('d');
    const { signature, status: _status, verifyUrl: _url, ...content } = view;
    expect(await verifyCertificate(content, signature, publicKey)).toBe(true);
    // …and the signature binds every stated field: a changed score or name no longer verifies.
    expect(await verifyCertificate({ ...content, score: content.score + 1 }, signature, publicKey)).toBe(false);
    expect(await verifyCertificate({ ...content, name: `${content.name} ` }, signature, publicKey)).toBe(false);
  });

  it('links English takers to the English verify page', async () => {
    const attempt = await startAttempt(freshParticipant(), 'en');
    const result = (await (await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0))).json()) as SubmitResponse;
    expect(result.certificate!.verifyUrl).toBe(`${BASE}/en/verify/${result.certificate!.code}`);
    const drawn = await drawnQuestions(attempt.attemptId);
    expect(result.feedback[0]!.questionId).toBe(drawn[0]!.id);
    expect(result.feedback[0]!.explanation).toBe(bank.get(drawn[0]!.scenarioId)!.explanation.en);
  });

  it('serves the certificate as an A4 landscape PDF', async () => {
    const { code } = await passedAttempt();
    const res = await exports.default.fetch(`${BASE}/api/certificates/${code}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${code}.pdf`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('fails a submission under 80 % with feedback and no certificate', async () => {
    const attempt = await startAttempt();
    const result = (await (await submit(attempt.attemptId, await answersWith(attempt.attemptId, 3))).json()) as SubmitResponse;
    expect(result).toMatchObject({ score: 7, passed: false, certificate: null });
    // A failed attempt names the right option only where it was chosen; every question keeps its explanation and basis.
    for (const f of result.feedback) {
      expect(f.correctOptionId).toBe(f.correct ? f.chosenOptionId : null);
      expect(f.explanation.length).toBeGreaterThan(20);
      expect(f.basis.length).toBeGreaterThan(0);
    }
    const count = await env.DB.prepare('SELECT count(*) AS n FROM certificates WHERE attempt_id = ?')
      .bind(attempt.attemptId)
      .first<{ n: number }>();
    expect(count!.n).toBe(0);
    const row = await env.DB.prepare('SELECT score, passed, submitted_at FROM attempts WHERE id = ?').bind(attempt.attemptId).first();
    expect(row).toMatchObject({ score: 7, passed: 0 });
  });

  it('records the drawn set server-side so the answers are graded against it', async () => {
    const attempt = await startAttempt();
    const drawn = await drawnQuestions(attempt.attemptId);
    expect(drawn.map((q) => q.id)).toEqual(attempt.questions.map((q) => q.id));
    expect(drawn.map((q) => bank.get(q.scenarioId)!.scenario.id)).toEqual(attempt.questions.map((q) => q.scenario));
    expect(drawn.flatMap((q) => q.options.map((o) => o.id))).toEqual(attempt.questions.flatMap((q) => q.options.map((o) => o.id)));
  });
});
