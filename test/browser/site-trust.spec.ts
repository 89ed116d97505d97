// A journalist with only a certificate code finds the verify form from the home page, sees that a demo code is a
// demo, what a revoked one was revoked for and when, and reads who runs the site and what a certificate proves.
// A BKD officer finds the page for agencies from the footer. The new pages ship no script; all axe-clean in light and dark.
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe-support';

test('a journalist finds the verify form from the home page and reads what the certificate says', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /^Verifikasi sertifikat/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/verifikasi$/);
  await page.getByLabel('Kode sertifikat').fill('NA-DEM0-2026-0001');
  await page.getByRole('button', { name: 'Periksa' }).click();

  // A seeded demo certificate is labelled as one, and shows the unit the participant typed.
  await expect(page.getByRole('heading', { name: '✓ Sertifikat sah' })).toBeVisible();
  await expect(page.getByText('Contoh (demo)')).toBeVisible();
  await expect(page.getByText(/bukan milik orang sungguhan/)).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Unit kerja' })).toBeVisible();
  const api = await (await page.request.get('/api/certificates/NA-DEM0-2026-0001')).json();
  expect(api.unit).toBeTruthy();
  await expect(page.getByRole('definition').filter({ hasText: api.unit })).toBeVisible();

  // A revoked one says when and why.
  await page.goto('/verifikasi/NA-DEM0-2026-0010');
  await expect(page.getByRole('heading', { name: '✗ Sertifikat dicabut' })).toBeVisible();
  await expect(page.getByText(/^Dicabut pada \d{1,2} \w+ 2026 pukul \d{2}\.\d{2} WIB\.$/)).toBeVisible();
  await expect(page.getByText('Alasan: Diterbitkan dengan NIP orang lain (data contoh).')).toBeVisible();
  await expectAxeClean(page, 'revoked demo certificate');

  // An unknown code says plainly what "not found" means.
  await page.goto('/verifikasi/NA-7K3M-Q9TZ-2HFA');
  await expect(page.getByText('Kode yang tidak ditemukan berarti sertifikat itu tidak diterbitkan oleh situs ini.')).toBeVisible();

  // From the footer: who runs the site, what a certificate proves and does not, privacy and a contact.
  await page.getByRole('navigation', { name: 'Halaman lain' }).getByRole('link', { name: 'Tentang' }).click();
  await expect(page).toHaveURL(/\/tentang$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tentang Netral ASN');
  await expect(page.getByText(/proyek pelatihan warga yang independen/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Apa yang tidak dibuktikan sertifikat' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Data pribadi' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontak' })).toBeVisible();
  await expect(page.locator('script')).toHaveCount(0);
  await expectAxeClean(page, '/tentang');
});

test('a BKD officer finds the page for agencies, in both languages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Halaman lain' }).getByRole('link', { name: 'Untuk instansi' }).click();
  await expect(page).toHaveURL(/\/untuk-instansi$/);
  await expect(page.getByRole('heading', { name: 'Cara memakai sertifikat' })).toBeVisible();
  await expect(page.getByText(/akun instansi/).first()).toBeVisible();
  await expect(page.getByText(/\/admin/)).toBeVisible();
  await expect(page.locator('script')).toHaveCount(0);
  await expectAxeClean(page, '/untuk-instansi');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/for-agencies$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For agencies and personnel offices');
  await page.getByRole('navigation', { name: 'Other pages' }).getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByText(/independent civic-training project/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Other pages' }).getByRole('link', { name: 'Verify a certificate' }).click();
  await expect(page).toHaveURL(/\/en\/verify$/);
  await expectAxeClean(page, '/en/verify');
});

test('the home page is still axe-clean with the verify card', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Verifikasi sertifikat Punya kode/ })).toHaveAttribute('href', '/verifikasi');
  await expectAxeClean(page, 'home');
});
