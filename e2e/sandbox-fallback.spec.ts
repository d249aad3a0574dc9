// The sandbox in a browser without service workers: MSW's fallback mode (its fetch/XMLHttpRequest interceptors)
// loads on demand there and still answers at the providers' URLs; with a service worker it is never fetched
// (scripts/vite-plugin-msw-browser-trim.ts keeps it out of the sandbox's first load).
import { expect, test } from './kit';

const isFallbackChunk = (url: string) => /msw-fallback-http-source-[\w-]+\.js$/.test(url);

test('without service workers the sandbox answers through the fallback, which loads only then', async ({
  editor,
  page,
}) => {
  await page.addInitScript(() => {
    // What a browser without service workers shows the page (MSW checks `'serviceWorker' in navigator`).
    Reflect.deleteProperty(Navigator.prototype, 'serviceWorker');
  });
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await editor.open('camunda', { userId: 'demo' });
  await expect(editor.field('First name')).toHaveValue('Demo');
  await editor.fill('First name', 'Fallback');
  expect((await editor.save()).kind).toBe('saved');
  await page.reload();
  await editor.ready();
  await expect(editor.field('First name')).toHaveValue('Fallback');
  expect(scripts.some(isFallbackChunk)).toBe(true);
});

test('with a service worker the fallback is never fetched', async ({ editor, page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await editor.open('camunda', { userId: 'demo' });
  await expect(editor.field('First name')).toHaveValue('Demo');
  const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  expect(worker).toMatch(/\/mockServiceWorker\.js$/);
  expect(scripts.some(isFallbackChunk)).toBe(false);
});
