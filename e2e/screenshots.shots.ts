// The README's screenshots: each provider's sandbox page in light and dark, at 1280 px (desktop) and 390 px (mobile),
// the visible viewport only (small PNGs). One page load per provider; the scheme and width change on that page.
// Run with `npm run screenshots`; the files land in e2e/screenshots/<provider>-<light|dark>-<width>.png.
import type { Page } from '@playwright/test';
import { expect, test } from './kit';

const PAGES: Array<{ name: string; provider: string; params: Record<string, string> }> = [
  { name: 'camunda', provider: 'camunda', params: { userId: 'demo' } },
  { name: 'wise', provider: 'wise', params: { profileId: '14575282' } },
  { name: 'navixy', provider: 'navixy', params: {} },
  { name: 'nexudus', provider: 'nexudus', params: {} },
  { name: 'uphold-profile', provider: 'uphold', params: { process: 'profile' } },
];

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

async function showScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', scheme);
}

test.describe('screenshots', () => {
  // A fixed day, so dates the pages show ("last confirmed … ago") are the same in every run.
  test.use({ clock: '2026-03-02T10:00:00Z' });

  for (const entry of PAGES) {
    test(entry.name, async ({ page, editor }) => {
      await page.setViewportSize(SIZES[0]!);
      await editor.open(entry.provider, entry.params);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
          .toBeLessThanOrEqual(size.width);
        for (const scheme of ['light', 'dark'] as const) {
          await showScheme(page, scheme);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: `e2e/screenshots/${entry.name}-${scheme}-${size.width}.png` });
        }
      }
    });
  }

  test('uphold-overview', async ({ page }) => {
    await page.setViewportSize(SIZES[0]!);
    await page.goto('/uphold');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const scheme of ['light', 'dark'] as const) {
        await showScheme(page, scheme);
        await page.screenshot({ path: `e2e/screenshots/uphold-overview-${scheme}-${size.width}.png` });
      }
    }
  });
});
