// Group sessions and retakes: who may start and submit how often (issue 11 point 3, issue 10 point 4).
import { env } from 'cloudflare:workers';
import { createExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app';
import type { Problem } from '../../functions/schemas/problem';
import type { SubmitResponse } from '../../functions/schemas/attempts';
import { BASE, answersWith, drawnQuestions, freshParticipant, inOneMinute, newClientIp, post, startAttempt, submit } from './helpers';

type ProblemBody = Problem & { type: string };

/** Runs `tasks` with at most `width` at once, as people in a room press the button at nearly the same time. */
async function inWaves<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += width) results.push(...(await Promise.all(tasks.slice(i, i + width).map((task) => task()))));
  return results;
}

describe('a group session behind one address', () => {
  it('lets 200 participants start and submit from one IP well within ten minutes', async () => {
    const hall = { 'cf-connecting-ip': '203.0.113.10' };
    const began = Date.now();
    const people = Array.from({ length: 200 }, () => freshParticipant());
    const attempts = await inWaves(
      people.map((p) => () => startAttempt(p, 'id', hall)),
      25,
    );
    const statuses = await inWaves(
      attempts.map((a) => async () => (await submit(a.attemptId, await answersWith(a.attemptId, 1), hall)).status),
      25,
    );
    expect(attempts).toHaveLength(200);
    expect(statuses).toEqual(Array<number>(200).fill(200));
    expect(Date.now() - began).toBeLessThan(10 * 60_000);
  }, 180_000);
});

describe('one script cannot flood', () => {
  it('one NIP starting in a loop meets 429 with Retry-After after three starts a minute; others at the same address do not', async () => {
    const { ip, statuses, limited } = await inOneMinute(async () => {
      const ip = { 'cf-connecting-ip': newClientIp() };
      const participant = freshParticipant();
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 5 && !limited; i++) {
        const res = await post('/api/attempts', { participant, locale: 'id' }, ip);
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      return { ip, statuses, limited };
    });
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(limited!.headers.get('retry-after')).toBe('60');
    expect(((await limited!.json()) as ProblemBody).detail).toContain('60 detik');
    expect((await post('/api/attempts', { participant: freshParticipant(), locale: 'id' }, ip)).status).toBe(201);
  });

  it('hammering one attempt’s submit meets 429 after ten tries a minute', async () => {
    const statuses = await inOneMinute(async () => {
      const attempt = await startAttempt();
      const answers = await answersWith(attempt.attemptId, 0);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await submit(attempt.attemptId, answers)).status);
      return statuses;
    });
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });

  it('one address is stopped at the ceiling of 600 writes a minute, whatever NIPs it sends', async () => {
    const ip = { 'cf-connecting-ip': '198.51.100.99' };
    // Invalid bodies are the cheapest writes: the ceiling counts them before validation.
    let sent = 0;
    let res: Response;
    do {
      res = await post('/api/attempts', {}, ip);
      sent++;
    } while (res.status !== 429 && sent < 1300);
    // Fixed one-minute windows: a run that crosses a window boundary may get up to one more window's worth.
    expect(sent).toBeGreaterThan(600);
    expect(sent).toBeLessThanOrEqual(1201);
    expect(res.headers.get('retry-after')).toBe('60');
    expect((await post('/api/attempts', {}, { 'cf-connecting-ip': '198.51.100.100' })).status).toBe(400);
  }, 180_000);
});

