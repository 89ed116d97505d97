// axe-core finds no WCAG 2.2 A/AA violation in any state of the quiz, in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, fillIdentity, labels } from './quiz-support';

const l = labels.id;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = violations.map((v) => `${state}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every state of the quiz passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
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

    await page.getByRole('link', { name: 'Buka halaman verifikasi sertifikat' }).click();
    await expect(page.getByRole('heading', { name: /Sertifikat sah/ })).toBeVisible();
    await expectNoViolations(page, 'verify page, valid');
  });
}
