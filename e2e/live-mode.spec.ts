// Live mode: no sandbox code (and no sandbox control surface), requests go to the configured base URL (a partner's
// proxy) with the credential from the URL fragment, which never stays in the address bar or appears in any URL.
import { expect, test } from './kit';
import { goLiveWithCamunda, LIVE_PROFILE } from './live-camunda';

test('live mode sends the fragment token to the proxy and loads no mock worker and no sandbox control', async ({
  editor,
  sandbox,
  page,
  baseURL,
}) => {
  const seen: { method: string; url: string; auth: string | undefined; body: string | null }[] = [];
  let profile = LIVE_PROFILE;
  const proxy = await goLiveWithCamunda(page, baseURL, async (route) => {
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
  const scripts: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });

  await page.goto('/camunda/ana#token=live-token-123');
  await editor.ready();
  await expect(editor.field('First name')).toHaveValue('Ana');
  await expect(page).toHaveURL(/\/camunda\/ana$/);
  await expect(page.getByText('Sandbox', { exact: true })).toHaveCount(0);

  await editor.fill('Last name', 'Updated');
  expect((await editor.save()).kind).toBe('saved');

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

  // The sandbox control surface does not exist in live mode: not defined, and its code was never loaded.
  expect(await page.evaluate(() => 'profileEditorSandbox' in window)).toBe(false);
  await expect(sandbox.requests()).rejects.toThrow(/The sandbox is not reachable/);
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((code) => code.includes('profileEditorSandbox'))).toEqual([]);

  // The provider list links to the providers, not to sandbox profiles, and none are offered.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Camunda 7/ })).toHaveAttribute('href', '/camunda');
  await page.goto('/camunda');
  await expect(page.getByRole('textbox', { name: 'User id' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sandbox profiles' })).toHaveCount(0);
});

test('in sandbox mode the control surface is there, and its code is what the live check looks for', async ({
  editor,
  page,
}) => {
  const scripts: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
  });
  await editor.open('camunda', { userId: 'demo' });
  expect(await page.evaluate(() => 'profileEditorSandbox' in window)).toBe(true);
  expect((await Promise.all(scripts)).some((code) => code.includes('profileEditorSandbox'))).toBe(true);
});

test('a mock worker left by an earlier sandbox session is unregistered once a live page has loaded', async ({
  editor,
  page,
  baseURL,
}) => {
  await editor.open('camunda', { userId: 'demo' });
  const workers = () =>
    page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL ?? '').join(' '),
    );
  expect(await workers()).toContain('mockServiceWorker.js');
  await goLiveWithCamunda(page, baseURL);
  await page.goto('/camunda/ana#token=live-token-123');
  await editor.ready();
  // Not before the page is idle: the page's own requests and first render come first.
  await expect.poll(workers).toBe('');
});
