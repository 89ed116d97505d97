// The quiz with a keyboard only: the form, the agency picker, and a question answered and revisited.
import { expect, test } from '@playwright/test';
import { labels, optionText, PERSON } from './quiz-support';

const l = labels.id;

test('a keyboard user fills the form, answers a question and goes back to it', async ({ page }) => {
  await page.goto('/kuis');

  // The form, typed field by field with Tab; the agency is picked from the results with the arrow keys.
  await page.getByLabel(l.nip).focus();
  await page.keyboard.type(PERSON.nip);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PERSON.name);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: l.agency })).toBeFocused();
  await page.keyboard.type('bandung');
  await page.keyboard.press('Enter'); // searches now, does not submit the form
  await expect(page.getByText(l.found)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  const picked = page.getByRole('radio', { checked: true });
  await expect(picked).toBeFocused();
  await expect(page.getByText(/^Instansi terpilih: /)).toBeVisible();
  await page.keyboard.press('Tab'); // unit (optional)
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: l.start })).toBeFocused();
  await page.keyboard.press('Enter');

  // Focus lands on the question's heading; Next without an answer explains and puts focus on the answers.
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: l.next })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Pilih satu jawaban.')).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeFocused();

  // Arrow down to the right option (the first is selected with Space), then Enter moves on.
  const scenario = (await page.locator('legend').filter({ visible: true }).textContent())!;
  const radios = page.getByRole('radio');
  const names = await radios.evaluateAll((inputs) => inputs.map((i) => i.closest('label')!.textContent!.trim()));
  const right = names.indexOf(optionText(scenario, 'id', true, names));
  await page.keyboard.press('Space');
  for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(right)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Soal 2 dari 10' })).toBeFocused();

  // Back to question 1 with Tab + Enter: the answer is still chosen.
  await page.keyboard.press('Tab'); // first option
  await page.keyboard.press('Tab'); // Sebelumnya
  await expect(page.getByRole('button', { name: l.back })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 10' })).toBeFocused();
  await expect(radios.nth(right)).toBeChecked();
});
