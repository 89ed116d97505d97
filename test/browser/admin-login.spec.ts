// The demo HR officer signs in on a phone, sees the dashboard shell for Bantul, and signs out. The login
// page and the shell pass axe (WCAG 2.2 AA) in light and dark mode; admin pages are private.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// From scripts/seed-local.mjs (and the README).
const HR = { email: 'hr@bantul.example.id', password: 'demo-hr-bantul-2026' };

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a stranger is sent to the sign-in page; admin pages are not indexed or cached', async ({ page }) => {
  const response = await page.goto('/admin');
  expect(page.url()).toMatch(/\/admin\/masuk$/);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response?.headers()['cache-control']).toBe('no-store');
  expect(response?.headers()['content-security-policy']).not.toContain("'unsafe-inline' 'self'; style");
});

test('a wrong password is told plainly, in the page language, without leaving the page', async ({ page }) => {
  await page.goto('/en/admin/login');
  await page.getByLabel('Email').fill(HR.email);
  await page.getByLabel('Password').fill('not-the-right-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password, or this account is disabled.');
  expect(page.url()).toMatch(/\/en\/admin\/login$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the demo HR officer signs in, sees the dashboard and signs out (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/admin/masuk');
    await expectNoAxeViolations(page);

    // Sign in with the demo account the README lists.
    await page.getByLabel('Email').fill(HR.email);
    await page.getByLabel('Kata sandi').fill(HR.password);
    await page.getByRole('button', { name: 'Masuk' }).click();

    // The shell says who is signed in, for which agency, and holds the place of the report.
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pemerintah Kabupaten Bantul');
    await expect(page.getByText('HR instansi', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Laporan penyelesaian' })).toBeVisible();
    // HR staff do not manage users: the menu does not offer it.
    await expect(page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link')).toHaveText([
      'Ringkasan',
      'Daftar pegawai',
      'Belum lulus',
    ]);
    // Nothing wider than the phone: no sideways scrolling.
    const overflowing = await page.evaluate(() =>
      // Data tables scroll inside their own keyboard-focusable region (WCAG 1.4.10 allows tables two dimensions).
      [...document.querySelectorAll('body *')]
        .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(overflowing).toEqual([]);
    await expectNoAxeViolations(page);

    // Sign out: back at the sign-in page, and the dashboard is closed again.
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/masuk$/);
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/masuk$/);
  });
}

test('the demo agency admin invites a user and sees the one-time link; users and audit pages pass axe', async ({ page }) => {
  await page.goto('/admin/masuk');
  await page.getByLabel('Email').fill('admin@bantul.example.id');
  await page.getByLabel('Kata sandi').fill('demo-admin-bantul-2026');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Pengguna' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengguna instansi');
  await expectNoAxeViolations(page);

  // Invite someone: the link appears once, on screen.
  await page.getByLabel('Email dinas').fill(`undangan-${Date.now()}@bantulkab.go.id`);
  await page.getByRole('button', { name: 'Buat undangan' }).click();
  await expect(page.getByRole('status').locator('[data-link]')).toHaveText(/\/admin\/atur-sandi#t=[\w-]{43}$/);
  await expectNoAxeViolations(page);

  // The account list for an access review downloads as CSV, with the demo admin in it, and is audited.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh daftar akun (CSV) untuk tinjauan akses' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pengguna-kab-34\.02-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toMatch(/^\uFEFFEmail,Nama,Peran,Status,Dibuat,Terakhir masuk\r\n/);
  expect(csv).toMatch(/\r\nadmin@bantul\.example\.id,[^\r\n]*,Admin instansi,Aktif,/);

  await page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Log audit' }).click();
  await expect(page.getByText('user.invite').first()).toBeVisible();
  await expect(page.getByText('export.users_csv').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
