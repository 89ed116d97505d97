// Shared steps of the API tests: a real request to the Worker, a real D1 underneath.
import { env, exports } from 'cloudflare:workers';
import { app } from '../../functions/api/app';
import { bank } from '../../functions/content/bank';
import { correctOptionId, type DrawnQuestion } from '../../functions/domain/quiz';
import type { StartAttemptResponse, SubmitResponse } from '../../functions/schemas/attempts';

export const BASE = 'http://netral.test';
export const validParticipant = { nip: '198503152010121001', name: 'Siti Nur’aini', agencyId: 'kab-34.02', unit: 'Dinas Pendidikan' };

let nipNumber = 0;
/**
 * A valid NIP no other test uses, so per-NIP limits (cooldown, daily cap, start rate) never couple tests.
 * It keeps validParticipant's masked form (198503**********01): only the hidden digits change.
 */
function freshNip(): string {
  nipNumber++;
  const day = String(1 + (nipNumber % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(nipNumber / 28) % 12)).padStart(2, '0');
  const year = 2005 + (Math.floor(nipNumber / 336) % 15);
  const sequenceHundreds = Math.floor(nipNumber / 5040) % 10;
  return `198503${day}${year}${month}1${sequenceHundreds}01`;
}

/** validParticipant with a fresh NIP. */
export function freshParticipant() {
  return { ...validParticipant, nip: freshNip() };
}

/**
 * Runs a burst against a one-minute rate limit inside one window. Windows are aligned to the clock (in miniflare as
 * on Cloudflare), so a burst that crosses a minute boundary meets a fresh window halfway and is not stopped where
 * the limit says; such a run is thrown away and the burst runs again at the start of the new minute. `burst` must
 * use fresh keys (client address, NIP, account) each time it runs.
 */
export async function inOneMinute<T>(burst: () => Promise<T>): Promise<T> {
  const minute = () => Math.floor(Date.now() / 60_000);
  const began = minute();
  const result = await burst();
  return minute() === began ? result : burst();
}

let clientNumber = 0;
/** Each test gets its own client address, so the per-client rate limit never couples tests. */
export function newClientIp(): string {
  clientNumber++;
  return `10.0.${Math.floor(clientNumber / 250)}.${clientNumber % 250}`;
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return exports.default.fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': headers['cf-connecting-ip'] ?? newClientIp(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function startAttempt(
  participant: object = freshParticipant(),
  locale: 'id' | 'en' = 'id',
  headers: Record<string, string> = {},
) {
  const res = await post('/api/attempts', { participant, locale }, headers);
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as StartAttemptResponse;
}

/** The drawn set as stored server-side: only tests read it, to know which option is right. */
export async function drawnQuestions(attemptId: string): Promise<DrawnQuestion[]> {
  const row = await env.DB.prepare('SELECT questions FROM attempts WHERE id = ?').bind(attemptId).first<{ questions: string }>();
  return JSON.parse(row!.questions) as DrawnQuestion[];
}

/** Answers with exactly `wrong` mistakes. */
export async function answersWith(attemptId: string, wrong: number) {
  return (await drawnQuestions(attemptId)).map((q, index) => {
    const correct = correctOptionId(q, bank);
    const incorrect = q.options.find((o) => o.id !== correct)!.id;
    return { questionId: q.id, optionId: index < wrong ? incorrect : correct };
  });
}

export async function submit(attemptId: string, answers: unknown, headers: Record<string, string> = {}) {
  return post(`/api/attempts/${attemptId}/submit`, { answers }, headers);
}

export async function passedAttempt() {
  const participant = freshParticipant();
  const attempt = await startAttempt(participant);
  const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 1));
  const result = (await res.json()) as SubmitResponse;
  return { participant, attempt, result, code: result.certificate!.code };
}

/**
 * The per-person limits opened wide (a real limiter with a high ceiling, no cooldown, no daily cap), for
 * tests that replay many attempts of one roster member to check what they count; limits.test.ts and
 * submit-rules.test.ts test the limits themselves.
 */
export function postWithoutPersonLimits(path: string, body: unknown) {
  const request = new Request(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': newClientIp() },
    body: JSON.stringify(body),
  });
  const roomy = { QUIZ_START_LIMITER: env.ROOMY_LIMITER, QUIZ_SUBMIT_LIMITER: env.ROOMY_LIMITER };
  return app.fetch(request, { ...env, ...roomy, QUIZ_COOLDOWN_MINUTES: '0', QUIZ_DAILY_ATTEMPTS: '100000' } as unknown as Env);
}
