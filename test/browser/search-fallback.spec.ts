// Pak Budi types a whole sentence into search. No page has every word, so search says so, shows the pages for the
// words that matter most, and offers the action checker with his own words. Snippets never show keyword lists.
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe-support';

const SENTENCE = 'pakai mobil dinas untuk antar tim sukses';

test('a natural sentence finds the state-facilities rule and leads to the action checker', async ({ page }) => {
  await page.goto('/cari');
  await page.getByLabel('Kata yang dicari').fill(SENTENCE);
  await page.getByRole('button', { name: 'Cari' }).click();

  // Search says it used fewer words, and which, and the rule on state facilities is among the results.
  await expect(page.getByRole('status')).toContainText('Tidak ada halaman yang memuat semua kata Anda.');
  await expect(page.getByRole('status')).toContainText(/Hasil untuk kata yang paling menentukan: “[a-z ]+”\. \d+ hasil\./);
  await expect(page.locator('ol[data-results] a[href="/aturan/fasilitas-negara"]')).toBeVisible();

  // The list of rules is a real link now.
  await expect(page.getByRole('link', { name: 'daftar aturan per topik' })).toHaveAttribute('href', '/aturan');
  await expectAxeClean(page, 'search with fewer words');

  // The same words, in the action checker: it answers that this is a violation.
  const checker = page.locator('[data-fallback]').getByRole('link', { name: 'Cek tindakan', exact: true });
  await expect(checker).toHaveAttribute('href', `/cek-tindakan?q=${encodeURIComponent(SENTENCE)}`);
  await checker.click();
  await expect(page.getByLabel('Apa yang ingin Anda lakukan?')).toHaveValue(SENTENCE);
  await expect(page.locator('[data-best] li').first()).toContainText(/^Tidak boleh Memakai mobil dinas/);
});

test('an English sentence falls back too', async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent('can I lend my official car to the campaign team tonight')}`);
  await expect(page.getByRole('status')).toContainText('No page has all of your words.');
  await expect(page.locator('ol[data-results] a[href="/en/rules/state-facilities"]')).toBeVisible();
  await expect(page.locator('[data-fallback]').getByRole('link', { name: 'Action checker', exact: true })).toHaveAttribute(
    'href',
    /^\/en\/action-checker\?q=can%20I%20lend/,
  );
});

test('snippets show the page text, not the keyword lists the index matches on', async ({ page }) => {
  // "ngelike" is only in the social-media rule's keyword list.
  await page.goto('/cari?q=ngelike');
  await expect(page.locator('ol[data-results] a[href="/aturan/media-sosial"]')).toBeVisible();
  for (const q of ['ngelike', 'like', 'jempol', 'mobil dinas']) {
    await page.goto(`/cari?q=${encodeURIComponent(q)}`);
    await expect(page.locator('ol[data-results] li').first()).toBeVisible();
    const snippets = await page.locator('ol[data-results] li p').allTextContents();
    for (const snippet of snippets) {
      expect(snippet).not.toMatch(/[⸨⸩]/);
      // A keyword list reads as a long run of short comma-separated words.
      expect(snippet).not.toMatch(/(?:[\p{L}-]+(?: [\p{L}-]+)?, ){6,}/u);
    }
  }
});
