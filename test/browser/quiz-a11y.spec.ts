// axe-core finds no WCAG 2.2 A/AA violation in any state of the quiz, in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, fillIdentity, labels } from './quiz-support';

const l = labels.id;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page as it is, once in light and once in dark mode (one quiz run: public writes are rate-limited). */
async function expectNoViolations(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    const summary = violations.map(
      (v) => `${state}, ${colorScheme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  }
}

test('every state of the quiz passes axe', async ({ page }) => {
  await page.goto('/kuis');
  await expectNoViolations(page, 'empty form');

  await page.getByRole('button', { name: l.start }).click();
  await expectNoViolations(page, 'form with errors');

  await fillIdentity(page, 'id');
  await expectNoViolations(page, 'filled form with agency results');
  await page.getByRole('button', { name: l.start }).click();
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await page.getByRole('button', { name: l.next }).click();
  await expectNoViolations(page, 'question with "choose an answer" error');

  await answerAll(page, 'id', 10);
  await expectNoViolations(page, 'review');
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();
  await expectNoViolations(page, 'result with certificate');
});
