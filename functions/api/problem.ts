/**
 * Errors as RFC 9457 problem details (application/problem+json), in the request's language.
 * Handlers throw `ApiProblem`; Hono's own middleware throws `HTTPException`; `renderProblem` (the root
 * app's onError) turns either into the same body. Anything else is a generic 500 with no internals.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Locale } from '../schemas/content';
import type { FieldError } from '../schemas/problem';
import { isMessageKey, t, type MessageKey } from '../i18n/messages';

type ProblemOptions = { params?: Record<string, string | number>; errors?: FieldError[]; headers?: Record<string, string> };

/**
 * A known failure, named by a message key.
 * @example throw new ApiProblem(404, 'detail.certificateNotFound')
 */
export class ApiProblem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly detail: MessageKey,
    readonly options: ProblemOptions = {},
  ) {
    super(status, { message: detail });
  }
}

/**
 * What an HTTPException thrown by Hono's own middleware (body limit, CSRF, auth…) means, by status.
 * Hono's validators throw 400 only for a body they cannot parse, and this API reads JSON bodies only.
 */
const detailOfStatus: Partial<Record<number, MessageKey>> = {
  400: 'detail.invalidJson',
  401: 'detail.unauthorized',
  403: 'detail.forbidden',
  404: 'detail.notFound',
  405: 'detail.methodNotAllowed',
  413: 'detail.payloadTooLarge',
  415: 'detail.unsupportedMediaType',
  429: 'detail.rateLimitedGeneric',
  503: 'detail.unavailable',
};
/** Headers of Hono's ready-made error response worth keeping (e.g. WWW-Authenticate); its body is replaced. */
const replacedHeaders = new Set(['content-type', 'content-length', 'content-language']);

/** A 400 listing each invalid field; messages are keys until rendered. */
export function validationProblem(errors: FieldError[]): ApiProblem {
  return new ApiProblem(400, 'detail.validation', { errors });
}

/** Maps zod issues to field errors. Our schemas use message keys; zod's own messages map to generic keys. */
function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.') || '(body)';
    if (isMessageKey(issue.message)) return { path, message: issue.message };
    if (issue.code === 'invalid_type' && issue.input === undefined) return { path, message: 'field.required' };
    if (issue.code === 'unrecognized_keys') return { path, message: 'field.unexpected' };
    if (issue.code === 'invalid_value' && issue.path.at(-1) === 'locale') return { path, message: 'locale.invalid' };
    return { path, message: 'field.invalid' };
  });
}

/**
 * The validation hook of every API router: an invalid body or query is a 400 naming each field; an
 * invalid path parameter names nothing that exists, so it is a 404 (with the schema's detail key).
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError; target: string }): void {
  if (result.success) return;
  if (result.target === 'param') {
    const key = result.error.issues[0]?.message ?? '';
    throw new ApiProblem(404, isMessageKey(key) && key.startsWith('detail.') ? key : 'detail.notFound');
  }
  throw validationProblem(fieldErrorsOf(result.error));
}

/**
 * Renders any error as problem+json in the request's locale. Unknown errors are logged (method and
 * path only, never the body) and answered as a generic 500.
 * @example app.onError(renderProblem)
 */
export function renderProblem(error: Error, c: Context): Response {
  const locale: Locale = c.get('locale') ?? 'id';
  const instance = new URL(c.req.url).pathname;
  if (!(error instanceof HTTPException)) {
    console.error('Unhandled API error', c.req.method, instance, error);
    // Every write is one statement or one batch (a transaction), so a failed query left nothing behind
    // and the same request can simply be sent again.
    if (isDatabaseError(error)) return problemResponse(new ApiProblem(503, 'detail.unavailable'), locale, instance);
    return problemResponse(new ApiProblem(500, 'detail.internal'), locale, instance);
  }
  if (error instanceof ApiProblem) return problemResponse(error, locale, instance);
  const headers: Record<string, string> = {};
  error.res?.headers.forEach((value, name) => {
    if (!replacedHeaders.has(name)) headers[name] = value;
  });
  const detail = detailOfStatus[error.status] ?? (error.status >= 500 ? 'detail.internal' : 'detail.invalidJson');
  return problemResponse(new ApiProblem(error.status, detail, { headers }), locale, instance);
}

/** D1 prefixes its errors (D1_ERROR, D1_EXEC_ERROR…), including the transient ones: overload, lost connection, timeout, reset. */
const D1_ERROR_RE = /^D1_[A-Z_]+:?/;

function isDatabaseError(error: Error): boolean {
  return D1_ERROR_RE.test(error.message);
}

/** How long a client waits before trying a 503 again: long enough for a reset D1 object or a redeploy. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The problem+json response of an ApiProblem. Every 503 says when to retry. */
function problemResponse(problem: ApiProblem, locale: Locale, instance?: string): Response {
  const { status, detail, options } = problem;
  const titleKey = `status.${status}`;
  const body = {
    type: `urn:netral-asn:problem:${detail.replace(/^detail\./, '')}`,
    title: t(locale, isMessageKey(titleKey) ? titleKey : status >= 500 ? 'status.500' : 'status.400'),
    status,
    detail: t(locale, detail, options.params),
    ...(instance ? { instance } : {}),
    ...(options.errors
      ? { errors: options.errors.map((e) => ({ path: e.path, message: isMessageKey(e.message) ? t(locale, e.message) : e.message })) }
      : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...(status === 503 ? { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } : {}),
      ...options.headers,
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': locale,
    },
  });
}
