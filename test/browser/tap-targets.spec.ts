// Small-print links (breadcrumbs, footer) are tapped with a thumb on a 360 px phone: each at least 24 px tall.
import { expect, test } from '@playwright/test';

test('breadcrumb and footer links are at least 24 px tall on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/aturan/media-sosial', '/en/rules/family-and-leave']) {
    await page.goto(path);
    const links = page.locator('.crumbs a, .site-footer a');
    expect(await links.count()).toBeGreaterThan(3);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.height, `${path}: ${await link.textContent()}`).toBeGreaterThanOrEqual(24);
    }
  }
});
