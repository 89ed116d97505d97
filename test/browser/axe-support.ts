// axe-core over the page as it is, in light and dark mode: the WCAG 2.2 A/AA rules every page must pass.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAxeClean(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    const summary = violations.map(
      (v) => `${state}, ${colorScheme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * An admin page as every one must be: axe-clean in light and dark, and nothing wider than the phone (data
 * tables scroll inside their own keyboard-focusable region, which WCAG 1.4.10 allows for tables).
 */
export async function expectAdminPageOk(page: Page) {
  await expectAxeClean(page, page.url());
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`),
  );
  expect(overflowing).toEqual([]);
}
