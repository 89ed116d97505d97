// Anyone can check a certificate by its code, typed loosely, without JavaScript; unknown codes are a 404.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { issueCertificate, PERSON } from './quiz-support';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let code: string;

test.beforeAll(async ({ request }) => {
  code = await issueCertificate(request);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a code typed in lower case without dashes finds the certificate', async ({ page }) => {
    await page.goto('/verifikasi');
    await page.getByLabel('Kode sertifikat').fill(code.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Periksa' }).click();

    await expect(page).toHaveURL(new RegExp(`/verifikasi/${code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sertifikat ${code}`);
    await expect(page.getByRole('heading', { name: '✓ Sertifikat sah' })).toBeVisible();
    const details = page.getByRole('definition');
    await expect(details.filter({ hasText: PERSON.name })).toHaveCount(1);
    await expect(details.filter({ hasText: '198503**********01' })).toHaveCount(1);
    await expect(details.filter({ hasText: /^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB$/ })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Unduh sertifikat (PDF)' })).toHaveAttribute('href', `/api/certificates/${code}/pdf`);
  });

  test('the English page shows the same certificate with an English date', async ({ page }) => {
    const res = await page.goto(`/en/verify/${code.toLowerCase()}`);
    // A loosely written code is redirected to its canonical address.
    expect(res!.url()).toMatch(new RegExp(`/en/verify/${code}$`));
    await expect(page.getByRole('heading', { name: '✓ Valid certificate' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^\d{1,2} [A-Z][a-z]+ \d{4}( at|,) \d{2}:\d{2} / })).toHaveCount(1);
  });

  test('an unknown code is a 404 that says so', async ({ page }) => {
    const res = await page.goto('/verifikasi/NA-0000-0000-0000');
    expect(res!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sertifikat tidak ditemukan' })).toBeVisible();
    await expect(page.getByLabel('Kode sertifikat')).toBeVisible();

    const en = await page.goto('/en/verify/not-a-code');
    expect(en!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Certificate not found' })).toBeVisible();
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

test('the verify pages pass axe: valid, not found, and a malformed code', async ({ page }) => {
  for (const path of [`/verifikasi/${code}`, '/verifikasi/NA-0000-0000-0000', '/en/verify?code=NA-1234']) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});

test('names are shown as text, never as markup', async ({ page, request }) => {
  // The name rules forbid < and >, so the most a name can carry is quotes and apostrophes.
  const tricky = await issueCertificate(request, "D'Arcy O'Neil-Wibowo");
  await page.goto(`/verifikasi/${tricky}`);
  await expect(page.getByRole('definition').filter({ hasText: "D'Arcy O'Neil-Wibowo" })).toHaveCount(1);
});
