// wrangler.toml, read with a TOML parser, for the tools that must agree with it: the worker tests'
// runtime (vitest.config.ts) and the benchmark server (bench/server.mjs).
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/**
 * The parsed wrangler.toml.
 * @returns {{ compatibility_date: string, compatibility_flags?: string[], vars?: Record<string, string>,
 *   ratelimits?: { name: string, namespace_id: string, simple: { limit: number, period: number } }[] }}
 */
export function wranglerConfig(path = 'wrangler.toml') {
  return /** @type {any} */ (parse(readFileSync(path, 'utf8')));
}

/**
 * Its `[[ratelimits]]` as miniflare takes them: `{ NAME: { namespace_id, simple } }`.
 * @param {ReturnType<typeof wranglerConfig>} config
 */
export function rateLimitBindings(config) {
  return Object.fromEntries((config.ratelimits ?? []).map(({ name, namespace_id, simple }) => [name, { namespace_id, simple }]));
}
