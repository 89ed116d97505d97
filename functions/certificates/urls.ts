/** Where a certificate can be seen: the verify page (in the holder's language) and the PDF. */
import type { Locale } from '../schemas/content';

export function certificateUrls(origin: string, code: string, locale: Locale = 'id') {
  const path = locale === 'en' ? `/en/verify/${code}` : `/verifikasi/${code}`;
  return { verifyUrl: `${origin}${path}`, pdfUrl: `${origin}/api/certificates/${code}/pdf` };
}
