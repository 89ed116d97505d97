// Shared steps of the API tests: a real request to the Worker, a real D1 underneath.
import { env, exports } from 'cloudflare:workers';
import { bank } from '../../functions/content/bank';
import { correctOptionId, type DrawnQuestion } from '../../functions/domain/quiz';
import type { StartAttemptResponse, SubmitResponse } from '../../functions/schemas/attempts';

export const BASE = 'http://netral.test';
export const validParticipant = { nip: '198503152010121001', name: 'Siti Nur’aini', agencyId: 'kab-34.02', unit: 'Dinas Pendidikan' };

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

export async function startAttempt(participant: object = validParticipant, locale: 'id' | 'en' = 'id') {
  const res = await post('/api/attempts', { participant, locale });
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
    const incorrect = correct === '1' ? '2' : '1';
    return { questionId: q.scenarioId, optionId: index < wrong ? incorrect : correct };
  });
}

export async function submit(attemptId: string, answers: unknown, headers: Record<string, string> = {}) {
  return post(`/api/attempts/${attemptId}/submit`, { answers }, headers);
}

export async function passedAttempt() {
  const attempt = await startAttempt();
  const res = await submit(attempt.attemptId, await answersWith(attempt.attemptId, 1));
  const result = (await res.json()) as SubmitResponse;
  return { attempt, result, code: result.certificate!.code };
}