describe('retakes', () => {
  async function failOnce(participant: object, ip: Record<string, string>) {
    const attempt = await startAttempt(participant, 'id', ip);
    const result = (await (await submit(attempt.attemptId, await answersWith(attempt.attemptId, 5), ip)).json()) as SubmitResponse;
    expect(result.passed).toBe(false);
  }

  it('after two failed attempts asks for a 15-minute pause, in Indonesian or English, with Retry-After', async () => {
    const ip = { 'cf-connecting-ip': newClientIp() };
    const participant = freshParticipant();
    await failOnce(participant, ip);
    await failOnce(participant, ip);
    const res = await post('/api/attempts', { participant, locale: 'id' }, ip);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    const problem = (await res.json()) as ProblemBody;
    expect(problem).toMatchObject({ type: 'urn:netral-asn:problem:retakeCooldown', status: 429 });
    expect(problem.detail).toBe(
      'Anda sudah 2 kali berturut-turut belum lulus. Baca dulu pembahasan dan materi aturannya; kuis bisa diulang dalam 15 menit.',
    );
    // Nothing was written for the refused starts.
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM attempts WHERE nip = ?').bind(participant.nip).first<{ n: number }>();
    expect(rows!.n).toBe(2);
  });

  it('says so in English to an English participant', async () => {
    const ip = { 'cf-connecting-ip': newClientIp() };
    const participant = freshParticipant();
    await failOnce(participant, ip);
    await failOnce(participant, ip);
    const res = await post('/api/attempts', { participant, locale: 'en' }, ip);
    expect(((await res.json()) as ProblemBody).detail).toBe(
      'You have not passed 2 times in a row. Read the feedback and the rules first; you can retake the quiz in 15 minutes.',
    );
  });

  it('caps a NIP at five starts in 24 hours, saying when it may start again', async () => {
    const participant = freshParticipant();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    // Four passed attempts earlier today (no cooldown involved).
    for (const h of [20, 6, 4, 2]) {
      await env.DB.prepare(
        `INSERT INTO attempts (id, nip, name, agency_id, locale, questions, created_at, expires_at, submitted_at, answers, score, total, passed)
         VALUES (?, ?, 'Siti', 'kab-34.02', 'id', '[]', ?, ?, ?, '[]', 10, 10, 1)`,
      )
        .bind(crypto.randomUUID(), participant.nip, hoursAgo(h), hoursAgo(h - 0.5), hoursAgo(h - 0.1))
        .run();
    }
    expect((await post('/api/attempts', { participant, locale: 'id' })).status).toBe(201);
    const res = await post('/api/attempts', { participant, locale: 'id' });
    expect(res.status).toBe(429);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.type).toBe('urn:netral-asn:problem:dailyAttemptLimit');
    expect(problem.detail).toBe('NIP ini sudah memulai 5 kuis dalam 24 jam terakhir, batas per hari. Kuis bisa dimulai lagi dalam 4 jam.');
    // The oldest of the five (20 hours ago) leaves the 24-hour window in 4 hours.
    expect(Math.abs(Number(res.headers.get('retry-after')) - 4 * 3600)).toBeLessThan(60);
  });

  it('lets only one of two simultaneous starts take the last slot of the day', async () => {
    const participant = freshParticipant();
    for (const h of [6, 4, 3, 2]) {
      const at = new Date(Date.now() - h * 3_600_000).toISOString();
      await env.DB.prepare(
        `INSERT INTO attempts (id, nip, name, agency_id, locale, questions, created_at, expires_at, submitted_at, answers, score, total, passed)
         VALUES (?, ?, 'Siti', 'kab-34.02', 'id', '[]', ?, ?, ?, '[]', 10, 10, 1)`,
      )
        .bind(crypto.randomUUID(), participant.nip, at, at, at)
        .run();
    }
    const statuses = await Promise.all([0, 1].map(async () => (await post('/api/attempts', { participant, locale: 'id' })).status));
    expect(statuses.sort()).toEqual([201, 429]);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM attempts WHERE nip = ?').bind(participant.nip).first<{ n: number }>();
    expect(rows!.n).toBe(5);
  });

  it('keys the limits on the canonical NIP, so spaces do not make a new participant', async () => {
    const participant = freshParticipant();
    const spaced = { ...participant, nip: `${participant.nip.slice(0, 8)} ${participant.nip.slice(8, 14)} ${participant.nip.slice(14)}` };
    const ip = { 'cf-connecting-ip': newClientIp() };
    await failOnce(participant, ip);
    await failOnce(spaced, ip);
    expect((await post('/api/attempts', { participant: spaced, locale: 'id' }, ip)).status).toBe(429);
  });

  it('draws scenarios the participant has not seen yet', async () => {
    const participant = freshParticipant();
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const attempt = await startAttempt(participant);
      const ids = (await drawnQuestions(attempt.attemptId)).map((q) => q.scenarioId);
      expect(ids.filter((id) => seen.has(id))).toEqual([]);
      ids.forEach((id) => seen.add(id));
    }
  });

  it('question and option ids differ between two attempts of the same person', async () => {
    const participant = freshParticipant();
    const [a, b] = [await startAttempt(participant), await startAttempt(participant)];
    const ids = (x: typeof a) => x.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  it('still grades an attempt stored before opaque ids (slugs and positions)', async () => {
    const id = crypto.randomUUID();
    const [first] = await drawnQuestions((await startAttempt()).attemptId);
    const legacy = [{ scenarioId: first!.scenarioId, optionKeys: ['a', 'b', 'c', 'd'] }];
    const later = new Date(Date.now() + 30 * 60_000).toISOString();
    await env.DB.prepare(
      `INSERT INTO attempts (id, nip, name, agency_id, locale, questions, created_at, expires_at) VALUES (?, ?, 'Siti', 'kab-34.02', 'id', ?, ?, ?)`,
    )
      .bind(id, freshParticipant().nip, JSON.stringify(legacy), new Date().toISOString(), later)
      .run();
    const res = await submit(id, [{ questionId: first!.scenarioId, optionId: '1' }]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as SubmitResponse).feedback[0]!.questionId).toBe(first!.scenarioId);
  });
});

describe('a missing rate-limit binding', () => {
  /** The app with one binding taken away, as a misconfigured deploy would run it. */
  async function postWithout(binding: string, path: string, body: unknown) {
    const request = new Request(`${BASE}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp() },
      body: JSON.stringify(body),
    });
    return app.fetch(request, { ...env, [binding]: undefined }, createExecutionContext());
  }

  it.each(['PUBLIC_WRITE_LIMITER', 'QUIZ_START_LIMITER'])('without %s a start is a clear 503 and writes nothing', async (binding) => {
    const participant = freshParticipant();
    const res = await postWithout(binding, '/api/attempts', { participant, locale: 'id' });
    expect(res.status).toBe(503);
    expect((await res.json()) as ProblemBody).toMatchObject({
      type: 'urn:netral-asn:problem:unavailable',
      detail: 'Layanan sedang tidak tersedia. Coba lagi nanti.',
    });
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM attempts WHERE nip = ?').bind(participant.nip).first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });

  it('without QUIZ_SUBMIT_LIMITER a submit is a clear 503 and grades nothing', async () => {
    const attempt = await startAttempt();
    const res = await postWithout('QUIZ_SUBMIT_LIMITER', `/api/attempts/${attempt.attemptId}/submit`, {
      answers: await answersWith(attempt.attemptId, 0),
    });
    expect(res.status).toBe(503);
    const row = await env.DB.prepare('SELECT submitted_at FROM attempts WHERE id = ?')
      .bind(attempt.attemptId)
      .first<{ submitted_at: string | null }>();
    expect(row!.submitted_at).toBeNull();
  });
});
