// Live mode: no sandbox code, requests go to the configured base URL (a partner's proxy) with the credential
// from the URL fragment, which never stays in the address bar or appears in any request URL.
import { expect, test } from '@playwright/test';

test('live mode sends the fragment token to the proxy and loads no mock worker', async ({
  page,
  baseURL,
}) => {
  const proxy = `${baseURL}/proxy/engine-rest`;
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        mode: 'live',
        providers: { camunda: { baseUrl: proxy } },
        embed: { allowedOrigins: [] },
      }),
    }),
  );
  const seen: { method: string; url: string; auth: string | undefined; body: string | null }[] = [];
  let profile = { id: 'ana', firstName: 'Ana', lastName: 'Live', email: 'ana@example.com' };
  await page.route('**/proxy/engine-rest/**', async (route) => {
    const request = route.request();
    seen.push({
      method: request.method(),
      url: request.url(),
      auth: (await request.headerValue('authorization')) ?? undefined,
      body: request.postData(),
    });
    if (request.method() === 'OPTIONS') {
      return route.fulfill({
        json: { links: [{ method: 'PUT', href: `${proxy}/user/ana/profile`, rel: 'update' }] },
      });
    }
    if (request.method() === 'PUT') {
      profile = request.postDataJSON() as typeof profile;
      return route.fulfill({ status: 204 });
    }
    return route.fulfill({ json: profile, headers: { 'X-Request-Id': 'r-1' } });
  });
  const allUrls: string[] = [];
  page.on('request', (request) => allUrls.push(request.url()));

  await page.goto('/camunda/ana#token=live-token-123');
  await expect(page.getByLabel('First name')).toHaveValue('Ana');
  await expect(page).toHaveURL(/\/camunda\/ana$/);
  await expect(page.getByText('Sandbox', { exact: true })).toHaveCount(0);

  await page.getByLabel('Last name').fill('Updated');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');

  // Load (GET + OPTIONS), then the save: a fresh GET to merge into (changes made elsewhere are kept), the PUT.
  expect(seen.map((r) => r.method).sort()).toEqual(['GET', 'GET', 'OPTIONS', 'PUT']);
  expect(seen.every((r) => r.auth === 'Bearer live-token-123')).toBe(true);
  expect(JSON.parse(seen.find((r) => r.method === 'PUT')?.body ?? '{}')).toEqual({
    id: 'ana',
    firstName: 'Ana',
    lastName: 'Updated',
    email: 'ana@example.com',
  });
  expect(allUrls.some((url) => url.includes('live-token-123'))).toBe(false);
  expect(allUrls.some((url) => url.includes('mockServiceWorker'))).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});
