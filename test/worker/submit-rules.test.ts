// Submitting: idempotent, conflicts, expiry, mismatched answers, and all-or-nothing writes.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SubmitResponse } from '../../functions/schemas/api';
import { BASE, answersWith, startAttempt, submit } from './helpers';

const certificatesOf = async (attemptId: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM certificates WHERE attempt_id = ?').bind(attemptId).first<{ n: number }>())!.n;

describe('submitting', () => {
  it('returns the same result and the same certificate when submitted again', async () => {
    const attempt = await startAttempt();
    const answers = await answersWith(attempt.attemptId, 0);
    const first = (await (await submit(attempt.attemptId, answers)).json()) as SubmitResponse;
    const again = await submit(attempt.attemptId, [...answers].reverse());
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await certificatesOf(attempt.attemptId)).toBe(1);
  });

  it('issues one certificate when the same answers arrive at the same time', async () => {
    const attempt = await startAttempt();
    const answers = await answersWith(attempt.attemptId, 0);
    const results = await Promise.all([1, 2, 3].map(() => submit(attempt.attemptId, answers)));
    const bodies = (await Promise.all(results.map((r) => r.json()))) as SubmitResponse[];
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(bodies.map((b) => b.certificate!.code)).size).toBe(1);
    expect(await certificatesOf(attempt.attemptId)).toBe(1);
  });

  it('refuses other answers for an already-submitted attempt with 409', async () => {
    const attempt = await startAttempt();
    await submit(attempt.attemptId, await answersWith(attempt.attemptId, 3));
    const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0));
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await certificatesOf(attempt.attemptId)).toBe(0);
  });

  it('refuses a submission after 30 minutes with 410', async () => {
    const attempt = await startAttempt();
    await env.DB.prepare('UPDATE attempts SET expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), attempt.attemptId)
      .run();
    const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 0), { 'accept-language': 'en' });
    expect(res.status).toBe(410);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/expired/);
  });

  it('answers 404 for an unknown attempt', async () => {
    expect((await submit(crypto.randomUUID(), [])).status).toBe(404);
    expect((await submit('not-an-id', [])).status).toBe(404);
  });

  it.each([
    ['one answer missing', (a: { questionId: string; optionId: string }[]) => a.slice(1)],
    ['an extra answer', (a: { questionId: string; optionId: string }[]) => [...a, { questionId: 'asn-may-vote', optionId: '1' }]],
    ['an option that does not exist', (a: { questionId: string; optionId: string }[]) => [{ ...a[0]!, optionId: '7' }, ...a.slice(1)]],
  ])('refuses answers that do not match the drawn questions: %s', async (_, change) => {
    const attempt = await startAttempt();
    const res = await submit(attempt.attemptId, change(await answersWith(attempt.attemptId, 0)));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.length).toBeGreaterThan(0);
    const row = await env.DB.prepare('SELECT submitted_at FROM attempts WHERE id = ?').bind(attempt.attemptId).first();
    expect(row).toEqual({ submitted_at: null });
  });

  it('writes nothing when issuing the certificate fails, and the attempt can be submitted again', async () => {
    const attempt = await startAttempt();
    const answers = await answersWith(attempt.attemptId, 0);
    await env.DB.prepare(
      "CREATE TRIGGER fail_certificates BEFORE INSERT ON certificates BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    ).run();
    try {
      const res = await submit(attempt.attemptId, answers);
      // A database failure is temporary as far as the client can tell: 503, come back later (issue 14).
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = await res.text();
      expect(body).not.toMatch(/disk full|at \w+ \(|\.ts:\d+/);
      const row = await env.DB.prepare('SELECT submitted_at, score FROM attempts WHERE id = ?').bind(attempt.attemptId).first();
      expect(row).toEqual({ submitted_at: null, score: null });
    } finally {
      await env.DB.prepare('DROP TRIGGER fail_certificates').run();
    }
    const retry = await submit(attempt.attemptId, answers);
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as SubmitResponse).certificate).not.toBeNull();
    expect(await certificatesOf(attempt.attemptId)).toBe(1);
  });

  it('looks up unknown or malformed certificate codes as 404', async () => {
    for (const code of ['NA-0000-0000-0000', 'nonsense', '%27%20OR%201%3D1']) {
      const res = await exports.default.fetch(`${BASE}/api/certificates/${code}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await exports.default.fetch(`${BASE}/api/certificates/NA-0000-0000-0000/pdf`)).status).toBe(404);
  });
});
