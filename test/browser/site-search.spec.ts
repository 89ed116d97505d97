// Search finds the social-media rule for "like" (English) and "menyukai" (Indonesian), each in its own language.
import { expect, test } from '@playwright/test';

test('searching "like" in English lands on the social-media rule', async ({ page }) => {
  // Start from the home page and use the header navigation, as a visitor would.
  await page.goto('/en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search for').fill('like');
  await page.getByRole('button', { name: 'Search' }).click();

  // The first result is the social-media explainer; following it opens the rule.
  const first = page.locator('ol[data-results] li a').first();
  await expect(first).toHaveAttribute('href', '/en/rules/social-media');
  await first.click();
  await expect(page).toHaveURL(/\/en\/rules\/social-media$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Social media');
});

test('searching "menyukai" in Indonesian lands on the social-media rule', async ({ page }) => {
  await page.goto('/cari');
  await page.getByLabel('Kata yang dicari').fill('menyukai');
  await page.getByLabel('Kata yang dicari').press('Enter');

  const first = page.locator('ol[data-results] li a').first();
  await expect(first).toHaveAttribute('href', '/aturan/media-sosial');
  await expect(page.getByRole('status')).toContainText('hasil');
  // English pages stay out of the Indonesian results.
  await expect(page.locator('ol[data-results] a[href^="/en/"]')).toHaveCount(0);
});

test('a ?q= link runs the search on arrival', async ({ page }) => {
  await page.goto('/en/search?q=official%20car');
  await expect(page.locator('ol[data-results] li a').first()).toHaveAttribute('href', '/en/rules/state-facilities');
});
