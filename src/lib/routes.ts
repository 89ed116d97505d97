/**
 * The site's URLs in each language, defined once: pages, the layout, the sitemap, the quiz script, the API's
 * certificate links (functions/certificates/urls.ts) and the tests build links from here. Plain TypeScript
 * with no Astro import, so server code and the browser can import it too.
 */
import type { Locale } from '../../functions/schemas/content';

/** Fixed pages and their twin in the other language. */
export const ROUTES = {
  home: { id: '/', en: '/en' },
  rules: { id: '/aturan', en: '/en/rules' },
  checker: { id: '/cek-tindakan', en: '/en/action-checker' },
  quiz: { id: '/kuis', en: '/en/quiz' },
  search: { id: '/cari', en: '/en/search' },
  howToReport: { id: '/cara-melapor', en: '/en/how-to-report' },
  legalBasis: { id: '/dasar-hukum', en: '/en/legal-basis' },
  faq: { id: '/tanya-jawab', en: '/en/faq' },
  glossary: { id: '/glosarium', en: '/en/glossary' },
  /** What personal data is stored, why, how long, who sees it (content/pages/id/privasi.md, en/privacy.md). */
  privacy: { id: '/privasi', en: '/en/privacy' },
  /** Find my certificate: full NIP and name in, that person's certificates out. */
  myCertificate: { id: '/sertifikat-saya', en: '/en/my-certificate' },
  /** Content pages (content/pages) the layout links to. */
  about: { id: '/tentang', en: '/en/about' },
  forAgencies: { id: '/untuk-instansi', en: '/en/for-agencies' },
  /** The verify form; a certificate's own page is below it (`verifyPath`). Rendered on demand. */
  verify: { id: '/verifikasi', en: '/en/verify' },
  /** Reserved for the agency admin (issue 9): no page answers here yet. */
  admin: { id: '/admin', en: '/en/admin' },
} as const satisfies Record<string, Record<Locale, string>>;

/** The other language. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'id' ? 'en' : 'id';
}

/** The slug of a content entry: its file name, e.g. "id/media-sosial" → "media-sosial". */
export function entrySlug(entryId: string): string {
  return entryId.slice(entryId.indexOf('/') + 1);
}

/** The language of a content entry from its folder, e.g. "en/social-media" → "en". */
export function entryLocale(entryId: string): Locale {
  return entryId.startsWith('en/') ? 'en' : 'id';
}

/**
 * URL of a rule explainer.
 * @example rulePath('id', 'media-sosial') // "/aturan/media-sosial"
 */
export function rulePath(lang: Locale, slug: string): string {
  return `${ROUTES.rules[lang]}/${slug}`;
}

/**
 * URL of a page in content/pages.
 * @example pagePath('en', 'how-to-report') // "/en/how-to-report"
 */
export function pagePath(lang: Locale, slug: string): string {
  return lang === 'id' ? `/${slug}` : `/en/${slug}`;
}

/**
 * URL of the verify page, of a certificate's own page when given its code.
 * @example verifyPath('en', 'NA-7K3M-Q9XD-2F4H') // "/en/verify/NA-7K3M-Q9XD-2F4H"
 */
export function verifyPath(lang: Locale, code?: string): string {
  return code === undefined ? ROUTES.verify[lang] : `${ROUTES.verify[lang]}/${encodeURIComponent(code)}`;
}

/**
 * The API paths the site links to or calls (the quiz script). The Hono app (functions/api/) answers them;
 * test/unit/site-routes.test.ts checks each against its routes.
 */
export const API_PATHS = {
  agencies: (q: string) => `/api/agencies?q=${encodeURIComponent(q)}`,
  attempts: '/api/attempts',
  quizLinkResolve: '/api/quiz-links/resolve',
  submit: (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}/submit`,
  certificatePdf: (code: string) => `/api/certificates/${encodeURIComponent(code)}/pdf`,
  publicKey: '/api/certificates/public-key',
} as const;

/** "/aturan/media-sosial.html", "/en/index.html" or "/aturan/" → the clean URL the site links to. */
export function cleanPath(pathname: string): string {
  const path = pathname
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/')
    .replace(/(.)\/$/, '$1');
  return path === '' ? '/' : path;
}
