// A slow or failing network, rate limits and an expired attempt never cost the person their answers.
import { expect, test, type Page } from '@playwright/test';
import { answerAll, fillIdentity, labels } from './quiz-support';

const l = labels.id;

async function reachReview(page: Page) {
  await page.goto('/kuis');
  await fillIdentity(page, 'id');
  await page.getByRole('button', { name: l.start }).click();
  await answerAll(page, 'id', 10);
}

test('a dropped connection and a rate limit: retry, and a reload, keep every answer', async ({ page }) => {
  await reachReview(page);

  // The connection drops while submitting.
  await page.route('**/api/attempts/*/submit', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak dapat terhubung ke server. Jawaban Anda tersimpan di perangkat ini');
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeFocused();

  // A reload still has the answers.
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Jawaban Anda:' })).toHaveCount(10);

  // The server is busy: it says when to come back.
  await page.unroute('**/api/attempts/*/submit');
  await page.route(
    '**/api/attempts/*/submit',
    (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '17' },
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Terlalu banyak', status: 429, detail: 'Terlalu banyak permintaan.' }),
      }),
    { times: 1 },
  );
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('alert')).toContainText('Coba lagi dalam 17 detik');

  // Trying again reaches the server and grades the same answers.
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByText('Anda menjawab benar 10 dari 10 soal.')).toBeVisible();
});

test('a dropped connection before the quiz starts speaks of the form, not of answers, and a retry starts it', async ({ page }) => {
  await page.goto('/kuis');
  await fillIdentity(page, 'id');
  await page.route('**/api/attempts', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: l.start }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak dapat terhubung ke server. Isian Anda tetap di halaman ini');
  await expect(page.getByRole('alert')).not.toContainText('Jawaban');
  await page.unroute('**/api/attempts');
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('heading', { name: /Soal 1 dari 10/ })).toBeVisible();
});

test('an expired attempt says so and starts a new quiz', async ({ page }) => {
  await reachReview(page);
  await page.route('**/api/attempts/*/submit', (route) =>
    route.fulfill({
      status: 410,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: 'Kedaluwarsa', status: 410, detail: 'Waktu habis.' }),
    }),
  );
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('alert')).toContainText('Waktu pengerjaan (30 menit) sudah habis');
  await page.getByRole('button', { name: 'Ulangi kuis' }).click();
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
