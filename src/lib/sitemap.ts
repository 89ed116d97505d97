/** Every indexable page of the content site with its twin, for sitemap.xml. */
import type { Locale } from '../../functions/schemas/content';
import { explainerPaths, explainers, pageTwinPath, pages } from './content';
import { ROUTES, entrySlug, pagePath } from './routes';

export interface SitemapEntry {
  /** Path per language: the page and its twin. */
  paths: Record<Locale, string>;
  lastmod?: Date;
}

// The quiz is built by the quiz part of the site but is a page people should find.
const FIXED: (keyof typeof ROUTES)[] = ['home', 'rules', 'checker', 'quiz', 'search', 'myCertificate'];

/** One entry per pair of twin pages. */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = FIXED.map((name) => ({ paths: { ...ROUTES[name] } }));
  for (const e of await explainers('id')) {
    const { path, twin } = await explainerPaths(e);
    if (twin) entries.push({ paths: { id: path, en: twin }, lastmod: e.data.updated });
  }
  for (const p of await pages('id')) {
    const twin = await pageTwinPath(p);
    if (twin) entries.push({ paths: { id: pagePath('id', entrySlug(p.id)), en: twin }, lastmod: p.data.updated });
  }
  return entries;
}
