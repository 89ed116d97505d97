/**
 * Errors as RFC 9457 problem details (application/problem+json), in the request's language.
 * Handlers throw `ApiProblem`; `app.onError` renders it. Anything else becomes a generic 500 with no
 * internals in the body.
 */
import type { z } from 'zod';
import type { Locale } from '../schemas/content';
import { isMessageKey, t, type MessageKey } from '../i18n/messages';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 429 | 500 | 503,
    readonly detail: MessageKey,
    readonly options: { params?: Record<string, string | number>; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

/** A 400 listing each invalid field; messages are keys until rendered. */
export function validationProblem(errors: FieldError[]): ApiProblem {
  return new ApiProblem(400, 'detail.validation', { errors });
}

/** Maps zod issues to field errors. Our schemas use message keys; zod's own messages map to generic keys. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.') || '(body)';
    if (isMessageKey(issue.message)) return { path, message: issue.message };
    if (issue.code === 'invalid_type' && issue.input === undefined) return { path, message: 'field.required' };
    if (issue.code === 'unrecognized_keys') return { path, message: 'field.unexpected' };
    if (issue.code === 'invalid_value' && issue.path.at(-1) === 'locale') return { path, message: 'locale.invalid' };
    return { path, message: 'field.invalid' };
  });
}

export function problemResponse(problem: ApiProblem, locale: Locale, instance?: string): Response {
  const { status, detail, options } = problem;
  const body = {
    type: `urn:netral-asn:problem:${detail.replace(/^detail\./, '')}`,
    title: t(locale, `status.${status}` as MessageKey),
    status,
    detail: t(locale, detail, options.params),
    ...(instance ? { instance } : {}),
    ...(options.errors
      ? { errors: options.errors.map((e) => ({ path: e.path, message: isMessageKey(e.message) ? t(locale, e.message) : e.message })) }
      : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'content-language': locale, ...options.headers },
  });
}
