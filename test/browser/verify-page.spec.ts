// Anyone can check a certificate by its code, typed loosely, without JavaScript; unknown codes are a 404.
// The certificates are the demo ones scripts/seed-local.mjs puts in the local D1 (the webServer seeds it);
// what the page must show is read from the API, so the seed's names can change.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CertificateView } from '../../functions/schemas/api';

const VALID = 'NA-DEM0-2026-0001';
const REVOKED = 'NA-DEM0-2026-0010';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function certificate(request: APIRequestContext, code: string): Promise<CertificateView> {
  const res = await request.get(`/api/certificates/${code}`);
  expect(res.status(), `seeded certificate ${code}`).toBe(200);
  return res.json();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a code typed in lower case without dashes finds the certificate', async ({ page, request }) => {
    const cert = await certificate(request, VALID);
    await page.goto('/verifikasi');
    await page.getByLabel('Kode sertifikat').fill(VALID.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Periksa' }).click();

    await expect(page).toHaveURL(new RegExp(`/verifikasi/${VALID}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sertifikat ${VALID}`);
    await expect(page.getByRole('heading', { name: '✓ Sertifikat sah' })).toBeVisible();
    const details = page.getByRole('definition');
    await expect(details.filter({ hasText: cert.name })).toHaveCount(1);
    await expect(details.filter({ hasText: cert.nip })).toHaveCount(1);
    await expect(details.filter({ hasText: cert.agency })).toHaveCount(1);
    await expect(details.filter({ hasText: `${cert.score} dari ${cert.total} benar` })).toHaveCount(1);
    await expect(details.filter({ hasText: /^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB$/ })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Unduh sertifikat (PDF)' })).toHaveAttribute('href', `/api/certificates/${VALID}/pdf`);
  });

  test('the English page shows the same certificate with an English date', async ({ page }) => {
    const res = await page.goto(`/en/verify/${VALID.toLowerCase()}`);
    // A loosely written code is redirected to its canonical address.
    expect(res!.url()).toMatch(new RegExp(`/en/verify/${VALID}$`));
    await expect(page.getByRole('heading', { name: '✓ Valid certificate' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^\d{1,2} [A-Z][a-z]+ \d{4}( at|,) \d{2}:\d{2} / })).toHaveCount(1);
  });

  test('a revoked certificate says so and offers no PDF', async ({ page, request }) => {
    const cert = await certificate(request, REVOKED);
    expect(cert.status).toBe('revoked');
    await page.goto(`/verifikasi/${REVOKED}`);
    await expect(page.getByRole('heading', { name: '✗ Sertifikat dicabut' })).toBeVisible();
    await expect(page.getByText('sudah dicabut dan tidak berlaku lagi')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: cert.name })).toHaveCount(1);
    await expect(page.getByRole('link', { name: /PDF/ })).toHaveCount(0);
  });

  test('an unknown code is a 404 that says so', async ({ page }) => {
    const res = await page.goto('/verifikasi/NA-0000-0000-0000');
    expect(res!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sertifikat tidak ditemukan' })).toBeVisible();
    await expect(page.getByLabel('Kode sertifikat')).toBeVisible();
  });

  test('a path that is no code is a 404 with the form, and none of its words appear on the page', async ({ page }) => {
    const res = await page.goto('/en/verify/VALID%20-%20checked%20by%20Zebracorn');
    expect(res!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Verify a Certificate' })).toBeVisible();
    await expect(page.getByLabel('Certificate code')).toHaveAccessibleDescription(/does not have the form NA-XXXX-XXXX-XXXX/);
    // Not in the text, the title or any link (the address itself stays in og:url, as for every page).
    await expect(page.locator('body')).not.toContainText('Zebracorn');
    await expect(page.locator('a[href*="Zebracorn"]')).toHaveCount(0);
    expect(await page.title()).not.toContain('VALID');
  });

  test('a code that cannot be one stays on the form with a message', async ({ page }) => {
    await page.goto('/verifikasi');
    await page.getByLabel('Kode sertifikat').fill('NA-1234');
    await page.getByRole('button', { name: 'Periksa' }).click();
    const input = page.getByLabel('Kode sertifikat');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/tidak sesuai bentuk NA-XXXX-XXXX-XXXX/);
    await expect(input).toHaveValue('NA-1234');
  });
});

test('the verify pages pass axe: form, valid, revoked, not found, malformed code; light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of [
      '/verifikasi',
      `/verifikasi/${VALID}`,
      `/en/verify/${REVOKED}`,
      '/verifikasi/NA-0000-0000-0000',
      '/en/verify?code=NA-1234',
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${colorScheme} ${path}: ${v.id}`)).toEqual([]);
    }
  }
});

test('a name is shown as text exactly as stored', async ({ page, request }) => {
  // The name rules forbid < and >; apostrophes and dots are what a stored name can carry.
  const cert = await certificate(request, 'NA-DEM0-2026-0007');
  await page.goto(`/verifikasi/${cert.code}`);
  await expect(page.getByRole('definition').filter({ hasText: cert.name })).toHaveText(cert.name);
});
