// HR downloads the agency's exports from the report page as a person would: signs in, follows the
// "Sertifikat (CSV)" and ZIP links (Playwright's download event), and opens the files: the CSV's NIP
// column holds 18-digit NIPs intact, the ZIP holds PDFs. The page passes axe and fits 360 px.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe-support';

const HR = { email: 'hr@bantul.example.id', password: 'demo-hr-bantul-2026' };

async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** The file names and first bytes of a stored ZIP's entries, from its central directory. */
function zipEntries(zip: Buffer): { name: string; head: string }[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      head: zip.subarray(start, start + 5).toString('latin1'),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

test('HR downloads the certificates CSV and ZIP from the report page', async ({ page }) => {
  test.setTimeout(120_000);
  // HR signs in with the demo account and lands on the report.
  await page.goto('/admin/masuk');
  await page.getByLabel('Email').fill(HR.email);
  await page.getByLabel('Kata sandi').fill(HR.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const exports = page.getByRole('region', { name: 'Unduh data' });
  await expect(exports).toBeVisible();
  await expect(exports.getByText('atur kolom NIP sebagai Teks')).toBeVisible();

  // The certificates CSV: UTF-8 with BOM, NIPs of 18 digits as written.
  const csv = await downloaded(page, exports.getByRole('link', { name: 'Sertifikat (CSV)' }));
  expect(csv.name).toMatch(/^sertifikat-kab-34\.02-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<Record<string, string>>(csv.bytes.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.NIP).toMatch(/^\d{18}$/);

  // The ZIP of PDFs (one part for the demo agency).
  const zip = await downloaded(page, exports.getByRole('link', { name: 'Sertifikat PDF dalam ZIP' }));
  expect(zip.name).toMatch(/\.zip$/);
  const entries = zipEntries(zip.bytes);
  expect(entries.length).toBe(rows.length);
  for (const entry of entries) {
    expect(entry.name).toMatch(/^NA-[A-Z0-9-]+_[a-z0-9-]+\.pdf$/);
    expect(entry.head).toBe('%PDF-');
  }

  // The page with its export section passes axe in light and dark mode and fits 360 px.
  await expectAxeClean(page, '/admin with downloads');
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`),
  );
  expect(overflowing).toEqual([]);

  // The English page offers the same downloads, with its text in English and CSV headers to match.
  await page.goto('/en/admin');
  const downloads = page.getByRole('region', { name: 'Downloads' });
  await expect(downloads.getByRole('link', { name: 'Certificates (CSV)' })).toHaveAttribute('href', /certificates\.csv\?lang=en/);
  await expect(downloads.getByRole('button', { name: 'Not yet passed (CSV)' })).toBeVisible();
  await expectAxeClean(page, '/en/admin with downloads');
});
