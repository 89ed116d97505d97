// Language, titles and sharing metadata on every built page: lang matches the URL, canonical and hreflang
// twins point at each other, Open Graph is present; the search index is split by language. (That no
// answer key reaches the browser is checked in client-output.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, SITE, assertBuilt, attributes, htmlPages, meta } from './site-dist';

beforeAll(assertBuilt);

const pages = htmlPages();
const indexable = pages.filter((p) => meta(p.html, 'robots') !== 'noindex');
const byPath = new Map(pages.map((p) => [p.path, p]));

function alternates(html: string): Record<string, string> {
  const links = html.match(/<link\b[^>]*rel="alternate"[^>]*>/g) ?? [];
  return Object.fromEntries(links.map((l) => [/hreflang="([^"]+)"/.exec(l)![1], /href="([^"]+)"/.exec(l)![1]]));
}

describe('page metadata', () => {
  it.each(pages.map((p) => [p.path, p.html]))('%s: lang, title, description, one h1', (path, html) => {
    const lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'id';
    expect(attributes(html, 'html', 'lang')).toEqual([lang]);
    expect(/<title>([^<]+)<\/title>/.exec(html)?.[1].trim()).toBeTruthy();
    expect(meta(html, 'description')?.length).toBeGreaterThan(20);
    expect(html.match(/<h1\b/g) ?? []).toHaveLength(1);
  });

  it.each(pages.map((p) => [p.path, p.html]))('%s: no two elements share an id', (_path, html) => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(indexable.map((p) => [p.path, p.html]))('%s: canonical, Open Graph, hreflang to a twin that links back', (path, html) => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(`${SITE}${path}`);
    expect(meta(html, 'og:url')).toBe(canonical);
    expect(meta(html, 'og:title')).toBeTruthy();
    expect(meta(html, 'og:description')).toBeTruthy();
    const alt = alternates(html);
    expect(Object.keys(alt).sort()).toEqual(['en', 'id', 'x-default']);
    expect(Object.values(alt)).toContain(canonical);
    const twinPath = Object.entries(alt)
      .find(([l, href]) => l !== 'x-default' && href !== canonical)![1]
      .slice(SITE.length);
    const twin = byPath.get(twinPath);
    expect(twin, `the twin ${twinPath} is a built page`).toBeDefined();
    expect(alternates(twin!.html)).toEqual(alt);
  });
});

describe('search index', () => {
  it('has one Pagefind index per language, covering the explainers and pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    // Nine explainers and six pages (legal basis, how to report, FAQ, glossary, about, for agencies).
    expect(entry.languages.id.page_count).toBe(15);
    expect(entry.languages.en.page_count).toBe(15);
  });
});
