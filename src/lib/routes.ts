/** The site's URLs in each language, defined once: pages, the layout, the sitemap and the tests build links from here. */
import type { Locale } from '../../functions/schemas/content';

/** Fixed pages and their twin in the other language. The quiz and verify pages belong to the quiz part of the site. */
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
  myCertificate: { id: '/sertifikat-saya', en: '/en/my-certificate' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof ROUTES;

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

/** "/aturan/media-sosial.html", "/en/index.html" or "/aturan/" → the clean URL the site links to. */
export function cleanPath(pathname: string): string {
  const path = pathname.replace(/\.html$/, '').replace(/\/index$/, '/').replace(/(.)\/$/, '$1');
  return path === '' ? '/' : path;
}
