// A journalist opens a certificate and reads what it proves and what it does not.
import { expect, test } from '@playwright/test';

test('the verify page says identity is self-declared and a pass is not a clean record, in Indonesian and English', async ({ page }) => {
  await page.goto('/verifikasi/NA-DEM0-2026-0001');
  await expect(
    page.getByText(/Nama, NIP dan instansi diisi sendiri oleh peserta dan tidak dicocokkan dengan daftar pegawai/),
  ).toBeVisible();
  await expect(page.getByText(/bukan bahwa pemegangnya tidak pernah melanggar aturan/)).toBeVisible();

  await page.goto('/en/verify/NA-DEM0-2026-0001');
  await expect(page.getByText(/were entered by the participant and not matched against an agency staff roster/)).toBeVisible();
  await expect(page.getByText(/not that its holder never broke the rules/)).toBeVisible();
});
