// A person who does not reach the pass mark learns from the feedback and gets no certificate (English page).
import { expect, test } from '@playwright/test';
import { answerAll, fillIdentity, labels } from './quiz-support';

test('a person who fails sees feedback on every question and no certificate', async ({ page }) => {
  const l = labels.en;
  await page.goto('/en/quiz');
  await fillIdentity(page, 'en');
  await page.getByRole('button', { name: l.start }).click();

  // Seven right and three wrong: 70%, under the 80% pass mark.
  await answerAll(page, 'en', 7);
  await page.getByRole('button', { name: l.submit }).click();

  await expect(page.getByRole('heading', { name: 'Quiz result' })).toBeFocused();
  await expect(page.getByText('You answered 7 of 10 questions correctly.')).toBeVisible();
  await expect(page.getByText(/You have not passed yet/)).toBeVisible();

  // Every question has feedback with its explanation and legal basis; a failed attempt does not name the
  // right option of the three wrong ones (that would hand a script the key), the explanation says why.
  const feedback = page.getByRole('region', { name: 'Quiz result' }).getByRole('listitem').filter({ hasText: 'Legal basis:' });
  await expect(feedback).toHaveCount(10);
  await expect(feedback.filter({ hasText: /^Question \d+ of 10: Incorrect/ })).toHaveCount(3);
  await expect(feedback.getByText(/^The right answer:/).filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your certificate' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Quiz result' }).getByRole('link', { name: /certificate/i })).toHaveCount(0);

  // They can take it again, with the same details, straight away.
  // The retake sits right under the score (and again after the feedback).
  await page.getByRole('button', { name: 'Take the quiz again' }).first().click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
});
