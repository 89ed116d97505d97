// Budgets on the built site: rule pages ship no JavaScript, every page's HTML + CSS stays under 30 KB
// compressed, no web fonts, and images are small and sized.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, attributes, distFiles, fileFor, htmlPages } from './site-dist';

const PAGE_BUDGET_BYTES = 30 * 1024;
const IMAGE_BUDGET_BYTES = 50 * 1024;
const RULE_PAGE = /^(aturan|en\/rules)\/[^/]+\.html$/;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

beforeAll(assertBuilt);

/** The page's HTML plus every stylesheet it links, gzip-compressed (inline CSS is already in the HTML). */
function compressedWeight(html: string): number {
  const linkedCss = attributes(html, 'link', 'href')
    .filter((href) => href.endsWith('.css'))
    .map((href) => readFileSync(join(DIST, fileFor(href) ?? href), 'utf8'));
  return gzipSync([html, ...linkedCss].join('\n'), { level: 9 }).length;
}

describe('budgets', () => {
  const pages = htmlPages();

  it('builds the content pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(35);
  });

  it('ships no JavaScript on any rule explainer page', () => {
    const rulePages = pages.filter((p) => RULE_PAGE.test(p.file));
    expect(rulePages).toHaveLength(18);
    expect(rulePages.filter((p) => /<script\b/i.test(p.html)).map((p) => p.file)).toEqual([]);
  });

  it("inlines no script, so a script-src 'self' policy holds", () => {
    const inline = pages.filter((p) =>
      (p.html.match(/<script\b[^>]*>/gi) ?? []).some((tag) => !/\ssrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag)),
    );
    expect(inline.map((p) => p.file)).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p.html]))('%s: HTML + CSS ≤ 30 KB gzip', (_file, html) => {
    expect(compressedWeight(html)).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
  });

  it('uses system fonts only', () => {
    expect(distFiles().filter((f) => FONT_FILE.test(f))).toEqual([]);
    expect(pages.filter((p) => /@font-face/i.test(p.html)).map((p) => p.file)).toEqual([]);
  });

  it('keeps every image small', () => {
    const heavy = distFiles().filter((f) => IMAGE_FILE.test(f) && statSync(join(DIST, f)).size > IMAGE_BUDGET_BYTES);
    expect(heavy).toEqual([]);
  });

  it('gives every <img> a size and a text alternative', () => {
    const bad = pages.flatMap((p) =>
      (p.html.match(/<img\b[^>]*>/gi) ?? [])
        .filter((img) => !/\swidth=/.test(img) || !/\sheight=/.test(img) || !/\salt=/.test(img))
        .map((img) => `${p.file}: ${img}`),
    );
    expect(bad).toEqual([]);
  });
});
