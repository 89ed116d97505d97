/**
 * Where a certificate can be seen: the verify page (in the holder's language), the PDF and the signing
 * key. Absolute URLs start from the configured site origin (SITE_ORIGIN), never from the request's Host,
 * so a printed QR code cannot be made to point elsewhere.
 */
import type { Locale } from '../schemas/content';
import { API_PATHS, verifyPath } from '../../src/lib/routes';

export const PUBLIC_KEY_PATH = '/api/certificates/public-key';

/**
 * The canonical origin of the site, from the SITE_ORIGIN variable (wrangler.toml `[vars]`).
 * @example siteOrigin({ SITE_ORIGIN: 'https://netral-asn.example.id/' }) // 'https://netral-asn.example.id'
 */
export function siteOrigin(env: { SITE_ORIGIN?: string }): string {
  if (!env.SITE_ORIGIN) throw new Error('SITE_ORIGIN is not configured (wrangler.toml [vars])');
  return new URL(env.SITE_ORIGIN).origin;
}

/**
 * @example certificateUrls('https://netral-asn.example.id', 'NA-7K3M-Q9TZ-2HFA', 'en').verifyUrl // 'https://netral-asn.example.id/en/verify/NA-7K3M-Q9TZ-2HFA'
 */
export function certificateUrls(origin: string, code: string, locale: Locale = 'id') {
  return { verifyUrl: `${origin}${verifyPath(locale, code)}`, pdfUrl: `${origin}${API_PATHS.certificatePdf(code)}` };
}

export function publicKeyUrl(origin: string): string {
  return `${origin}${PUBLIC_KEY_PATH}`;
}
