/**
 * The quiz's API calls: JSON in and out, in the page's language, never throwing. A failure comes back as a
 * status (0: no connection, -1: cancelled) with the problem+json body and Retry-After when the server sent them.
 */
import type { Problem } from '../../../functions/schemas/api';
import type { Locale } from '../../../functions/schemas/content';
import { fill } from '../../../functions/i18n/format';

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;
export type ApiFailure = { ok: false; status: number; problem?: Problem; retryAfter?: number };

/** GET `path`, or POST `body` as JSON when there is one. */
export async function request<T>(locale: Locale, path: string, body?: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  const post = body !== undefined;
  let res: Response;
  try {
    res = await fetch(path, {
      method: post ? 'POST' : 'GET',
      headers: { 'Accept-Language': locale, ...(post ? { 'Content-Type': 'application/json' } : {}) },
      body: post ? JSON.stringify(body) : undefined,
      signal,
    });
  } catch (e) {
    return { ok: false, status: (e as Error).name === 'AbortError' ? -1 : 0 };
  }
  const data = (await res.json().catch(() => undefined)) as (T & Partial<Problem>) | undefined;
  if (res.ok && data) return { ok: true, data };
  const problem = data && typeof data.detail === 'string' ? (data as Problem) : undefined;
  return { ok: false, status: res.status, problem, retryAfter: retryAfterSeconds(res.headers.get('Retry-After')) };
}

/**
 * Retry-After is either seconds or an HTTP date; at least 1 second.
 * @example retryAfterSeconds('17') // 17
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header) ? Number(header) : Math.ceil((Date.parse(header) - now) / 1000);
  return Number.isFinite(seconds) ? Math.max(1, seconds) : undefined;
}

export interface FailureStrings {
  offline: string;
  tooMany: string;
  serverError: string;
}

/** What to tell the person about a failed request: the server's own words when it gave any. */
export function failureText(failure: ApiFailure, t: FailureStrings): string {
  if (failure.status === 0) return t.offline;
  if (failure.status === 429) return fill(t.tooMany, { n: failure.retryAfter ?? 60 });
  if (failure.status >= 500 || !failure.problem) return t.serverError;
  return failure.problem.detail;
}
