// Ibu Siti passes on her phone, copies and shares her code, nearly starts over, closes the tab, and later opens
// the site again from a WhatsApp link: her certificate is still there.
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe-support';
import { answerAll, fillIdentity, labels } from './quiz-support';

const l = labels.id;

test('a new participant passes, closes the tab, comes back from a link and finds the certificate', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/kuis');
  await fillIdentity(page, 'id');
  await page.getByRole('button', { name: l.start }).click();
  await answerAll(page, 'id', 10);
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();

  // The certificate block leads with the PDF download, styled as the page's primary button.
  const certificate = page.locator('[data-certificate]');
  const code = (await certificate.locator('.code').textContent())!;
  expect(code).toMatch(/^NA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const pdf = certificate.getByRole('link', { name: 'Unduh sertifikat (PDF)' });
  await expect(pdf).toHaveClass(/\bbtn\b/);
  await expect(pdf).not.toHaveClass(/btn-secondary/);
  await expect(pdf).toHaveAttribute('href', new RegExp(`/api/certificates/${code}/pdf$`));
  // On a 360 px screen the code stays on one line.
  expect(await certificate.locator('.code').evaluate((el) => el.getClientRects().length)).toBe(1);

  // She copies the code: the clipboard holds it and the page says so.
  await certificate.getByRole('button', { name: 'Salin kode' }).click();
  await expect(certificate.getByRole('status')).toHaveText(`Kode ${code} disalin.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // The WhatsApp button is a plain link carrying the verify URL.
  const share = certificate.getByRole('link', { name: 'Bagikan ke WhatsApp' });
  const href = (await share.getAttribute('href'))!;
  expect(href.startsWith('https://wa.me/?text=')).toBe(true);
  expect(decodeURIComponent(href.slice('https://wa.me/?text='.length))).toContain(`/verifikasi/${code}`);
  await expect(certificate.getByRole('link', { name: 'Cari sertifikat saya' })).toHaveAttribute('href', '/sertifikat-saya');
  await expectAxeClean(page, 'result with certificate actions');

  // "Mulai dari awal" asks first; she cancels and the result is still there.
  const startOver = page.getByRole('button', { name: 'Mulai dari awal', exact: true });
  await startOver.click();
  await expect(startOver).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Mulai dari awal?' })).toBeFocused();
  await expectAxeClean(page, 'start-over confirmation');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('heading', { name: 'Mulai dari awal?' })).toBeHidden();
  await expect(certificate.locator('.code')).toHaveText(code);

  // She closes the tab. Later a colleague's WhatsApp message brings her to /kuis in a new tab.
  await page.close();
  const later = await context.newPage();
  await later.goto('/kuis');
  const kept = later.getByRole('region', { name: 'Sertifikat terakhir Anda di perangkat ini' });
  await expect(kept).toBeVisible();
  await expect(kept.locator('.code')).toHaveText(code);
  await expect(kept.getByRole('link', { name: 'Unduh sertifikat (PDF)' })).toHaveAttribute(
    'href',
    new RegExp(`/api/certificates/${code}/pdf$`),
  );
  await expect(kept.getByRole('link', { name: 'Buka halaman verifikasi sertifikat' })).toHaveAttribute(
    'href',
    new RegExp(`/verifikasi/${code}$`),
  );
  // The form for a new attempt is still right there, and nothing of her identity was kept on the device.
  await expect(later.getByLabel(l.nip)).toHaveValue('');
  expect(await later.evaluate(() => JSON.stringify(localStorage))).not.toContain('198503');
  await expectAxeClean(later, 'kept certificate above the form');

  // On a shared phone she removes it; it stays gone after a reload.
  await kept.getByRole('button', { name: 'Hapus dari perangkat ini' }).click();
  await expect(kept).toBeHidden();
  await later.reload();
  await expect(later.getByRole('heading', { name: 'Data diri' })).toBeVisible();
  await expect(kept).toBeHidden();
});

test('confirming "Mulai dari awal" closes the result but keeps the certificate above the form', async ({ page }) => {
  // A passed result saved in this tab, as the quiz keeps it (no new attempt needed: public writes are rate-limited).
  await page.goto('/kuis');
  await page.evaluate(() => {
    const certificate = {
      code: 'NA-DEM0-2026-0001',
      verifyUrl: `${location.origin}/verifikasi/NA-DEM0-2026-0001`,
      pdfUrl: `${location.origin}/api/certificates/NA-DEM0-2026-0001/pdf`,
    };
    const attempt = {
      attemptId: 'x',
      expiresAt: new Date(Date.now() + 6e5).toISOString(),
      questions: [{ id: 'q', scenario: 'S', options: [{ id: 'o', text: 'A' }] }],
    };
    const result = { score: 10, total: 10, passed: true, passMark: 80, feedback: [], certificate };
    sessionStorage.setItem('netral-asn.quiz', JSON.stringify({ step: 'result', attempt, answers: { q: 'o' }, index: 0, result }));
  });
  await page.reload();
  await expect(page.getByText('Anda perlu 8 dari 10 jawaban benar untuk lulus.')).toBeVisible();
  await page.getByRole('button', { name: 'Mulai dari awal', exact: true }).click();
  await page.getByRole('button', { name: 'Ya, mulai dari awal' }).click();
  await expect(page.getByRole('heading', { name: 'Data diri' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Sertifikat terakhir Anda di perangkat ini' }).locator('.code')).toHaveText(
    'NA-DEM0-2026-0001',
  );
});
