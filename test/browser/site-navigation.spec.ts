// Getting around: the language switch goes to the twin page, unknown paths get the bilingual 404, the
// skip link works, the home page leads to the quiz and the topics, and print hides the navigation.
import { expect, test } from '@playwright/test';

test('the language switch opens the same rule in the other language and back', async ({ page }) => {
  await page.goto('/aturan/media-sosial');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/rules\/social-media$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Baca halaman ini dalam Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/\/aturan\/media-sosial$/);
});

test('the language switch pairs the content pages', async ({ page }) => {
  await page.goto('/cara-melapor');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/how-to-report$/);
});

for (const path of ['/halaman-yang-tidak-ada', '/en/no-such-page']) {
  test(`an unknown path (${path}) answers 404 in both languages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Rules', exact: true }).last()).toHaveAttribute('href', '/en/rules');
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/en/rules/campaigns');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the home page leads to the quiz and to every topic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Ikuti kuis netralitas' })).toHaveAttribute('href', '/kuis');
  await page.getByRole('link', { name: /Keluarga calon/ }).click();
  await expect(page).toHaveURL(/\/aturan\/keluarga-dan-cuti$/);
  await page.goto('/en');
  await expect(page.getByRole('link', { name: 'Take the neutrality quiz' })).toHaveAttribute('href', '/en/quiz');
  await expect(page.locator('main ul.cards a[href^="/en/rules/"]')).toHaveCount(9);
});

test('a rule page fits a 360 px screen and prints without navigation', async ({ page }) => {
  await page.goto('/aturan/fasilitas-negara');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
