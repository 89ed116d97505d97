// The action checker gives the right ruling for known actions, typed or picked, and still lists every
// action without JavaScript.
import { expect, test } from '@playwright/test';

test('typed actions get their ruling, basis and a link to the rule (English)', async ({ page }) => {
  await page.goto('/en/action-checker');
  const input = page.getByLabel('What do you want to do?');
  const best = page.getByRole('region', { name: 'Best match' });

  await input.fill('like a candidate’s post');
  await expect(best).toContainText('Violation');
  await expect(best).toContainText('Pressing like');
  await expect(best).toContainText('SKB Netralitas ASN 2022 Lampiran II');
  await expect(best.getByRole('link')).toHaveAttribute('href', '/en/rules/social-media');

  await input.fill('lend the office hall');
  await expect(best).toContainText('Violation');
  await expect(best).toContainText('Lending a hall');

  await input.fill('vote at the polling station');
  await expect(best).toContainText('Allowed');
  await expect(best).toContainText('casting your vote');
});

test('typed and picked actions get their ruling (Indonesian)', async ({ page }) => {
  await page.goto('/cek-tindakan');
  const input = page.getByLabel('Apa yang ingin Anda lakukan?');
  const best = page.getByRole('region', { name: 'Paling cocok' });

  await input.fill('menyukai postingan calon');
  await expect(best).toContainText('Pelanggaran');
  await expect(best).toContainText('Menekan like');

  // Pick one of the suggested examples instead of typing.
  await page.getByRole('button', { name: 'memilih di TPS' }).click();
  await expect(best).toContainText('Boleh');
  await expect(best).toContainText('Datang ke TPS');
  await expect(page.getByRole('status')).toContainText('Paling cocok: Boleh, Datang ke TPS');

  await input.fill('kendaraan dinas melintas dekat kampanye');
  await expect(best).toContainText('Berisiko');

  // Clearing the field brings the full list back.
  await input.fill('');
  await expect(best).toBeHidden();
  const all = await page.locator('[data-group] li[data-action]').count();
  await expect(page.locator('[data-group] li[data-action]:visible')).toHaveCount(all);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every action grouped by ruling', async ({ page }) => {
    await page.goto('/en/action-checker');
    await expect(page.getByRole('heading', { name: /^Not allowed \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Allowed \(\d+\)$/ })).toBeVisible();
    // The group headings count their actions; together they list every example from the nine explainers.
    const counts = await page.getByRole('heading', { level: 3 }).allTextContents();
    const total = counts.reduce((sum, text) => sum + Number(/\((\d+)\)/.exec(text)?.[1] ?? 0), 0);
    expect(total).toBeGreaterThan(60);
    await expect(page.locator('li[data-action]')).toHaveCount(total);
    await expect(page.getByLabel('What do you want to do?')).toBeHidden();
  });
});
