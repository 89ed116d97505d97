/**
 * Limits with Workers Rate Limiting bindings. Each binding's limit and window live in wrangler.toml (and
 * vitest.config.ts for the tests), so a limit is raised or lowered by configuration, not code.
 */
import type { Context, Env as HonoEnv, MiddlewareHandler } from 'hono';
import { ApiProblem } from '../problem';
import { clientKey } from '../../http/client-key';

/** The longest window a binding may have (10 or 60 s): no client waits longer than this for a slot. */
const RATE_LIMIT_RETRY_SECONDS = 60;

/**
 * Counts one request under `key` and throws 429 with Retry-After when over the binding's limit. A
 * missing binding (a misconfigured environment) fails closed with a 503 saying the service is
 * unavailable, and logs which binding is missing, so no write runs unlimited and none is a bare 500.
 * @example await enforceLimit(c.env.START_LIMITER, 'START_LIMITER', `nip:${nip}`)
 */
export async function enforceLimit(limiter: RateLimit | undefined, bindingName: string, key: string): Promise<void> {
  if (!limiter) {
    console.error(`Rate-limit binding ${bindingName} is missing: refusing the request (503)`);
    throw new ApiProblem(503, 'detail.unavailable');
  }
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw new ApiProblem(429, 'detail.rateLimited', {
      params: { seconds: RATE_LIMIT_RETRY_SECONDS },
      headers: { 'retry-after': String(RATE_LIMIT_RETRY_SECONDS) },
    });
  }
}

interface RateLimitOptions<E extends HonoEnv> {
  /** The binding's name in the Worker's env. */
  binding: string;
  /** Whose requests count together. */
  key: (c: Context<E>) => string;
}

/**
 * Middleware form of `enforceLimit`, for limits keyed on the request alone (the client address).
 * @example app.on('POST', '*', rateLimit({ binding: 'PUBLIC_WRITE_LIMITER', key: clientIp }))
 */
export function rateLimit<E extends HonoEnv>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const limiter = (c.env as Record<string, RateLimit | undefined> | undefined)?.[options.binding];
    await enforceLimit(limiter, options.binding, options.key(c));
    await next();
  };
}

/**
 * The rate-limit key of the client: the address the runtime puts in `cf-connecting-ip` (Cloudflare's edge
 * overwrites any value a client sends), IPv6 per /64. Forwarding headers a client can set are never read.
 */
export function clientIp(c: Context): string {
  return clientKey(c.req.header('cf-connecting-ip'));
}
