/** Writes take JSON only: a cross-site HTML form cannot send it without a CORS preflight, which is never granted. */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../problem';

const jsonTypeRe = /^application\/json\s*(;|$)/i;

/**
 * Answers 415 to a request whose Content-Type is not application/json. Mount it on unsafe methods.
 * @example app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', jsonOnly())
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!jsonTypeRe.test(c.req.header('content-type') ?? '')) throw new ApiProblem(415, 'detail.unsupportedMediaType');
    await next();
  };
}

