/**
 * How admin pages get their data: through the Hono app in-process, with the visitor's cookie, so every
 * byte passes the same session, role and scope checks as the API (and its tests). Admin pages never
 * import functions/storage (test/build/admin-data-path.test.ts enforces it).
 */
import type { AstroGlobal } from 'astro';
import { env } from 'cloudflare:workers';
import { app } from '../../functions/api/app';
import type { Locale } from '../../functions/schemas/content';
import type { Me } from '../../functions/schemas/accounts';

/** A GET to the API as the visitor (their cookie, the page's origin and scheme, the page's language). */
export async function adminGet(astro: AstroGlobal, path: string, lang: Locale): Promise<Response> {
  const url = new URL(path, astro.url);
  url.searchParams.set('lang', lang);
  return app.request(url.href, { headers: { cookie: astro.request.headers.get('cookie') ?? '' } }, env as unknown as Env);
}

/** The signed-in user, or null. */
export async function currentUser(astro: AstroGlobal, lang: Locale): Promise<Me | null> {
  const res = await adminGet(astro, '/api/auth/me', lang);
  return res.status === 200 ? ((await res.json()) as Me) : null;
}

/** Admin pages are private and change with every action: never indexed, never cached. */
export function privatePage(astro: AstroGlobal): void {
  astro.response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  astro.response.headers.set('Cache-Control', 'no-store');
}
