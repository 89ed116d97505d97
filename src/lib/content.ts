/** Reads the explainers and pages collections for the site, per language, with each entry's URL and its twin's. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../functions/schemas/content';
import { entryLocale, entrySlug, otherLocale, pagePath, rulePath } from './routes';

export type ExplainerEntry = CollectionEntry<'explainers'>;
export type PageEntry = CollectionEntry<'pages'>;

/** The rule explainers in one language, in their set order. */
export async function explainers(lang: Locale): Promise<ExplainerEntry[]> {
  const all = await getCollection('explainers', (e) => entryLocale(e.id) === lang);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The URL of an explainer, and of its twin (same topic) in the other language. */
export async function explainerPaths(entry: ExplainerEntry): Promise<{ path: string; twin?: string }> {
  const lang = entryLocale(entry.id);
  const twin = (await explainers(otherLocale(lang))).find((e) => e.data.topic === entry.data.topic);
  return { path: rulePath(lang, entrySlug(entry.id)), twin: twin && rulePath(otherLocale(lang), entrySlug(twin.id)) };
}

/** The pages of content/pages in one language. */
export async function pages(lang: Locale): Promise<PageEntry[]> {
  return getCollection('pages', (e) => entryLocale(e.id) === lang);
}

/** The URL of the twin page (same translationKey) in the other language. */
export async function pageTwinPath(entry: PageEntry): Promise<string | undefined> {
  const other = otherLocale(entryLocale(entry.id));
  const twin = (await pages(other)).find((p) => p.data.translationKey === entry.data.translationKey);
  return twin && pagePath(other, entrySlug(twin.id));
}
