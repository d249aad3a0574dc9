// Credentials never persist: `#token=` leaves the address bar before anything else runs, on every route, even
// when config.json fails; in live mode no sandbox code (the sandbox token chunk, the mock worker) loads.
import { expect, test } from '@playwright/test';

const SECRET = 'one-time-token-4711';

test('#token is gone from location even when config.json fails, and the error page shows', async ({
  page,
}) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto(`/camunda/demo?tab=1#token=${SECRET}&subject=alice&keep=1`);
  await expect(page.getByRole('heading', { name: 'The profile editor could not start' })).toBeVisible();
  expect(await page.evaluate(() => window.location.href)).toMatch(/\/camunda\/demo\?tab=1#keep=1$/);
  expect(await page.evaluate(() => window.location.href)).not.toContain(SECRET);
});

test('#token is removed on /embed too, and never used there', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`/embed#token=${SECRET}`);
  await expect(page.getByText('inside a partner portal')).toBeVisible();
  expect(await page.evaluate(() => window.location.href)).not.toContain(SECRET);
  expect(urls.filter((url) => url.includes(SECRET))).toEqual([]);
});

test('live mode loads neither the sandbox token chunk nor the mock worker', async ({ page, baseURL }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { mode: 'live', providers: { camunda: { baseUrl: `${baseURL}/proxy/engine-rest` } } },
    }),
  );
  await page.route('**/proxy/engine-rest/**', (route) =>
    route.request().method() === 'OPTIONS'
      ? route.fulfill({ json: { links: [{ rel: 'update' }] } })
      : route.fulfill({ json: { id: 'ana', firstName: 'Ana', lastName: 'Live', email: null } }),
  );
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(`/camunda/ana#token=${SECRET}`);
  await expect(page.getByLabel('First name')).toHaveValue('Ana');
  expect(urls.filter((url) => /sandbox|mockServiceWorker|msw/i.test(url))).toEqual([]);
});
