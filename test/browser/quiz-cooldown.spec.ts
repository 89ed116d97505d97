// A person fails twice in a row and is asked to read the feedback before a third try.
import { expect, test } from '@playwright/test';
import { answerAll, fillIdentity, labels } from './quiz-support';

test('after two failed attempts the quiz asks for a pause, saying how long', async ({ page }) => {
  const l = labels.id;
  await page.goto('/kuis');
  // A NIP of its own (fillIdentity draws a fresh one), so earlier runs' attempts do not count.
  await fillIdentity(page, 'id');
  await page.getByRole('button', { name: l.start }).click();

  // First attempt: five of ten right, a fail; retaking straight away is allowed.
  await answerAll(page, 'id', 5);
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByText('Anda menjawab benar 5 dari 10 soal.')).toBeVisible();
  // The retake button right under the score (the result repeats it at the end).
  await page.getByRole('button', { name: 'Ulangi kuis' }).first().click();

  // Second attempt: another fail.
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await answerAll(page, 'id', 5);
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByText('Anda menjawab benar 5 dari 10 soal.')).toBeVisible();

  // A third try is refused for now, in words that say why and for how long.
  await page.getByRole('button', { name: 'Ulangi kuis' }).first().click();
  await expect(
    page.getByText(
      'Anda sudah 2 kali berturut-turut belum lulus. Baca dulu pembahasan dan materi aturannya; kuis bisa diulang dalam 15 menit.',
    ),
  ).toBeVisible();
});
