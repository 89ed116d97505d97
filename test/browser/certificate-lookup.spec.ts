// "Cari sertifikat saya" at 360 px, as the person who lost the code, and the agency picker finding
// what people type. The seeded demo certificate NA-DEM0-2026-0001 belongs to Siti Rahayu.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SEEDED = { nip: '19700110 199401 1 001', name: 'siti  RAHAYU', code: 'NA-DEM0-2026-0001' };

async function expectNoViolations(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${state}, ${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a holder who lost the code finds the certificate from the verify page with NIP and name', async ({ page }) => {
  // She only remembers where certificates are checked, and follows the link for a lost code.
  await page.goto('/verifikasi');
  await page.getByRole('link', { name: 'Lupa kode sertifikat? Cari sertifikat saya' }).click();
  await expect(page).toHaveURL(/\/sertifikat-saya$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cari sertifikat saya' })).toBeVisible();
  await expectNoViolations(page, 'empty form');

  // Submitting nothing names both fields.
  await page.getByRole('button', { name: 'Cari sertifikat' }).click();
  await expect(page.getByText('NIP harus 18 angka.')).toBeVisible();
  await expect(page.getByText('Nama minimal 2 huruf.')).toBeVisible();
  await expect(page.getByLabel('NIP / NI PPPK')).toBeFocused();
  await expectNoViolations(page, 'errors');

  // A name not as printed finds nothing, and says what to check.
  await page.getByLabel('NIP / NI PPPK').fill(SEEDED.nip);
  await page.getByLabel('Nama lengkap').fill('Siti Rahayu Ningsih');
  await page.getByRole('button', { name: 'Cari sertifikat' }).click();
  await expect(page.getByRole('status')).toContainText('Tidak ada sertifikat untuk NIP dan nama ini');

  // Her name as printed, typed in another case and spacing, finds it.
  await page.getByLabel('Nama lengkap').fill(SEEDED.name);
  await page.getByRole('button', { name: 'Cari sertifikat' }).click();
  await expect(page.getByRole('status')).toHaveText('Ditemukan 1 sertifikat.');
  const result = page.getByRole('listitem').filter({ hasText: SEEDED.code });
  await expect(result).toContainText('✓ Sah');
  await expect(result).toContainText('Pemerintah Kabupaten Bantul');
  await expect(result.getByRole('link', { name: 'Unduh sertifikat (PDF)' })).toHaveAttribute(
    'href',
    `/api/certificates/${SEEDED.code}/pdf`,
  );
  await expectNoHorizontalScroll(page);
  await expectNoViolations(page, 'result');

  // The verify link opens her certificate's page.
  await result.getByRole('link', { name: 'Buka halaman verifikasi' }).click();
  await expect(page).toHaveURL(new RegExp(`/verifikasi/${SEEDED.code}$`));
  await expect(page.getByRole('heading', { name: '✓ Sertifikat sah' })).toBeVisible();
});

test('the English page finds the same certificate and links to the English verify page', async ({ page }) => {
  await page.goto('/en/my-certificate');
  await page.getByLabel('NIP / NI PPPK').fill(SEEDED.nip);
  await page.getByLabel('Full name').fill('Siti Rahayu');
  await page.getByRole('button', { name: 'Find certificate' }).click();
  await expect(page.getByRole('status')).toHaveText('1 certificate(s) found.');
  await expect(page.getByRole('link', { name: 'Open the verify page' })).toHaveAttribute('href', `/en/verify/${SEEDED.code}`);
  await expectNoViolations(page, 'English result');
});

test('the agency picker chooses a single match by itself and explains unit words', async ({ page }) => {
  await page.goto('/kuis');
  const search = page.getByRole('searchbox', { name: 'Instansi' });
  // A teacher in Penajam Paser Utara types the short name everyone uses.
  await search.fill('ppu');
  await expect(page.getByRole('radio', { name: /Penajam Paser Utara/ })).toBeChecked();
  await expect(page.getByText('Instansi terpilih: Pemerintah Kabupaten Penajam Paser Utara.')).toBeVisible();
  // Her school's office instead: nothing to pick, and the hint says where the unit goes.
  await search.fill('dinas pendidikan');
  await expect(page.getByText(/guru, tenaga kesehatan, dan pegawainya termasuk pemerintah kabupaten\/kota/)).toBeVisible();
});
