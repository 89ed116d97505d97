/** Writes take JSON only: a cross-site HTML form cannot send it without a CORS preflight, which is never granted. */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../problem';

const jsonTypeRe = /^application\/json\s*(;|$)/i;
/** JSON is UTF-8 (RFC 8259 §8.1); a body declared in another charset would be misread, so it is refused. */
const charsetRe = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/**
 * Answers 415 to a request whose Content-Type is not UTF-8 application/json, or whose body is
 * content-coded (gzip…): the API reads bodies as sent and would otherwise parse what it was told is
 * compressed (RFC 7694 §3). Mount it on unsafe methods.
 * @example app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', jsonOnly())
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    const coding = c.req.header('content-encoding')?.trim().toLowerCase();
    const charset = charsetRe.exec(type)?.[1]?.toLowerCase();
    if (!jsonTypeRe.test(type) || (charset !== undefined && charset !== 'utf-8') || (coding && coding !== 'identity')) {
      throw new ApiProblem(415, 'detail.unsupportedMediaType');
    }
    await next();
  };
}
