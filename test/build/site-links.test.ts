// Every internal link in the built site resolves to a built file (or to a route the Worker serves on
// demand), every #fragment exists on its page, and the sitemap lists exactly the indexable pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ON_DEMAND, SITE, assertBuilt, attributes, fileFor, htmlPages } from './site-dist';

beforeAll(assertBuilt);

const pages = htmlPages();
const idsByPath = new Map(pages.map((p) => [p.path, new Set(attributes(p.html, '[a-z0-9]+', 'id'))]));

/** The internal URLs a page points at: links, assets, forms, and its canonical and alternates. */
function internalUrls(html: string): string[] {
  const urls = [
    ...attributes(html, 'a', 'href'),
    ...attributes(html, 'link', 'href'),
    ...attributes(html, 'script', 'src'),
    ...attributes(html, 'img', 'src'),
    ...attributes(html, 'form', 'action'),
  ];
  return urls
    .filter((u) => u.startsWith('/') || u.startsWith('#') || u.startsWith(SITE))
    .map((u) => (u.startsWith(SITE) ? u.slice(SITE.length) || '/' : u));
}

function problem(from: string, url: string): string | undefined {
  const [pathAndQuery, fragment] = url.split('#');
  const path = pathAndQuery.split('?')[0] || from;
  if (ON_DEMAND.some((re) => re.test(path))) return undefined;
  if (!fileFor(path)) return `${from} → ${url}: no such page or file`;
  if (fragment) {
    const ids = idsByPath.get(path.replace(/(.)\/$/, '$1'));
    if (ids && !ids.has(fragment)) return `${from} → ${url}: no element with id "${fragment}"`;
  }
  return undefined;
}

describe('internal links', () => {
  it.each(pages.map((p) => [p.path, p.html]))('%s: every internal link resolves', (path, html) => {
    const problems = internalUrls(html).flatMap((u) => problem(path, u) ?? []);
    expect(problems).toEqual([]);
  });
});

describe('sitemap.xml', () => {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].slice(SITE.length) || '/');

  it('lists only pages that exist', () => {
    expect(locs.filter((l) => !ON_DEMAND.some((re) => re.test(l)) && !fileFor(l))).toEqual([]);
  });

  it('lists every indexable page once', () => {
    const indexable = pages.filter((p) => !p.html.includes('name="robots" content="noindex"')).map((p) => p.path);
    expect(indexable.filter((p) => !locs.includes(p))).toEqual([]);
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('names the twin of every page', () => {
    expect((xml.match(/hreflang="en"/g) ?? []).length).toBe(locs.length);
    expect((xml.match(/hreflang="id"/g) ?? []).length).toBe(locs.length);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the API and points at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Disallow: \/api\/$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});
