// Every page type of the content site passes an axe-core WCAG 2.2 AA scan at phone size, in the light
// and the dark colour scheme, including the search and checker pages with results on screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** [page type, path, what must be on screen before the scan] */
const PAGES: [string, string, string?][] = [
  ['home (id)', '/'],
  ['home (en)', '/en'],
  ['rules index', '/aturan'],
  ['rule explainer (id)', '/aturan/media-sosial'],
  ['rule explainer (en)', '/en/rules/family-and-leave'],
  ['legal basis', '/dasar-hukum'],
  ['how to report', '/en/how-to-report'],
  ['FAQ', '/tanya-jawab'],
  ['glossary', '/en/glossary'],
  ['search with results', '/en/search?q=like', 'ol[data-results] li'],
  ['action checker with a result', '/cek-tindakan?q=pinjamkan%20aula%20kantor', '[data-best] li'],
  ['404', '/halaman-yang-tidak-ada'],
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [type, path, ready] of PAGES) {
      test(`${type}: ${path}`, async ({ page }) => {
        await page.goto(path);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
      });
    }
  });
}
