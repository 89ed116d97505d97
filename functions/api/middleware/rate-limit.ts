/** A per-client limit with a Workers Rate Limiting binding. */
import type { Context, Env as HonoEnv, MiddlewareHandler } from 'hono';
import { ApiProblem } from '../problem';

interface RateLimitOptions<E extends HonoEnv> {
  /** The binding to count with (its window is set in wrangler.toml). */
  binding: (c: Context<E>) => RateLimit | undefined;
  /** Whose requests count together. */
  key: (c: Context<E>) => string;
  /** The binding's window in seconds: the longest a client waits. */
  retryAfterSeconds?: number;
}

/**
 * Answers 429 with Retry-After once a client is over the binding's limit; 503 if the binding is missing
 * (a misconfigured environment fails closed, and says so).
 * @example app.on('POST', '*', rateLimit({ binding: (c) => c.env.PUBLIC_WRITE_LIMITER, key: clientIp }))
 */
export function rateLimit<E extends HonoEnv>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  const retryAfter = options.retryAfterSeconds ?? 60;
  return async (c, next) => {
    const limiter = options.binding(c);
    if (!limiter) throw new ApiProblem(503, 'detail.unavailable');
    const { success } = await limiter.limit({ key: options.key(c) });
    if (!success) {
      throw new ApiProblem(429, 'detail.rateLimited', { params: { seconds: retryAfter }, headers: { 'retry-after': String(retryAfter) } });
    }
    await next();
  };
}

/**
 * The client address Cloudflare sets (clients cannot forge it behind Cloudflare's edge; never
 * X-Forwarded-For). Without it (local runtime) every client shares one key.
 */
export function clientIp(c: Context): string {
  return c.req.header('cf-connecting-ip') ?? 'local';
}
