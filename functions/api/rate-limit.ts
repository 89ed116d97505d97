/**
 * Per-client limit on public writes, with the Workers Rate Limiting binding. Keyed on
 * CF-Connecting-IP, which Cloudflare sets and clients cannot forge (never X-Forwarded-For).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app';
import { ApiProblem } from './problem';

/** The binding's window (wrangler.toml `period`): the longest a client waits. */
const RETRY_AFTER_SECONDS = 60;

export const limitPublicWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header('cf-connecting-ip') ?? 'local';
  const { success } = await c.env.PUBLIC_WRITE_LIMITER.limit({ key });
  if (!success) {
    throw new ApiProblem(429, 'detail.rateLimited', {
      params: { seconds: RETRY_AFTER_SECONDS },
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
  }
  await next();
};
