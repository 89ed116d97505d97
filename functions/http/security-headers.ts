/**
 * Security headers, defined once: the API sets them on every response, src/middleware.ts on every
 * on-demand page, and public/_headers repeats SITE_HEADERS for static files (a test keeps it in sync).
 */

const COMMON = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** Pages: own scripts only (no inline script), inline styles (Astro inlines the small CSS), Pagefind's WebAssembly. */
export const SITE_HEADERS = {
  ...COMMON,
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
} as const;

/**
 * API responses are data, never documents to render. None is for search engines: robots.txt keeps
 * crawlers out of /api/, but a linked certificate PDF (a name, a masked NIP) or an admin answer could
 * still be indexed without `noindex`.
 */
export const API_HEADERS = {
  ...COMMON,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

/** The response with any of `headers` it does not set itself (copied, since fetched responses are immutable). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const result = new Response(response.body, response);
  for (const [name, value] of Object.entries(headers)) {
    if (!result.headers.has(name)) result.headers.set(name, value);
  }
  return result;
}
