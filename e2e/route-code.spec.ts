// The code a page needs is fetched while its HTML is parsed (public/boot.js, from the list the build writes into
// index.html), not after the entry script has run and config.json has come back.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './kit';

const APP_CHUNK = /\/assets\/App-[\w-]+\.js$/;
const PROVIDER_CHUNK = /\/assets\/provider-[\w-]+\.js$/;
const ENTRY = /\/assets\/index-[\w-]+\.js$/;

/** Resolves with the first request whose URL matches. */
const requestOf = (page: Page, url: RegExp) =>
  new Promise<Request>((resolve) => {
    const listener = (request: Request) => {
      if (!url.test(request.url())) return;
      page.off('request', listener);
      resolve(request);
    };
    page.on('request', listener);
  });

test("the app's and the provider's code are requested before the entry script runs", async ({
  editor,
  page,
}) => {
  const routeCode = Promise.all([requestOf(page, APP_CHUNK), requestOf(page, PROVIDER_CHUNK)]);
  // The entry script is held until both are on their way: without the preload it would be held for ever.
  let held = false;
  await page.route(ENTRY, async (route) => {
    held = true;
    await routeCode;
    await route.continue();
  });
  await editor.open('camunda', { userId: 'demo' });
  expect(held).toBe(true);
  const [app, provider] = await routeCode;
  expect(app.frame()).toBe(page.mainFrame());
  expect(provider.url()).toMatch(PROVIDER_CHUNK);
});

test('the benchmark page loads none of the app', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto('/bench');
  await expect(page.getByRole('textbox', { name: /^Text 0/ })).toBeVisible();
  expect(urls.filter((url) => APP_CHUNK.test(url) || PROVIDER_CHUNK.test(url))).toEqual([]);
});

test("the embed loads none of the app's pages (the build groups what they share apart)", async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto('/embed');
  // The embed's own page without a host: its code has run.
  await expect(page.getByText('inside a partner portal')).toBeVisible();
  expect(urls.filter((url) => APP_CHUNK.test(url))).toEqual([]);
});

test("when the app's code cannot be fetched, the page says so and offers to reload instead of loading for ever", async ({
  page,
}) => {
  let failing = true;
  await page.route(APP_CHUNK, (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/camunda/demo');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The profile editor could not be loaded.');
  await expect(page.getByRole('status')).toHaveCount(0);
  const reload = alert.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeFocused();
  failing = false;
  await reload.click();
  await expect(page.getByRole('textbox', { name: /First name/ })).toBeVisible();
});
