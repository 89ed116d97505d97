// The identity form explains what is wrong, next to the field, before and after asking the server,
// in the API's own words (functions/i18n/messages.ts), so the form and the server never disagree.
import { expect, test } from '@playwright/test';
import { fillIdentity, labels, VALID_NIP } from './quiz-support';

const l = labels.id;

test('an empty form lists every missing field and focuses the first', async ({ page }) => {
  await page.goto('/kuis');
  await page.getByRole('button', { name: l.start }).click();

  const nip = page.getByLabel(l.nip);
  await expect(nip).toBeFocused();
  await expect(nip).toHaveAttribute('aria-invalid', 'true');
  await expect(nip).toHaveAccessibleDescription(/NIP wajib diisi\./);
  const summary = page.getByRole('heading', { name: 'Periksa isian berikut' }).locator('..');
  await expect(summary.getByRole('link')).toHaveText([/^NIP: NIP wajib diisi/, /^Nama lengkap: /, /^Instansi: /]);

  // Fixing a field updates the summary too, so the two never disagree.
  await nip.fill('198503152010123001');
  await nip.blur();
  await expect(summary.getByRole('link')).toHaveText([/^NIP: Angka ke-15 NIP/, /^Nama lengkap: /, /^Instansi: /]);
  await page.getByLabel(l.name).fill('Siti Rahayu');
  await page.getByLabel(l.name).blur();
  await expect(summary.getByRole('link')).toHaveText([/^NIP: /, /^Instansi: /]);

  // A summary link takes the person to the field.
  await summary.getByRole('link', { name: /^Instansi/ }).click();
  await expect(page.getByRole('searchbox', { name: l.agency })).toBeFocused();
});

test('the NIP message names the part that is wrong', async ({ page }) => {
  await page.goto('/kuis');
  const nip = page.getByLabel(l.nip);
  const cases: [string, RegExp][] = [
    ['19850315201012100', /NIP harus 18 angka/],
    ['198513152010121001', /Angka 1–8 NIP \(tanggal lahir/],
    ['198503152010131001', /Angka 9–14 NIP \(TMT/],
    ['198503151980121001', /TMT .* lebih awal dari tanggal lahir/],
    ['198503152010123001', /Angka ke-15 NIP \(jenis kelamin\) harus 1 atau 2/],
    ['198503152010121000', /nomor urut/],
  ];
  for (const [value, message] of cases) {
    await nip.fill(value);
    await nip.blur();
    await expect(nip).toHaveAttribute('aria-invalid', 'true');
    await expect(nip).toHaveAccessibleDescription(message);
  }
  // Fixing it clears the message while typing.
  await nip.fill(VALID_NIP);
  await expect(nip).not.toHaveAttribute('aria-invalid');
  await expect(nip).toHaveAccessibleDescription('18 angka, misalnya 198503152010121001.');
});

test('a name with digits is refused inline', async ({ page }) => {
  await page.goto('/kuis');
  const name = page.getByLabel(l.name);
  await name.fill('Budi 2');
  await name.blur();
  await expect(name).toHaveAccessibleDescription(/hanya boleh berisi huruf/);
});

test('errors from the server appear next to the field they name', async ({ page }) => {
  await page.route('**/api/attempts', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Data tidak valid',
        status: 400,
        detail: 'Periksa isian.',
        errors: [{ path: 'participant.name', message: 'Nama ditolak oleh server.' }],
      }),
    }),
  );
  await page.goto('/kuis');
  await fillIdentity(page, 'id');
  await page.getByRole('button', { name: l.start }).click();
  const name = page.getByLabel(l.name);
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/Nama ditolak oleh server\./);
});
