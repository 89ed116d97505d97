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

/**
 * Parses the JSON body once, so malformed JSON is a 400 in our words (the route validators then read
 * the parsed body Hono keeps). Mount it after the body limit.
 * @example app.on('POST', '*', jsonOnly(), bodyLimit({ maxSize }), parseJson())
 */
export function parseJson(): MiddlewareHandler {
  return async (c, next) => {
    try {
      await c.req.json();
    } catch {
      throw new ApiProblem(400, 'detail.invalidJson');
    }
    await next();
  };
}
