// Ibu Siti in Penajam Paser Utara (WITA) takes the quiz with one thumb: each question starts at the top, "Berikutnya"
// is always under her thumb, the deadline is on her own clock, she switches to English halfway without losing
// anything, and the result tells her how many she needs, with the retake and the explainers one tap away.
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe-support';
import { answerQuestion, fillIdentity, labels } from './quiz-support';

test.use({ timezoneId: 'Asia/Makassar', locale: 'id-ID', hasTouch: true, isMobile: true });

test('one thumb, her own clock, a language switch halfway and a result that says what to do next', async ({ page }) => {
  const l = labels.id;
  await page.goto('/kuis');

  // At the NIP field she can read what NIP, NI PPPK and TMT mean.
  await page.getByText('Apa itu NIP, NI PPPK dan TMT?').click();
  await expect(page.getByText(/TMT \(terhitung mulai tanggal\)/)).toBeVisible();

  await fillIdentity(page, 'id');
  await page.getByRole('button', { name: l.start }).click();
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();

  // The introduction has folded away; the deadline is in WITA, her zone, not UTC.
  await expect(page.getByText(/^Sepuluh kasus sehari-hari/)).toBeHidden();
  await expect(page.getByText(/^Kirim jawaban sebelum pukul \d{2}\.\d{2} WITA\.$/)).toBeVisible();

  for (let n = 1; n <= 2; n++) {
    // Each question starts at the top of the screen, and once she picks an answer "Berikutnya" is on screen.
    const heading = page.getByRole('heading', { name: `Soal ${n} dari 10` });
    await expect(heading).toBeFocused();
    expect((await heading.boundingBox())!.y).toBeLessThan(200);
    await answerQuestion(page, 'id', false);
    const next = page.getByRole('button', { name: l.next });
    const box = (await next.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await next.tap();
  }

  // Halfway she switches to English: the same attempt, at question 3, her answers kept (questions stay in Indonesian).
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/quiz$/);
  await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  await expect(page.getByText(/^Submit your answers before \d{2}:\d{2} WITA\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Next' }).click();
  for (let n = 3; n <= 10; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of 10` })).toBeFocused();
    await answerQuestion(page, 'id', n <= 3);
    await page.getByRole('button', { name: n < 10 ? 'Next' : 'Review answers' }).click();
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz result' })).toBeFocused();

  // She failed: the page says how many she needs, and the retake sits right under the score, above the feedback.
  await expect(page.getByText('You answered 1 of 10 questions correctly.')).toBeVisible();
  await expect(page.getByText('You need 8 of 10 right to pass.')).toBeVisible();
  const retake = page.getByRole('button', { name: 'Take the quiz again' }).first();
  await expect(retake).toBeInViewport();
  const feedback = page.getByRole('heading', { name: 'Feedback on each question' });
  expect((await retake.boundingBox())!.y).toBeLessThan((await feedback.boundingBox())!.y);

  // Every legal basis in the feedback links to the page that explains it.
  const basisLinks = page.locator('[data-feedback] ul a');
  expect(await basisLinks.count()).toBeGreaterThanOrEqual(10);
  for (const href of await basisLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/(rules\/[a-z-]+|legal-basis)$/);
  }
  await expectAxeClean(page, 'failed result with retake and basis links');
});
