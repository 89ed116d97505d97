// The action checker judges what a person types: the act decides the ruling, a vague query gets no answer but a
// list, reporting answers carry the 7-day window, risky means "better not", and without JavaScript every action
// is still listed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('typed actions get their ruling, why, basis and a link to the rule (English)', async ({ page }) => {
  await page.goto('/en/action-checker');
  const input = page.getByLabel('What do you want to do?');
  const best = page.getByRole('region', { name: 'Best match' });

  // A plain like of a regent candidate's post is not allowed: the act (like) decides, not the office (regent).
  await input.fill('like a regent candidate post');
  await expect(best).toContainText('Not allowed');
  await expect(best).toContainText('Pressing like');
  await expect(best).toContainText('SKB Netralitas ASN 2022 Lampiran II');
  await expect(best.getByRole('link')).toHaveAttribute('href', '/en/rules/social-media');

  await input.fill('lend the office hall to one candidate');
  await expect(best).toContainText('Not allowed');
  await expect(best).toContainText('Lending a hall');
  await expect(best).toContainText('MK ruling 65/PUU-XXI/2023');

  await input.fill('vote at the polling station');
  await expect(best).toContainText('Allowed');
  await expect(best).toContainText('casting your vote');

  // A late report still gets an answer: where to go once the 7 days have passed.
  await input.fill('report to bawaslu after 10 days');
  await expect(best).toContainText('Allowed');
  await expect(best).toContainText('7 days');
  await expect(best).toContainText('SP4N-LAPOR!');
});

test('typed and picked actions get their ruling; risky reads as "better not" (Indonesian)', async ({ page }) => {
  await page.goto('/cek-tindakan');
  const input = page.getByLabel('Apa yang ingin Anda lakukan?');
  const best = page.getByRole('region', { name: 'Paling cocok' });

  await input.fill('like postingan calon bupati');
  await expect(best).toContainText('Tidak boleh');
  await expect(best).toContainText('Menekan like');

  // Pick one of the suggested examples instead of typing.
  await page.getByRole('button', { name: 'memilih di TPS' }).click();
  await expect(best).toContainText('Boleh');
  await expect(best).toContainText('Datang ke TPS');
  await expect(page.getByRole('status')).toContainText('Paling cocok: Boleh, Datang ke TPS');

  await input.fill('kendaraan dinas melintas dekat kampanye');
  await expect(best).toContainText('Berisiko: lebih baik jangan');

  // "Tanpa" negates: attending without attributes is the passive (risky) case, not the uniform (violation) one.
  await input.fill('hadir kampanye tanpa atribut');
  await expect(best).toContainText('Hadir diam-diam');

  await input.fill('lapor ke bawaslu sudah 10 hari');
  await expect(best).toContainText('7 hari');
  await expect(best).toContainText('SP4N-LAPOR!');
  // The address keeps the question, and each group's heading counts only what it lists now.
  await expect(page).toHaveURL(/\?q=lapor\+ke\+bawaslu\+sudah\+10\+hari$/);
  for (const group of await page.locator('[data-group]:visible').all()) {
    const listed = await group.locator('li[data-action]:visible').count();
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(new RegExp(`\\(${listed}\\)$`));
  }

  // Clearing the field brings the full list back.
  await input.fill('');
  await expect(best).toBeHidden();
  const all = await page.locator('[data-group] li[data-action]').count();
  await expect(page.locator('[data-group] li[data-action]:visible')).toHaveCount(all);
  await expect(page).toHaveURL(/\/cek-tindakan$/);
  const counts = (await page.getByRole('heading', { level: 3 }).allTextContents()).map((h) => Number(/\((\d+)\)$/.exec(h)![1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(all);
});

test('a vague query gets no ruling, says it is unclear and lists the related actions', async ({ page }) => {
  await page.goto('/cek-tindakan');
  const input = page.getByLabel('Apa yang ingin Anda lakukan?');

  // "TPS" names a place, not an act: no "Boleh" from it.
  await input.fill('TPS');
  await expect(page.getByRole('status')).toContainText('Belum jelas');
  await expect(page.getByText(/^Belum jelas: kalimat Anda/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Paling cocok' })).toBeHidden();
  await expect(page.locator('[data-group] li[data-action]:visible').filter({ hasText: 'KPPS' }).first()).toBeVisible();
  await expect(page.locator('[data-group] li[data-action]:visible').filter({ hasText: 'saksi partai' })).toBeVisible();

  // A negated condition ("tanpa izin atasan") takes the "Boleh" away too.
  await input.fill('jadi KPPS tanpa izin atasan');
  await expect(page.getByRole('status')).toContainText('Belum jelas');
  await expect(page.getByRole('region', { name: 'Paling cocok' })).toBeHidden();

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every action grouped by ruling, each with its reason', async ({ page }) => {
    await page.goto('/en/action-checker');
    await expect(page.getByRole('heading', { name: /^Not allowed \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Risky: better not \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Allowed \(\d+\)$/ })).toBeVisible();
    // The group headings count their actions; together they list every example from the nine explainers.
    const counts = await page.getByRole('heading', { level: 3 }).allTextContents();
    const total = counts.reduce((sum, text) => sum + Number(/\((\d+)\)/.exec(text)?.[1] ?? 0), 0);
    expect(total).toBeGreaterThan(80);
    await expect(page.locator('li[data-action]')).toHaveCount(total);
    await expect(page.locator('li[data-action]:not(:has(p))')).toHaveCount(0);
    await expect(page.getByLabel('What do you want to do?')).toBeHidden();
  });
});
