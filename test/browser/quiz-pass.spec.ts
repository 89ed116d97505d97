// A person takes the quiz on a phone, passes, opens the verify page from the result and downloads the PDF.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerAll, fillIdentity, labels, PERSON } from './quiz-support';

test('a person passes the quiz, verifies the certificate and downloads its PDF', async ({ page }) => {
  const l = labels.id;
  await page.goto('/kuis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kuis Netralitas ASN');

  // Fill in who they are, picking the agency from a real search, and start.
  await fillIdentity(page, 'id');
  await page.getByLabel(l.unit).fill('Dinas Pendidikan');
  await page.getByRole('button', { name: l.start }).click();

  // The first question gets focus, with its position announced by the heading and the progress bar.
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await expect(page.getByRole('progressbar', { name: 'Soal 1 dari 10' })).toHaveAttribute('value', '1');

  // Answer all ten right, then reopen question 3 from the review: its answer is still chosen.
  await answerAll(page, 'id', 10);
  await expect(page.getByRole('heading', { name: 'Periksa jawaban Anda' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Jawaban Anda:' })).toHaveCount(10);
  await page.getByRole('button', { name: 'Ubah jawaban soal 3' }).click();
  await expect(page.getByRole('heading', { name: 'Soal 3 dari 10' })).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  // Opened from the review, the question leads straight back to it.
  await page.getByRole('button', { name: l.review }).click();
  await expect(page.getByRole('heading', { name: 'Periksa jawaban Anda' })).toBeFocused();

  // Submit and read the result.
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: 'Hasil kuis' })).toBeFocused();
  await expect(page.getByText('Anda menjawab benar 10 dari 10 soal.')).toBeVisible();
  await expect(page.getByText(/Selamat, Anda lulus/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hasil kuis' }).getByRole('listitem').filter({ hasText: 'Dasar hukum:' })).toHaveCount(10);
  const code = (await page
    .getByRole('region', { name: 'Hasil kuis' })
    .getByText(/^Kode sertifikat: /)
    .textContent())!.replace('Kode sertifikat: ', '');
  expect(code).toMatch(/^NA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // The PDF link downloads a real PDF.
  const pdfLink = page.getByRole('link', { name: 'Unduh sertifikat (PDF)' });
  const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  expect(
    readFileSync((await download.path())!)
      .subarray(0, 4)
      .toString('latin1'),
  ).toBe('%PDF');
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
  expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

  // The verify page, opened from the result, says the certificate is valid and whose it is.
  await page.getByRole('link', { name: 'Buka halaman verifikasi sertifikat' }).click();
  await expect(page).toHaveURL(new RegExp(`/verifikasi/${code}$`));
  await expect(page.getByRole('heading', { name: /Sertifikat sah/ })).toBeVisible();
  await expect(page.getByText(PERSON.name, { exact: true })).toBeVisible();
  await expect(page.getByText('198503**********01')).toBeVisible();
  await expect(page.getByText('10 dari 10 benar')).toBeVisible();

  // Back on the quiz page, the result is still there (kept for the tab's session).
  await page.goBack();
  await expect(page.getByText('Anda menjawab benar 10 dari 10 soal.')).toBeVisible();

  // Starting over asks first, then goes back to the form, still filled in.
  await page.getByRole('button', { name: 'Mulai dari awal', exact: true }).click();
  await page.getByRole('button', { name: 'Ya, mulai dari awal' }).click();
  await expect(page.getByRole('heading', { name: 'Data diri' })).toBeFocused();
  await expect(page.getByLabel(l.nip)).toHaveValue(PERSON.nip);
});
