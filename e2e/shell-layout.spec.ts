// The app shell at 320 px and 1280 px: the header (the app's name, the Sandbox mark, the colour-scheme switch), the
// way back (breadcrumbs), the page's heading and whose profile it is are all inside the viewport, none clipped or
// overlapping another, with no sideways scrolling; the switch works at both widths. One page load per route.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './kit';

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

/** Routes with the longest shell texts: a long id, a provider page's breadcrumb, the owner line, the list. */
const ROUTES = [
  { path: '/', ready: (page: Page) => page.getByRole('heading', { name: 'Edit your profile' }) },
  { path: '/wise/14575282', ready: (page: Page) => page.getByRole('button', { name: /^Save/ }).first() },
  {
    path: '/uphold/customer-due-diligence',
    ready: (page: Page) => page.getByRole('button', { name: /^Save/ }).first(),
  },
  { path: '/camunda', ready: (page: Page) => page.getByRole('button', { name: 'Open profile' }) },
  {
    path: '/acme/a-rather-long-address-segment',
    ready: (page: Page) => page.getByRole('heading', { level: 1 }),
  },
];

/** Where an element is and whether its content fits: its box, and its content's width beyond its own. */
const measure = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      width: box.width,
      overflow: element.scrollWidth - element.clientWidth,
      viewport: document.documentElement.clientWidth,
    };
  });

async function expectInside(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await measure(locator);
  expect(box.width, `${what} has a width`).toBeGreaterThan(0);
  expect(box.left, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${what} ends inside the viewport`).toBeLessThanOrEqual(box.viewport + 0.5);
  expect(box.overflow, `${what}'s content fits (not clipped)`).toBeLessThanOrEqual(1);
}

const overlap = (a: Awaited<ReturnType<typeof measure>>, b: Awaited<ReturnType<typeof measure>>) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

test.describe('the shell never clips (320 px and 1280 px)', () => {
  for (const route of ROUTES) {
    test(route.path, async ({ page }) => {
      await page.setViewportSize(WIDTHS[0]!);
      await page.goto(route.path);
      await expect(route.ready(page)).toBeVisible({ timeout: 30_000 });

      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        const at = `${size.width} px`;
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
            message: `no sideways scrolling at ${at}`,
          })
          .toBeLessThanOrEqual(size.width);

        const header = page.getByRole('banner');
        const home = header.getByRole('link', { name: 'Profile editor' });
        const scheme = header.getByRole('button', { name: /^Colour scheme/ });
        await expectInside(header, `the header at ${at}`);
        await expectInside(home, `the app's name at ${at}`);
        await expectInside(scheme, `the colour-scheme switch at ${at}`);
        const sandboxMark = header.getByText('Sandbox', { exact: true });
        if ((await sandboxMark.count()) > 0) await expectInside(sandboxMark, `the Sandbox mark at ${at}`);
        expect(overlap(await measure(home), await measure(scheme)), `name and switch apart at ${at}`).toBe(
          false,
        );
        // A target a finger can hit (WCAG 2.5.8 asks for 24 px; the switch keeps 44).
        expect((await measure(scheme)).width).toBeGreaterThanOrEqual(44);

        await expectInside(page.getByRole('heading', { level: 1 }), `the page's heading at ${at}`);
        const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
        if (route.path !== '/' && !route.path.startsWith('/acme')) {
          await expectInside(trail, `the breadcrumbs at ${at}`);
          for (const link of await trail.getByRole('link').all())
            await expectInside(link, `a breadcrumb at ${at}`);
          await expectInside(trail.locator('[aria-current="page"]'), `the current page's crumb at ${at}`);
        }
      }
    });
  }

  test('the colour-scheme switch works at 320 px by keyboard: a 2 px ring, a menu that fits, the choice applies', async ({
    page,
  }) => {
    await page.setViewportSize(WIDTHS[0]!);
    await page.goto('/camunda/demo');
    const scheme = page.getByRole('button', { name: 'Colour scheme: System' });
    await expect(scheme).toBeVisible();
    // The app's name first, then the language picker, then the switch.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Profile editor' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('combobox', { name: 'Language' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scheme).toBeFocused();
    await expect(scheme).toHaveCSS('outline-style', 'solid');
    await expect(scheme).toHaveCSS('outline-width', '2px');

    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Colour scheme' });
    await expect(menu.getByRole('menuitemradio', { name: /^System/ })).toBeFocused();
    for (const item of await menu.getByRole('menuitemradio').all()) await expectInside(item, 'a menu item');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitemradio', { name: /^Dark/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
    const chosen = page.getByRole('button', { name: 'Colour scheme: Dark' });
    await expect(chosen).toBeFocused();
    await expectInside(chosen, 'the switch after the choice');
  });
});
