// Election cycles on a phone: the super admin starts a new cycle on /admin/siklus; HR of Bantul then sees
// the report's completion reset for it (certified 0) while the previous cycle, picked with the selector,
// keeps its numbers, and the verify page says an older certificate does not count for the current cycle.
//
// The browser specs share one wrangler dev D1, and a new current cycle changes what every other spec sees
// (e.g. agency-roster.spec.ts expects the pending list to shrink when a member passes). So this spec
// leaves the database as it found it: the cycle starts a few seconds ahead (after every submission so far,
// as the API requires), nothing is submitted while it runs, and the super admin deletes it on the same
// page at the end (the API allows deleting a cycle that holds no quizzes). Specs run one at a time
// (workers: 1), so no other spec runs while the cycle is current.
import { expectAdminPageOk } from './axe-support';
import { expect, test, type Browser, type Page } from '@playwright/test';

const SUPER = { email: 'super@netral-asn.example.id', password: 'demo-super-admin-2026' };
const HR = { email: 'hr@bantul.example.id', password: 'demo-hr-bantul-2026' };

async function signIn(browser: Browser, who: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/admin/masuk');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Kata sandi').fill(who.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** `date` as a datetime-local value in WIB (the form reads zone-less times as WIB). */
const wibLocal = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
/** A key figure of the report, by its label. */
async function figure(page: Page, label: string): Promise<number> {
  const cell = page
    .locator('.figures > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .first();
  return Number(((await cell.textContent()) ?? '').replace(/\D/g, ''));
}

test('the super admin starts a new cycle and HR sees completion reset for it', async ({ browser }) => {
  test.setTimeout(120_000);
  const id = `uji-${Date.now().toString(36)}`;
  const hr = await signIn(browser, HR);
  await expect(hr.locator('.cycle-line')).toContainText('Menuju Pemilu 2029');
  // Bantul's seeded certificates (holders not on its roster, unless another spec uploaded one) and attempts.
  const before = { certified: await figure(hr, 'Sudah bersertifikat'), attempts: await figure(hr, 'Percobaan kuis') };
  expect(before.attempts).toBeGreaterThan(0);

  const admin = await signIn(browser, SUPER);
  await admin.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Siklus' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Siklus pemilu' })).toBeVisible();
  await expectAdminPageOk(admin);
  const start = new Date(Date.now() + 4000);
  await admin.getByLabel('Kode').fill(id);
  await admin.getByLabel('Nama').fill('Siklus Uji Peramban');
  await admin.getByLabel('Mulai (WIB)').fill(wibLocal(start));
  await admin.getByLabel('Tenggat (WIB)').fill('2031-06-30');
  await admin.getByRole('button', { name: 'Buat siklus' }).click();
  const item = admin.locator(`li[data-cycle="${id}"]`);
  await expect(item).toContainText('Siklus Uji Peramban');
  await expect(item).toContainText('Belum dimulai');
  await expectAdminPageOk(admin);

  try {
    // Once it has started it is the current cycle: HR's completion starts from zero.
    await hr.waitForTimeout(Math.max(0, start.getTime() - Date.now() + 1000));
    await hr.reload();
    await expect(hr.locator('.cycle-line')).toContainText('Siklus Uji Peramban');
    expect(await figure(hr, 'Sudah bersertifikat')).toBe(0);
    expect(await figure(hr, 'Percobaan kuis')).toBe(0);
    expect(await figure(hr, 'Pemegang sertifikat di luar daftar')).toBe(0);
    await expectAdminPageOk(hr);

    // The previous cycle, picked with the selector, keeps its numbers.
    // The report's own cycle picker (the export form below has a cycle field too).
    const picker = hr.locator('form.cycle-form');
    await picker.getByLabel('Siklus', { exact: true }).selectOption('pemilu-2029');
    await picker.getByRole('button', { name: 'Tampilkan' }).click();
    await expect(hr).toHaveURL(/cycle=pemilu-2029/);
    await expect(hr.locator('.cycle-line')).toContainText('bukan siklus berjalan');
    expect({ certified: await figure(hr, 'Sudah bersertifikat'), attempts: await figure(hr, 'Percobaan kuis') }).toEqual(before);

    // Its certificates stay valid records that no longer count for the current cycle.
    const verifyLink = hr.locator('a[href^="/verifikasi/"]').first();
    await verifyLink.click();
    await expect(hr.locator('[data-cycle-current="false"]')).toContainText('tidak dihitung untuk siklus yang berjalan');
  } finally {
    // Back to the seeded cycles, for the other specs.
    await admin.reload();
    await admin.locator(`li[data-cycle="${id}"]`).getByRole('button', { name: /Hapus/ }).click();
    await expect(admin.locator(`li[data-cycle="${id}"]`)).toHaveCount(0);
  }
  await hr.goto('/admin');
  await expect(hr.locator('.cycle-line')).toContainText('Menuju Pemilu 2029');

  // HR reads the list but cannot change it; the English page is the same list.
  await hr.goto('/admin/siklus');
  await expect(hr.locator('li[data-cycle="pemilu-2029"]')).toContainText('Siklus berjalan');
  await expect(hr.getByRole('button', { name: 'Buat siklus' })).toHaveCount(0);
  await admin.goto('/en/admin/cycles');
  await expect(admin.getByRole('heading', { level: 1, name: 'Election cycles' })).toBeVisible();
  await expect(admin.locator('li[data-cycle="pemilu-2029"]')).toContainText('Current cycle');
  await expectAdminPageOk(admin);
});
