/** Where a certificate can be seen: the verify page (in the holder's language) and the PDF. */
import type { Locale } from '../schemas/content';
import { API_PATHS, verifyPath } from '../../src/lib/routes';

export function certificateUrls(origin: string, code: string, locale: Locale = 'id') {
  return { verifyUrl: `${origin}${verifyPath(locale, code)}`, pdfUrl: `${origin}${API_PATHS.certificatePdf(code)}` };
}
