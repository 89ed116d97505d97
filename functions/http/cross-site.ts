/**
 * The cross-site form check for on-demand pages, as Astro's `security.checkOrigin` does it: an unsafe
 * request that a plain HTML form could send (form or text content, or none) from another origin.
 */

const safeMethodRe = /^(GET|HEAD|OPTIONS)$/;
const formLikeTypeRe = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * @example isCrossSiteForm(new Request('https://x.id/verifikasi', { method: 'POST', body: 'a=1' }), new URL('https://x.id/verifikasi')) // true (no Origin)
 */
export function isCrossSiteForm(request: Request, url: URL): boolean {
  if (safeMethodRe.test(request.method)) return false;
  if (request.headers.get('origin') === url.origin) return false;
  const type = request.headers.get('content-type');
  return type === null || formLikeTypeRe.test(type.trim());
}
