// On a slow phone (4x CPU throttling) the quiz and the action checker load without anything jumping: the
// cumulative layout shift, measured by the browser's own layout-shift entries, is 0.
import { expect, test, type Page } from '@playwright/test';

/** Starts recording layout shifts before any of the page's own scripts run. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(
          `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${(entry.sources ?? [])
            .map((s) => {
              const r = (d: DOMRectReadOnly) => `${d.x},${d.y} ${d.width}x${d.height}`;
              const node = (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? '?';
              return `${node} moved from ${r(s.previousRect)} to ${r(s.currentRect)}`;
            })
            .join(' | ')}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shift so far, after the page has settled (load, then two frames and a pause for late scripts). */
async function settledShift(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

for (const [what, path, ready] of [
  ['the quiz', '/kuis', 'Mulai kuis'],
  ['the quiz in English', '/en/quiz', 'Start the quiz'],
  ['the action checker', '/cek-tindakan', 'Apa yang ingin Anda lakukan?'],
] as const) {
  test(`${what} (${path}) loads on a slow phone without layout shift`, async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await recordLayoutShifts(page);
    await page.goto(path, { waitUntil: 'commit' });
    const { cls, shifts } = await settledShift(page);
    // What the person came for is on screen and usable.
    await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    // CLS 0 as Lighthouse reports it (three decimals). A loaded machine paints half-parsed pages, which is
    // how two real shifts were found (an empty language link growing; the quiz box moving when its first
    // heading's margin collapsed through it); a sub-pixel nudge (0.0000x) of the logo is not one anyone sees.
    expect(shifts.filter((s) => Number.parseFloat(s) >= 0.0005)).toEqual([]);
    expect(cls).toBeLessThan(0.0005);
  });
}

test('coming back to a quiz in progress does not make the page jump either', async ({ page }) => {
  await page.goto('/kuis');
  await page.evaluate(() => {
    const attempt = {
      attemptId: 'x',
      expiresAt: new Date(Date.now() + 6e5).toISOString(),
      questions: [
        {
          id: 'q',
          scenario: 'Seorang ASN diminta memasang spanduk calon di kantor. Apa yang sebaiknya ia lakukan?',
          options: [
            { id: 'o', text: 'Menolak' },
            { id: 'p', text: 'Memasang' },
          ],
        },
      ],
    };
    sessionStorage.setItem('netral-asn.quiz', JSON.stringify({ step: 'question', attempt, answers: {}, index: 0 }));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await recordLayoutShifts(page);
  await page.reload({ waitUntil: 'commit' });
  const { cls, shifts } = await settledShift(page);
  await expect(page.getByRole('heading', { name: 'Soal 1 dari 1' })).toBeVisible();
  // Restoring scrolls to the saved step; on a loaded machine that can land a frame late (measured 0.0036
  // once). Anything near the 0.1 "good" line would still fail here.
  expect(cls, shifts.join('\n')).toBeLessThan(0.01);
});
